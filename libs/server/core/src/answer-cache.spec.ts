import type { GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { AnswerCache, stableJson } from './answer-cache';

const VARIABLE = 'OPENCX_TEST_ANSWER_CACHE_BYTES';
const answer = (data: Record<string, unknown>): GraphQLResponse => ({ http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } });
const dataOf = (r: GraphQLResponse | null) => (r?.body.kind === 'single' ? r.body.singleResult.data : undefined);

function cacheWithBudget(bytes: string | undefined): AnswerCache {
  if (bytes === undefined) delete process.env[VARIABLE];
  else process.env[VARIABLE] = bytes;
  try {
    return new AnswerCache(VARIABLE);
  } finally {
    delete process.env[VARIABLE];
  }
}

/** Keeps `data` under (key, version) the way a plugin does: a miss marks the request, its answer settles. */
function keep(cache: AnswerCache, key: string, version: string, data: Record<string, unknown>): void {
  const req = {};
  expect(cache.serve(req, key, version)).toBeNull();
  cache.settle(req, answer(data));
}

describe('AnswerCache', () => {
  it('serves an answer only at the version it was kept under', () => {
    const cache = cacheWithBudget('1000');
    keep(cache, 'k', 'v1', { a: 1 });
    expect(dataOf(cache.serve({}, 'k', 'v1'))).toEqual({ a: 1 });
    expect(cache.serve({}, 'k', 'v2')).toBeNull();
    expect(cache.serve({}, 'other', 'v1')).toBeNull();
    expect(cache.counts).toEqual({ served: 1, kept: 1 });
  });

  it('tells whether a key holds an answer, and looks one up at a version (a lookup marks no request)', () => {
    const cache = cacheWithBudget('1000');
    expect(cache.holds('k')).toBe(false);
    keep(cache, 'k', 'v1', { a: 1 });
    expect(cache.holds('k')).toBe(true);
    expect(cache.lookup('k', 'v2')).toBeNull();
    expect(dataOf(cache.lookup('k', 'v1'))).toEqual({ a: 1 });
    expect(cache.lookup('other', 'v1')).toBeNull();
    // A stale entry is still held (a version check may be worth it) until an answer at a newer version replaces it.
    keep(cache, 'k', 'v2', { a: 2 });
    expect(cache.holds('k')).toBe(true);
    expect(cache.lookup('k', 'v1')).toBeNull();
    expect(dataOf(cache.lookup('k', 'v2'))).toEqual({ a: 2 });
    expect(cache.counts).toEqual({ served: 2, kept: 2 });
  });

  it('keeps no answer with errors, without data, or of a request it did not mark', () => {
    const cache = cacheWithBudget('1000');
    const req = {};
    cache.serve(req, 'k', 'v1');
    cache.settle(req, { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: { a: 1 }, errors: [{ message: 'no' }] } } });
    cache.settle({}, answer({ a: 2 }));
    expect(cache.serve({}, 'k', 'v1')).toBeNull();
    expect(cache.counts.kept).toBe(0);
  });

  it('drops the least recently served answers once their JSON exceeds the budget', () => {
    // {"x":"a"} is 9 bytes (at most a quarter of 40): four fit in 40, a fifth pushes the least recently served out.
    const cache = cacheWithBudget('40');
    for (const key of ['one', 'two', 'three', 'four']) keep(cache, key, 'v', { x: 'a' });
    expect(dataOf(cache.serve({}, 'one', 'v'))).toEqual({ x: 'a' }); // now the most recent
    keep(cache, 'five', 'v', { x: 'a' });
    expect(cache.serve({}, 'two', 'v')).toBeNull();
    for (const key of ['one', 'three', 'four', 'five']) expect(dataOf(cache.serve({}, key, 'v'))).toEqual({ x: 'a' });
  });

  it('never keeps an answer larger than a quarter of the budget; 0 turns it off; unset is 32 MB', () => {
    const cache = cacheWithBudget('60');
    keep(cache, 'big', 'v', { x: 'a'.repeat(20) }); // 28 bytes > 15
    expect(cache.serve({}, 'big', 'v')).toBeNull();
    expect(cacheWithBudget('0').enabled).toBe(false);
    expect(cacheWithBudget(undefined).budget).toBe(32 * 1024 * 1024);
  });

  it('keys variables in any order alike', () => {
    expect(stableJson({ b: [1, { d: 2, c: 3 }], a: null })).toBe('{"a":null,"b":[1,{"c":3,"d":2}]}');
  });
});
