import { FEEDBACK_CSV_FIELDS, readFeedbackCsvRow } from './feedback';

const TP = '3f1c2a9e-0d4b-4c5e-9a6f-1b2c3d4e5f60';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const cells = (extra: Record<string, string> = {}) => ({ touchpointId: TP, occurredAt: '2026-11-28T09:30:00+08:00', externalId: 'r-1', nps: '9', ...extra });

describe('readFeedbackCsvRow', () => {
  it('reads numbers, tags and custom scores from their text with the batch declarations', () => {
    const read = readFeedbackCsvRow(cells({ csat: ' 4 ', tags: '快; 干净 |快', customScores: '{"effort":3}', comment: '  很好 ', segment: '' }), { source: 'csv' }, NOW);
    expect(read.issues).toEqual([]);
    expect(read.record).toMatchObject({ source: 'csv', externalId: 'r-1', nps: 9, csat: 4, ces: null, tags: ['快', '干净'], customScores: { effort: 3 }, comment: '很好', segment: '' });
    expect(read.record?.occurredAt.toISOString()).toBe('2026-11-28T01:30:00.000Z');
  });

  it('names the bare field of each problem, as the JSON batch words it', () => {
    expect(readFeedbackCsvRow(cells({ nps: '11' }), { source: 'csv' }, NOW).issues).toEqual([{ field: 'nps', message: 'must be between 0 and 10' }]);
    expect(readFeedbackCsvRow(cells({ nps: 'nine' }), { source: 'csv' }, NOW).issues).toEqual([{ field: 'nps', message: 'must be a number' }]);
    expect(readFeedbackCsvRow(cells({ occurredAt: '2026-11-28 09:30' }), { source: 'csv' }, NOW).issues.map((i) => i.field)).toEqual(['occurredAt']);
    expect(readFeedbackCsvRow(cells({ externalId: '' }), { source: 'csv' }, NOW).issues.map((i) => i.field)).toEqual(['externalId']);
    expect(readFeedbackCsvRow(cells({ customScores: '{effort' }), { source: 'csv' }, NOW).issues.map((i) => i.field)).toEqual(['customScores']);
    expect(readFeedbackCsvRow(cells({ nps: '' }), { source: 'csv' }, NOW).issues.map((i) => i.field)).toEqual(['nps']);
  });

  it('keeps a row source over the default, and lists every declared field as a column', () => {
    expect(readFeedbackCsvRow(cells({ source: 'wjx' }), { source: 'csv' }, NOW).record?.source).toBe('wjx');
    expect(FEEDBACK_CSV_FIELDS).toEqual(expect.arrayContaining(['touchpointId', 'occurredAt', 'externalId', 'nps', 'csat', 'ces', 'comment', 'tags', 'customScores', 'site']));
  });
});
