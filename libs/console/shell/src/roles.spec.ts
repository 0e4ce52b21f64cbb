import { assignableRoles, can, isReadOnly } from './roles';

describe('role-aware UI', () => {
  it('treats viewers as read-only and gives admin powers to admins and owners only', () => {
    expect(isReadOnly('viewer')).toBe(true);
    expect(isReadOnly('editor')).toBe(false);
    expect(can('editor', 'manageMembers')).toBe(false);
    expect(can('admin', 'manageMembers')).toBe(true);
    expect(can('owner', 'manageApiTokens')).toBe(true);
    expect(can('editor', 'managePlugins')).toBe(false);
    expect(can('admin', 'managePlugins')).toBe(true);
    expect(can(null, 'edit')).toBe(false);
  });

  it('lets only owners hand out the owner role', () => {
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('owner')).toContain('owner');
  });
});
