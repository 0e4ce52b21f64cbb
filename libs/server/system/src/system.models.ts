import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatabaseStatus')
export class DatabaseStatusModel {
  @Field() reachable!: boolean;
  @Field(() => String, { nullable: true }) serverVersion!: string | null;
  @Field(() => Int) migrationsApplied!: number;
  @Field(() => [String]) migrationsPending!: string[];
}

@ObjectType('SystemInfo')
export class SystemInfoModel {
  @Field() version!: string;
  @Field() nodeVersion!: string;
  @Field() startedAt!: Date;
  @Field(() => DatabaseStatusModel) database!: DatabaseStatusModel;
}
