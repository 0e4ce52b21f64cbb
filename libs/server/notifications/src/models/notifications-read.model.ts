import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationsRead')
export class NotificationsReadModel {
  @Field(() => Int, { description: 'How many were unread and are read now' }) marked!: number;
}
