import { Field, ObjectType } from '@nestjs/graphql';
import { ShareLinkModel } from './share-link.model';

@ObjectType('CreatedShareLink')
export class CreatedShareLinkModel {
  @Field(() => ShareLinkModel) link!: ShareLinkModel;
  @Field({ description: 'The link secret, shown once: the console URL is /share/<token>' }) token!: string;
}
