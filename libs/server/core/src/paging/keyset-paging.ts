import type { KeysetKey, KeysetPage, KeysetRequest } from '@opencx/server-database';
import { OpenCxError } from '../opencx-error';
import type { Connection } from './connection.model';

/** A list's paging rule: its stable order (ending in a unique key) and its largest page. */
export interface PagedList<E> {
  keys: KeysetKey<E>[];
  maxFirst: number;
  defaultFirst: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface CursorBody {
  /** The order the values belong to, so a cursor from another list is refused rather than misread. */
  k: string[];
  v: string[];
}

function encodeCursor(keys: string[], values: string[]): string {
  return Buffer.from(JSON.stringify({ k: keys, v: values } satisfies CursorBody)).toString('base64url');
}

function decodeCursor(cursor: string, keys: string[]): string[] {
  try {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody;
    const sameOrder = Array.isArray(body.k) && body.k.join(',') === keys.join(',');
    if (sameOrder && Array.isArray(body.v) && body.v.length === keys.length && body.v.every((x) => typeof x === 'string')) return body.v;
  } catch {
    /* refused below */
  }
  throw OpenCxError.badInput('after', 'is not a cursor of this list (use pageInfo.endCursor of the previous page)');
}

/** Checks `first` and `after` (errors name the argument) and turns them into a keyset request. */
export function pageRequest<E>(list: PagedList<E>, args: PageArgs): KeysetRequest<E> {
  const first = args.first ?? list.defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > list.maxFirst) {
    throw OpenCxError.badInput('first', `must be between 1 and ${list.maxFirst}`);
  }
  const keyNames = list.keys.map((k) => `${k.property}:${k.direction}`);
  return { keys: list.keys, first, after: args.after ? decodeCursor(args.after, keyNames) : null };
}

/** A keyset page as the GraphQL connection, nodes mapped (e.g. entity → model with counts). */
export function toConnection<E, T>(list: PagedList<E>, page: KeysetPage<E>, nodes: T[]): Connection<T> {
  const keyNames = list.keys.map((k) => `${k.property}:${k.direction}`);
  return { nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endKey ? encodeCursor(keyNames, page.endKey) : null } };
}
