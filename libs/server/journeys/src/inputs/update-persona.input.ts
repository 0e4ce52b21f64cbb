import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NAME, PersonaList, UUID } from './validation';

@InputType('UpdatePersonaInput')
export class UpdatePersonaInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true }) @PersonaList() goals?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() needs?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() frustrations?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) segmentKey?: string;
}
