import type { FieldSpec, FieldTable } from './journey-fields';

export interface FieldIssue {
  field: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is wrong with one value of a declared field, or null. Messages are what users read after the field's name. */
export function fieldProblem(spec: FieldSpec, value: unknown): string | null {
  const absent = value === undefined || value === null;
  switch (spec.kind) {
    case 'text':
      if (absent) return spec.required ? 'is required' : null;
      if (typeof value !== 'string') return 'must be text';
      if (spec.required && value.trim() === '') return 'must not be empty';
      return value.length > spec.maxLength ? `must be at most ${spec.maxLength} characters` : null;
    case 'int':
      if (absent && spec.nullable) return null;
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max ? null : (spec.rangeMessage ?? `must be an integer from ${spec.min} to ${spec.max}`);
    case 'bool':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'enum':
      return spec.values.includes(value as string) ? null : `must be one of ${spec.values.join(', ')}`;
    case 'uuid-ref':
      if (absent) return spec.nullable ? null : 'is required';
      return typeof value === 'string' && UUID.test(value) ? null : 'must be a UUID';
    case 'list':
      if (absent) return null;
      if (!Array.isArray(value)) return 'must be a list';
      return value.length > spec.maxItems ? `must have at most ${spec.maxItems} items` : null;
  }
}

/** Problems of a list field's items (`goals[3]`), checked up to the list's cap. */
function itemIssues(spec: FieldSpec, value: unknown, field: string): FieldIssue[] {
  if (spec.kind !== 'list' || !Array.isArray(value)) return [];
  return value.slice(0, spec.maxItems).flatMap((item: unknown, i: number) => {
    if (typeof item !== 'string') return [{ field: `${field}[${i}]`, message: 'must be text' }];
    return item.length > spec.itemMaxLength ? [{ field: `${field}[${i}]`, message: `must be at most ${spec.itemMaxLength} characters` }] : [];
  });
}

export interface FieldCheckOptions {
  /** Path prefix of the reported field names (`journey.stages[0]`); none for top-level inputs. */
  path?: string;
  /** Which fields to check; default: all declared. */
  names?: readonly string[];
  /** An edit or an optional input: a field left out (undefined or null) is not checked. */
  partial?: boolean;
}

/** Checks an object's declared fields against their declaration; every issue names its field. */
export function fieldIssues(table: FieldTable, obj: Record<string, unknown>, options: FieldCheckOptions = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const name of options.names ?? Object.keys(table)) {
    const spec = table[name];
    const value = obj[name];
    if (options.partial && (value === undefined || value === null)) continue;
    const field = options.path ? `${options.path}.${name}` : name;
    const problem = fieldProblem(spec, value);
    if (problem) issues.push({ field, message: problem });
    issues.push(...itemIssues(spec, value, field));
  }
  return issues;
}
