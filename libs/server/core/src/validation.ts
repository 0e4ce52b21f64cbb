import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { OpenCxError, type FieldIssue } from './opencx-error';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every `*.input.ts`; the error names each offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => OpenCxError.invalidFields(flatten(errors)),
  });
}
