import { CHANNELS, JOURNEY_SHAPES, JOURNEY_STATES, JOURNEY_STATUSES, PAIN_POINT_SOURCES, STAGE_LAYERS } from './journey';
import { journeyCsv } from './journey-csv';
import { diffJourneyDocuments, type JourneyDocument, type TouchpointDocument } from './journey-document';
import { validateJourneyDocument } from './journey-document.validation';
import { diffFieldNames, documentDefaults, JOURNEY_ENTITY_FIELDS, TOUCHPOINT_FIELDS, withDefaults, clearableFieldNames, type FieldTable, type JourneyEntityFields } from './journey-fields';
import { fieldIssues } from './journey-fields.validation';

/**
 * The limits as they were written by hand before the declaration (document validator, GraphQL
 * inputs, services), one row per field. The declaration must keep every one of them.
 */
type HandRule =
  | { text: number; required?: boolean; nullable?: boolean }
  | { int: [number, number]; nullable?: boolean }
  | { oneOf: readonly string[] }
  | { bool: true }
  | { list: [number, number] };
const HAND_LIMITS: Record<keyof typeof JOURNEY_ENTITY_FIELDS, Record<string, HandRule>> = {
  persona: { name: { text: 200, required: true }, description: { text: 5000 }, goals: { list: [20, 500] }, needs: { list: [20, 500] }, frustrations: { list: [20, 500] }, segmentKey: { text: 100 } },
  journey: { name: { text: 200, required: true }, description: { text: 5000 }, state: { oneOf: JOURNEY_STATES }, shape: { oneOf: JOURNEY_SHAPES }, status: { oneOf: JOURNEY_STATUSES } },
  stage: { name: { text: 200, required: true }, description: { text: 5000 } },
  touchpoint: {
    name: { text: 200, required: true },
    channel: { oneOf: CHANNELS },
    customerAction: { text: 2000 },
    customerThought: { text: 2000 },
    expectation: { text: 2000 },
    emotion: { int: [-3, 3] },
    momentOfTruth: { bool: true },
    layer: { oneOf: STAGE_LAYERS },
    slaMinutes: { int: [1, 525600], nullable: true },
    device: { text: 100 },
    region: { text: 100 },
  },
  painPoint: { title: { text: 200, required: true }, description: { text: 5000 }, severity: { int: [1, 5] }, source: { oneOf: PAIN_POINT_SOURCES }, evidenceCount: { int: [0, 2 ** 31 - 1] } },
  opportunity: { title: { text: 200, required: true }, description: { text: 5000 } },
};

/** Values just inside and just outside a hand rule, with the message the old code gave for the outside ones. */
function probes(rule: HandRule): { ok: unknown[]; bad: [unknown, string][] } {
  if ('text' in rule) {
    const bad: [unknown, string][] = [['x'.repeat(rule.text + 1), `must be at most ${rule.text} characters`], [42, 'must be text']];
    if (rule.required) bad.push([undefined, 'is required'], ['  ', 'must not be empty']);
    return { ok: ['x'.repeat(rule.text), ...(rule.required ? [] : [undefined, null, ''])], bad };
  }
  if ('int' in rule) {
    const [min, max] = rule.int;
    const msg = `must be an integer from ${min} to ${max}`;
    return { ok: [min, max, ...(rule.nullable ? [null] : [])], bad: [[min - 1, msg], [max + 1, msg], [1.5, msg], ['1', msg], ...(rule.nullable ? [] : ([[null, msg]] as [unknown, string][]))] };
  }
  if ('oneOf' in rule) return { ok: [...rule.oneOf], bad: [['nope', `must be one of ${rule.oneOf.join(', ')}`], [undefined, `must be one of ${rule.oneOf.join(', ')}`]] };
  if ('bool' in rule) return { ok: [true, false], bad: [['true', 'must be true or false'], [undefined, 'must be true or false']] };
  const [items, length] = rule.list;
  return {
    ok: [[], Array.from({ length: items }, () => 'x'.repeat(length)), undefined, null],
    bad: [[Array.from({ length: items + 1 }, () => 'x'), `must have at most ${items} items`], ['x', 'must be a list']],
  };
}

