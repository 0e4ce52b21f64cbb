import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DigestItemModel } from './digest-item.model';

@ObjectType('WorkspaceDigest', { description: 'The monthly digest of a workspace: what changed, whether it is significant, which actions explain it' })
export class WorkspaceDigestModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => [DigestItemModel], { description: 'Significant changes first' }) items!: DigestItemModel[];
  @Field() createdAt!: Date;
}
