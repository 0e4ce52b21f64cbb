import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { OpenCxError, type FieldIssue } from './opencx-error';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

// A NUL byte (PostgreSQL text cannot hold one) or a UTF-16 surrogate without its partner (not valid
// UTF-8, so PostgreSQL refuses it too).
// eslint-disable-next-line no-control-regex
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Messages for text that no field can store; `undefined` when the text is fine. */
export function unstorableTextReason(text: string): string | undefined {
  const match = UNSTORABLE_TEXT.exec(text);
  if (!match) return undefined;
  return match[0] === '\u0000' ? 'must not contain NUL characters' : 'must be valid Unicode text (it contains a lone UTF-16 surrogate)';
}

const MAX_NESTING = 32;

/** Every string anywhere in a value (object keys too) that cannot be stored, with its path. */
export function findUnstorableText(value: unknown, path: string, issues: FieldIssue[] = [], depth = 0): FieldIssue[] {
  if (issues.length >= 20) return issues;
  const at = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    if (reason) issues.push({ field: path || 'input', message: reason });
  } else if (value !== null && typeof value === 'object' && depth >= MAX_NESTING) {
    // No input of ours nests this deep; refusing it keeps the walk (and anything stored later) bounded.
    issues.push({ field: path || 'input', message: `must not nest deeper than ${MAX_NESTING} levels` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findUnstorableText(item, at(i), issues, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const reason = unstorableTextReason(key);
      if (reason) issues.push({ field: path || 'input', message: `has a key that ${reason}` });
      else findUnstorableText(item, at(key), issues, depth + 1);
    }
  }
  return issues;
}

/** REST bodies, query strings and route params, and GraphQL arguments (@nestjs/graphql's GqlParamtype.ARGS, not exported); never parents, contexts or info. */
const CLIENT_INPUT = new Set<unknown>(['body', 'query', 'param', 3]);

/**
 * class-validator on every `*.input.ts`, after a check that applies to every argument whatever its
 * type (scalars and JSON documents too): text must be storable. The error names each offending field.
 */
class OpenCxValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) {
      // Input classes name their fields without the argument (like class-validator: `name`, not
      // `input.name`); a scalar or a JSON argument is named by the argument itself.
      const isInputClass = typeof metadata.metatype === 'function' && metadata.metatype !== Object && value !== null && typeof value === 'object';
      const issues = findUnstorableText(value, isInputClass ? '' : (metadata.data ?? ''));
      if (issues.length) throw OpenCxError.invalidFields(issues);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new OpenCxValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => OpenCxError.invalidFields(flatten(errors)),
  });
}
