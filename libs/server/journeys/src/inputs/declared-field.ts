import { Field, ID, Int, type ReturnTypeFunc } from '@nestjs/graphql';
import { IsOptional, ValidateBy } from 'class-validator';
import { fieldProblem, type FieldSpec, type FieldTable } from '@opencx/domain';

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

/** Declares every named field of a table on an input class (the class merges an interface with their types). */
export function declareInputFields(target: abstract new () => object, table: FieldTable, names: readonly string[]): void {
  for (const name of names) DeclaredField(table[name])(target.prototype, name);
}
