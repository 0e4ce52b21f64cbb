import { SystemStatusDocument, TypedDocumentString } from './generated/graphql';
import { executeGql, RevalidatedAnswers } from './graphql-request';
import { GqlRequestError } from './graphql-request-error';

const Doc = new TypedDocumentString(`query Ping { system { version } }`) as unknown as TypedDocumentString<{ system: { version: string } }, Record<string, never>>;

function fakeFetch(status: number, body: unknown, seen?: { init?: RequestInit }) {
  return (async (_url: string, init?: RequestInit) => {
    if (seen) seen.init = init;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('executeGql', () => {
  it('returns data and sends JSON, the operation name and the workspace header', async () => {
    const seen: { init?: RequestInit } = {};
    const data = await executeGql({ endpoint: '/api/graphql', workspaceId: 'ws-1', fetch: fakeFetch(200, { data: { system: { version: '1.0.0' } } }, seen) }, Doc);
    expect(data.system.version).toBe('1.0.0');
    const headers = seen.init!.headers as Record<string, string>;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-workspace-id']).toBe('ws-1');
    expect(headers['x-apollo-operation-name']).toBe('Ping');
    expect(JSON.parse(String(seen.init!.body))).toMatchObject({ query: 'query Ping { system { version } }', operationName: 'Ping' });
  });

  it('sends a generated document by its trusted id, never its text', async () => {
    const seen: { init?: RequestInit } = {};
    await executeGql({ endpoint: '/api/graphql', fetch: fakeFetch(200, { data: { system: { version: '1.0.0', ready: true, database: { reachable: true } } } }, seen) }, SystemStatusDocument);
    const body = JSON.parse(String(seen.init!.body)) as Record<string, unknown>;
    expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body).not.toHaveProperty('query');
    expect(body.operationName).toBe('SystemStatus');
  });

  it('throws a typed error carrying code and field for input errors', async () => {
    const body = { data: null, errors: [{ message: 'password: must be 10 to 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'password', fields: [{ field: 'password', message: 'must be 10 to 200 characters' }] } }] };
    const error = await executeGql({ endpoint: '/x', fetch: fakeFetch(200, body) }, Doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GqlRequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', fields: [{ field: 'password', message: 'must be 10 to 200 characters' }] });
  });

  it('maps unknown codes to INTERNAL and a failed proxy to API_UNAVAILABLE', async () => {
    await expect(executeGql({ endpoint: '/x', fetch: fakeFetch(200, { errors: [{ message: 'boom', extensions: { code: 'WHATEVER' } }] }) }, Doc)).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(executeGql({ endpoint: '/x', fetch: fakeFetch(502, 'Bad gateway') }, Doc)).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
  });

  it('reports network failures as NETWORK', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(executeGql({ endpoint: '/x', fetch: failing }, Doc)).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('revalidates a kept answer with If-None-Match and reuses it on 304, a fresh copy each time', async () => {
    const sent: (string | undefined)[] = [];
    let version = '1.0.0';
    let tag = '"t1"';
    const server = (async (_url: string, init?: RequestInit) => {
      const inm = (init!.headers as Record<string, string>)['if-none-match'];
      sent.push(inm);
      if (inm === tag) return new Response(null, { status: 304, headers: { etag: tag } });
      return new Response(JSON.stringify({ data: { system: { version } } }), { status: 200, headers: { 'content-type': 'application/json', etag: tag } });
    }) as unknown as typeof fetch;
    const answers = new RevalidatedAnswers();
    const transport = { endpoint: '/api/graphql', workspaceId: 'ws-1', fetch: server, revalidate: answers };
    const first = await executeGql(transport, Doc);
    first.system.version = 'changed by the caller';
    const second = await executeGql(transport, Doc);
    expect(second.system.version).toBe('1.0.0');
    expect(sent).toEqual([undefined, '"t1"']);
    // The server's answer changed: its new tag and content replace the kept ones.
    version = '2.0.0';
    tag = '"t2"';
    expect((await executeGql(transport, Doc)).system.version).toBe('2.0.0');
    expect(sent[2]).toBe('"t1"');
    // Another workspace never sends the first workspace's tag.
    await executeGql({ ...transport, workspaceId: 'ws-2' }, Doc);
    expect(sent[3]).toBeUndefined();
  });

  it('treats a 304 it did not ask for as a failure, not as an empty answer', async () => {
    const notModified = (async () => new Response(null, { status: 304 })) as unknown as typeof fetch;
    await expect(executeGql({ endpoint: '/x', fetch: notModified, revalidate: new RevalidatedAnswers() }, Doc)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
