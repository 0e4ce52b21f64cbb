/** A writable copy's type, so tests can break one field of a readonly manifest. */
export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A writable deep copy of a (possibly frozen) manifest or part of one. */
export function cloneForTest<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}
