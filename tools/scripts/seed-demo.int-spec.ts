import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { freePort, start, stop, waitFor } from './processes';
import { DEMO_LOGIN, seedDemo } from './seed-demo';
import { postGraphql, postGraphqlOk } from './graphql-client';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

let db: TestDatabase;
let api: ChildProcess;
let url: string;

/** The API as `npm start` runs it: a child process, over a fresh database. */
beforeAll(async () => {
  db = await createTestDatabase();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  api = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    env: { DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, PORT: String(port), LOG_LEVEL: 'error', OPENCX_SCHEMA_FILE: '/dev/null' },
  });
  await waitFor(`${url}/readyz`, api, 60000);
}, 90000);

afterAll(async () => {
  await stop(api);
  await db.drop();
});

async function gql<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  return (await postGraphqlOk<T>(url, query, variables, headers)).data;
}

const count = async (sql: string): Promise<number> => {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await client.end();
  }
};
const SEEDED = `SELECT (SELECT count(*) FROM feedback_response WHERE source = 'demo-seed') + (SELECT count(*) FROM metric_observation WHERE source = 'demo-seed') AS n`;

it('seeds the demo workspace and a year of feedback once, with progress, and leaves it alone on the next start', async () => {
  const first: string[] = [];
  const progress: [number, number][] = [];
  await seedDemo(url, (l) => first.push(l), (done, total) => progress.push([done, total]), { databaseUrl: db.appUrl });
  expect(first.filter((l) => l.includes('[3/3]'))).toHaveLength(3);

  // Progress climbs to the total in 1,000-row steps, and the total is what the database holds.
  const total = progress[0][1];
  expect(total).toBeGreaterThan(20000);
  expect(progress[0][0]).toBe(0);
  expect(progress.at(-1)).toEqual([total, total]);
  expect(progress.slice(1).every(([done], i) => done - progress[i][0] > 0 && done - progress[i][0] <= 1000)).toBe(true);
  expect(await count(SEEDED)).toBe(total);
  expect(await count(`SELECT count(DISTINCT site_id) AS n FROM feedback_response WHERE source = 'demo-seed'`)).toBe(43);
  expect(await count(`SELECT count(DISTINCT language) AS n FROM feedback_response WHERE source = 'demo-seed' AND comment IS NOT NULL`)).toBe(2);
  expect(await count(`SELECT count(*) AS n FROM metric_observation o JOIN metric_definition d ON d.id = o.metric_definition_id WHERE d.key = 'repair_response_time'`)).toBeGreaterThan(300);

  const { login } = await gql<{ login: { token: string } }>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: DEMO_LOGIN });
  const auth = { authorization: `Bearer ${login.token}` };
  const { me } = await gql<{ me: { workspaces: { id: string }[] } }>(`{ me { workspaces { id } } }`, {}, auth);
  expect(me.workspaces).toHaveLength(1);
  const scoped = { ...auth, 'x-workspace-id': me.workspaces[0].id };
  const { journeys: { nodes: journeys } } = await gql<{ journeys: { nodes: { id: string; touchpointCount: number; sourcePluginId: string }[] } }>(`{ journeys { nodes { id touchpointCount sourcePluginId } } }`, {}, scoped);
  expect(journeys.map((j) => j.sourcePluginId).sort()).toEqual(['property-services', 'property-services', 'retail']);
  expect(journeys.every((j) => j.touchpointCount > 0)).toBe(true);

  // The map and the KPI report both show the year for every seeded journey.
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86400000).toISOString().slice(0, 10);
  for (const j of journeys) {
    const { journeyKpis } = await gql<{ journeyKpis: { touchpoints: { emotion: { n: number; value: number | null }; metrics: { key: string; figure: { n: number; value: number | null } }[] }[] } }>(
      `query($j: ID!, $from: String!, $to: String!) { journeyKpis(journeyId: $j, from: $from, to: $to) { touchpoints { emotion { n value } metrics { key figure { n value } } } } }`,
      { j: j.id, from: day(366), to: day(0) },
      scoped,
    );
    expect(journeyKpis.touchpoints).toHaveLength(j.touchpointCount);
    expect(journeyKpis.touchpoints.every((t) => t.emotion.n >= 30 && t.emotion.value !== null)).toBe(true);
    expect(journeyKpis.touchpoints.every((t) => t.metrics.some((m) => m.key === 'csat' && m.figure.n === t.emotion.n))).toBe(true);
    const { kpis } = await gql<{ kpis: { metrics: { key: string; total: { n: number }; buckets: { figure: { n: number } }[] }[] } }>(
      `query($id: ID!, $from: String!, $to: String!) { kpis(scope: JOURNEY, id: $id, from: $from, to: $to, granularity: MONTH) { metrics { key total { n } buckets { figure { n } } } } }`,
      { id: j.id, from: day(366), to: day(0) },
      scoped,
    );
    const csatReport = kpis.metrics.find((m) => m.key === 'csat')!;
    expect(csatReport.total.n).toBeGreaterThan(1000);
    // Every month of the year has feedback.
    expect(csatReport.buckets.filter((b) => b.figure.n > 0).length).toBeGreaterThanOrEqual(12);
  }

  // The repair journey's linked customers give key drivers (≥ 50 complete cases); the planted driver leads and is below target.
  const drivers = [];
  for (const j of journeys) {
    const { keyDrivers } = await gql<{ keyDrivers: { enoughData: boolean; n: number; drivers: { share: number | null; fixFirst: boolean }[] } }>(
      `query($j: ID!, $from: String!, $to: String!) { keyDrivers(journeyId: $j, from: $from, to: $to) { enoughData n drivers { share fixFirst } } }`,
      { j: j.id, from: day(89), to: day(0) },
      scoped,
    );
    if (keyDrivers.enoughData) drivers.push(keyDrivers);
  }
  expect(drivers).toHaveLength(1);
  expect(drivers[0].n).toBeGreaterThanOrEqual(50);
  const ranked = drivers[0].drivers.filter((d) => d.share !== null).sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  expect(ranked[0].share).toBeGreaterThan(0.5);
  expect(ranked[0].fixFirst).toBe(true);

  const second: string[] = [];
  await seedDemo(url, (l) => second.push(l), undefined, { databaseUrl: db.appUrl });
  expect(second).toEqual(['demo workspace already seeded']);

  // A demo login refused by the rate limit (failures kept across restarts) changes nothing: the state comes from the database.
  let refused = 0;
  for (let i = 0; i < 30 && refused === 0; i++) {
    const reply = await postGraphql(url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { ...DEMO_LOGIN, password: 'not-the-password' } });
    if (reply.errors?.[0]?.extensions?.code === 'RATE_LIMITED') refused = i;
  }
  expect(refused).toBeGreaterThan(0);
  const lockedOut = await postGraphql(url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: DEMO_LOGIN });
  expect(lockedOut.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  const afterLockout: string[] = [];
  await seedDemo(url, (l) => afterLockout.push(l), undefined, { databaseUrl: db.appUrl });
  expect(afterLockout).toEqual(['demo workspace already seeded']);
  expect((await gql<{ journeys: { nodes: unknown[] } }>(`{ journeys { nodes { id } } }`, {}, scoped)).journeys.nodes).toHaveLength(3);
  expect(await count(SEEDED)).toBe(total);

  // A start after an interrupted seed (the finishing mark missing) sends the year again: nothing doubles.
  await count(`WITH u AS (UPDATE api_token SET revoked_at = NULL WHERE name = 'demo-seed' RETURNING 1) SELECT count(*) AS n FROM u`);
  // …unless the login is refused: then start-up goes on and a later start finishes the year.
  const refusedResume: string[] = [];
  await expect(seedDemo(url, (l) => refusedResume.push(l), undefined, { databaseUrl: db.appUrl })).resolves.toBeUndefined();
  expect(refusedResume).toHaveLength(1);
  expect(refusedResume[0]).toMatch(/^demo workspace incomplete, but the demo login was refused \(Too many attempts/);
  await count(`WITH d AS (DELETE FROM rate_limit_bucket WHERE key LIKE 'login:fail:%' RETURNING 1) SELECT count(*) AS n FROM d`);
  const third: string[] = [];
  await seedDemo(url, (l) => third.push(l), undefined, { databaseUrl: db.appUrl });
  expect(third.at(-1)).toBe('demo workspace seeded');
  expect(await count(SEEDED)).toBe(total);
  expect(await count(`SELECT count(*) AS n FROM api_token WHERE name = 'demo-seed' AND revoked_at IS NULL`)).toBe(0);
}, 240000);
