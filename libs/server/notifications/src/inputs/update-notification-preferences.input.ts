import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { NotificationPreferenceInput } from './notification-preference.input';

@InputType('UpdateNotificationPreferencesInput')
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMinSize(1, { message: 'give at least one preference' })
  @ArrayMaxSize(5, { message: 'give at most one preference per kind' })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences!: NotificationPreferenceInput[];
}
