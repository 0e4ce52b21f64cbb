import { Client } from 'pg';
import { signUpUser, startTestApi, uniqueEmail, type TestApi } from '../testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const FORGED = '203.0.113.7';

async function loginFrom(api: TestApi, email: string, password: string, forwardedFor: string) {
  return api.gql<{ login: { token: string } }>(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': forwardedFor } });
}

async function connect(api: TestApi): Promise<Client> {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  return db;
}

const lastSessionIp = async (db: Client, userId: string): Promise<string | null> =>
  (await db.query(`SELECT ip FROM user_session WHERE user_id = $1 ORDER BY expires_at DESC LIMIT 1`, [userId])).rows[0]?.ip ?? null;

/** Matches the address a loopback test client connects from, whichever family the socket reports. */
const LOOPBACK = /^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/;

describe('client address with the default OPENCX_TRUST_PROXY (no proxy trusted)', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi();
    db = await connect(api);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('records the socket address, not a client-supplied X-Forwarded-For, for sessions and rate-limit buckets', async () => {
    const user = await signUpUser(api, 'forger');
    const login = await loginFrom(api, user.email, 'correct horse battery', `${FORGED}, 198.51.100.9`);
    expect(login.errors).toBeUndefined();
    expect(await lastSessionIp(db, user.id)).toMatch(LOOPBACK);
    const forgedBuckets = await db.query(`SELECT key FROM rate_limit_bucket WHERE key LIKE $1 OR key LIKE $2`, [`%${FORGED}%`, '%198.51.100.9%']);
    expect(forgedBuckets.rows).toEqual([]);
  });

  it('does not mark the session cookie Secure because a client claims X-Forwarded-Proto: https', async () => {
    const user = await signUpUser(api, 'plain');
    const res = await api.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: user.email, password: 'correct horse battery' } } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^opencx_session=/);
    expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it('still fires the per-IP login limit when every attempt claims another address', async () => {
    // Each attempt uses a new email (so no per-account limit applies) and a new forged address: if the
    // API believed the header, no address would ever reach its limit.
    let limitedAt = 0;
    for (let attempt = 1; attempt <= 300 && limitedAt === 0; attempt++) {
      const result = await loginFrom(api, uniqueEmail('nobody'), 'wrong password!', `198.18.${attempt >> 8}.${attempt & 255}`);
      if (result.errors?.[0]?.extensions?.code === 'RATE_LIMITED') limitedAt = attempt;
      else expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(limitedAt).toBeGreaterThan(1);
  });

});

describe('client address behind a trusted proxy (OPENCX_TRUST_PROXY=loopback)', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi({ env: { OPENCX_TRUST_PROXY: 'loopback' } });
    db = await connect(api);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('takes the address the trusted proxy appended (so the test above is not vacuous)', async () => {
    const user = await signUpUser(api, 'proxied');
    // A client sent "X-Forwarded-For: 10.9.9.9"; the proxy (loopback, trusted) appended what its socket saw.
    const login = await loginFrom(api, user.email, 'correct horse battery', `10.9.9.9, ${FORGED}`);
    expect(login.errors).toBeUndefined();
    expect(await lastSessionIp(db, user.id)).toBe(FORGED);
  });

  it('marks the session cookie Secure when the trusted proxy says the browser used HTTPS', async () => {
    const user = await signUpUser(api, 'tls');
    const res = await api.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: user.email, password: 'correct horse battery' } } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^opencx_session=ocx_s_.*;\s*Secure/i);
  });
});
