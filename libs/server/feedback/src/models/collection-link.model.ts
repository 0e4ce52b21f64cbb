import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CollectionLink', { description: 'A public survey link (and QR code) for one touchpoint, optionally one site.' })
export class CollectionLinkModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field(() => String, { nullable: true }) touchpointName!: string | null;
  @Field(() => String, { nullable: true }) journeyName!: string | null;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field() label!: string;
  @Field({ description: '`<workspaceId>.<secret>`: the survey is at /f/<token> on the console' }) token!: string;
  @Field() active!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Int) responseCount!: number;
  @Field(() => Date, { nullable: true }) lastResponseAt!: Date | null;
}
