import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { NAME, UUID } from './validation';

@InputType('AddStageInput')
export class AddStageInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true, description: 'Where to insert (0 = first); default last' }) @IsOptional() @IsInt() @Min(0) position?: number;
}
