import { Field, ObjectType } from '@nestjs/graphql';
import { DatabaseDetailsModel } from './database-details.model';
import { PluginContentChangeModel } from './plugin-content-change.model';

@ObjectType('SystemDetails', { description: 'Runtime and database versions and migrations, for workspace admins.' })
export class SystemDetailsModel {
  @Field() version!: string;
  @Field() nodeVersion!: string;
  @Field() startedAt!: Date;
  @Field(() => DatabaseDetailsModel) database!: DatabaseDetailsModel;
  @Field(() => [PluginContentChangeModel], { description: 'Plugins changed without a version bump since their version was first loaded' })
  pluginContentChanges!: PluginContentChangeModel[];
}
