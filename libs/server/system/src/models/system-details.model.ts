import { Field, ObjectType } from '@nestjs/graphql';
import { DatabaseDetailsModel } from './database-details.model';

@ObjectType('SystemDetails', { description: 'Runtime and database versions and migrations, for workspace admins.' })
export class SystemDetailsModel {
  @Field() version!: string;
  @Field() nodeVersion!: string;
  @Field() startedAt!: Date;
  @Field(() => DatabaseDetailsModel) database!: DatabaseDetailsModel;
}
