import { registerEnumType } from '@nestjs/graphql';
import { PAIN_POINT_SUGGESTION_KINDS, type PainPointSuggestionKind } from '@opencx/domain';

export const PainPointSuggestionKindEnum = Object.fromEntries(PAIN_POINT_SUGGESTION_KINDS.map((k) => [k, k])) as { [K in PainPointSuggestionKind]: K };
registerEnumType(PainPointSuggestionKindEnum, { name: 'PainPointSuggestionKind' });
