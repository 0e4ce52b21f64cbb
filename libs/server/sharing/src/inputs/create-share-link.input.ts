import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType('CreateShareLinkInput')
export class CreateShareLinkInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a journey id' }) journeyId!: string;
  @Field({ description: 'map or dashboard' }) @IsIn(['map', 'dashboard'], { message: 'must be map or dashboard' }) target!: 'map' | 'dashboard';
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'must be at most 200 characters' }) label?: string;
  @Field(() => Int, { nullable: true, description: 'Days until the link stops working (1–365); none: until revoked' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be 1 to 365 days' })
  @Max(365, { message: 'must be 1 to 365 days' })
  expiresInDays?: number;
  @Field({ nullable: true, description: 'Only signed-in members of the workspace may open it' }) @IsOptional() @IsBoolean() membersOnly?: boolean;
}
