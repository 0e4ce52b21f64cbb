import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NAME, UUID } from './validation';

@InputType('UpdateOpportunityInput')
export class UpdateOpportunityInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}
