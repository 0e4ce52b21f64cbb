import { GraphQLSchemaHost } from '@nestjs/graphql';
import { astFromValue, getNamedType, print, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { TestApi } from '@opencx/server-testing';

/**
 * The schema the running API serves, for specs that cover every operation (introspection over HTTP
 * would need a query deeper than the depth limit allows).
 */
export async function loadSchema(api: TestApi): Promise<GraphQLSchema> {
  return api.app.get(GraphQLSchemaHost).schema;
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function operations(schema: GraphQLSchema): Operation[] {
  const of = (kind: Operation['kind'], type: ReturnType<GraphQLSchema['getQueryType']>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** A leaf an operation accepts: `input.touchpointId`, `id`, `input.goals` … with its scalar type. */
export interface InputLeaf {
  path: string[];
  type: GraphQLInputType;
  required: boolean;
}

export function inputLeaves(args: readonly GraphQLArgument[]): InputLeaf[] {
  const leaves: InputLeaf[] = [];
  const walk = (type: GraphQLInputType, path: string[], required: boolean, depth: number) => {
    const inner = getNullableType(type);
    if (isInputObjectType(inner) && depth < 4) {
      for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], isNonNullType(f.type) && f.defaultValue === undefined, depth + 1);
    } else {
      leaves.push({ path, type, required });
    }
  };
  for (const arg of args) walk(arg.type, [arg.name], isNonNullType(arg.type) && arg.defaultValue === undefined, 0);
  return leaves;
}

export const scalarName = (type: GraphQLInputType): string => {
  const named = getNamedType(type);
  return isScalarType(named) ? named.name : isEnumType(named) ? 'Enum' : named.name;
};
export const isList = (type: GraphQLInputType): boolean => isListType(getNullableType(type));

/**
 * `$first: Int! = 50`: a variable for an argument, with the argument's default, so that a call may
 * leave out what the schema lets it leave out (`first: Int! = 50` is optional to a client).
 */
export function variableDefinition(arg: GraphQLArgument): string {
  const def = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
  return `$${arg.name}: ${arg.type.toString()}${def ? ` = ${print(def)}` : ''}`;
}

/** `mutation($input: AddStageInput!) { addStage(input: $input) { __typename } }` for any operation. */
export function documentFor(op: Operation): string {
  const vars = op.field.args.map(variableDefinition).join(', ');
  const args = op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = hasSelection(op) ? ' { __typename }' : '';
  return `${op.kind}${vars ? `(${vars})` : ''} { ${op.name}${args ? `(${args})` : ''}${selection} }`;
}

function hasSelection(op: Operation): boolean {
  const named = getNamedType(op.field.type);
  return !isScalarType(named) && !isEnumType(named);
}

export function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
