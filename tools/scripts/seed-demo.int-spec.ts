import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { freePort, start, stop, waitFor } from './processes';
import { DEMO_LOGIN, seedDemo } from './seed-demo';
import { postGraphqlOk } from './graphql-client';
import type { ChildProcess } from 'node:child_process';

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

it('seeds the demo workspace once, with progress, and leaves it alone on the next start', async () => {
  const first: string[] = [];
  await seedDemo(url, (l) => first.push(l));
  expect(first.filter((l) => l.includes('[3/3]'))).toHaveLength(3);

  const { login } = await gql<{ login: { token: string } }>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: DEMO_LOGIN });
  const auth = { authorization: `Bearer ${login.token}` };
  const { me } = await gql<{ me: { workspaces: { id: string }[] } }>(`{ me { workspaces { id } } }`, {}, auth);
  expect(me.workspaces).toHaveLength(1);
  const scoped = { ...auth, 'x-workspace-id': me.workspaces[0].id };
  const { journeys: { nodes: journeys } } = await gql<{ journeys: { nodes: { touchpointCount: number; sourcePluginId: string }[] } }>(`{ journeys { nodes { touchpointCount sourcePluginId } } }`, {}, scoped);
  expect(journeys.map((j) => j.sourcePluginId).sort()).toEqual(['property-services', 'property-services', 'retail']);
  expect(journeys.every((j) => j.touchpointCount > 0)).toBe(true);

  const second: string[] = [];
  await seedDemo(url, (l) => second.push(l));
  expect(second).toEqual(['demo workspace already seeded']);
  expect((await gql<{ journeys: { nodes: unknown[] } }>(`{ journeys { nodes { id } } }`, {}, scoped)).journeys.nodes).toHaveLength(3);
});
