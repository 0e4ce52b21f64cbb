export { CommentsProvider, useComments, type CommentCard } from './comments-context';
export { CommentBadge } from './comment-badge';
export { CommentsButton } from './comments-button';
export { CommentsDrawer } from './comments-drawer';
