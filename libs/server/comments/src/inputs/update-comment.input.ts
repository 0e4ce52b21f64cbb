import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';

const BODY = { message: 'must be 1 to 4000 characters' };

@InputType('UpdateCommentInput')
export class UpdateCommentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @Length(1, 4000, BODY) body!: string;
  @Field(() => [ID], { nullable: true, description: 'The mentions after the edit; absent keeps them' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) mentionUserIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) mentionTeamIds?: string[];
}
