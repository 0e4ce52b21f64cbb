import { Field, ObjectType } from '@nestjs/graphql';
import { DatabaseStatusModel } from './database-status.model';

@ObjectType('SystemInfo', { description: 'Public status: the product version and whether it is ready.' })
export class SystemInfoModel {
  @Field() version!: string;
  @Field() ready!: boolean;
  @Field(() => DatabaseStatusModel) database!: DatabaseStatusModel;
}
