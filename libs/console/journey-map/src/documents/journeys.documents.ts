import { graphql } from '@opencx/console-graphql';

export const JourneysQuery = graphql(`
  query Journeys($filter: JourneyFilterInput, $first: Int, $after: String) {
    journeys(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        description
        state
        shape
        status
        personaId
        personaName
        sourcePluginId
        stageCount
        touchpointCount
        painPointCount
        revision
        version
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateJourneyMutation = graphql(`
  mutation CreateJourney($input: CreateJourneyInput!) {
    createJourney(input: $input) {
      id
      name
    }
  }
`);

export const DuplicateJourneyMutation = graphql(`
  mutation DuplicateJourney($input: DuplicateJourneyInput!) {
    duplicateJourney(input: $input) {
      id
      name
      state
    }
  }
`);

export const ArchiveJourneyMutation = graphql(`
  mutation ArchiveJourney($id: ID!) {
    archiveJourney(id: $id) {
      id
      status
    }
  }
`);

export const ImportJourneyMutation = graphql(`
  mutation ImportJourney($document: JSON!, $name: String) {
    importJourney(document: $document, name: $name) {
      id
      name
    }
  }
`);

export const ExportJourneyQuery = graphql(`
  query ExportJourney($id: ID!) {
    exportJourney(id: $id)
  }
`);

export const JourneyTemplatesQuery = graphql(`
  query JourneyTemplates($industry: String, $locale: String) {
    journeyTemplates(industry: $industry, locale: $locale) {
      id
      key
      name
      description
      industries
      industryLabels {
        key
        name
      }
      personaName
      pluginId
      pluginName
      shape
      state
      version
      stages {
        key
        name
        touchpoints {
          key
          name
          channel
          emotion
          momentOfTruth
          painPointCount
          slaMinutes
          metricKeys
        }
      }
    }
  }
`);

export const CreateJourneyFromTemplateMutation = graphql(`
  mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {
    createJourneyFromTemplate(input: $input) {
      id
      name
    }
  }
`);

export const JourneyTemplatePreviewQuery = graphql(`
  query JourneyTemplatePreview($locale: String) {
    journeyTemplates(locale: $locale) {
      id
      name
      description
      version
      pluginName
      industryLabels {
        key
        name
      }
      persona {
        key
        name
        description
        goals
        needs
        frustrations
      }
      metrics {
        key
        name
        kind
        unit
        direction
        defaultTarget
      }
    }
  }
`);

export const JourneyTemplateUpgradeQuery = graphql(`
  query JourneyTemplateUpgrade($journeyId: ID!, $locale: String) {
    journeyTemplateUpgrade(journeyId: $journeyId, locale: $locale) {
      templateId
      templateName
      fromVersion
      toVersion
      baseRecorded
      changes {
        id
        kind
        target
        key
        name
        fields
      }
    }
  }
`);

export const ApplyJourneyTemplateUpgradeMutation = graphql(`
  mutation ApplyJourneyTemplateUpgrade($input: ApplyTemplateUpgradeInput!) {
    applyJourneyTemplateUpgrade(input: $input) {
      id
      templateVersion
    }
  }
`);
