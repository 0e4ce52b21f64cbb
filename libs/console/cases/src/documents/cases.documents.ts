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
        assigneeTeamId
        recovered
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
      resurveySent
      resurveyAnsweredAt
      resurveyNps
      resurveyCsat
      recovered
      customerHistory {
        id
        ruleName
        status
        nps
        csat
        comment
        occurredAt
      }
      notes {
        id
        kind
        body
        channel
        reached
        authorUserId
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

export const SendCaseResurveyMutation = graphql(`
  mutation SendCaseResurvey($caseId: ID!) {
    sendCaseResurvey(caseId: $caseId) {
      caseId
      linkId
      token
    }
  }
`);

export const AssignFollowUpCasesMutation = graphql(`
  mutation AssignFollowUpCases($input: AssignFollowUpCasesInput!) {
    assignFollowUpCases(input: $input) {
      id
      assigneeUserId
      assigneeTeamId
    }
  }
`);

export const CaseAssigneesQuery = graphql(`
  query CaseAssignees {
    members {
      userId
      displayName
      email
    }
    teams {
      id
      name
    }
  }
`);

export const FollowUpLoopMetricsQuery = graphql(`
  query FollowUpLoopMetrics($input: FollowUpLoopMetricsInput!) {
    followUpLoopMetrics(input: $input) {
      key
      n
      contacted
      meanMinutesToFirstContact
      slaBreachRate {
        value
        n
      }
      resolvedShare {
        value
        n
      }
      recoveryRate {
        value
        low
        high
        n
        lowSample
      }
    }
  }
`);
