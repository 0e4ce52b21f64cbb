import { graphql } from '@opencx/console-graphql';

export const CommentCountsQuery = graphql(`
  query CommentCounts($journeyId: ID!) {
    commentCounts(journeyId: $journeyId) {
      targetKind
      targetId
      comments
      openThreads
    }
  }
`);

export const CommentThreadsQuery = graphql(`
  query CommentThreads($journeyId: ID!, $targetKind: CommentTargetKind, $targetId: ID, $first: Int, $after: String) {
    commentThreads(journeyId: $journeyId, targetKind: $targetKind, targetId: $targetId, first: $first, after: $after) {
      nodes {
        id
        resolved
        resolvedAt
        root {
          ...CommentFields
        }
        replies {
          ...CommentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment CommentFields on Comment {
    id
    parentId
    targetKind
    targetId
    authorId
    authorName
    body
    mentionedUserIds
    mentionedTeamIds
    editedAt
    version
    createdAt
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const UpdateCommentMutation = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      id
      version
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`);

export const ResolveCommentThreadMutation = graphql(`
  mutation ResolveCommentThread($id: ID!) {
    resolveCommentThread(id: $id) {
      id
      resolved
    }
  }
`);

export const ReopenCommentThreadMutation = graphql(`
  mutation ReopenCommentThread($id: ID!) {
    reopenCommentThread(id: $id) {
      id
      resolved
    }
  }
`);
