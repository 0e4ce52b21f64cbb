import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { FollowUpCaseStatus } from '../models';
import { CaseScopeEnum } from './case-scope.enum';

@InputType('FollowUpCaseFilterInput')
export class FollowUpCaseFilterInput {
  @Field(() => CaseScopeEnum, { nullable: true }) @IsOptional() @IsEnum(CaseScopeEnum) scope?: CaseScopeEnum;
  @Field(() => [FollowUpCaseStatus], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @IsEnum(FollowUpCaseStatus, { each: true }) statuses?: FollowUpCaseStatus[];
  @Field({ nullable: true, description: 'Only open or contacted cases past their due time' }) @IsOptional() @IsBoolean() overdue?: boolean;
}
