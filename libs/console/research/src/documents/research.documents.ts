import { graphql } from '@opencx/console-graphql';

export const ResearchWorkspaceQuery = graphql(`
  query ResearchWorkspace($journeyId: ID!) {
    journey(id: $journeyId) {
      id
      name
      stages {
        id
        name
        touchpoints {
          id
          name
          painPoints {
            id
            title
            source
          }
        }
      }
    }
    researchPlan(journeyId: $journeyId) {
      journeyId
      goal
      scope
      hypotheses
      researchQuestions
      version
      done
      total
      steps {
        key
        status
        ownerUserId
        notes
      }
    }
    members {
      userId
      displayName
    }
    personas {
      id
      name
      description
      goals
      needs
      frustrations
    }
  }
`);

export const ResearchItemsQuery = graphql(`
  query ResearchItems($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {
    researchItems(journeyId: $journeyId, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        title
        body
        source
        touchpointId
        personaId
        consent
        citationCount
        createdAt
        file {
          name
          contentType
          byteSize
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const InsightEvidenceQuery = graphql(`
  query InsightEvidence($painPointIds: [ID!]!) {
    insightEvidence(painPointIds: $painPointIds) {
      insightId
      research
      feedback
      cases
      total
    }
  }
`);

export const ResearchProgressQuery = graphql(`
  query ResearchProgress($journeyIds: [ID!]!) {
    researchProgress(journeyIds: $journeyIds) {
      journeyId
      done
      total
    }
  }
`);

export const UpdateResearchStepMutation = graphql(`
  mutation UpdateResearchStep($input: UpdateResearchStepInput!) {
    updateResearchStep(input: $input) {
      journeyId
      done
      total
      steps {
        key
        status
        ownerUserId
        notes
      }
    }
  }
`);

export const UpdateResearchBriefMutation = graphql(`
  mutation UpdateResearchBrief($input: UpdateResearchBriefInput!) {
    updateResearchBrief(input: $input) {
      journeyId
      goal
      scope
      hypotheses
      researchQuestions
      version
    }
  }
`);

export const AddResearchItemMutation = graphql(`
  mutation AddResearchItem($input: AddResearchItemInput!) {
    addResearchItem(input: $input) {
      id
    }
  }
`);

export const DeleteResearchItemMutation = graphql(`
  mutation DeleteResearchItem($id: ID!) {
    deleteResearchItem(id: $id)
  }
`);

export const CreatePainPointFromEvidenceMutation = graphql(`
  mutation CreatePainPointFromEvidence($input: CreatePainPointFromEvidenceInput!) {
    createPainPointFromEvidence(input: $input) {
      painPointId
      journeyId
      touchpointId
    }
  }
`);
