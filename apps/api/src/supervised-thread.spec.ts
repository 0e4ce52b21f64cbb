import { Worker } from 'node:worker_threads';
import { superviseThread, whenReady } from './supervised-thread';

/**
 * Real worker threads (small scripts, not the API): a thread that dies is started again, `close`
 * stops the running one and starts no other, and a thread that never says "ready" fails the start.
 */

/** Says ready; exits with code 0 on "stop" and with code 7 on "die". */
const OBEDIENT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (m === 'stop') process.exit(0); if (m === 'die') process.exit(7); });
parentPort.postMessage({ ready: true });
`;

const until = async (probe: () => boolean, what: string) => {
  const end = Date.now() + 10_000;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

it('starts a thread that died again, and close() stops the running one without starting another', async () => {
  const started: Worker[] = [];
  const exits: number[] = [];
  const errors: string[] = [];
  const start = async () => {
    const w = new Worker(OBEDIENT, { eval: true });
    w.on('exit', (code) => exits.push(code));
    started.push(await whenReady(w));
    return w;
  };
  const thread = await superviseThread(start, { restartMs: 50, stopTimeoutMs: 5_000, onError: (m) => errors.push(m) });
  const firstId = thread.threadId;
  expect(firstId).toBe(started[0].threadId);

  started[0].postMessage('die');
  await until(() => started.length === 2, 'the restart');
  expect(exits).toEqual([7]);
  expect(errors).toEqual(['stopped (exit 7); starting it again in 50 ms']);
  expect(thread.threadId).toBe(started[1].threadId);
  expect(thread.threadId).not.toBe(firstId);

  await thread.close();
  expect(exits).toEqual([7, 0]);
  await new Promise((r) => setTimeout(r, 200));
  expect(started).toHaveLength(2);
  expect(errors).toHaveLength(1);
});

it('reports a restart that fails and does not try again', async () => {
  const started: Worker[] = [];
  const errors: string[] = [];
  let calls = 0;
  const start = async () => {
    calls += 1;
    // The second start is a thread that exits before it is ready.
    const w = await whenReady(new Worker(calls === 1 ? OBEDIENT : 'process.exit(3)', { eval: true }));
    started.push(w);
    return w;
  };
  const thread = await superviseThread(start, { restartMs: 20, stopTimeoutMs: 5_000, onError: (m) => errors.push(m) });
  started[0].postMessage('die');
  await until(() => errors.length === 2, 'the failed restart');
  expect(errors).toEqual(['stopped (exit 7); starting it again in 20 ms', 'could not start again, and waits for the process to restart: the thread did not start: it exited with code 3']);
  await new Promise((r) => setTimeout(r, 100));
  expect(calls).toBe(2);
  // Nothing runs, so closing has nothing to stop.
  await thread.close();
});

it('refuses a thread whose first message is not "ready", and one that exits first', async () => {
  await expect(whenReady(new Worker(`require('node:worker_threads').parentPort.postMessage({ hello: 1 })`, { eval: true }))).rejects.toThrow(
    'the thread did not start: its first message was not "ready"',
  );
  await expect(whenReady(new Worker('process.exit(5)', { eval: true }))).rejects.toThrow('the thread did not start: it exited with code 5');
  await expect(whenReady(new Worker('throw new Error("boom")', { eval: true }))).rejects.toThrow('the thread did not start: boom');
});
