import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ArgsType()
export class NotificationsArgs {
  @Field({ nullable: true, description: 'Only unread notifications' }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' }) @IsOptional() @IsString() after?: string;
}
