import { parseJourneyFile } from './import-file';

const doc = {
  format: 'opencx.journey',
  version: 1,
  journey: {
    name: '报修',
    description: '',
    state: 'current',
    shape: 'linear',
    status: 'draft',
    persona: null,
    stages: [{ name: '报修受理', description: '', touchpoints: [{ name: '微信小程序报修', channel: 'wechat', customerAction: '', customerThought: '', expectation: '', emotion: -1, momentOfTruth: false, layer: 'front_stage', slaMinutes: 15, device: null, region: null, painPoints: [], opportunities: [] }] }],
  },
};

describe('parseJourneyFile', () => {
  it('accepts an export (with or without a byte-order mark)', () => {
    expect(parseJourneyFile(JSON.stringify(doc))).toMatchObject({ ok: true, name: '报修' });
    expect(parseJourneyFile('\uFEFF' + JSON.stringify(doc))).toMatchObject({ ok: true });
  });

  it('refuses what is not JSON, not our format, or too large', () => {
    expect(parseJourneyFile('{nope')).toEqual({ ok: false, reason: 'invalidJson' });
    expect(parseJourneyFile('[1,2]')).toEqual({ ok: false, reason: 'wrongFormat' });
    expect(parseJourneyFile(JSON.stringify({ format: 'other' }))).toEqual({ ok: false, reason: 'wrongFormat' });
    expect(parseJourneyFile('{}', 6 * 1024 * 1024)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('names the field of an invalid document', () => {
    const bad = structuredClone(doc);
    bad.journey.stages[0]!.touchpoints[0]!.emotion = 9;
    const result = parseJourneyFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason === 'invalid' && result.issues[0]?.field).toBe('journey.stages[0].touchpoints[0].emotion');
  });
});
