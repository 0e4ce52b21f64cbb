import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { TouchpointFields } from './touchpoint-fields.input';
import { NAME, UUID } from './validation';

@InputType('AddTouchpointInput')
export class AddTouchpointInput extends TouchpointFields {
  @Field(() => ID) @IsUUID('all', UUID) stageId!: string;
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}
