import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NAME, UUID } from './validation';

@InputType('AddOpportunityInput')
export class AddOpportunityInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) painPointId?: string;
  @Field() @IsString() @Length(1, 200, NAME) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}
