import { startTestApi, type TestApi } from '@opencx/server-testing';

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
    // graphql-js's parser (maxTokens) stops here; its message reads "more that".
    const tokens = Array.from({ length: 1100 }, () => '__typename').join(' ');
    expect((await api.gql(`{ ${tokens} }`)).errors?.[0].message).toMatch(/more tha[nt] 1000 tokens/);
  });

  it('measures each fragment once: a doubling chain of 30 or 60 fragments is refused at once, and /readyz still answers', async () => {
    // query Q{...F0} fragment F0 on Query{...F1 ...F1} … fragment FN on Query{__typename}: 2^N spreads from N+1 tiny fragments.
    const doubling = (levels: number) => {
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`);
      return `query Q{...F0} ${fragments.join(' ')} fragment F${levels} on Query{__typename}`;
    };
    for (const levels of [19, 30, 60]) {
      const [result, ready] = await Promise.all([api.gql(doubling(levels)), api.http('/readyz')]);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/^Query expands \d.* fragment spreads; the limit is 100$/));
      expect(ready.status).toBe(200);
    }
    // Fragments reused within the limit still work.
    const reused = await api.gql<{ __typename: string }>(`query Q{...A ...A} fragment A on Query{...B ...B} fragment B on Query{__typename}`);
    expect(reused.errors).toBeUndefined();
    expect(reused.data?.__typename).toBe('Query');
  });

  it('refuses a 3 MB query at the parser, before it is parsed in full', async () => {
    const query = `{ ${'__typename '.repeat(300_000)}}`;
    expect(query.length).toBeGreaterThan(3_000_000);
    const res = await api.http('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].message).toMatch(/more tha[nt] 1000 tokens/);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a query whose cost exceeds 5000 although depth, aliases and tokens are within their limits', async () => {
    // Depth 6; each level multiplies the cost of what it selects by 1.5, so n leaves at the bottom cost about 7.6 n.
    const costly = (leaves: number) => `{ __schema { types { fields { type { ofType { ${'name '.repeat(leaves)}} } } } } }`;
    const cheap = await api.gql(costly(600));
    expect(cheap.errors).toBeUndefined();
    const refused = await api.gql(costly(700));
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/^Query cost [\d.]+ exceeds the limit of 5000$/)]);
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
