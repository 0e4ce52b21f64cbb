import { ConfigError, loadConfig } from './config';

describe('database roles and row-level security configuration', () => {
  const app = 'postgres://opencx_app:a@db:5432/opencx';
  const owner = 'postgres://opencx_owner:o@db:5432/opencx';

  it('reads the application and owner URLs, with row-level security on by default', () => {
    expect(loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: owner })).toMatchObject({ databaseUrl: app, databaseOwnerUrl: owner, rowLevelSecurity: true });
    expect(loadConfig({ DATABASE_URL: app })).toMatchObject({ databaseOwnerUrl: null, rowLevelSecurity: true });
    expect(loadConfig({ OPENCX_RLS: 'off' }).rowLevelSecurity).toBe(false);
    expect(loadConfig({ OPENCX_RLS: 'on' }).rowLevelSecurity).toBe(true);
  });

  it('names the variable on a bad value', () => {
    expect(() => loadConfig({ OPENCX_RLS: 'false' })).toThrow(new ConfigError('OPENCX_RLS must be "on" or "off", got "false"'));
    expect(() => loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: 'mysql://x@y/z' })).toThrow(/^DATABASE_OWNER_URL must start with postgres:\/\//);
    expect(() => loadConfig({ DATABASE_OWNER_URL: owner })).toThrow(/^DATABASE_OWNER_URL needs DATABASE_URL/);
  });
});
