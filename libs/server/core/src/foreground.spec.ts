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
