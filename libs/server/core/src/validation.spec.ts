import { findUnstorableText, unstorableTextReason } from './validation';

describe('unstorableTextReason', () => {
  it('refuses NUL bytes and lone surrogates, keeps pairs, CJK and other control characters', () => {
    expect(unstorableTextReason('a\u0000b')).toBe('must not contain NUL characters');
    expect(unstorableTextReason('\uD800')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableTextReason('x\uDC00y')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableTextReason('\uDC00\uD800')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableTextReason('物业 😀 \t\n\u0001')).toBeUndefined();
  });
});

describe('findUnstorableText', () => {
  it('names every bad string by its path, nested in objects and lists', () => {
    const value = { name: 'ok', goals: ['fine', 'bad\u0000'], journey: { stages: [{ name: '\uD83D' }] } };
    expect(findUnstorableText(value, '')).toEqual([
      { field: 'goals[1]', message: 'must not contain NUL characters' },
      { field: 'journey.stages[0].name', message: expect.stringMatching(/surrogate/) },
    ]);
    expect(findUnstorableText('a\u0000', 'name')).toEqual([{ field: 'name', message: 'must not contain NUL characters' }]);
    expect(findUnstorableText({ ['k\u0000']: 1 }, 'document')).toEqual([{ field: 'document', message: 'has a key that must not contain NUL characters' }]);
  });

  it('refuses values nested deeper than 32 levels instead of walking them', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i++) deep = { x: deep };
    expect(findUnstorableText(deep, 'document')).toEqual([{ field: `document${'.x'.repeat(32)}`, message: 'must not nest deeper than 32 levels' }]);
    let fine: unknown = 'leaf';
    for (let i = 0; i < 10; i++) fine = [fine];
    expect(findUnstorableText(fine, 'document')).toEqual([]);
  });
});
