export * from './documents/reviews.documents';
export * from './screens';
