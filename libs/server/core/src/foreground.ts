/**
 * Foreground and background work in one API process. Requests people wait for (HTTP) are the
 * foreground; long background jobs (CSV imports) run at low priority: at each of their yield
 * points they take their turn only when no request is being served, or after a short wait, so a
 * workspace's import slows down while others read instead of their reads slowing down — and the
 * import is never starved.
 */
let inFlight = 0;
let waiters: (() => void)[] = [];
/** When a request last began or ended (performance.now()). */
let lastBusyAt = -Infinity;

function release(): void {
  const ready = waiters;
  waiters = [];
  for (const resume of ready) resume();
}

export const foreground = {
  /** A request started; answers the function that ends it (idempotent: call it on every way out). */
  begin(): () => void {
    inFlight++;
    lastBusyAt = performance.now();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      inFlight--;
      lastBusyAt = performance.now();
      if (inFlight === 0) release();
    };
  },
  /** Requests being served now. */
  get inFlight(): number {
    return inFlight;
  },
  /** Milliseconds since the last request was served (0 while one is). */
  get quietForMs(): number {
    return inFlight > 0 ? 0 : performance.now() - lastBusyAt;
  },
};

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
  if (inFlight === 0) return;
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
