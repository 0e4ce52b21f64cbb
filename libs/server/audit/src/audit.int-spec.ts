import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

interface AuditNode {
  action: string;
  entityType: string;
  entityId: string | null;
}

const AUDIT = `query($entityType: String) { auditEvents(first: 50, entityType: $entityType) { nodes { action entityType entityId } } }`;

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
const as = (w: TestWorkspace, token = w.owner.token) => ({ token, workspaceId: w.id });

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, 'Audit');
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

describe('the audit trail', () => {
  it('records a mutation with its entity, and keeps the secret it returned out of the trail', async () => {
    const created = await api.gqlOk<{ createApiToken: { secret: string; apiToken: { id: string } } }>(
      `mutation { createApiToken(input: { name: "survey tool", scopes: ["feedback:write"] }) { secret apiToken { id } } }`,
      {},
      as(ws),
    );
    const { auditEvents } = await api.gqlOk<{ auditEvents: { nodes: AuditNode[] } }>(AUDIT, { entityType: 'api_token' }, as(ws));
    expect(auditEvents.nodes).toEqual([{ action: 'apiToken.create', entityType: 'api_token', entityId: created.createApiToken.apiToken.id }]);

    // Neither the secret nor its hash is stored in before/after, whatever the entity carried.
    const rows = await db.query<{ after: unknown }>(`SELECT after FROM audit_event WHERE workspace_id = $1 AND entity_type = 'api_token'`, [ws.id]);
    expect(rows.rows).toHaveLength(1);
    const stored = JSON.stringify(rows.rows[0].after);
    expect(stored).toContain('survey tool');
    expect(stored).not.toContain(created.createApiToken.secret);
    expect(stored).not.toMatch(/tokenHash|secret/);
  });

  it('filters by entity type and shows only the caller workspace', async () => {
    const other = await createWorkspace(api, undefined, 'Other');
    await api.gqlOk(`mutation { createJourney(input: { name: "Elsewhere" }) { id } }`, {}, as(other));
    const { auditEvents } = await api.gqlOk<{ auditEvents: { nodes: AuditNode[] } }>(AUDIT, { entityType: 'journey' }, as(ws));
    expect(auditEvents.nodes).toEqual([]);
    const theirs = await api.gqlOk<{ auditEvents: { nodes: AuditNode[] } }>(AUDIT, { entityType: 'journey' }, as(other));
    expect(theirs.auditEvents.nodes.map((n) => n.action)).toEqual(['journey.create']);
  });

  it('answers admins only: an editor is refused with FORBIDDEN', async () => {
    const admin = await addMember(api, ws, 'admin');
    const editor = await addMember(api, ws, 'editor');
    const byAdmin = await api.gql<{ auditEvents: { nodes: AuditNode[] } }>(AUDIT, {}, as(ws, admin.token));
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.auditEvents.nodes.length).toBeGreaterThan(0);
    const byEditor = await api.gql(AUDIT, {}, as(ws, editor.token));
    expect(byEditor.data).toBeNull();
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
