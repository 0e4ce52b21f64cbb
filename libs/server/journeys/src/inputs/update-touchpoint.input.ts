import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { TouchpointFields } from './touchpoint-fields.input';
import { NAME, UUID } from './validation';

@InputType('UpdateTouchpointInput')
export class UpdateTouchpointInput extends TouchpointFields {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true, description: 'Set true to clear slaMinutes / ownerTeamId / device / region' }) @IsOptional() @IsBoolean() clearOptional?: boolean;
}
