/** What global setup hands to tests and teardown (through the environment, which workers inherit). */
export interface E2eState {
  consoleUrl: string;
  apiUrl: string;
  /** The API's embedded PostgreSQL (its superuser): for specs that check what the API stored. */
  databaseUrl: string;
  dataDir: string;
  processes: { name: string; pid: number; logFile: string }[];
}

const KEY = 'OPENCX_E2E_STATE';

export function writeState(state: E2eState): void {
  process.env[KEY] = JSON.stringify(state);
  process.env.OPENCX_CONSOLE_URL = state.consoleUrl;
  process.env.OPENCX_E2E_API_URL = state.apiUrl;
}

export function readState(): E2eState | null {
  const raw = process.env[KEY];
  return raw ? (JSON.parse(raw) as E2eState) : null;
}
