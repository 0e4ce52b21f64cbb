import { localeFromAcceptLanguage, resolveLocale, resolveWorkspace } from './console-cookies';

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

describe('localeFromAcceptLanguage', () => {
  it('picks the best-weighted language the console has, by primary language', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.5')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.7,zh;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de;q=0.5, en;q=0')).toBeNull();
    expect(localeFromAcceptLanguage('*')).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});
