import { resolve } from 'node:path';

export interface ApiConfig {
  host: string;
  port: number;
  /** External PostgreSQL, as the application role; when absent the API starts an embedded one under `dataDir`. */
  databaseUrl: string | null;
  /** The owner role on the same database, for migrations; null: migrate with `databaseUrl`. */
  databaseOwnerUrl: string | null;
  /** False only with `OPENCX_RLS=off`: start even when the serving role bypasses row-level security. */
  rowLevelSecurity: boolean;
  dataDir: string;
  embeddedDbPort: number;
  production: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Where to write the code-first schema (dev and tests); null in production. */
  schemaFile: string | null;
  seedDemo: boolean;
  trustProxy: string;
  /** npm packages exporting `plugin`, beyond the built-in ones. */
  plugins: string[];
  pluginsStrict: boolean;
  /** Adds `x-sql-statements` to every response (benchmarks check the statements-per-request bar). */
  sqlMetrics: boolean;
}

export class ConfigError extends Error {}

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number 0–65535, got "${raw}"`);
  return n;
}

function databaseUrl(raw: string | undefined, name = 'DATABASE_URL'): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected postgres://user:password@host:5432/database)`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  return raw;
}

function rowLevelSecurity(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`OPENCX_RLS must be "on" or "off", got "${raw}"`);
}

function ownerUrl(env: NodeJS.ProcessEnv): string | null {
  const owner = databaseUrl(env.DATABASE_OWNER_URL, 'DATABASE_OWNER_URL');
  if (owner && !env.DATABASE_URL) throw new ConfigError('DATABASE_OWNER_URL needs DATABASE_URL (the application role on the same database)');
  return owner;
}

/** Reads and validates the environment once, at start-up; any problem is one clear line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const logLevel = (env.LOG_LEVEL ?? 'info') as ApiConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  const dataDir = resolve(env.OPENCX_DATA_DIR ?? '.data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: port('PORT', env.PORT, 3000),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    databaseOwnerUrl: ownerUrl(env),
    rowLevelSecurity: rowLevelSecurity(env.OPENCX_RLS),
    dataDir,
    embeddedDbPort: port('OPENCX_DB_PORT', env.OPENCX_DB_PORT, 54329),
    production,
    logLevel,
    schemaFile: env.OPENCX_SCHEMA_FILE ?? (production ? null : resolve('apps/api/schema.gql')),
    seedDemo: env.OPENCX_SEED_DEMO === 'true',
    trustProxy: env.OPENCX_TRUST_PROXY ?? 'loopback',
    plugins: (env.OPENCX_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    pluginsStrict: env.OPENCX_PLUGINS_STRICT !== 'false',
    sqlMetrics: env.OPENCX_SQL_METRICS === 'true',
  };
}
