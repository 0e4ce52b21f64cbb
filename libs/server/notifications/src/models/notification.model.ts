import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKindEnum } from '../notification-kind';

@ObjectType('Notification', { description: 'Something that happened to you in this workspace; the console words it by kind.' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKindEnum;
  @Field({ description: 'What it is about (a card, a case, an action), as plain text' }) title!: string;
  @Field({ description: 'An excerpt (e.g. the comment), plain text' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Console path that opens it, e.g. /journeys/<id>?comment=<id>' }) link!: string | null;
  @Field(() => String, { nullable: true }) entityType!: string | null;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Who caused it; null for the system (alerts, reviews)' }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}
