import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CommentTargetKind } from '../comment-target';

const BODY = { message: 'must be 1 to 4000 characters' };

@InputType('AddCommentInput')
export class AddCommentInput {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field(() => CommentTargetKind) @IsEnum(CommentTargetKind) targetKind!: CommentTargetKind;
  @Field(() => ID) @IsUUID() targetId!: string;
  @Field(() => ID, { nullable: true, description: 'Reply to this thread (its root comment)' }) @IsOptional() @IsUUID() parentId?: string;
  @Field() @IsString() @Length(1, 4000, BODY) body!: string;
  @Field(() => [ID], { nullable: true, description: 'Members named with @ (each is notified once)' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) mentionUserIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Teams named with @ (each member is notified once)' }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) mentionTeamIds?: string[];
}
