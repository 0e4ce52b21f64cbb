import { fieldClashes } from './field-merge';

describe('fieldClashes', () => {
  const base = { name: '报修', emotion: 0, expectation: '', slaMinutes: null };

  it('lets an edit of a field nobody else touched merge onto the newer row', () => {
    expect(fieldClashes(base, { ...base, name: '电话报修' }, { emotion: -2 })).toEqual([]);
  });

  it('names a field both people changed to different values', () => {
    expect(fieldClashes(base, { ...base, name: '电话报修', emotion: 1 }, { name: '微信报修', emotion: -2 })).toEqual(['name', 'emotion']);
  });

  it('sees no clash when both typed the same value, or when null and missing meet', () => {
    expect(fieldClashes(base, { ...base, name: '电话报修' }, { name: '电话报修' })).toEqual([]);
    expect(fieldClashes({ slaMinutes: undefined }, { slaMinutes: null }, { slaMinutes: 60 })).toEqual([]);
  });
});
