import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { NotificationKindEnum } from '../notification-kind';

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum) @IsEnum(NotificationKindEnum) kind!: NotificationKindEnum;
  @Field() @IsBoolean() inApp!: boolean;
  @Field() @IsBoolean() email!: boolean;
}
