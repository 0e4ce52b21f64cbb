import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { UUID } from './validation';

@InputType('CiteEvidenceInput', { description: 'Exactly one of painPointId or opportunityId' })
export class CiteEvidenceInput {
  @Field(() => ID) @IsUUID('all', UUID) itemId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) painPointId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) opportunityId?: string;
}
