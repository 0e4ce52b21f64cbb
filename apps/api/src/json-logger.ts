import type { LoggerService } from '@nestjs/common';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** One JSON object per line on stdout: easy to ship to any log pipeline. */
export class JsonLogger implements LoggerService {
  constructor(private readonly minLevel: Level = 'info') {}

  private write(level: Level, message: unknown, context?: unknown, extra?: Record<string, unknown>): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.minLevel)) return;
    const line = { level, time: new Date().toISOString(), context: typeof context === 'string' ? context : undefined, msg: message instanceof Error ? message.message : message, ...extra };
    process.stdout.write(JSON.stringify(line) + '\n');
  }

  log(message: unknown, context?: unknown): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: unknown, context?: unknown): void {
    this.write('error', message, context, typeof trace === 'string' ? { stack: trace } : undefined);
  }
  warn(message: unknown, context?: unknown): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: unknown): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: unknown): void {
    this.write('debug', message, context);
  }
  info(message: unknown, extra?: Record<string, unknown>): void {
    this.write('info', message, 'opencx', extra);
  }
}
