export * from './journey-review-due.model';
export * from './journey-review.model';
export * from './review-action.model';
export * from './review-kpi.model';
