import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';

/** What a supervised thread's owner holds: the running thread's id, and how to stop it. */
export interface SupervisedThread {
  /** The running thread's id (`threadId` inside it); a new one after a restart. */
  readonly threadId: number;
  /** Asks the thread to stop (the `stop` message), waits for it to exit, and starts no other. */
  close(): Promise<void>;
}

/** The message a supervised thread stops on: it finishes its work in hand and exits. */
export const STOP_MESSAGE = 'stop';

export interface SuperviseOptions {
  /** A thread that died is started again after this long. */
  restartMs: number;
  /** How long `close` waits for the thread to stop before terminating it. */
  stopTimeoutMs: number;
  /** What went wrong, as a phrase to follow the thread's name ("stopped (exit 1); starting it again in 1000 ms"). */
  onError(message: string, stack?: string): void;
}

/**
 * Waits for a new thread's first message, `{ ready: true }`: answers the thread once it said so,
 * throws when it failed or exited first.
 */
export async function whenReady(worker: Worker, name = 'the thread'): Promise<Worker> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(new Error(`${name} did not start: ${error.message}`));
    const exited = (code: number) => failed(new Error(`it exited with code ${code}`));
    worker.once('error', failed);
    worker.once('exit', exited);
    worker.once('message', (message: { ready?: boolean }) => {
      worker.off('error', failed);
      worker.off('exit', exited);
      if (message?.ready) resolve();
      else {
        void worker.terminate();
        failed(new Error('its first message was not "ready"'));
      }
    });
  });
  return worker;
}

/**
 * Starts a thread with `start` and keeps one running: when the thread dies (an exit that `close`
 * did not ask for), it is started again after `restartMs`. A restart that fails is reported and
 * not tried again. Throws when the first start fails.
 */
export async function superviseThread(start: () => Promise<Worker>, options: SuperviseOptions): Promise<SupervisedThread> {
  let closing = false;
  let worker = await start();
  const watch = (w: Worker) => {
    w.on('error', (error) => options.onError(`failed: ${error.message}`, error.stack));
    w.once('exit', (code) => {
      if (closing) return;
      options.onError(`stopped (exit ${code}); starting it again in ${options.restartMs} ms`);
      setTimeout(() => {
        if (closing) return;
        start().then(
          (next) => {
            if (closing) {
              void next.terminate();
              return;
            }
            worker = next;
            watch(next);
          },
          (error: Error) => options.onError(`could not start again, and waits for the process to restart: ${error.message}`, error.stack),
        );
      }, options.restartMs).unref();
    });
  };
  watch(worker);
  return {
    get threadId() {
      return worker.threadId;
    },
    async close() {
      closing = true;
      // A thread that died and is waiting for its restart has nothing to stop.
      if (worker.threadId === -1) return;
      const exited = once(worker, 'exit');
      worker.postMessage(STOP_MESSAGE);
      const timer = setTimeout(() => void worker.terminate(), options.stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
