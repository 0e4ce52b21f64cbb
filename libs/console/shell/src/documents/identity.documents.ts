import { graphql } from '@opencx/console-graphql';

// The app shell's user menu imports only this one (its own file keeps the others out of every page).
export { LogoutMutation } from './logout.documents';

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
        locale
      }
      workspaces {
        id
        name
        slug
        locale
        timeZone
        role
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
        displayName
        locale
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        email
        displayName
        locale
      }
    }
  }
`);

export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      name
      slug
      locale
      timeZone
      role
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      workspaceId
      workspaceName
      role
      invitedEmail
      expiresAt
      status
      alreadyMember
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      role
    }
  }
`);
