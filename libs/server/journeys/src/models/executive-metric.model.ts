import { Field, ObjectType } from '@nestjs/graphql';
import { KpiBucketModel, KpiChangeModel, KpiFigureModel } from '@opencx/server-metrics';

@ObjectType('ExecutiveMetric')
export class ExecutiveMetricModel {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => KpiFigureModel, { description: 'The journey over the whole window, against the metric’s target' }) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel], { description: 'Sparkline; each bucket with its change against the previous one' }) buckets!: KpiBucketModel[];
  @Field(() => KpiChangeModel, { nullable: true, description: 'The last bucket with answers against the one before it' }) latestChange!: KpiChangeModel | null;
}
