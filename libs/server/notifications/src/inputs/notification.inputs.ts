import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { NotificationKindEnum } from '../notification-kind';

@ArgsType()
export class NotificationsArgs {
  @Field({ nullable: true, description: 'Only unread notifications' }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' }) @IsOptional() @IsString() after?: string;
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum) @IsEnum(NotificationKindEnum) kind!: NotificationKindEnum;
  @Field() @IsBoolean() inApp!: boolean;
  @Field() @IsBoolean() email!: boolean;
}

@InputType('UpdateNotificationPreferencesInput')
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMinSize(1, { message: 'give at least one preference' })
  @ArrayMaxSize(5, { message: 'give at most one preference per kind' })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences!: NotificationPreferenceInput[];
}
