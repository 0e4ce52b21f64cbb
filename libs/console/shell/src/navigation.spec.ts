import { activeNavKey, visibleSettingsItems } from './navigation';

describe('navigation', () => {
  it('finds the active section of a path', () => {
    expect(activeNavKey('/')).toBe('home');
    expect(activeNavKey('/settings/teams')).toBe('settings');
    expect(activeNavKey('/journeys/123')).toBe('journeys');
    expect(activeNavKey('/unknown')).toBeNull();
  });

  it('hides the API tokens settings page from non-admins', () => {
    expect(visibleSettingsItems('viewer').map((i) => i.key)).toEqual(['members', 'teams', 'plugins']);
    expect(visibleSettingsItems('admin').map((i) => i.key)).toEqual(['members', 'teams', 'plugins', 'api-tokens']);
  });
});
