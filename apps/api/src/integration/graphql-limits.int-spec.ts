import { startTestApi, type TestApi } from '../testing';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const deep = (depth: number) => {
  let q = '__typename';
  for (let i = 0; i < depth; i++) q = `ofType { ${q} }`;
  return q;
};

describe('GraphQL limits', () => {
  it('refuses a query deeper than 6, also when the operation or a fragment is named __schema', async () => {
    const plain = await api.gql(`{ __type(name: "Query") { fields { type { ${deep(6)} } } } }`);
    expect(plain.errors?.[0].message).toMatch(/depth \d+ exceeds the limit of 6/);
    const namedOp = await api.gql(`query __schema { __type(name: "Query") { fields { type { ${deep(6)} } } } }`);
    expect(namedOp.errors?.[0].message).toMatch(/exceeds the limit of 6/);
    const fragment = await api.gql(`query { __type(name: "Query") { ...__schema } } fragment __schema on __Type { fields { type { ${deep(6)} } } }`);
    expect(fragment.errors?.[0].message).toMatch(/exceeds the limit of 6/);
  });

  it('answers a query within the limits', async () => {
    const ok = await api.gql<{ system: { version: string } }>(`{ system { version database { reachable } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.system.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses more than 15 aliases and more than 1000 tokens', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await api.gql(`{ ${aliases} }`)).errors?.[0].message).toMatch(/16 aliases; the limit is 15/);
    const tokens = Array.from({ length: 1100 }, () => '__typename').join(' ');
    expect((await api.gql(`{ ${tokens} }`)).errors?.[0].message).toMatch(/more than 1000 tokens/);
  });

  it('refuses batched requests and simple-request CSRF', async () => {
    const batch = await api.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const csrf = await api.http('/graphql?query=%7B__typename%7D', { method: 'GET' });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/i);
  });
});
