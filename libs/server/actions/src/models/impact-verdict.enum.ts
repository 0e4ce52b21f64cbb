import { registerEnumType } from '@nestjs/graphql';
import { IMPACT_VERDICTS } from '@opencx/domain';
import { enumOf } from './enum-of';

export const ImpactVerdictEnum = enumOf(IMPACT_VERDICTS);
registerEnumType(ImpactVerdictEnum, { name: 'ImpactVerdict' });
