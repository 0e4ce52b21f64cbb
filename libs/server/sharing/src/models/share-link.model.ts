import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ShareLink')
export class ShareLinkModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field({ description: 'map or dashboard' }) target!: string;
  @Field() label!: string;
  @Field() membersOnly!: boolean;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field({ description: 'Neither revoked nor expired' }) active!: boolean;
}
