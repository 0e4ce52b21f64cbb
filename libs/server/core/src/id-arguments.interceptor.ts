import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLID, getNullableType, isInputObjectType, isListType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';
import { OpenCxError, type FieldIssue } from './opencx-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function checkIds(type: GraphQLInputType, value: unknown, field: string, issues: FieldIssue[]): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (inner === GraphQLID) {
    if (!isUuid(value)) issues.push({ field, message: 'must be a UUID' });
  } else if (isListType(inner)) {
    // A bad id in a list of ids names the list (the argument the client sent); items of a list of objects keep their index.
    const itemType = getNullableType(inner.ofType);
    if (Array.isArray(value) && itemType === GraphQLID) {
      if (value.some((item) => item !== null && !isUuid(item))) issues.push({ field, message: 'must list UUIDs' });
    } else if (Array.isArray(value)) value.forEach((item, i) => checkIds(inner.ofType, item, `${field}[${i}]`, issues));
    else checkIds(inner.ofType, value, field, issues);
  } else if (isInputObjectType(inner) && typeof value === 'object') {
    for (const f of Object.values(inner.getFields())) {
      checkIds(f.type, (value as Record<string, unknown>)[f.name], field ? `${field}.${f.name}` : f.name, issues);
    }
  }
}

/**
 * Every value of GraphQL type `ID` that a client sends is a UUID in OpenCX, so it is checked here,
 * keyed on the schema's argument types, for every operation at once: a malformed id is a field-named
 * BAD_USER_INPUT, never a PostgreSQL cast error. Fields inside an input object are named without the
 * argument (`touchpointId`, like class-validator); a top-level argument by its name (`id`).
 */
@Injectable()
export class IdArgumentsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      const definition = info.parentType.getFields()[info.fieldName];
      const args = gql.getArgs<Record<string, unknown>>();
      const issues: FieldIssue[] = [];
      for (const arg of definition?.args ?? []) {
        const isObject = isInputObjectType(getNullableType(arg.type));
        checkIds(arg.type, args[arg.name], isObject ? '' : arg.name, issues);
      }
      if (issues.length) throw OpenCxError.invalidFields(issues);
    }
    return next.handle();
  }
}
