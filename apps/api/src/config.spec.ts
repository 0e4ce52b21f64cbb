import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  describe('OPENCX_TRUST_PROXY', () => {
    it('trusts no proxy by default, so a client cannot choose its address', () => {
      expect(loadConfig({}).trustProxy).toEqual([]);
      expect(loadConfig({ OPENCX_TRUST_PROXY: 'none' }).trustProxy).toEqual([]);
    });

    it('accepts addresses, CIDRs and named ranges', () => {
      expect(loadConfig({ OPENCX_TRUST_PROXY: 'loopback, 172.31.240.10,10.0.0.0/8,fd00::/64' }).trustProxy).toEqual(['loopback', '172.31.240.10', '10.0.0.0/8', 'fd00::/64']);
    });

    it.each(['true', '*', '2', '10.0.0.0/33', 'proxy.local'])('refuses "%s" with one clear line', (value) => {
      expect(() => loadConfig({ OPENCX_TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ OPENCX_TRUST_PROXY: value })).toThrow(/^OPENCX_TRUST_PROXY must list proxy addresses or CIDRs/);
    });
  });

  describe('OPENCX_GRAPHQL_DOCUMENTS', () => {
    it('defaults to any and accepts trusted', () => {
      expect(loadConfig({}).graphqlDocuments).toBe('any');
      expect(loadConfig({ OPENCX_GRAPHQL_DOCUMENTS: 'trusted' }).graphqlDocuments).toBe('trusted');
    });

    it('refuses anything else', () => {
      expect(() => loadConfig({ OPENCX_GRAPHQL_DOCUMENTS: 'persisted' })).toThrow('OPENCX_GRAPHQL_DOCUMENTS must be any or trusted, got "persisted"');
    });
  });
});

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

describe('identity configuration', () => {
  it('defaults to no operators, the local console URL and mail in the log', () => {
    expect(loadConfig({}).identity).toEqual({ adminEmails: [], publicUrl: 'http://127.0.0.1:3001', smtp: null });
  });

  it('reads operators (trimmed, lower-cased), the public URL and SMTP', () => {
    const config = loadConfig({
      OPENCX_ADMIN_EMAILS: ' Ops@Example.com, sec@example.com ,',
      OPENCX_PUBLIC_URL: 'https://cx.example.com/',
      OPENCX_SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      OPENCX_MAIL_FROM: 'OpenCX <cx@example.com>',
    });
    expect(config.identity).toEqual({
      adminEmails: ['ops@example.com', 'sec@example.com'],
      publicUrl: 'https://cx.example.com',
      smtp: { url: 'smtps://user:pass@mail.example.com:465', from: 'OpenCX <cx@example.com>' },
    });
  });

  it.each([
    [{ OPENCX_ADMIN_EMAILS: 'ops' }, /OPENCX_ADMIN_EMAILS must be comma-separated email addresses, got "ops"/],
    [{ OPENCX_PUBLIC_URL: 'cx.example.com' }, /OPENCX_PUBLIC_URL must be an http\(s\) URL/],
    [{ OPENCX_PUBLIC_URL: 'ftp://cx.example.com' }, /OPENCX_PUBLIC_URL must start with http:\/\/ or https:\/\//],
    [{ OPENCX_SMTP_URL: 'http://mail.example.com' }, /OPENCX_SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ OPENCX_SMTP_URL: 'not a url' }, /OPENCX_SMTP_URL is not a valid URL/],
    [{ OPENCX_SMTP_URL: 'smtp://mail.example.com' }, /OPENCX_MAIL_FROM must be the sender address/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
