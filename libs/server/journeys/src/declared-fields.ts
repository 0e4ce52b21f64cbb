import { Field, ID, Int, type ReturnTypeFunc } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { IsOptional, ValidateBy } from 'class-validator';
import { fieldNames, fieldProblem, type FieldSpec, type FieldTable } from '@opencx/domain';

const GRAPHQL_TYPE: Record<FieldSpec['kind'], ReturnTypeFunc> = { text: () => String, enum: () => String, int: () => Int, bool: () => Boolean, 'uuid-ref': () => ID, list: () => [String] };

/**
 * A GraphQL input field whose type and limits come from its declaration in @opencx/domain
 * (journey-fields.ts): the same check that validates imported documents, so the two cannot drift.
 * Optional (left out = unchanged or the declared default); the error names the field like any
 * class-validator error.
 */
export function DeclaredField(spec: FieldSpec, description?: string): PropertyDecorator {
  return (target, key) => {
    Field(GRAPHQL_TYPE[spec.kind], { nullable: true, description })(target, key);
    IsOptional()(target, key);
    ValidateBy({
      name: 'declaredField',
      validator: {
        validate: (value: unknown) => fieldProblem(spec, value) === null,
        defaultMessage: (args) => fieldProblem(spec, args?.value) ?? 'is invalid',
      },
    })(target, key as string);
  };
}

/**
 * Field declarations applied to classes, so an entity, its GraphQL model and its inputs list no
 * declared field again (each class merges an interface with the fields' TypeScript types).
 */
type AnyClass = abstract new (...args: never[]) => object;

/** Every named field of a table on an input class, as optional, declaration-checked input fields. */
export function declareInputFields(target: AnyClass, table: FieldTable, names: readonly string[]): void {
  for (const name of names) DeclaredField(table[name])(target.prototype, name);
}

/** Every field of a table that the API shows, on a GraphQL object type. */
export function declareModelFields(target: AnyClass, table: FieldTable): void {
  for (const name of fieldNames(table, (f) => f.api !== false)) {
    const spec = table[name];
    Field(GRAPHQL_TYPE[spec.kind], { nullable: spec.nullable === true, description: spec.description })(target.prototype, name);
  }
}

/** Every field of a table as a TypeORM column of the entity, named and typed as declared. */
export function declareEntityColumns(target: AnyClass, table: FieldTable): void {
  for (const name of fieldNames(table)) {
    const spec = table[name];
    const type = spec.sql === 'text[]' ? { type: 'text' as const, array: true } : { type: spec.sql };
    Column({ ...type, name: spec.column, nullable: spec.nullable === true })(target.prototype, name);
  }
}
