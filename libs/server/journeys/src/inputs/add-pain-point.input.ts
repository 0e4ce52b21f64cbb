import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { NAME, UUID } from './validation';

@InputType('AddPainPointInput')
export class AddPainPointInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field() @IsString() @Length(1, 200, NAME) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int) @IsInt({ message: 'must be an integer from 1 to 5' }) @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity!: number;
  @Field({ nullable: true, defaultValue: 'manual' }) @IsOptional() @IsIn(['manual', 'feedback', 'research'], { message: 'must be one of manual, feedback, research' }) source?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) evidenceCount?: number;
}
