import { activeNavKey, safeNextPath, visibleSettingsItems } from './navigation';

describe('safeNextPath', () => {
  it('keeps console paths and drops anything that could leave the console', () => {
    expect(safeNextPath('/invite/abc.ocx_i_x')).toBe('/invite/abc.ocx_i_x');
    expect(safeNextPath(['/journeys', '/x'])).toBe('/journeys');
    for (const bad of [undefined, null, '', 'invite/x', '//evil.example', '/\\evil.example', 'https://evil.example', '/a\nb', ' /x']) expect(safeNextPath(bad)).toBeNull();
  });
});

describe('navigation', () => {
  it('finds the active section of a path', () => {
    expect(activeNavKey('/')).toBe('home');
    expect(activeNavKey('/settings/teams')).toBe('settings');
    expect(activeNavKey('/journeys/123')).toBe('journeys');
    expect(activeNavKey('/unknown')).toBeNull();
  });

  it('hides the API tokens and security log pages from non-admins', () => {
    expect(visibleSettingsItems('viewer').map((i) => i.key)).toEqual(['members', 'teams', 'plugins', 'follow-up-rules', 'calendar']);
    expect(visibleSettingsItems('admin').map((i) => i.key)).toEqual(['members', 'teams', 'plugins', 'follow-up-rules', 'calendar', 'api-tokens', 'security', 'system']);
    expect(visibleSettingsItems('editor').map((i) => i.key)).toEqual(['members', 'teams', 'plugins', 'follow-up-rules', 'calendar']);
  });
});
