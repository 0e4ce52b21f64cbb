import { graphql } from '@opencx/console-graphql';

export const FollowUpCasesQuery = graphql(`
  query FollowUpCases($filter: FollowUpCaseFilterInput, $first: Int, $after: String) {
    followUpCases(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        status
        ruleName
        nps
        csat
        comment
        openedAt
        dueAt
        slaBasis
        minutesLeft
        overdue
        assigneeUserId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FollowUpCaseQuery = graphql(`
  query FollowUpCase($id: ID!) {
    followUpCase(id: $id) {
      id
      status
      ruleName
      nps
      csat
      comment
      occurredAt
      dueAt
      slaBasis
      minutesLeft
      overdue
      outcome
      rootCauseCodeId
      notes {
        id
        kind
        body
        channel
        reached
        createdAt
      }
    }
    rootCauseCodes {
      id
      code
      label
    }
  }
`);

export const UpdateFollowUpCaseMutation = graphql(`
  mutation UpdateFollowUpCase($input: UpdateFollowUpCaseInput!) {
    updateFollowUpCase(input: $input) {
      id
      status
      rootCauseCodeId
      outcome
      minutesLeft
      overdue
    }
  }
`);

export const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);

export const CreateRootCauseCodeMutation = graphql(`
  mutation CreateRootCauseCode($input: CreateRootCauseCodeInput!) {
    createRootCauseCode(input: $input) {
      id
      code
      label
    }
  }
`);
