import { InputType } from '@nestjs/graphql';
import { fieldNames, TOUCHPOINT_FIELDS, type FieldKeysWith, type FieldValues, type Role } from '@opencx/domain';
import { declareInputFields } from '../declared-fields';

/** The touchpoint fields an edit may set (declared in @opencx/domain), except the name, which Add requires. */
const TOUCHPOINT_INPUT_FIELDS = fieldNames(TOUCHPOINT_FIELDS, (f, name) => f.editableBy !== undefined && name !== 'name');
type TouchpointInputValues = Partial<Pick<FieldValues<typeof TOUCHPOINT_FIELDS>, Exclude<FieldKeysWith<typeof TOUCHPOINT_FIELDS, { editableBy: Role }>, 'name'>>>;

// The fields' GraphQL types and limits are applied from the declaration (declareInputFields below);
// the interface merged into the class gives them their TypeScript types, so nothing lists them again.
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
@InputType({ isAbstract: true })
export abstract class TouchpointFields {}
export interface TouchpointFields extends TouchpointInputValues {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declareInputFields(TouchpointFields, TOUCHPOINT_FIELDS, TOUCHPOINT_INPUT_FIELDS);
