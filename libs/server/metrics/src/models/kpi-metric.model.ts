import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KpiFigureModel } from './kpi-figure.model';
import { KpiBucketModel } from './kpi-bucket.model';
import { KpiChildModel } from './kpi-child.model';

@ObjectType('KpiMetric')
export class KpiMetricModel {
  @Field(() => ID) metricId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => KpiFigureModel, { description: 'The whole scope over the whole window' }) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel]) buckets!: KpiBucketModel[];
  @Field(() => [KpiChildModel]) children!: KpiChildModel[];
}
