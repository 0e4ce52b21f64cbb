import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKindEnum } from '../notification-kind';

@ObjectType('NotificationPreference', { description: 'Whether a kind of notification reaches you in the app and by email.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum) kind!: NotificationKindEnum;
  @Field() inApp!: boolean;
  @Field() email!: boolean;
}
