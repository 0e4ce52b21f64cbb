import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatabaseDetails')
export class DatabaseDetailsModel {
  @Field() reachable!: boolean;
  @Field(() => String, { nullable: true }) serverVersion!: string | null;
  @Field(() => Int) migrationsApplied!: number;
  @Field(() => [String]) migrationsPending!: string[];
}
