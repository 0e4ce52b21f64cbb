import { ConfigError, loadConfig } from './config';

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
