/**
 * Seeds the demo workspace through the public APIs (the same paths a user and an integrator take),
 * once: the user, the workspace, three journeys, then a year of feedback through the REST batch
 * endpoint with an API token. Whether that already happened is read from the database (the demo
 * user, and the seed token revoked: the mark of a finished year), never from whether a login
 * succeeds: a login can be refused for a while (rate limit) and must not make `npm start` fail.
 * After an interrupted run the year is sent again, and the exactly-once keys (source + external
 * id) store only what is missing.
 */
import { Client } from 'pg';
import { postGraphql, postGraphqlOk } from './graphql-client';
import { DEMO_SITES, demoFeedback, type DemoJourney } from './demo-feedback';

export const DEMO_LOGIN = { email: 'demo@opencx.dev', password: 'opencx-demo-2026' };

/** Journeys the demo workspace starts with (property services first: the console's first map). */
const DEMO_TEMPLATES = ['property-services/repair-request', 'property-services/complaint-handling', 'retail/online-shopper'];

/** Seeding progress: rows sent of the total (the caller draws it). */
export type SeedProgress = (done: number, total: number) => void;

const SEED_TOKEN_NAME = 'demo-seed';

/** `absent`: no demo user; `partial`: the user exists but the year of feedback did not finish; `seeded`: done. */
export type DemoSeedState = 'absent' | 'partial' | 'seeded';

/** The application role of the embedded database `npm start` runs (see EMBEDDED_ROLES in apps/api). */
export function demoDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || `postgres://opencx_app:opencx-app@127.0.0.1:${env.OPENCX_DB_PORT || 54329}/postgres`;
}

/**
 * Reads the seed's progress as the application role, within row-level security: the demo user
 * (global table), its own memberships (visible with `app.user_id`), then the seed token in its
 * workspace (visible with `app.workspace_id`).
 */
export async function demoSeedState(databaseUrl: string): Promise<DemoSeedState> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN READ ONLY');
    const [user] = (await client.query<{ id: string }>(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [DEMO_LOGIN.email])).rows;
    if (!user) return 'absent';
    await client.query(`SELECT set_config('app.user_id', $1, true)`, [user.id]);
    const memberships = (await client.query<{ workspace_id: string }>(`SELECT workspace_id FROM membership WHERE user_id = $1`, [user.id])).rows;
    for (const { workspace_id } of memberships) {
      await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspace_id]);
      const done = await client.query(`SELECT 1 FROM api_token WHERE name = $1 AND revoked_at IS NOT NULL LIMIT 1`, [SEED_TOKEN_NAME]);
      if (done.rowCount) return 'seeded';
    }
    return 'partial';
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

export interface SeedDemoOptions {
  /** Where to read the seed's state; defaults to `demoDatabaseUrl()`. */
  databaseUrl?: string;
}

export async function seedDemo(apiUrl: string, log: (line: string) => void, progress: SeedProgress = () => undefined, options: SeedDemoOptions = {}): Promise<void> {
  const state = await demoSeedState(options.databaseUrl ?? demoDatabaseUrl());
  if (state === 'seeded') {
    log('demo workspace already seeded');
    return;
  }
  if (state === 'partial') {
    const login = await postGraphql<{ login: { token: string } }>(apiUrl, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: DEMO_LOGIN });
    const existing = login.data?.login.token;
    if (!existing) {
      // The data is there; only the year of feedback is incomplete. Never stop start-up for it.
      log(`demo workspace incomplete, but the demo login was refused (${login.errors?.[0]?.message}); seeding resumes on a later start`);
      return;
    }
    const auth = { authorization: `Bearer ${existing}` };
    const { data: me } = await postGraphqlOk<{ me: { workspaces: { id: string }[] } }>(apiUrl, `{ me { workspaces { id } } }`, {}, auth);
    if (me.me.workspaces.length === 0) {
      log('the demo user has no workspace (an earlier seed stopped after signing up); delete .data/ to seed again');
      return;
    }
    const headers = { ...auth, 'x-workspace-id': me.me.workspaces[0].id };
    await seedFeedback(apiUrl, headers, log, progress);
    log('demo workspace seeded');
    return;
  }
  log('seeding the demo workspace [1/3] demo user …');
  const signUp = await postGraphql<{ signUp: { token: string } }>(apiUrl, `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
    input: { ...DEMO_LOGIN, displayName: '演示用户 Demo', locale: 'zh-CN' },
  });
  const token = signUp.data?.signUp.token;
  if (!token) throw new Error(`seeding failed: ${signUp.errors?.[0]?.message}`);
  log('seeding the demo workspace [2/3] workspace …');
  const ws = await postGraphql<{ createWorkspace: { id: string } }>(
    apiUrl,
    `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
    { input: { name: '示例物业 Demo Property Services', slug: 'demo', locale: 'zh-CN', timeZone: 'Asia/Shanghai' } },
    { authorization: `Bearer ${token}` },
  );
  if (!ws.data) throw new Error(`seeding failed: ${ws.errors?.[0]?.message}`);
  const headers = { authorization: `Bearer ${token}`, 'x-workspace-id': ws.data.createWorkspace.id };
  for (const [i, templateKey] of DEMO_TEMPLATES.entries()) {
    log(`seeding the demo workspace [3/3] journey ${i + 1}/${DEMO_TEMPLATES.length} from ${templateKey} …`);
    const journey = await postGraphql<{ createJourneyFromTemplate: { id: string } }>(
      apiUrl,
      `mutation($input: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $input) { id } }`,
      { input: { templateKey } },
      headers,
    );
    if (!journey.data) throw new Error(`seeding failed: ${journey.errors?.[0]?.message}`);
  }
  await seedFeedback(apiUrl, headers, log, progress);
  log('demo workspace seeded');
}

