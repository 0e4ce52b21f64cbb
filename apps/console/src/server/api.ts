import { cookies } from 'next/headers';
import { executeGql, type TypedDocumentString } from '@opencx/console-graphql';
import { SESSION_COOKIE } from '@opencx/console-shell/console-cookies';

/** Read per call, never at build time: the same build runs against any API. */
export function apiBaseUrl(): string {
  return (process.env.OPENCX_API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
}

export function apiGraphqlUrl(): string {
  return `${apiBaseUrl()}/graphql`;
}

/** Server components call the API directly, on behalf of the signed-in user (session cookie only). */
export async function serverGql<R, V>(document: TypedDocumentString<R, V>, variables?: V, options: { workspaceId?: string | null } = {}): Promise<R> {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  return executeGql(
    { endpoint: apiGraphqlUrl(), headers: { cookie: session ? `${SESSION_COOKIE}=${session}` : undefined }, workspaceId: options.workspaceId, signal: AbortSignal.timeout(10_000) },
    document,
    variables,
  );
}
