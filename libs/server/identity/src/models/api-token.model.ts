import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiToken')
export class ApiTokenModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'First characters of the secret, to recognise it' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
}
