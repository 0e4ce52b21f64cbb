import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { graphqlLimits } from './graphql-limits';

const schema = buildSchema(`type Query { a: A  n: Int } type A { a: A  n: Int }`);
const messages = (query: string) => validate(schema, parse(query), [...specifiedRules, ...graphqlLimits()]).map((e) => e.message);

describe('graphqlLimits', () => {
  it('measures a doubling chain of 60 fragments once each and refuses its 2^60 spreads', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`);
    const query = `query Q{...F0} ${fragments.join(' ')} fragment F${levels} on Query{__typename}`;
    expect(messages(query)).toContainEqual(expect.stringMatching(/^Query expands [\d.e+]+ fragment spreads; the limit is 100$/));
  });

  it('adds a fragment’s depth where it is spread, and counts cost and aliases per spread', () => {
    const fragment = 'fragment D on A { a { a { n } } }';
    expect(messages(`{ a { a { a { ...D } } } } ${fragment}`)).toEqual([]);
    expect(messages(`{ a { a { a { a { ...D } } } } } ${fragment}`)).toEqual(['Query depth 7 exceeds the limit of 6']);
    const aliases = 'fragment X on Query { x1: n x2: n x3: n x4: n }';
    expect(messages(`{ ...X ...X ...X } ${aliases}`)).toEqual([]);
    expect(messages(`{ ...X ...X ...X ...X } ${aliases}`)).toEqual(['Query uses 16 aliases; the limit is 15']);
  });

  it('does not loop on a fragment cycle (graphql-js reports the cycle itself)', () => {
    expect(messages('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }').join()).toMatch(/Cannot spread fragment/);
  });
});
