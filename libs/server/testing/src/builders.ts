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
