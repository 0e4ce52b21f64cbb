import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DatabaseStatus', { description: 'Whether the API reaches its database; nothing that helps an attacker pick an exploit.' })
export class DatabaseStatusModel {
  @Field() reachable!: boolean;
}
