export { graphql } from './generated/gql';
export type * from './generated/graphql';
export { TypedDocumentString } from './generated/graphql';
export * from './graphql-request';
export * from './graphql-request-error';
