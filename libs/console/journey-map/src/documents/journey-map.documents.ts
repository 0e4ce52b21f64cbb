import { graphql } from '@opencx/console-graphql';

// Every map mutation returns the whole journey: the editor re-renders from this one fragment.
export const JourneyMapFieldsFragment = graphql(`
  fragment JourneyMapFields on Journey {
    id
    name
    description
    state
    shape
    status
    version
    revision
    ownerTeamId
    currentStateJourneyId
    futureStateJourneyIds
    sourcePluginId
    templateKey
    templateVersion
    updatedAt
    persona {
      id
      name
      description
      goals
      needs
      frustrations
      segmentKey
      version
    }
    personas {
      id
      name
      description
      goals
      needs
      frustrations
      segmentKey
      version
    }
    customLanes {
      key
      nameZh
      nameEn
      kind
    }
    stages {
      id
      name
      description
      position
      version
      touchpoints {
        id
        stageId
        position
        name
        channel
        customerAction
        customerThought
        expectation
        emotion
        momentOfTruth
        layer
        ownerTeamId
        slaMinutes
        device
        region
        version
        painPoints {
          id
          title
          description
          severity
          source
          version
        }
        opportunities {
          id
          title
          description
          painPointId
          version
        }
        metrics {
          key
          kind
          nameEn
          nameZh
          target
          unit
          direction
        }
        laneEntries {
          laneKey
          items
        }
        personaEmotions {
          personaId
          emotion
        }
      }
    }
  }
`);

export const JourneyMapQuery = graphql(`
  query JourneyMap($id: ID!, $touchpointFilter: TouchpointFilterInput) {
    journey(id: $id, touchpointFilter: $touchpointFilter) {
      ...JourneyMapFields
    }
  }
`);

export const UpdateJourneyMutation = graphql(`
  mutation UpdateJourney($input: UpdateJourneyInput!) {
    updateJourney(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const AddStageMutation = graphql(`
  mutation AddStage($input: AddStageInput!) {
    addStage(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const UpdateStageMutation = graphql(`
  mutation UpdateStage($input: UpdateStageInput!) {
    updateStage(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const MoveStageMutation = graphql(`
  mutation MoveStage($input: MoveStageInput!) {
    moveStage(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const DeleteStageMutation = graphql(`
  mutation DeleteStage($id: ID!) {
    deleteStage(id: $id) {
      ...JourneyMapFields
    }
  }
`);

export const AddTouchpointMutation = graphql(`
  mutation AddTouchpoint($input: AddTouchpointInput!) {
    addTouchpoint(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const UpdateTouchpointMutation = graphql(`
  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {
    updateTouchpoint(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const MoveTouchpointMutation = graphql(`
  mutation MoveTouchpoint($input: MoveTouchpointInput!) {
    moveTouchpoint(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const DeleteTouchpointMutation = graphql(`
  mutation DeleteTouchpoint($id: ID!) {
    deleteTouchpoint(id: $id) {
      ...JourneyMapFields
    }
  }
`);

export const AddPainPointMutation = graphql(`
  mutation AddPainPoint($input: AddPainPointInput!) {
    addPainPoint(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const UpdatePainPointMutation = graphql(`
  mutation UpdatePainPoint($input: UpdatePainPointInput!) {
    updatePainPoint(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const DeletePainPointMutation = graphql(`
  mutation DeletePainPoint($id: ID!) {
    deletePainPoint(id: $id) {
      ...JourneyMapFields
    }
  }
`);

export const AddOpportunityMutation = graphql(`
  mutation AddOpportunity($input: AddOpportunityInput!) {
    addOpportunity(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
    updateOpportunity(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const DeleteOpportunityMutation = graphql(`
  mutation DeleteOpportunity($id: ID!) {
    deleteOpportunity(id: $id) {
      ...JourneyMapFields
    }
  }
`);

export const RestoreJourneyRevisionMutation = graphql(`
  mutation RestoreJourneyRevision($journeyId: ID!, $revision: Int!) {
    restoreJourneyRevision(journeyId: $journeyId, revision: $revision) {
      ...JourneyMapFields
    }
  }
`);

export const JourneyRevisionsQuery = graphql(`
  query JourneyRevisions($journeyId: ID!) {
    journeyRevisions(journeyId: $journeyId) {
      revision
      action
      summary
      actorName
      createdAt
    }
  }
`);

export const JourneyDiffQuery = graphql(`
  query JourneyDiff($journeyId: ID!, $fromRevision: Int!, $toRevision: Int!) {
    journeyDiff(journeyId: $journeyId, fromRevision: $fromRevision, toRevision: $toRevision) {
      fromRevision
      toRevision
      journeyFields {
        field
        before
        after
      }
      stagesAdded {
        id
        name
        position
      }
      stagesRemoved {
        id
        name
        position
      }
      stagesMoved {
        id
        name
        from
        to
      }
      stagesChanged {
        id
        name
        changes {
          field
          before
          after
        }
      }
      touchpointsAdded {
        id
        name
        stageId
      }
      touchpointsRemoved {
        id
        name
        stageId
      }
      touchpointsMoved {
        id
        name
        fromStageId
        toStageId
        fromPosition
        toPosition
      }
      touchpointsChanged {
        id
        name
        changes {
          field
          before
          after
        }
      }
      painPointsAdded
      painPointsRemoved
      opportunitiesAdded
      opportunitiesRemoved
      insights {
        entity
        kind
        id
        title
        before
        touchpointName
      }
    }
  }
`);

export const PersonasQuery = graphql(`
  query Personas {
    personas {
      id
      name
      description
      goals
      needs
      frustrations
      segmentKey
      version
    }
  }
`);

export const CreatePersonaMutation = graphql(`
  mutation CreatePersona($input: CreatePersonaInput!) {
    createPersona(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdatePersonaMutation = graphql(`
  mutation UpdatePersona($input: UpdatePersonaInput!) {
    updatePersona(input: $input) {
      id
      name
      description
      goals
      needs
      frustrations
      segmentKey
      version
    }
  }
`);

// The map's measurements, fetched after the map has rendered: one request for every touchpoint.
export const JourneyKpisQuery = graphql(`
  query JourneyKpis($journeyId: ID!, $from: String!, $to: String!) {
    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {
      journeyId
      from
      to
      touchpoints {
        touchpointId
        emotion {
          value
          n
          low
          high
          lowSample
        }
        metrics {
          metricId
          key
          kind
          nameEn
          nameZh
          unit
          direction
          bound
          figure {
            value
            n
            low
            high
            lowSample
            target
            status
          }
        }
      }
    }
  }
`);

// The open alerts badged on the chips: a request of their own, so the measurements above are the
// operation's only field and the API answers them from its KPI answer cache while they are unchanged.
export const JourneyKpiAlertsQuery = graphql(`
  query JourneyKpiAlerts($journeyId: ID!) {
    alerts(status: OPEN, journeyId: $journeyId, first: 100) {
      nodes {
        id
        touchpointId
        metricKey
        value
        n
        pValue
        windowFrom
        windowTo
      }
    }
  }
`);
