export { graphql } from './generated/gql';
export type * from './generated/graphql';
export { TypedDocumentString } from './generated/graphql';
export * from './graphql-request';
export * from './graphql-request-error';
export * from './gql-action';

// Client hooks (each file is 'use client').
export * from './gql-feedback';
export * from './use-gql-query';
export * from './use-gql-action';
