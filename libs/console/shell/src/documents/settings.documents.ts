import { graphql } from '@opencx/console-graphql';

export const MembersQuery = graphql(`
  query Members {
    members {
      userId
      email
      displayName
      role
      joinedAt
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      createdAt
      expiresAt
      status
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        role
        expiresAt
      }
      token
      emailed
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      userId
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId) {
      userId
    }
  }
`);

export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      description
      memberIds
      leadUserId
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
      memberIds
    }
  }
`);

export const SetTeamLeadMutation = graphql(`
  mutation SetTeamLead($input: SetTeamLeadInput!) {
    setTeamLead(input: $input) {
      id
      leadUserId
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        id
        name
        prefix
      }
      secret
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export const SecurityEventsQuery = graphql(`
  query SecurityEvents($first: Int, $after: String) {
    securityEvents(first: $first, after: $after) {
      events {
        id
        kind
        at
        userEmail
        ip
        userAgent
        detail
      }
      endCursor
      hasNextPage
    }
  }
`);

export const PluginsQuery = graphql(`
  query Plugins($locale: String) {
    plugins(locale: $locale) {
      id
      displayName
      description
      version
      industries
      industryLabels {
        key
        name
      }
      enabled
      templateCount
      personaCount
      metricCount
    }
  }
`);

export const SetPluginEnabledMutation = graphql(`
  mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {
    setPluginEnabled(input: $input, locale: $locale) {
      id
      enabled
    }
  }
`);
