import { resolveLocale, resolveWorkspace } from './console-cookies';

describe('console cookies', () => {
  it('falls back to zh-CN and to the first workspace', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale(undefined)).toBe('zh-CN');
    const ws = [{ id: 'a' }, { id: 'b' }];
    expect(resolveWorkspace(ws, 'b')).toEqual({ id: 'b' });
    expect(resolveWorkspace(ws, 'gone')).toEqual({ id: 'a' });
    expect(resolveWorkspace([], 'a')).toBeNull();
  });
});
