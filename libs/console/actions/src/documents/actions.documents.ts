import { graphql } from '@opencx/console-graphql';

export const ImprovementActionsQuery = graphql(`
  query ImprovementActions($filter: ImprovementActionFilterInput, $first: Int, $after: String) {
    improvementActions(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        title
        description
        journeyId
        touchpointIds
        painPointId
        ownerUserId
        teamId
        priority
        effort
        dueDate
        status
        nextStatuses
        overdue
        targetMetricId
        expectedChange
        impactVerdict
        startedAt
        completedAt
        commentCount
        version
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ActionPeopleQuery = graphql(`
  query ActionPeople {
    members {
      userId
      displayName
    }
    teams {
      id
      name
    }
    metricDefinitions {
      id
      key
      nameEn
      nameZh
    }
  }
`);

export const MoveImprovementActionMutation = graphql(`
  mutation MoveImprovementAction($input: MoveImprovementActionInput!) {
    moveImprovementAction(input: $input) {
      id
      status
      nextStatuses
      version
      overdue
    }
  }
`);

export const CreateImprovementActionMutation = graphql(`
  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {
    createImprovementAction(input: $input) {
      id
    }
  }
`);

export const ActionImpactQuery = graphql(`
  query ActionImpact($id: ID!) {
    actionImpact(id: $id) {
      metricKey
      figure
      method
      verdict
      n
      beforeFrom
      beforeTo
      afterFrom
      afterTo
      treatedBefore {
        value
        low
        high
        n
      }
      treatedAfter {
        value
        low
        high
        n
      }
      controlBefore {
        value
        low
        high
        n
      }
      controlAfter {
        value
        low
        high
        n
      }
      beforeAfter {
        verdict
        difference
        low
        high
        n
      }
      differenceInDifferences {
        verdict
        difference
        low
        high
        n
      }
    }
  }
`);

export const ActionLineageQuery = graphql(`
  query ActionLineage($actionId: ID, $caseId: ID, $painPointId: ID) {
    lineage(actionId: $actionId, caseId: $caseId, painPointId: $painPointId) {
      responses {
        responseId
        occurredAt
        comment
        nps
        csat
        ces
      }
      cases {
        id
        status
        rootCause
      }
      rootCauses
      painPoint {
        id
        title
        severity
        evidenceCount
      }
      actions {
        id
        title
        status
      }
      impacts {
        actionId
        method
        verdict
        n
      }
    }
  }
`);

export const ActionCommentsQuery = graphql(`
  query ActionComments($actionId: ID!) {
    actionComments(actionId: $actionId) {
      id
      authorId
      body
      createdAt
    }
  }
`);

export const AddActionCommentMutation = graphql(`
  mutation AddActionComment($input: AddActionCommentInput!) {
    addActionComment(input: $input) {
      id
    }
  }
`);

export const PainPointSuggestionsQuery = graphql(`
  query PainPointSuggestions($journeyId: ID!, $days: Int) {
    painPointSuggestions(journeyId: $journeyId, days: $days) {
      key
      kind
      touchpointId
      title
      subject
      value
      low
      high
      n
      reference
      severity
      rootCauses
      verbatims {
        responseId
        occurredAt
        comment
        nps
        csat
        ces
      }
    }
    journey(id: $journeyId) {
      id
      name
      stages {
        touchpoints {
          id
          name
        }
      }
    }
  }
`);

export const AcceptPainPointSuggestionMutation = graphql(`
  mutation AcceptPainPointSuggestion($input: AcceptPainPointSuggestionInput!) {
    acceptPainPointSuggestion(input: $input) {
      painPointId
      journeyId
    }
  }
`);

export const DismissPainPointSuggestionMutation = graphql(`
  mutation DismissPainPointSuggestion($input: DismissPainPointSuggestionInput!) {
    dismissPainPointSuggestion(input: $input)
  }
`);
