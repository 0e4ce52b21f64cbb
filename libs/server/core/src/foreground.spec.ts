import { Worker } from 'node:worker_threads';
import { backgroundTurn, foreground, sliced } from './foreground';

it('lets background work through at once when no request is in flight', async () => {
  expect(foreground.inFlight).toBe(0);
  let through = false;
  await backgroundTurn(60_000).then(() => (through = true));
  expect(through).toBe(true);
});

it('holds background work while a request is served and releases it when the last one ends', async () => {
  const endA = foreground.begin();
  const endB = foreground.begin();
  expect(foreground.inFlight).toBe(2);
  let through = false;
  const turn = backgroundTurn(60_000).then(() => (through = true));
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  expect(through).toBe(false);
  endA();
  endA(); // ending twice counts once
  await new Promise((r) => setImmediate(r));
  expect(foreground.inFlight).toBe(1);
  expect(through).toBe(false);
  endB();
  await turn;
  expect(through).toBe(true);
  expect(foreground.inFlight).toBe(0);
});

it('never starves background work: it runs after the longest wait even while requests keep coming', async () => {
  const end = foreground.begin();
  try {
    let through = false;
    const turn = backgroundTurn(5).then(() => (through = true));
    await turn;
    expect(through).toBe(true);
    expect(foreground.inFlight).toBe(1);
  } finally {
    end();
  }
});

it('takes a sliced turn only once its slice of work has run, then starts a new slice', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  try {
    let turns = 0;
    const pause = sliced(async () => void turns++, 5);
    await pause();
    await pause();
    expect(turns).toBe(0);
    jest.advanceTimersByTime(4);
    await pause();
    expect(turns).toBe(0);
    jest.advanceTimersByTime(1);
    await pause();
    expect(turns).toBe(1);
    await pause();
    expect(turns).toBe(1);
    jest.advanceTimersByTime(5);
    await pause();
    expect(turns).toBe(2);
  } finally {
    jest.useRealTimers();
  }
});

it('counts the foreground quiet only from the end of its last request', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  try {
    const end = foreground.begin();
    jest.advanceTimersByTime(500);
    expect(foreground.quietForMs).toBe(0);
    end();
    jest.advanceTimersByTime(40);
    expect(foreground.quietForMs).toBe(40);
    const again = foreground.begin();
    again();
    jest.advanceTimersByTime(150);
    expect(foreground.quietForMs).toBe(150);
  } finally {
    jest.useRealTimers();
  }
});

it('a thread watching the foreground (the import thread) waits for the requests of the thread it watches', async () => {
  const end = foreground.begin();
  // The worker loads this very module from source, as the API's import thread does.
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { watchForeground, backgroundTurn, foreground } = require(workerData.module);
     watchForeground(workerData.state);
     parentPort.postMessage({ inFlight: foreground.inFlight, quiet: foreground.quietForMs });
     backgroundTurn(60000).then(() => parentPort.postMessage({ through: true, inFlight: foreground.inFlight }));`,
    { eval: true, workerData: { module: require.resolve('./foreground'), state: foreground.state }, execArgv: ['-r', require.resolve('@swc-node/register')] },
  );
  const messages: Record<string, unknown>[] = [];
  worker.on('message', (m) => messages.push(m));
  const until = async (n: number) => {
    for (let i = 0; i < 3000 && messages.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  };
  try {
    await until(1);
    expect(messages[0]).toEqual({ inFlight: 1, quiet: 0 });
    // Held for as long as this thread's request is served …
    await new Promise((r) => setTimeout(r, 300));
    expect(messages).toHaveLength(1);
    end();
    // … and let through once it ends.
    await until(2);
    expect(messages[1]).toEqual({ through: true, inFlight: 0 });
  } finally {
    end();
    await worker.terminate();
  }
}, 60_000);
