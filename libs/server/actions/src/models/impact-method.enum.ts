import { registerEnumType } from '@nestjs/graphql';
import { IMPACT_METHODS } from '@opencx/domain';
import { enumOf } from './enum-of';

export const ImpactMethodEnum = enumOf(IMPACT_METHODS);
registerEnumType(ImpactMethodEnum, { name: 'ImpactMethod', description: 'before_after, or difference_in_differences against control touchpoints' });
