import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { fieldNames, PERSONA_LIST_ITEM_MAX_LENGTH, PERSONA_LIST_MAX_ITEMS, TOUCHPOINT_FIELDS, type FieldKeysWith, type FieldValues, type Role } from '@opencx/domain';
import { declareInputFields } from '../declared-fields';

const UUID = { message: 'must be a UUID' };
const NAME = { message: 'must be 1 to 200 characters' };
/** goals / needs / frustrations: capped in count and item length (limits declared in @opencx/domain). */
const PersonaList = (): PropertyDecorator => (target, key) => {
  for (const decorate of [
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(PERSONA_LIST_MAX_ITEMS, { message: `must have at most ${PERSONA_LIST_MAX_ITEMS} items` }),
    IsString({ each: true }),
    MaxLength(PERSONA_LIST_ITEM_MAX_LENGTH, { each: true, message: `items must be at most ${PERSONA_LIST_ITEM_MAX_LENGTH} characters` }),
  ])
    decorate(target, key);
};

@InputType('AddStageInput')
export class AddStageInput {
  @Field(() => ID) @IsUUID('all', UUID) journeyId!: string;
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true, description: 'Where to insert (0 = first); default last' }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType('UpdateStageInput')
export class UpdateStageInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType('MoveStageInput')
export class MoveStageInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() @Min(0) toPosition!: number;
}

/** The touchpoint fields an edit may set (declared in @opencx/domain), except the name, which Add requires. */
const TOUCHPOINT_INPUT_FIELDS = fieldNames(TOUCHPOINT_FIELDS, (f, name) => f.editableBy !== undefined && name !== 'name');
type TouchpointInputValues = Partial<Pick<FieldValues<typeof TOUCHPOINT_FIELDS>, Exclude<FieldKeysWith<typeof TOUCHPOINT_FIELDS, { editableBy: Role }>, 'name'>>>;

// The fields' GraphQL types and limits are applied from the declaration (declareInputFields below);
// the interface merged into the class gives them their TypeScript types, so nothing lists them again.
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
@InputType({ isAbstract: true })
abstract class TouchpointFields {}
interface TouchpointFields extends TouchpointInputValues {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declareInputFields(TouchpointFields, TOUCHPOINT_FIELDS, TOUCHPOINT_INPUT_FIELDS);

@InputType('AddTouchpointInput')
export class AddTouchpointInput extends TouchpointFields {
  @Field(() => ID) @IsUUID('all', UUID) stageId!: string;
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType('UpdateTouchpointInput')
export class UpdateTouchpointInput extends TouchpointFields {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) name?: string;
  @Field({ nullable: true, description: 'Set true to clear slaMinutes / ownerTeamId / device / region' }) @IsOptional() @IsBoolean() clearOptional?: boolean;
}

@InputType('MoveTouchpointInput')
export class MoveTouchpointInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => ID, { description: 'A stage of the same journey' }) @IsUUID('all', UUID) toStageId!: string;
  @Field(() => Int) @IsInt() @Min(0) toPosition!: number;
}

@InputType('AddPainPointInput')
export class AddPainPointInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field() @IsString() @Length(1, 200, NAME) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int) @IsInt({ message: 'must be an integer from 1 to 5' }) @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity!: number;
  @Field({ nullable: true, defaultValue: 'manual' }) @IsOptional() @IsIn(['manual', 'feedback', 'research'], { message: 'must be one of manual, feedback, research' }) source?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) evidenceCount?: number;
}

@InputType('UpdatePainPointInput')
export class UpdatePainPointInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) evidenceCount?: number;
}

@InputType('AddOpportunityInput')
export class AddOpportunityInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', UUID) painPointId?: string;
  @Field() @IsString() @Length(1, 200, NAME) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType('UpdateOpportunityInput')
export class UpdateOpportunityInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, NAME) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType('CreatePersonaInput')
export class CreatePersonaInput {
  @Field() @IsString() @Length(1, 200, NAME) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true }) @PersonaList() goals?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() needs?: string[];
  @Field(() => [String], { nullable: true }) @PersonaList() frustrations?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) segmentKey?: string;
}

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
