import { Client } from 'pg';
import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Paging');
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const createJourney = (name: string) =>
  api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name } }, opts);

const journeysPage = (first: number, after: string | null) =>
  api.gqlOk<{ journeys: Page<{ id: string; name: string }> }>(
    `query($first: Int, $after: String) { journeys(first: $first, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`,
    { first, after },
    opts,
  );

describe('keyset paging', () => {
  it('journeys: pages cover every row exactly once, in a stable order, while others are inserted', async () => {
    for (let i = 0; i < 11; i++) await createJourney(`Journey ${i}`);
    const ids = (await db.query<{ id: string }>(`SELECT id FROM journey WHERE workspace_id = $1 ORDER BY id`, [ws.id])).rows.map((r) => r.id);
    // Ties a JS Date cannot tell apart: three rows in one millisecond, two of them in the same microsecond.
    await db.query(`UPDATE journey SET updated_at = '2026-01-01T00:00:00.123401Z' WHERE id = ANY($1)`, [ids.slice(0, 2)]);
    await db.query(`UPDATE journey SET updated_at = '2026-01-01T00:00:00.123402Z' WHERE id = $1`, [ids[2]]);
    await db.query(`UPDATE journey SET updated_at = '2026-01-01T00:00:00.123000Z' WHERE id = $1`, [ids[3]]);
    const expected = (
      await db.query<{ id: string }>(`SELECT id FROM journey WHERE workspace_id = $1 ORDER BY updated_at DESC, id ASC`, [ws.id])
    ).rows.map((r) => r.id);
    expect(expected).toHaveLength(11);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { journeys } = await journeysPage(3, after);
      seen.push(...journeys.nodes.map((n) => n.id));
      pages++;
      // Inserted between pages: newer than everything, so they sort before the cursor and never shift a page.
      await createJourney(`Inserted after page ${pages}`);
      if (!journeys.pageInfo.hasNextPage) {
        expect(journeys.nodes.length).toBeGreaterThan(0);
        break;
      }
      expect(journeys.nodes).toHaveLength(3);
      after = journeys.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);

    // A fresh first page now starts with the rows inserted meanwhile, newest first.
    const fresh = await journeysPage(4, null);
    expect(fresh.journeys.nodes.map((n) => n.name)).toEqual(['Inserted after page 4', 'Inserted after page 3', 'Inserted after page 2', 'Inserted after page 1']);
  });

  it('refuses a page larger than the maximum, or a foreign cursor, naming the argument', async () => {
    const tooBig = await api.gql(`{ journeys(first: 201) { nodes { id } } }`, {}, opts);
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooBig.errors?.[0].message).toBe('first: must be between 1 and 200');
    const zero = await api.gql(`{ journeys(first: 0) { nodes { id } } }`, {}, opts);
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const garbage = await api.gql(`{ journeys(after: "not-a-cursor") { nodes { id } } }`, {}, opts);
    expect(garbage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A cursor of the audit list is not a journeys cursor.
    const audit = await api.gqlOk<{ auditEvents: Page<{ id: string }> }>(`{ auditEvents(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, opts);
    const foreign = await api.gql(`query($a: String) { journeys(after: $a) { nodes { id } } }`, { a: audit.auditEvents.pageInfo.endCursor }, opts);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const auditTooBig = await api.gql(`{ auditEvents(first: 501) { nodes { id } } }`, {}, opts);
    expect(auditTooBig.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('audit events: newest first, every event exactly once across pages, ties on created_at broken by id', async () => {
    const expected = (
      await db.query<{ id: string }>(`SELECT id FROM audit_event WHERE workspace_id = $1 ORDER BY created_at DESC, id DESC`, [ws.id])
    ).rows.map((r) => r.id);
    expect(expected.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { auditEvents }: { auditEvents: Page<{ id: string }> } = await api.gqlOk<{ auditEvents: Page<{ id: string }> }>(
        `query($after: String) { auditEvents(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
        opts,
      );
      seen.push(...auditEvents.nodes.map((n) => n.id));
      if (!auditEvents.pageInfo.hasNextPage) break;
      after = auditEvents.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });
});
