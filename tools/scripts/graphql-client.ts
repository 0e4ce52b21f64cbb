/** The one way tools talk to the API over HTTP (seeding, benchmarks, their tests). */
export interface GraphqlReply<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

export async function postGraphql<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlReply<T>> {
  const res = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GraphqlReply<T>, 'headers'>;
  return { ...body, headers: res.headers };
}

/** Like postGraphql, but any GraphQL error is thrown. */
export async function postGraphqlOk<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data: T; headers: Headers }> {
  const reply = await postGraphql<T>(apiUrl, query, variables, headers);
  if (reply.errors?.length) throw new Error(`GraphQL error: ${reply.errors.map((e) => e.message).join('; ')}`);
  return { data: reply.data as T, headers: reply.headers };
}
