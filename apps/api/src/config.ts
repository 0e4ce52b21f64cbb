import { resolve } from 'node:path';
import type { IdentityOptions } from '@opencx/server-identity';

export interface ApiConfig {
  host: string;
  port: number;
  /** External PostgreSQL; when absent the API starts an embedded one under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedDbPort: number;
  production: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Where to write the code-first schema (dev and tests); null in production. */
  schemaFile: string | null;
  seedDemo: boolean;
  trustProxy: string;
  /** npm packages exporting `plugin`, beyond the built-in ones. */
  plugins: string[];
  pluginsStrict: boolean;
  /** Adds `x-sql-statements` to every response (benchmarks check the statements-per-request bar). */
  sqlMetrics: boolean;
  /** Instance operators, the console's public URL and SMTP (invitation links, sign-up notices). */
  identity: IdentityOptions;
}

export class ConfigError extends Error {}

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number 0–65535, got "${raw}"`);
  return n;
}

function databaseUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  return raw;
}

const EMAIL = /^[^\s@,]+@[^\s@,]+$/;

function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL such as https://cx.example.com, got "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new ConfigError(`${name} must start with http:// or https://, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function identity(env: NodeJS.ProcessEnv): IdentityOptions {
  const adminEmails = (env.OPENCX_ADMIN_EMAILS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = adminEmails.find((e) => !EMAIL.test(e));
  if (bad) throw new ConfigError(`OPENCX_ADMIN_EMAILS must be comma-separated email addresses, got "${bad}"`);
  const publicUrl = httpUrl('OPENCX_PUBLIC_URL', env.OPENCX_PUBLIC_URL || `http://127.0.0.1:${env.CONSOLE_PORT || '3001'}`);
  let smtp: IdentityOptions['smtp'] = null;
  if (env.OPENCX_SMTP_URL) {
    let url: URL;
    try {
      url = new URL(env.OPENCX_SMTP_URL);
    } catch {
      throw new ConfigError('OPENCX_SMTP_URL is not a valid URL (expected smtp://user:password@host:587 or smtps://…:465)');
    }
    if (!['smtp:', 'smtps:'].includes(url.protocol)) throw new ConfigError(`OPENCX_SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//"`);
    const from = env.OPENCX_MAIL_FROM?.trim() ?? '';
    if (!EMAIL.test(from.replace(/^.*<([^>]+)>\s*$/, '$1'))) {
      throw new ConfigError(`OPENCX_MAIL_FROM must be the sender address (e.g. "OpenCX <cx@example.com>") when OPENCX_SMTP_URL is set, got "${from}"`);
    }
    smtp = { url: env.OPENCX_SMTP_URL, from };
  }
  return { adminEmails, publicUrl, smtp };
}

/** Reads and validates the environment once, at start-up; any problem is one clear line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const logLevel = (env.LOG_LEVEL ?? 'info') as ApiConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  const dataDir = resolve(env.OPENCX_DATA_DIR ?? '.data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: port('PORT', env.PORT, 3000),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    dataDir,
    embeddedDbPort: port('OPENCX_DB_PORT', env.OPENCX_DB_PORT, 54329),
    production,
    logLevel,
    schemaFile: env.OPENCX_SCHEMA_FILE ?? (production ? null : resolve('apps/api/schema.gql')),
    seedDemo: env.OPENCX_SEED_DEMO === 'true',
    trustProxy: env.OPENCX_TRUST_PROXY ?? 'loopback',
    plugins: (env.OPENCX_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    pluginsStrict: env.OPENCX_PLUGINS_STRICT !== 'false',
    sqlMetrics: env.OPENCX_SQL_METRICS === 'true',
    identity: identity(env),
  };
}
