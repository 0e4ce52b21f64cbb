import { Client } from 'pg';
import { signUpUser, startTestApi, uniqueEmail, type TestApi } from '@opencx/server-testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }`;
const PASSWORD = 'correct horse battery';

let api: TestApi;
let db: Client;

beforeAll(async () => {
  // Requests come from loopback; trusting it lets each test speak from its own client address.
  api = await startTestApi({ env: { OPENCX_TRUST_PROXY: 'loopback' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await api.close();
});

let nextIp = 0;
const freshIp = () => `10.20.${Math.floor(++nextIp / 250)}.${(nextIp % 250) + 1}`;

interface RawAnswer {
  status: number;
  retryAfter: string | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: Record<string, unknown> | null;
}

/** A GraphQL call over plain HTTP, to see the headers as well as the body. */
async function post(query: string, variables: Record<string, unknown>, ip: string, token?: string): Promise<RawAnswer> {
  const res = await api.http('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<RawAnswer, 'status' | 'retryAfter'>;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...body };
}

const login = (email: string, password: string, ip: string) => post(LOGIN, { input: { email, password } }, ip);
const code = (a: RawAnswer) => a.errors?.[0]?.extensions?.code;

describe('login limits count only failures', () => {
  it('never locks an account for signing in successfully, many times', async () => {
    const user = await signUpUser(api, 'regular');
    const ip = freshIp();
    for (let i = 0; i < 15; i++) {
      const r = await login(user.email, PASSWORD, ip);
      expect(r.errors).toBeUndefined();
    }
  });

  it('stops a guesser after 10 failures from one address, says how long to wait, and keeps the owner in from elsewhere', async () => {
    const user = await signUpUser(api, 'target');
    const guesser = freshIp();
    for (let i = 0; i < 10; i++) expect(code(await login(user.email, `wrong guess ${i}`, guesser))).toBe('UNAUTHENTICATED');

    const refused = await login(user.email, 'wrong guess 11', guesser);
    expect(code(refused)).toBe('RATE_LIMITED');
    const seconds = refused.errors?.[0].extensions?.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(refused.retryAfter).toBe(String(seconds));
    expect(refused.errors?.[0].message).toBe('Too many attempts; try again in 15 minutes');
    // Even the right password is refused from the guessing address: the limit is not an oracle.
    expect(code(await login(user.email, PASSWORD, guesser))).toBe('RATE_LIMITED');
    // The owner, elsewhere, signs in as usual.
    const owner = await login(user.email, PASSWORD, freshIp());
    expect(owner.errors).toBeUndefined();
    expect(owner.retryAfter).toBeNull();
  });

  it('forgives a few typos once the right password is given', async () => {
    const user = await signUpUser(api, 'typist');
    const ip = freshIp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect(code(await login(user.email, `typo ${i}`, ip))).toBe('UNAUTHENTICATED');
      expect((await login(user.email, PASSWORD, ip)).errors).toBeUndefined();
    }
  });

  it('stops one address after 50 failures across accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < 50; i++) expect(code(await login(uniqueEmail(`spray${i}`), 'password spray', ip))).toBe('UNAUTHENTICATED');
    const refused = await login(uniqueEmail('spray-last'), 'password spray', ip);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it('has a higher per-account ceiling for guesses spread over many addresses', async () => {
    const user = await signUpUser(api, 'distributed');
    for (let i = 0; i < 100; i++) expect(code(await login(user.email, `spread ${i}`, freshIp()))).toBe('UNAUTHENTICATED');
    expect(code(await login(user.email, PASSWORD, freshIp()))).toBe('RATE_LIMITED');
  });
});

describe('sign-up and workspace limits', () => {
  it('answers a taken email like a successful sign-up, with a token that opens nothing, and records it', async () => {
    const user = await signUpUser(api, 'taken');
    const ip = freshIp();
    const fresh = await post(SIGN_UP, { input: { email: uniqueEmail('fresh'), password: 'another long pass', displayName: 'F' } }, ip);
    const taken = await post(SIGN_UP, { input: { email: user.email.toUpperCase(), password: 'another long pass', displayName: 'F' } }, ip);
    expect(taken.errors).toBeUndefined();
    expect(taken.status).toBe(fresh.status);
    const shape = (a: RawAnswer) => JSON.stringify(a.data, (_k, v) => (typeof v === 'string' ? typeof v : v));
    expect(shape(taken)).toBe(shape(fresh));
    const signUp = taken.data?.signUp as { token: string; user: { id: string } };
    expect(signUp.user.id).not.toBe(user.id);
    expect((await api.gql(`{ me { user { id } } }`, {}, { token: signUp.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(Number((await db.query(`SELECT count(*) AS n FROM app_user WHERE lower(email) = lower($1)`, [user.email])).rows[0].n)).toBe(1);
    // The original password still works; the owner's log shows the attempt.
    expect((await login(user.email, PASSWORD, freshIp())).errors).toBeUndefined();
    const events = await db.query(`SELECT ip FROM security_event WHERE user_id = $1 AND kind = 'sign_up_existing_email'`, [user.id]);
    expect(events.rows).toEqual([{ ip }]);
  });

  it('limits sign-ups per address (20 an hour) and per email (5 an hour)', async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      const r = await post(SIGN_UP, { input: { email: uniqueEmail(`bulk${i}`), password: PASSWORD, displayName: 'Bulk' } }, ip);
      expect(r.errors).toBeUndefined();
    }
    const refused = await post(SIGN_UP, { input: { email: uniqueEmail('bulk-last'), password: PASSWORD, displayName: 'Bulk' } }, ip);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(3500);
    expect(refused.errors?.[0].message).toMatch(/^Too many attempts; try again in (59|60) minutes$/);

    const email = uniqueEmail('repeat');
    for (let i = 0; i < 5; i++) expect((await post(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'R' } }, freshIp())).errors).toBeUndefined();
    expect(code(await post(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'R' } }, freshIp()))).toBe('RATE_LIMITED');
  });

  it('limits workspace creation to 10 an hour per account', async () => {
    const user = await signUpUser(api, 'founder');
    const create = (i: number) => post(`mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`, { input: { name: `WS ${i}` } }, freshIp(), user.token);
    for (let i = 0; i < 10; i++) expect((await create(i)).errors).toBeUndefined();
    const refused = await create(10);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.retryAfter).not.toBeNull();
    expect(Number((await db.query(`SELECT count(*) AS n FROM membership WHERE user_id = $1`, [user.id])).rows[0].n)).toBe(10);
  });
});
