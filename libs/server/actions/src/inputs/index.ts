export * from './accept-pain-point-suggestion.input';
export * from './add-action-comment.input';
export * from './create-improvement-action.input';
export * from './dismiss-pain-point-suggestion.input';
export * from './improvement-action-filter.input';
export * from './move-improvement-action.input';
export * from './update-improvement-action.input';
