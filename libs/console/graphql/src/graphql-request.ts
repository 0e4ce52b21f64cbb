import type { TypedDocumentString } from './generated/graphql';
import { GqlRequestError, type GqlErrorPayload } from './graphql-request-error';

export const WORKSPACE_HEADER = 'x-workspace-id';
/** Path of the console's same-origin proxy (apps/console/src/app/api/graphql/route.ts). */
export const CONSOLE_GRAPHQL_PATH = '/api/graphql';

export interface GqlTransport {
  /** Absolute URL of the API's /graphql, or the console proxy path in the browser. */
  endpoint: string;
  headers?: Record<string, string | undefined>;
  workspaceId?: string | null;
  credentials?: RequestCredentials;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

function operationName(source: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source)?.[1];
}

/**
 * Trusted documents: codegen gives every operation a sha256 id (persisted-documents.json); the API
 * executes the text it holds for that id, so the console never sends a document's text.
 */
function documentReference(document: { __meta__?: Record<string, unknown> }, query: string): { documentId: string } | { query: string } {
  const hash = document.__meta__?.['hash'];
  return typeof hash === 'string' ? { documentId: `sha256:${hash}` } : { query };
}

/** Posts one typed document and returns its `data`; any GraphQL or transport error throws a GqlRequestError. */
export async function executeGql<R, V>(transport: GqlTransport, document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(transport.headers ?? {})) if (value) headers[name] = value;
  if (transport.workspaceId) headers[WORKSPACE_HEADER] = transport.workspaceId;
  const name = operationName(query);
  if (name) headers['x-apollo-operation-name'] = name;

  let response: Response;
  try {
    response = await (transport.fetch ?? fetch)(transport.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...documentReference(document, query), variables: variables ?? {}, operationName: name }),
      credentials: transport.credentials,
      signal: transport.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GqlRequestError('NETWORK', (error as Error).message);
  }

  let body: { data?: R | null; errors?: GqlErrorPayload[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw GqlRequestError.fromErrors(body.errors);
  if (!response.ok || !body || body.data == null) {
    const code = response.status === 502 || response.status === 503 || response.status === 504 ? 'API_UNAVAILABLE' : 'INTERNAL';
    throw new GqlRequestError(code, `GraphQL request failed with HTTP ${response.status}`);
  }
  return body.data;
}

let currentWorkspaceId: string | null = null;

/** The workspace the browser client acts in (sent as x-workspace-id); the console shell sets it. */
export function setGqlWorkspace(workspaceId: string | null): void {
  currentWorkspaceId = workspaceId;
}

export function getGqlWorkspace(): string | null {
  return currentWorkspaceId;
}

/** Browser client: same-origin proxy, session cookie included, current workspace header. */
export function gqlRequest<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Variables<V>): Promise<R> {
  return executeGql({ endpoint: CONSOLE_GRAPHQL_PATH, credentials: 'same-origin', workspaceId: currentWorkspaceId }, document, variables);
}
