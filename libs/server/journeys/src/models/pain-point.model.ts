import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PainPoint')
export class PainPointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int, { description: '1 (minor) … 5 (critical)' }) severity!: number;
  @Field({ description: 'manual | feedback | research' }) source!: string;
  @Field(() => Int) evidenceCount!: number;
  @Field(() => Int) version!: number;
  /** Not in the API: created_at as PostgreSQL wrote it (microseconds), kept for revision snapshots. */
  createdAtExact?: string;
}
