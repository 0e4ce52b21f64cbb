import { CommentEntity, CommentMentionEntity } from './entities/comment.entity';

export * from './entities/comment.entity';
export * from './services/comment.service';
export { CommentTargetKind } from './comment-target';
export { mayChange, mayComment, type CommentAction } from './comment-rules';
export * from './comments.module';

export const COMMENTS_ENTITIES = [CommentEntity, CommentMentionEntity];
