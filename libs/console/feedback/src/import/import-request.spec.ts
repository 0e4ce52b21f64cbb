import { duplicateFields, importFinished, importStartQuery, mappingToSend } from './import-request';

describe('import request', () => {
  it('sends only the headers mapped to a field', () => {
    expect(mappingToSend(['Touchpoint', 'When', 'Note'], { Touchpoint: 'touchpointId', When: 'occurredAt', Note: undefined })).toEqual({ Touchpoint: 'touchpointId', When: 'occurredAt' });
  });

  it('finds a field chosen twice', () => {
    expect(duplicateFields({ a: 'nps', b: 'nps', c: 'csat', d: undefined })).toEqual(['nps']);
    expect(duplicateFields({ a: 'nps', b: 'csat' })).toEqual([]);
  });

  it('puts encoding, mapping and file name in the query', () => {
    const q = new URLSearchParams(importStartQuery('gb18030', { 触点: 'touchpointId' }, 'answers.csv'));
    expect(q.get('encoding')).toBe('gb18030');
    expect(JSON.parse(q.get('mapping')!)).toEqual({ 触点: 'touchpointId' });
    expect(q.get('fileName')).toBe('answers.csv');
  });

  it('stops polling at succeeded or failed only', () => {
    expect(['queued', 'running', 'succeeded', 'failed'].map(importFinished)).toEqual([false, false, true, true]);
  });
});
