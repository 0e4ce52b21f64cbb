/** What identity needs from the API's configuration (validated in apps/api/src/config.ts). */
export interface IdentityOptions {
  /** Instance operators (lower-case emails): they read every account's security events. */
  adminEmails: string[];
  /** The console's public base URL, for links in emails and the log. */
  publicUrl: string;
  /** SMTP for invitation links and sign-up notices; null writes them to the log instead. */
  smtp: { url: string; from: string } | null;
  /** Sign-ups allowed per client address per hour (`OPENCX_SIGNUP_LIMIT_PER_IP`, default 20). */
  signupsPerAddressPerHour?: number;
}

export const IDENTITY_OPTIONS = Symbol('OPENCX_IDENTITY_OPTIONS');

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = { adminEmails: [], publicUrl: 'http://127.0.0.1:3001', smtp: null };