interface SeedJourney {
  id: string;
  templateKey: string | null;
  stages: { touchpoints: { id: string; emotion: number; slaMinutes: number | null; metrics: { key: string; kind: string }[] }[] }[];
}

/**
 * A year of feedback for the demo journeys: its sites, an API token with scope feedback:write,
 * batches of 1,000 rows to POST /api/v1/feedback (each with an Idempotency-Key), and the token
 * revoked at the end, which marks the year as complete.
 */
async function seedFeedback(apiUrl: string, headers: Record<string, string>, log: (line: string) => void, progress: SeedProgress): Promise<void> {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => (await postGraphqlOk<T>(apiUrl, query, variables, headers)).data;
  log('seeding a year of feedback: sites and an API token …');
  const { sites } = await gql<{ sites: { code: string }[] }>(`{ sites { code } }`);
  const have = new Set(sites.map((s) => s.code));
  for (const site of DEMO_SITES.filter((s) => !have.has(s.code))) {
    await gql(`mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, { input: site });
  }
  const { createApiToken } = await gql<{ createApiToken: { secret: string } }>(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
    { input: { name: SEED_TOKEN_NAME, scopes: ['feedback:write'] } },
  );
  const { journeys } = await gql<{ journeys: { nodes: { id: string }[] } }>(`{ journeys(first: 200) { nodes { id } } }`);
  const found: SeedJourney[] = [];
  for (const node of journeys.nodes) {
    const { journey } = await gql<{ journey: SeedJourney }>(
      `query($id: ID!) { journey(id: $id) { id templateKey stages { touchpoints { id emotion slaMinutes metrics { key kind } } } } }`,
      { id: node.id },
    );
    found.push(journey);
  }
  const demo: DemoJourney[] = DEMO_TEMPLATES.flatMap((key) => {
    const journey = found.find((j) => j.templateKey === key || j.templateKey === key.split('/')[1]);
    return journey ? [{ templateKey: key, touchpoints: journey.stages.flatMap((s) => s.touchpoints) }] : [];
  });
  // Up to yesterday (UTC), so no row lies in the future wherever the workspace's day ends.
  const lastDay = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  const batches = demoFeedback(demo, lastDay);
  const total = batches.reduce((a, b) => a + b.responses.length + b.observations.length, 0);
  log(`seeding a year of feedback: ${total.toLocaleString('en')} rows for ${demo.length} journeys in ${batches.length} batches …`);
  let done = 0;
  const started = Date.now();
  progress(0, total);
  for (const [i, batch] of batches.entries()) {
    const res = await fetch(`${apiUrl}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.secret}`, 'idempotency-key': `demo-seed-${lastDay}-${i}` },
      body: JSON.stringify(batch),
    });
    if (res.status !== 201) throw new Error(`seeding feedback failed (batch ${i + 1}, HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`);
    done += batch.responses.length + batch.observations.length;
    progress(done, total);
  }
  log(`seeded ${total.toLocaleString('en')} rows of feedback in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Revoking the seed's token (and any an interrupted run left) marks the year complete and leaves no live secret behind.
  const { apiTokens } = await gql<{ apiTokens: { id: string; name: string; revokedAt: string | null }[] }>(`{ apiTokens { id name revokedAt } }`);
  for (const t of apiTokens.filter((x) => x.name === SEED_TOKEN_NAME && !x.revokedAt)) await gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: t.id });
}
