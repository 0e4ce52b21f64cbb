import { cookies } from 'next/headers';
import { executeGql, executeTaggedGql, type GqlTransport, type TypedDocumentString } from '@opencx/console-graphql';
import { SESSION_COOKIE } from '@opencx/console-shell/console-cookies';

/** Read per call, never at build time: the same build runs against any API. */
export function apiBaseUrl(): string {
  return (process.env.OPENCX_API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
}

export function apiGraphqlUrl(): string {
  return `${apiBaseUrl()}/graphql`;
}

/** How server components reach the API: directly, on behalf of the signed-in user (session cookie only). */
async function serverTransport(workspaceId: string | null | undefined): Promise<GqlTransport> {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  return { endpoint: apiGraphqlUrl(), headers: { cookie: session ? `${SESSION_COOKIE}=${session}` : undefined }, workspaceId, signal: AbortSignal.timeout(10_000) };
}

/** Server components call the API directly, on behalf of the signed-in user (session cookie only). */
export async function serverGql<R, V>(document: TypedDocumentString<R, V>, variables?: V, options: { workspaceId?: string | null } = {}): Promise<R> {
  return executeGql(await serverTransport(options.workspaceId), document, variables);
}

/**
 * serverGql with the answer's entity tag: a page that hands the answer to the browser hands the tag
 * too, so the browser's background re-read is conditional (If-None-Match → 304 when unchanged).
 */
export async function serverTaggedGql<R, V>(document: TypedDocumentString<R, V>, variables?: V, options: { workspaceId?: string | null } = {}): Promise<{ data: R; etag: string | null }> {
  return executeTaggedGql(await serverTransport(options.workspaceId), document, variables);
}
