import { randomBytes } from 'node:crypto';
import type { Role } from '@opencx/domain';
import type { TestApi } from './test-api';

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

export interface TestWorkspace {
  id: string;
  owner: TestUser;
}

export const uniqueEmail = (label = 'user') => `${label}.${randomBytes(4).toString('hex')}@example.com`;

export async function signUpUser(api: TestApi, label = 'user'): Promise<TestUser> {
  const email = uniqueEmail(label);
  const data = await api.gqlOk<{ signUp: { user: { id: string }; token: string } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } token } }`,
    { input: { email, password: 'correct horse battery', displayName: label } },
  );
  return { id: data.signUp.user.id, email, token: data.signUp.token };
}

export async function createWorkspace(api: TestApi, owner?: TestUser, name = 'Test workspace'): Promise<TestWorkspace> {
  const user = owner ?? (await signUpUser(api, 'owner'));
  const data = await api.gqlOk<{ createWorkspace: { id: string } }>(
    `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
    { input: { name } },
    { token: user.token },
  );
  return { id: data.createWorkspace.id, owner: user };
}

/** An invitation link issued by the workspace owner: the token is `<workspaceId>.<secret>`. */
export async function inviteByLink(api: TestApi, workspace: TestWorkspace, email: string, role: Role): Promise<{ id: string; token: string }> {
  const data = await api.gqlOk<{ inviteMember: { invitation: { id: string }; token: string } }>(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } token } }`,
    { input: { email, role } },
    { token: workspace.owner.token, workspaceId: workspace.id },
  );
  return { id: data.inviteMember.invitation.id, token: data.inviteMember.token };
}

/** A new user who is a member of the workspace with the given role (invited by link, accepted while signed in). */
export async function addMember(api: TestApi, workspace: TestWorkspace, role: Role): Promise<TestUser> {
  const user = await signUpUser(api, role);
  const invitation = await inviteByLink(api, workspace, user.email, role);
  await api.gqlOk(`mutation($token: String!) { acceptInvitation(token: $token) { id } }`, { token: invitation.token }, { token: user.token });
  return user;
}

const as = (workspace: TestWorkspace, user: TestUser = workspace.owner) => ({ token: user.token, workspaceId: workspace.id });

/** A journey with one stage holding one touchpoint, made through the API by the workspace owner. */
export async function createTouchpoint(
  api: TestApi,
  workspace: TestWorkspace,
  names: { journey?: string; stage?: string; touchpoint?: string } = {},
): Promise<{ journeyId: string; stageId: string; touchpointId: string }> {
  const map = `id stages { id touchpoints { id } }`;
  const journeyId = (
    await api.gqlOk<{ createJourney: { id: string } }>(`mutation($n: String!) { createJourney(input: { name: $n }) { id } }`, { n: names.journey ?? '报修 Repair' }, as(workspace))
  ).createJourney.id;
  const stageId = (
    await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${map} } }`, { i: { journeyId, name: names.stage ?? '回访' } }, as(workspace))
  ).addStage.stages[0].id;
  const withTouchpoint = await api.gqlOk<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${map} } }`,
    { i: { stageId, name: names.touchpoint ?? '上门维修' } },
    as(workspace),
  );
  return { journeyId, stageId, touchpointId: withTouchpoint.addTouchpoint.stages[0].touchpoints[0].id };
}

/** The secret of a new API token of the workspace that may write feedback (`POST /api/v1/feedback`). */
export async function createFeedbackToken(api: TestApi, workspace: TestWorkspace, name = 'survey'): Promise<string> {
  const data = await api.gqlOk<{ createApiToken: { secret: string } }>(
    `mutation($n: String!) { createApiToken(input: { name: $n, scopes: ["feedback:write"] }) { secret } }`,
    { n: name },
    as(workspace),
  );
  return data.createApiToken.secret;
}

/** The workspace's follow-up rule "NPS ≤ 6 opens a case" (60 minutes, elapsed), made by its owner. */
export async function createDetractorRule(api: TestApi, workspace: TestWorkspace): Promise<string> {
  const data = await api.gqlOk<{ createFollowUpRule: { id: string } }>(
    `mutation($i: FollowUpRuleInput!) { createFollowUpRule(input: $i) { id } }`,
    { i: { name: 'Detractor call-back', condition: { metric: 'nps', op: 'lte', value: 6 }, slaMinutes: 60, slaBasis: 'ELAPSED' } },
    as(workspace),
  );
  return data.createFollowUpRule.id;
}
