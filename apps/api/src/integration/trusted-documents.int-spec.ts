import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { startTestApi, type TestApi } from '../testing';

// The manifest the console's codegen committed (libs/console/graphql/src/generated/persisted-documents.json).
const manifest = JSON.parse(readFileSync(loadConfig({}).graphqlDocumentsFile, 'utf8')) as Record<string, string>;
const systemStatusId = Object.keys(manifest).find((id) => /^query SystemStatus\b/.test(manifest[id]))!;

async function post(api: TestApi, body: unknown): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await api.http('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

it('the committed manifest holds the console operations', () => {
  expect(systemStatusId).toMatch(/^[0-9a-f]{64}$/);
});

describe('OPENCX_GRAPHQL_DOCUMENTS=trusted', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { OPENCX_GRAPHQL_DOCUMENTS: 'trusted' } });
  });

  afterAll(() => api.close());

  it('executes a known document id, in either wire format', async () => {
    const byId = await post(api, { documentId: `sha256:${systemStatusId}`, variables: {}, operationName: 'SystemStatus' });
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual({ data: { system: { version: expect.any(String), ready: true, database: { reachable: true } } } });
    const apollo = await post(api, { extensions: { persistedQuery: { version: 1, sha256Hash: systemStatusId } } });
    expect(apollo.body.data).toEqual(byId.body.data);
  });

  it('refuses document text, even a harmless one, with a clear error', async () => {
    const text = await post(api, { query: '{ system { version } }' });
    expect(text.status).toBe(400);
    expect(text.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(text.body.errors?.[0].message).toMatch(/accepts only trusted documents/);
    // The text of a trusted document is not a way in either: only ids are.
    expect((await post(api, { query: manifest[systemStatusId] })).body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses an unknown id, and a known id sent with other text', async () => {
    const unknown = await post(api, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const smuggled = await post(api, { query: '{ __schema { types { name } } }', extensions: { persistedQuery: { version: 1, sha256Hash: systemStatusId } } });
    expect(smuggled.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses a costly document before parsing it (nested fragments, 3 MB of tokens)', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const nested = await post(api, { query: `query Q { ...F0 } ${fragments} fragment F30 on Query { __typename }` });
    expect(nested.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const huge = await post(api, { query: `{ ${'system { version } '.repeat(150_000)}}` });
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses text sent by GET as well', async () => {
    const res = await api.http(`/graphql?query=${encodeURIComponent('{ system { version } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});

describe('OPENCX_GRAPHQL_DOCUMENTS=any (the default)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('keeps full GraphQL for integrators and still resolves the console ids', async () => {
    expect((await post(api, { query: '{ system { version } }' })).body).toEqual({ data: { system: { version: expect.any(String) } } });
    expect((await post(api, { documentId: `sha256:${systemStatusId}` })).body.data).toEqual({ system: { version: expect.any(String), ready: true, database: { reachable: true } } });
  });
});
