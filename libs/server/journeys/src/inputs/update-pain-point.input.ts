import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { NAME, UUID } from './validation';

@InputType('UpdatePainPointInput')
export class UpdatePainPointInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) evidenceCount?: number;
}
