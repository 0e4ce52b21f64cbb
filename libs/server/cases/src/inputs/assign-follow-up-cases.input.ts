import { Field, ID, InputType } from '@nestjs/graphql';
import { isUUID, ValidateBy, ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

/** A list of UUIDs, reported as the list's field (not `caseIds[0]`), so a bad id names the argument a client sent. */
const IsUuidList = () =>
  ValidateBy({ name: 'isUuidList', validator: { validate: (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && isUUID(x)), defaultMessage: () => 'must list UUIDs' } });

@InputType('AssignFollowUpCasesInput')
export class AssignFollowUpCasesInput {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(200) @IsUuidList() caseIds!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeTeamId?: string | null;
}
