type Json = unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

/**
 * `next` with every part that equals the corresponding part of `prev` replaced by `prev`'s object,
 * so React.memo'd stages and touchpoint columns skip re-rendering after a mutation returns the
 * whole map. Arrays of objects with ids are matched by id (a moved card keeps its identity);
 * other arrays by index. Returns `prev` itself when nothing changed.
 */
export function shareStructure<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(prev: Json, next: Json): Json {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const byId = new Map<string, unknown>();
    for (const item of prev) {
      const id = idOf(item);
      if (id !== undefined) byId.set(id, item);
    }
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const id = idOf(item);
      const match = id !== undefined ? byId.get(id) : prev[i];
      const shared = match === undefined ? item : share(match, item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return same ? prev : out;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    let same = prevKeys.length === nextKeys.length;
    const out: Record<string, unknown> = {};
    for (const key of nextKeys) {
      const shared = key in prev ? share(prev[key], next[key]) : next[key];
      if (shared !== prev[key] || !(key in prev)) same = false;
      out[key] = shared;
    }
    return same ? prev : out;
  }
  return next;
}
