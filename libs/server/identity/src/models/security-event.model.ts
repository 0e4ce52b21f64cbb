import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';
import { SecurityEventKindEnum } from './security-event-kind.enum';

@ObjectType('SecurityEvent')
export class SecurityEventModel {
  @Field(() => ID) id!: string;
  @Field(() => SecurityEventKindEnum) kind!: SecurityEventKindEnum;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true, description: 'The account concerned (null: a failed login for an unknown email, or an API token)' }) userId!: string | null;
  @Field(() => String, { nullable: true }) userEmail!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => GraphQLJSON, { description: 'Kind-specific facts, e.g. workspaceId, from/to roles, tokenId, invitationId' }) detail!: Record<string, unknown>;
}
