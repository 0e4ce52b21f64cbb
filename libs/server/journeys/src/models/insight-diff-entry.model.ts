import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('InsightDiffEntry', { description: 'A pain point or opportunity added, removed or retitled between two revisions' })
export class InsightDiffEntryModel {
  @Field({ description: 'painPoint or opportunity' }) entity!: string;
  @Field({ description: 'added, removed or changed' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ nullable: true, description: 'The title before, for a retitled one' }) before?: string;
  @Field() touchpointName!: string;
}
