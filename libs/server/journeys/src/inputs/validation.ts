import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { PERSONA_LIST_ITEM_MAX_LENGTH, PERSONA_LIST_MAX_ITEMS } from '@opencx/domain';

/** Validation messages and decorators shared by the journeys inputs. */
export const UUID = { message: 'must be a UUID' };
export const NAME = { message: 'must be 1 to 200 characters' };
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

/** goals / needs / frustrations: capped in count and item length (limits declared in @opencx/domain). */
export const PersonaList = (): PropertyDecorator => (target, key) => {
  for (const decorate of [
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(PERSONA_LIST_MAX_ITEMS, { message: `must have at most ${PERSONA_LIST_MAX_ITEMS} items` }),
    IsString({ each: true }),
    MaxLength(PERSONA_LIST_ITEM_MAX_LENGTH, { each: true, message: `items must be at most ${PERSONA_LIST_ITEM_MAX_LENGTH} characters` }),
  ])
    decorate(target, key);
};
