import { FEEDBACK_BATCH_LIMIT, parseFeedbackBatch } from './feedback';

const TP = '3f1c2a9e-0d4b-4c5e-9a6f-1b2c3d4e5f60';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const strict = { source: 'api', newExternalId: null };
const row = (extra: Record<string, unknown> = {}) => ({ touchpointId: TP, occurredAt: '2026-11-28T09:30:00+08:00', nps: 9, externalId: 'a-1', ...extra });

describe('parseFeedbackBatch', () => {
  it('normalises a good row: trimmed text, empty segment, deduplicated tags, batch source', () => {
    const { responses, issues } = parseFeedbackBatch({ source: ' wjx ', responses: [row({ comment: '  很好  ', tags: ['快', '快', ' 干净 '] })] }, strict, NOW);
    expect(issues).toEqual([]);
    expect(responses[0]).toMatchObject({ source: 'wjx', externalId: 'a-1', segment: '', comment: '很好', tags: ['快', '干净'], nps: 9, csat: null, customScores: {} });
    expect(responses[0].occurredAt.toISOString()).toBe('2026-11-28T01:30:00.000Z');
  });

  it('names the row and field of every problem', () => {
    const { issues } = parseFeedbackBatch(
      {
        responses: [row({ nps: 10.5 }), row({ externalId: 'a-2', occurredAt: '2026-11-28 09:30' }), row({ externalId: 'a-3', colour: 'red' }), row({ externalId: 'a-4' }), row({ externalId: 'a-4', csat: 5 })],
        observations: [{ touchpointId: 'nope', metric: 'x', value: 'fast', occurredAt: '2026-11-28T09:30:00Z', externalId: 'o' }],
      },
      strict,
      NOW,
    );
    expect(issues).toEqual([
      { field: 'responses[0].nps', message: 'must be a whole number 0–10' },
      { field: 'responses[1].occurredAt', message: 'must be an ISO 8601 time with an offset, e.g. 2026-11-28T09:30:00+08:00' },
      { field: 'responses[2].colour', message: 'is not a known field' },
      { field: 'responses[4].externalId', message: 'repeats responses[3] (same source and external id)' },
      { field: 'observations[0].touchpointId', message: 'must be a UUID' },
      { field: 'observations[0].value', message: 'must be a number' },
    ]);
  });

  it('requires a score or comment, an external id for machines, and at most the batch limit', () => {
    expect(parseFeedbackBatch({ responses: [row({ nps: null })] }, strict, NOW).issues[0].field).toBe('responses[0].nps');
    expect(parseFeedbackBatch({ responses: [row({ externalId: undefined })] }, strict, NOW).issues[0].field).toBe('responses[0].externalId');
    const console = parseFeedbackBatch({ responses: [row({ externalId: undefined })] }, { source: 'console', newExternalId: () => 'generated' }, NOW);
    expect(console.responses[0]).toMatchObject({ source: 'console', externalId: 'generated' });
    const many = Array.from({ length: FEEDBACK_BATCH_LIMIT + 1 }, (_, i) => row({ externalId: `x${i}` }));
    expect(parseFeedbackBatch({ responses: many }, strict, NOW).issues).toEqual([{ field: 'responses', message: 'a batch holds at most 1000 rows (responses + observations), got 1001' }]);
    expect(parseFeedbackBatch({}, strict, NOW).issues[0].field).toBe('responses');
  });

  it('refuses times before 2000 or after tomorrow', () => {
    expect(parseFeedbackBatch({ responses: [row({ occurredAt: '1999-12-31T23:00:00Z' })] }, strict, NOW).issues[0].field).toBe('responses[0].occurredAt');
    expect(parseFeedbackBatch({ responses: [row({ occurredAt: '2026-11-30T00:00:00Z' })] }, strict, NOW).issues[0].field).toBe('responses[0].occurredAt');
  });
});
