import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { RESEARCH_LIMITS as L } from '@opencx/domain';

export const UUID = { message: 'must be a UUID' };
export const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
export const atMost = (n: number) => ({ message: `must be at most ${n} characters` });

/** A list of short texts (hypotheses, research questions). */
export const TextList = (): PropertyDecorator => (target, key) => {
  for (const decorate of [
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(L.listItems, { message: `must have at most ${L.listItems} items` }),
    IsString({ each: true }),
    MaxLength(L.listItem, { each: true, message: `items must be at most ${L.listItem} characters` }),
  ])
    decorate(target, key);
};
