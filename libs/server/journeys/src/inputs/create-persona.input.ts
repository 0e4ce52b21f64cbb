import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NAME, PersonaList } from './validation';

@InputType('CreatePersonaInput')
export class CreatePersonaInput {
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true }) @PersonaList() goals?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() needs?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() frustrations?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) segmentKey?: string;
}
