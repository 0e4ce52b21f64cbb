/**
 * Field-level merge of a stale edit. `base` is the row as the editor saw it (their version),
 * `current` the row now, `patch` the fields the editor sends. A field someone else changed since
 * the base clashes unless the editor sends the same value; every other field merges onto the
 * current row. Values compare by JSON (null and undefined are the same: "not set").
 */
export function fieldClashes(base: Record<string, unknown>, current: Record<string, unknown>, patch: Record<string, unknown>): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.keys(patch).filter((field) => patch[field] !== undefined && !same(base[field], current[field]) && !same(patch[field], current[field]));
}
