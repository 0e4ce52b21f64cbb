/**
 * Where a plugin's manifest was written: the stack frames of the code that called `definePlugin`
 * (the partner's `src/index.ts`). The contract kit puts them on its failures, so a test runner's
 * code frame shows the plugin's manifest rather than a line inside the SDK.
 *
 * Kept beside the manifest in a WeakMap (the manifest itself is frozen and stays plain JSON), held
 * on `globalThis` under a registered symbol so that every copy of the SDK a process loads (a plugin
 * and its spec may resolve different ones) shares it.
 */
const REGISTRY = Symbol.for('@opencx/plugin-sdk/manifest-origins');

type Registry = WeakMap<object, readonly string[]>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= new WeakMap();
  return holder[REGISTRY];
}

/** The `    at …` lines of a stack. */
function framesOf(stack: string | undefined): string[] {
  return (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
}

/** The frames of whoever called `callee` (callee and everything inside it left out). */
export function callerFrames(callee: (...args: never[]) => unknown): string[] {
  // V8's (Node, Chromium); elsewhere there is nothing to point at and failures keep their own frames.
  const capture = (Error as { captureStackTrace?: (target: object, callee: (...args: never[]) => unknown) => void }).captureStackTrace;
  if (!capture) return [];
  const holder: { stack?: string } = {};
  capture(holder, callee);
  return framesOf(holder.stack);
}

export function recordManifestOrigin(manifest: object, frames: readonly string[]): void {
  if (frames.length > 0) registry().set(manifest, frames);
}

/** The frames `definePlugin` recorded for this manifest; undefined for a manifest built without it. */
export function manifestOrigin(manifest: unknown): readonly string[] | undefined {
  return manifest !== null && typeof manifest === 'object' ? registry().get(manifest) : undefined;
}

/**
 * The same error with its frames replaced by `frames` (the message, Jest's diff included, is kept):
 * the first frame is the one a test runner shows as the failure's code frame.
 */
export function pointErrorAt<E>(error: E, frames: readonly string[] | undefined): E {
  if (!(error instanceof Error) || !frames || frames.length === 0 || typeof error.stack !== 'string') return error;
  const firstFrame = error.stack.search(/\n\s+at /);
  const header = firstFrame === -1 ? error.stack : error.stack.slice(0, firstFrame);
  error.stack = `${header}\n${frames.join('\n')}`;
  return error;
}
