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
  /**
   * Revalidate with the API (ETag / If-None-Match): answers kept here are sent back as
   * `If-None-Match`, and a `304 Not Modified` returns the kept answer without a body crossing the wire.
   */
  revalidate?: RevalidatedAnswers;
}

/**
 * Answers the API tagged, per request (endpoint, workspace, document, variables), newest first, a
 * few dozen at most. The API's tag covers the caller, workspace and role, and a 304 is only given
 * after the read ran under the caller's access rules, so a kept answer is only reused when the
 * API confirms it is exactly what this caller would get now.
 */
export class RevalidatedAnswers {
  private readonly answers = new Map<string, { etag: string; text: string }>();
  constructor(private readonly capacity = 30) {}

  get(key: string): { etag: string; text: string } | undefined {
    return this.answers.get(key);
  }

  /** Kept as the answer's text, so every reuse gets its own copy (callers may change what they get). */
  set(key: string, etag: string, text: string): void {
    this.answers.delete(key);
    this.answers.set(key, { etag, text });
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
  }

  clear(): void {
    this.answers.clear();
  }
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
  const body = JSON.stringify({ ...documentReference(document, query), variables: variables ?? {}, operationName: name });
  const answerKey = transport.revalidate ? `${transport.endpoint}\n${transport.workspaceId ?? ''}\n${body}` : '';
  const kept = transport.revalidate?.get(answerKey);
  if (kept) headers['if-none-match'] = kept.etag;

  let response: Response;
  try {
    response = await (transport.fetch ?? fetch)(transport.endpoint, {
      method: 'POST',
      headers,
      body,
      credentials: transport.credentials,
      signal: transport.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GqlRequestError('NETWORK', (error as Error).message);
  }

  const revalidated = response.status === 304 && kept;
  let text = '';
  let answer: { data?: R | null; errors?: GqlErrorPayload[] } | undefined;
  try {
    text = revalidated ? kept.text : await response.text();
    answer = JSON.parse(text) as typeof answer;
  } catch {
    answer = undefined;
  }
  if (revalidated && answer?.data != null) return answer.data;
  if (answer?.errors?.length) throw GqlRequestError.fromErrors(answer.errors);
  if (!response.ok || !answer || answer.data == null) {
    const code = response.status === 502 || response.status === 503 || response.status === 504 ? 'API_UNAVAILABLE' : 'INTERNAL';
    throw new GqlRequestError(code, `GraphQL request failed with HTTP ${response.status}`);
  }
  const etag = response.headers.get('etag');
  if (transport.revalidate && etag) transport.revalidate.set(answerKey, etag, text);
  return answer.data;
}

let currentWorkspaceId: string | null = null;
const browserAnswers = new RevalidatedAnswers();

/** The workspace the browser client acts in (sent as x-workspace-id); the console shell sets it. */
export function setGqlWorkspace(workspaceId: string | null): void {
  if (workspaceId !== currentWorkspaceId) browserAnswers.clear();
  currentWorkspaceId = workspaceId;
}

export function getGqlWorkspace(): string | null {
  return currentWorkspaceId;
}

/** Browser client: same-origin proxy, session cookie included, current workspace header. */
export function gqlRequest<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Variables<V>): Promise<R> {
  return executeGql({ endpoint: CONSOLE_GRAPHQL_PATH, credentials: 'same-origin', workspaceId: currentWorkspaceId }, document, variables);
}


/**
 * Like gqlRequest, for large reads that are re-read often (the journey map): the answer is kept and
 * revalidated with If-None-Match, so an unchanged one comes back as a bodyless 304.
 */
export function gqlRevalidatedRequest<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Variables<V>): Promise<R> {
  return executeGql({ endpoint: CONSOLE_GRAPHQL_PATH, credentials: 'same-origin', workspaceId: currentWorkspaceId, revalidate: browserAnswers }, document, variables);
}
