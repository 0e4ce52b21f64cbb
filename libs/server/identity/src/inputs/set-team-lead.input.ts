import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** Names a team's lead (a member of the workspace), or clears it with `userId: null`. */
@InputType('SetTeamLeadInput')
export class SetTeamLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) teamId!: string;
  @Field(() => ID, { nullable: true, description: 'The new lead; null clears it' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) userId?: string | null;
}
