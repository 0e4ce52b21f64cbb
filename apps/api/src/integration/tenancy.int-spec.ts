import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '../testing';

/** Mutations a caller may run outside any workspace; every other mutation is workspace-scoped. */
// Account-level: they act on the caller's own account, or (acceptInvitation) on the workspace its link names.
const OUTSIDE_WORKSPACE = new Set(['signUp', 'login', 'logout', 'createWorkspace', 'acceptInvitation', 'revokeOtherSessions']);

let api: TestApi;
let schema: GraphQLSchema;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  api = await startTestApi();
  schema = api.app.get(GraphQLSchemaHost).schema;
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
});
afterAll(() => api.close());

/** A syntactically valid value for any input type, so a call reaches the access guard. */
function sample(type: GraphQLInputType, id: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType, id)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type, id)]));
  }
  if (isScalarType(type)) {
    return ({ ID: id, String: 'x', Int: 1, Float: 1, Boolean: true, DateTime: new Date().toISOString(), JSON: {} } as Record<string, unknown>)[type.name] ?? 'x';
  }
  return null;
}

function callFor(name: string, id: string): { query: string; variables: Record<string, unknown> } {
  const field = schema.getMutationType()!.getFields()[name];
  const defs = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const needsSelection = !isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type));
  const query = `mutation${defs ? `(${defs})` : ''} { ${name}${args ? `(${args})` : ''}${needsSelection ? ' { __typename }' : ''} }`;
  return { query, variables: Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type, id)])) };
}

const workspaceMutations = () => Object.keys(schema.getMutationType()!.getFields()).filter((m) => !OUTSIDE_WORKSPACE.has(m));

/**
 * What a viewer may write (libs/server/comments and libs/server/notifications READMEs): comments of
 * their own (the role matrix decides resolve and deleting others'), and their own notifications.
 */
const VIEWER_MAY = new Set(['addComment', 'updateComment', 'deleteComment', 'markNotificationRead', 'markAllNotificationsRead', 'updateNotificationPreferences']);

it('refuses every workspace mutation to a viewer with FORBIDDEN, except the viewer-level ones the role matrix names', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const mutations = workspaceMutations();
  expect(mutations.length).toBeGreaterThan(5);
  for (const name of VIEWER_MAY) expect(mutations).toContain(name);
  const refused: string[] = [];
  for (const name of mutations) {
    const { query, variables } = callFor(name, a.owner.id);
    const result = await api.gql(query, variables, { token: viewer.token, workspaceId: a.id });
    if (result.errors?.[0]?.extensions?.code === 'FORBIDDEN') refused.push(name);
  }
  expect(refused).toEqual(mutations.filter((m) => !VIEWER_MAY.has(m)));
});

it("refuses every workspace operation of A's user inside workspace B", async () => {
  const refused: string[] = [];
  const mutations = workspaceMutations();
  for (const name of mutations) {
    const { query, variables } = callFor(name, b.owner.id);
    const result = await api.gql(query, variables, { token: a.owner.token, workspaceId: b.id });
    if (result.errors?.[0]?.extensions?.code === 'FORBIDDEN') refused.push(name);
  }
  expect(refused).toEqual(mutations);
  for (const q of ['{ members { userId } }', '{ teams { id } }', '{ apiTokens { id } }', '{ auditEvents { nodes { id } } }', '{ invitations { id } }', '{ securityEvents { hasNextPage } }']) {
    const result = await api.gql(q, {}, { token: a.owner.token, workspaceId: b.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  }
});

it("cannot reach B's rows by id from inside A", async () => {
  const bOpts = { token: b.owner.token, workspaceId: b.id };
  const aOpts = { token: a.owner.token, workspaceId: a.id };
  const bMember = await addMember(api, b, 'editor');
  const bTeam = await api.gqlOk<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "B team" }) { id } }`, {}, bOpts);
  const bToken = await api.gqlOk<{ createApiToken: { apiToken: { id: string } } }>(
    `mutation { createApiToken(input: { name: "B", scopes: ["feedback:write"] }) { apiToken { id } } }`,
    {},
    bOpts,
  );

  const attempts = [
    api.gql(`mutation($id: ID!) { removeMember(userId: $id) { userId } }`, { id: bMember.id }, aOpts),
    api.gql(`mutation($id: ID!) { updateMemberRole(input: { userId: $id, role: "viewer" }) { userId } }`, { id: bMember.id }, aOpts),
    api.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: bToken.createApiToken.apiToken.id }, aOpts),
    api.gql(`mutation($t: ID!, $u: ID!) { addTeamMember(input: { teamId: $t, userId: $u }) { id } }`, { t: bTeam.createTeam.id, u: a.owner.id }, aOpts),
  ];
  for (const result of await Promise.all(attempts)) {
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }
  // B is untouched.
  const members = await api.gqlOk<{ members: { userId: string; role: string }[] }>(`{ members { userId role } }`, {}, bOpts);
  expect(members.members).toContainEqual({ userId: bMember.id, role: 'editor' });
  const tokens = await api.gqlOk<{ apiTokens: { revokedAt: string | null }[] }>(`{ apiTokens { revokedAt } }`, {}, bOpts);
  expect(tokens.apiTokens).toEqual([{ revokedAt: null }]);
});

it('refuses a workspace operation without a session or with a malformed workspace id', async () => {
  expect((await api.gql('{ members { userId } }', {}, { workspaceId: a.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const bad = await api.gql('{ members { userId } }', {}, { token: a.owner.token, workspaceId: "' OR 1=1 --" });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-workspace-id' });
});
