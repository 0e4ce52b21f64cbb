export * from './comment.model';
export * from './comment-thread.model';
export * from './comment-thread-connection.model';
export * from './comment-count.model';
