import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KpiChildKind } from './kpi-child-kind.enum';
import { KpiFigureModel } from './kpi-figure.model';
import { KpiBucketModel } from './kpi-bucket.model';

@ObjectType('KpiChild')
export class KpiChildModel {
  @Field(() => KpiChildKind) kind!: KpiChildKind;
  @Field(() => ID, { nullable: true, description: 'Stage, touchpoint or site id; null for feedback without a site' }) id!: string | null;
  @Field(() => KpiFigureModel) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel]) buckets!: KpiBucketModel[];
}
