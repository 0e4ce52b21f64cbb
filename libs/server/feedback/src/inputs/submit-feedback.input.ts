import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';

/**
 * A console user entering one response by hand. Limits and messages come from the shared
 * declarations in libs/domain (the same as the REST batch); these decorators only shape the input.
 */
@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID) @IsUUID() touchpointId!: string;
  @Field({ nullable: true, description: 'ISO 8601 with offset; defaults to now' }) @IsOptional() @IsString() occurredAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() channel?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() segment?: string;
  @Field({ nullable: true, description: 'Site code' }) @IsOptional() @IsString() site?: string;
  @Field({ nullable: true, description: "The customer's reference (phone, member id…); stored only as a salted hash" }) @IsOptional() @IsString() customerRef?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() nps?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() csat?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() ces?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() comment?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() language?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) tags?: string[];
}
