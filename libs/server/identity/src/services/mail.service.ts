import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Messages to people (invitation links, sign-up notices). With SMTP configured they are sent;
 * without it they are written to the log, so a small install still works.
 * Sending never fails the operation that asked for it: the caller learns whether it was sent.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {
    this.transport = options.smtp ? createTransport(options.smtp.url) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** An absolute console link for a message (`path` starts with `/`). */
  link(path: string): string {
    return `${this.options.publicUrl.replace(/\/$/, '')}${path}`;
  }

  /** True when handed to the SMTP server; false when only logged or the server refused it. */
  async send(mail: OutgoingMail): Promise<boolean> {
    if (!this.transport || !this.options.smtp) {
      this.logger.log(`mail not sent (no OPENCX_SMTP_URL): to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
      return false;
    }
    try {
      await this.transport.sendMail({ from: this.options.smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
      return true;
    } catch (error) {
      this.logger.error(`mail to ${mail.to} failed: ${(error as Error).message}`);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
