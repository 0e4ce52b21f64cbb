import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
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

@InputType('UpdateCommentInput')
export class UpdateCommentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @Length(1, 4000, BODY) body!: string;
  @Field(() => [ID], { nullable: true, description: 'The mentions after the edit; absent keeps them' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) mentionUserIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) mentionTeamIds?: string[];
}

@ArgsType()
export class CommentThreadsArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field(() => CommentTargetKind, { nullable: true, description: 'With targetId: only this card' }) @IsOptional() @IsEnum(CommentTargetKind) targetKind?: CommentTargetKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetId?: string;
  @Field({ nullable: true, description: 'Only resolved (true) or only open (false) threads' }) @IsOptional() @IsBoolean() resolved?: boolean;
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string;
}
