import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatabaseStatus', { description: 'Whether the API reaches its database; nothing that helps an attacker pick an exploit.' })
export class DatabaseStatusModel {
  @Field() reachable!: boolean;
}

@ObjectType('SystemInfo', { description: 'Public status: the product version and whether it is ready.' })
export class SystemInfoModel {
  @Field() version!: string;
  @Field() ready!: boolean;
  @Field(() => DatabaseStatusModel) database!: DatabaseStatusModel;
}

@ObjectType('DatabaseDetails')
export class DatabaseDetailsModel {
  @Field() reachable!: boolean;
  @Field(() => String, { nullable: true }) serverVersion!: string | null;
  @Field(() => Int) migrationsApplied!: number;
  @Field(() => [String]) migrationsPending!: string[];
}

@ObjectType('SystemDetails', { description: 'Runtime and database versions and migrations, for workspace admins.' })
export class SystemDetailsModel {
  @Field() version!: string;
  @Field() nodeVersion!: string;
  @Field() startedAt!: Date;
  @Field(() => DatabaseDetailsModel) database!: DatabaseDetailsModel;
}
