import { graphql } from '@opencx/console-graphql';

// Several personas on one journey (the "by persona" map): both answer with the whole map.
export const SetJourneyPersonasMutation = graphql(`
  mutation SetJourneyPersonas($input: SetJourneyPersonasInput!) {
    setJourneyPersonas(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const SetTouchpointPersonaEmotionMutation = graphql(`
  mutation SetTouchpointPersonaEmotion($input: SetTouchpointPersonaEmotionInput!) {
    setTouchpointPersonaEmotion(input: $input) {
      ...JourneyMapFields
    }
  }
`);
