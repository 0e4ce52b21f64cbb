import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { RESEARCH_LIMITS as L } from '@opencx/domain';
import { UUID } from './validation';

@InputType('CreatePainPointFromEvidenceInput')
export class CreatePainPointFromEvidenceInput {
  @Field(() => ID) @IsUUID('all', UUID) itemId!: string;
  @Field(() => ID, { nullable: true, description: "Defaults to the item's touchpoint" }) @IsOptional() @IsUUID('all', UUID) touchpointId?: string;
  @Field({ nullable: true, description: "Defaults to the item's title or the start of its text" }) @IsOptional() @IsString() @Length(1, L.title, { message: `must be 1 to ${L.title} characters` }) title?: string;
  @Field(() => Int) @IsInt({ message: 'must be an integer from 1 to 5' }) @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity!: number;
}
