/**
 * Foreground and background work in one API process. Requests people wait for (HTTP) are the
 * foreground; long background jobs (CSV imports) run at low priority: at each of their yield
 * points they take their turn only when no request is being served, or after a short wait, so a
 * workspace's import slows down while others read instead of their reads slowing down — and the
 * import is never starved.
 *
 * The state lives in a SharedArrayBuffer, so a background thread of the same process (the import
 * thread, see apps/api) can `watchForeground` the HTTP thread's requests and yield to them too.
 */
let state = new SharedArrayBuffer(16);
/** [0]: requests being served now. */
let counter = new Int32Array(state, 0, 1);
/** [0]: when a request last began or ended, in epoch milliseconds (threads share no `performance.now()` origin). */
let busyAt = new BigInt64Array(state, 8, 1);
/** True in a thread watching another thread's requests: it cannot be woken by them, so it polls. */
let watching = false;
let waiters: (() => void)[] = [];

const epochNow = () => performance.timeOrigin + performance.now();
const markBusy = () => Atomics.store(busyAt, 0, BigInt(Math.round(epochNow())));

function release(): void {
  const ready = waiters;
  waiters = [];
  for (const resume of ready) resume();
}

export const foreground = {
  /** A request started; answers the function that ends it (idempotent: call it on every way out). */
  begin(): () => void {
    Atomics.add(counter, 0, 1);
    markBusy();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = Atomics.sub(counter, 0, 1) - 1;
      markBusy();
      if (left === 0) release();
    };
  },
  /** Requests being served now. */
  get inFlight(): number {
    return Atomics.load(counter, 0);
  },
  /** Milliseconds since the last request was served (0 while one is). */
  get quietForMs(): number {
    return this.inFlight > 0 ? 0 : epochNow() - Number(Atomics.load(busyAt, 0));
  },
  /** The shared state, for a background thread to watch (`watchForeground`). */
  get state(): SharedArrayBuffer {
    return state;
  },
};

/** In a background thread: yield to the requests of the thread that owns `shared` (its `foreground.state`). */
export function watchForeground(shared: SharedArrayBuffer): void {
  state = shared;
  counter = new Int32Array(state, 0, 1);
  busyAt = new BigInt64Array(state, 8, 1);
  watching = true;
}

/** How often a watching thread looks whether the requests it waits for are answered. */
const WATCH_POLL_MS = 2;

/**
 * How long the foreground must have been quiet before a background job takes more than its one
 * database connection (a CSV import overlapping two chunks' transactions): back-to-back requests
 * keep it at one, an occasional progress poll does not.
 */
export const FOREGROUND_QUIET_MS = 100;

/** Longest a background job waits for the foreground at one yield point (then it runs anyway). */
export const BACKGROUND_MAX_WAIT_MS = 20;

/**
 * A background job's turn on the event loop: after a macrotask turn (so I/O callbacks run), at
 * once when no request is in flight, otherwise when the last one is answered or after `maxWaitMs`.
 */
export async function backgroundTurn(maxWaitMs = BACKGROUND_MAX_WAIT_MS): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (foreground.inFlight === 0) return;
  if (watching) {
    const until = performance.now() + maxWaitMs;
    while (foreground.inFlight > 0 && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, WATCH_POLL_MS));
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, maxWaitMs);
    function done() {
      clearTimeout(timer);
      waiters = waiters.filter((w) => w !== done);
      resolve();
    }
    waiters.push(done);
  });
}

/** Longest a background job runs on the event loop between two of its turns. */
export const BACKGROUND_SLICE_MS = 5;

/**
 * Wraps a turn so that calling it is cheap (call it per row): it is taken only once `sliceMs` of
 * work ran since the last one, so long loops hand the event loop back every few milliseconds
 * whatever each row costs, instead of every N rows.
 */
export function sliced(turn: () => Promise<void>, sliceMs = BACKGROUND_SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await turn();
    since = performance.now();
  };
}