describe('the journey field declaration', () => {
  for (const [entity, rules] of Object.entries(HAND_LIMITS) as [keyof typeof HAND_LIMITS, Record<string, HandRule>][]) {
    const table: FieldTable = JOURNEY_ENTITY_FIELDS[entity];
    it(`keeps the hand-written limits of every ${entity} field`, () => {
      for (const [field, rule] of Object.entries(rules)) {
        expect(table[field]).toBeDefined();
        const { ok, bad } = probes(rule);
        for (const value of ok) expect([field, fieldIssues(table, { [field]: value }, { names: [field] })]).toEqual([field, []]);
        for (const [value, message] of bad) expect([field, fieldIssues(table, { [field]: value }, { names: [field] })]).toEqual([field, [{ field, message }]]);
      }
    });
  }

  it('names list items by index and checks them up to the cap', () => {
    expect(fieldIssues(JOURNEY_ENTITY_FIELDS.persona, { goals: ['ok', 7, 'x'.repeat(501)] }, { names: ['goals'], path: 'journey.persona' })).toEqual([
      { field: 'journey.persona.goals[1]', message: 'must be text' },
      { field: 'journey.persona.goals[2]', message: 'must be at most 500 characters' },
    ]);
  });

  it('skips left-out fields of an edit but checks what it sets', () => {
    expect(fieldIssues(TOUCHPOINT_FIELDS, { device: 'x'.repeat(101) }, { partial: true })).toEqual([{ field: 'device', message: 'must be at most 100 characters' }]);
  });

  it('gives a new touchpoint its declared defaults and clears only the nullable editable fields', () => {
    const created = withDefaults(TOUCHPOINT_FIELDS, { name: 'n', emotion: 2 });
    expect(Object.keys(created)).toEqual(Object.keys(TOUCHPOINT_FIELDS));
    expect(created).toMatchObject({ name: 'n', channel: 'web', customerAction: '', emotion: 2, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, ownerTeamId: null, templateKey: null });
    expect(clearableFieldNames(TOUCHPOINT_FIELDS)).toEqual(expect.arrayContaining(['slaMinutes', 'device', 'region', 'ownerTeamId']));
    expect(clearableFieldNames(TOUCHPOINT_FIELDS)).not.toContain('templateKey');
  });
});

describe('a field added to a copy of the declaration', () => {
  const script = { kind: 'text', sql: 'text', column: 'example_note', maxLength: 2000, diffed: true, csv: 'example_note', editableBy: 'editor', default: '' } as const;
  const touchpoint = { ...TOUCHPOINT_FIELDS, exampleNote: script };
  const declared: JourneyEntityFields = { ...JOURNEY_ENTITY_FIELDS, touchpoint };
  const tp = (extra: Record<string, unknown>) =>
    ({ ...documentDefaults(TOUCHPOINT_FIELDS), id: '00000000-0000-4000-8000-000000000001', name: 'Call', channel: 'phone', painPoints: [], opportunities: [], ...extra }) as TouchpointDocument;
  const doc = (t: TouchpointDocument): JourneyDocument => ({
    format: 'opencx.journey',
    version: 1,
    journey: { name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ id: '00000000-0000-4000-8000-000000000002', name: 'S', description: '', touchpoints: [t] }] },
  });

  it('is validated in imported documents, with its path', () => {
    expect(validateJourneyDocument(doc(tp({ exampleNote: 'x'.repeat(2001) })), declared)).toEqual([
      { field: 'journey.stages[0].touchpoints[0].exampleNote', message: 'must be at most 2000 characters' },
    ]);
    expect(validateJourneyDocument(doc(tp({ exampleNote: 'x'.repeat(2001) })))).toEqual([]);
  });

  it('is compared by the revision diff', () => {
    expect(diffFieldNames(touchpoint)).toContain('exampleNote');
    const diff = diffJourneyDocuments(doc(tp({ exampleNote: 'Hello' })), doc(tp({ exampleNote: 'Hi' })), declared);
    expect(diff.touchpointsChanged).toEqual([{ id: '00000000-0000-4000-8000-000000000001', name: 'Call', changes: [{ field: 'exampleNote', before: 'Hello', after: 'Hi' }] }]);
    expect(diffJourneyDocuments(doc(tp({ exampleNote: 'Hello' })), doc(tp({ exampleNote: 'Hi' }))).touchpointsChanged).toEqual([]);
  });

  it('becomes a CSV column, neutralised like the others', () => {
    const stages = [{ position: 0, name: 'S', touchpoints: [{ ...tp({ exampleNote: '=HYPERLINK("x")' }), position: 0 }] }];
    const [header, row] = journeyCsv(stages, touchpoint).split('\r\n');
    // The declared columns in declaration order (here the copy's new one is last), then the insights.
    expect(header.split(',')).toEqual(['stage_position', 'stage', 'touchpoint_position', ...Object.values(touchpoint).flatMap((f) => ('csv' in f ? [f.csv] : [])), 'pain_points', 'opportunities']);
    expect(header).toMatch(/^stage_position,stage,touchpoint_position,touchpoint,channel,customer_action,customer_thought,expectation,emotion,moment_of_truth,layer,sla_minutes,device,region,(.+,)?example_note,pain_points,opportunities$/);
    expect(row).toMatch(/^1,S,1,Call,phone,,,,0,no,front_stage,,,,(.*,)?"'=HYPERLINK\(""x""\)",,$/);
  });
});
