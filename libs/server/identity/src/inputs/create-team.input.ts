import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType('CreateTeamInput')
export class CreateTeamInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) description?: string;
}
