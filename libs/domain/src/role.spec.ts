import { isRole, roleAtLeast } from './role';

describe('roleAtLeast', () => {
  it('orders viewer < editor < admin < owner', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('admin', 'admin')).toBe(true);
    expect(roleAtLeast('editor', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'editor')).toBe(false);
  });

  it('rejects unknown role names', () => {
    expect(isRole('superuser')).toBe(false);
    expect(isRole('viewer')).toBe(true);
  });
});
