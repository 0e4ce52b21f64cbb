import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType('AddTeamMemberInput')
export class AddTeamMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) teamId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) userId!: string;
}
