/**
 * Polls `probe` until it returns a value (anything but null, undefined or false), for work a test
 * cannot await directly: a pg-boss job, an outbox drain, a mail leaving a queue. Throws, naming
 * `what`, when `timeoutMs` passes first. Waits by polling, never by a fixed sleep.
 */
export async function eventually<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string,
  { timeoutMs = 60_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null && found !== undefined && found !== false) return found;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
