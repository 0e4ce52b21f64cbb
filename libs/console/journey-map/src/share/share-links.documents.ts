import { graphql } from '@opencx/console-graphql';

export const ShareLinkFieldsFragment = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    journeyId
    target
    label
    membersOnly
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
    active
  }
`);

export const ShareLinksQuery = graphql(`
  query ShareLinks($journeyId: ID!) {
    shareLinks(journeyId: $journeyId) {
      ...ShareLinkFields
    }
  }
`);

export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      token
      link {
        ...ShareLinkFields
      }
    }
  }
`);

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      ...ShareLinkFields
    }
  }
`);
