import { roleAtLeast, type Role } from '@opencx/domain';

/** What a member may do with comments (README "Role matrix"; tested in comments.int-spec.ts). */
export type CommentAction = 'read' | 'comment' | 'editOwn' | 'deleteOwn' | 'resolve' | 'deleteAny';

const LEAST_ROLE: Record<CommentAction, Role> = {
  read: 'viewer',
  comment: 'viewer',
  editOwn: 'viewer',
  deleteOwn: 'viewer',
  resolve: 'editor',
  deleteAny: 'admin',
};

export const mayComment = (role: Role, action: CommentAction): boolean => roleAtLeast(role, LEAST_ROLE[action]);

/** Nobody edits another's words; the author deletes their own, an admin anyone's. */
export function mayChange(role: Role, isAuthor: boolean, change: 'edit' | 'delete'): boolean {
  if (change === 'edit') return isAuthor && mayComment(role, 'editOwn');
  return (isAuthor && mayComment(role, 'deleteOwn')) || mayComment(role, 'deleteAny');
}
