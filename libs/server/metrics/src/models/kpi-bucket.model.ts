import { Field, ObjectType } from '@nestjs/graphql';
import { KpiFigureModel } from './kpi-figure.model';
import { KpiChangeModel } from './kpi-change.model';

@ObjectType('KpiBucket')
export class KpiBucketModel {
  @Field({ description: 'First day of the bucket (YYYY-MM-DD)' }) start!: string;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
  @Field(() => KpiChangeModel, { nullable: true, description: 'Against the previous bucket; null for the first bucket or when either has too few answers to test' })
  change!: KpiChangeModel | null;
}
