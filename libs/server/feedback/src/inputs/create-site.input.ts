import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateSiteInput {
  @Field() @IsString() @Matches(/\S/, { message: 'must not be blank' }) @MaxLength(80) code!: string;
  @Field() @IsString() @Matches(/\S/, { message: 'must not be blank' }) @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) region?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string;
}
