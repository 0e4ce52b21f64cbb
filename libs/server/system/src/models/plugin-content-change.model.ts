import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PluginContentChange', { description: 'An installed plugin whose content changed without a version bump (recorded hash ≠ loaded hash).' })
export class PluginContentChangeModel {
  @Field() pluginId!: string;
  @Field() version!: string;
  @Field({ description: 'sha256 of the manifest when this version was first loaded' }) recordedHash!: string;
  @Field({ description: 'sha256 of the manifest loaded now' }) loadedHash!: string;
  @Field(() => [String], { description: 'templates whose content changed under the same template version' }) templateKeys!: string[];
}
