import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { CommentTargetKind } from '../comment-target';

@ArgsType()
export class CommentThreadsArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field(() => CommentTargetKind, { nullable: true, description: 'With targetId: only this card' }) @IsOptional() @IsEnum(CommentTargetKind) targetKind?: CommentTargetKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetId?: string;
  @Field({ nullable: true, description: 'Only resolved (true) or only open (false) threads' }) @IsOptional() @IsBoolean() resolved?: boolean;
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string;
}
