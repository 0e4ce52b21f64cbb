import { graphql } from '@opencx/console-graphql';

export const FollowUpRulesQuery = graphql(`
  query FollowUpRules {
    followUpRules {
      id
      name
      enabled
      condition
      topics
      keywords
      journeyId
      touchpointId
      slaMinutes
      slaBasis
      assigneeUserId
      assigneeTeamId
      escalateToUserId
      createdAt
    }
    metricDefinitions {
      id
      key
      kind
      nameZh
      nameEn
    }
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

export const CreateFollowUpRuleMutation = graphql(`
  mutation CreateFollowUpRule($input: FollowUpRuleInput!) {
    createFollowUpRule(input: $input) {
      id
    }
  }
`);

export const UpdateFollowUpRuleMutation = graphql(`
  mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {
    updateFollowUpRule(input: $input) {
      id
      enabled
    }
  }
`);

export const DeleteFollowUpRuleMutation = graphql(`
  mutation DeleteFollowUpRule($id: ID!) {
    deleteFollowUpRule(id: $id)
  }
`);

export const BusinessCalendarQuery = graphql(`
  query BusinessCalendar($years: [Int!]) {
    businessCalendar(years: $years) {
      timeZone
      workingHours {
        weekday
        startMinute
        endMinute
      }
      years {
        year
        holidays
        workdays
      }
    }
  }
`);

export const UpdateBusinessCalendarMutation = graphql(`
  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {
    updateBusinessCalendar(input: $input) {
      timeZone
    }
  }
`);
