export * from './add-comment.input';
export * from './update-comment.input';
export * from './comment-threads.args';
