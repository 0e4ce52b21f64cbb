export * from './opencx-error';
export * from './access.decorators';
export * from './validation';
export * from './request-principal';
export * from './opencx-exception.filter';
export * from './graphql-limits';
export * from './cookies';
export * from './retry-after.plugin';
