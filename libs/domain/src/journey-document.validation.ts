import {
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  JOURNEY_SHAPES,
  JOURNEY_STATES,
  JOURNEY_STATUSES,
  PAIN_POINT_SOURCES,
  PERSONA_LIST_FIELDS,
  PERSONA_LIST_ITEM_MAX_LENGTH,
  PERSONA_LIST_MAX_ITEMS,
  STAGE_LAYERS,
} from './journey';
import { JOURNEY_DOCUMENT_FORMAT, JOURNEY_DOCUMENT_VERSION } from './journey-document';

export interface DocumentIssue {
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks an uploaded journey document completely and reports every problem with its path
 * (e.g. `journey.stages[1].touchpoints[0].emotion`), so an import is all-or-nothing with a clear reason.
 */
export function validateJourneyDocument(raw: unknown): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const text = (o: Obj, key: string, path: string, { required = false, max = 5000 } = {}) => {
    const v = o[key];
    if (v === undefined || v === null) return required ? add(`${path}.${key}`, 'is required') : undefined;
    if (typeof v !== 'string') return add(`${path}.${key}`, 'must be text');
    if (required && v.trim() === '') return add(`${path}.${key}`, 'must not be empty');
    if (v.length > max) add(`${path}.${key}`, `must be at most ${max} characters`);
  };
  const oneOf = (o: Obj, key: string, path: string, values: readonly string[]) => {
    if (!values.includes(o[key] as string)) add(`${path}.${key}`, `must be one of ${values.join(', ')}`);
  };
  // Ids are optional (exports leave them out; revision snapshots carry them) but, when present, are UUIDs used once.
  const ids = new Set<string>();
  const id = (o: Obj, path: string) => {
    const v = o.id;
    if (v === undefined || v === null) return;
    if (typeof v !== 'string' || !UUID.test(v)) return add(`${path}.id`, 'must be a UUID');
    const key = v.toLowerCase();
    if (ids.has(key)) add(`${path}.id`, 'is used twice in the document');
    ids.add(key);
  };
  const textList = (o: Obj, key: string, path: string) => {
    const v = o[key];
    if (v === undefined || v === null) return;
    if (!Array.isArray(v)) return add(`${path}.${key}`, 'must be a list');
    if (v.length > PERSONA_LIST_MAX_ITEMS) add(`${path}.${key}`, `must have at most ${PERSONA_LIST_MAX_ITEMS} items`);
    v.slice(0, PERSONA_LIST_MAX_ITEMS).forEach((item: unknown, i: number) => {
      if (typeof item !== 'string') add(`${path}.${key}[${i}]`, 'must be text');
      else if (item.length > PERSONA_LIST_ITEM_MAX_LENGTH) add(`${path}.${key}[${i}]`, `must be at most ${PERSONA_LIST_ITEM_MAX_LENGTH} characters`);
    });
  };
  const intIn = (o: Obj, key: string, path: string, min: number, max: number, nullable = false) => {
    const v = o[key];
    if (nullable && (v === null || v === undefined)) return;
    if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) add(`${path}.${key}`, `must be an integer from ${min} to ${max}`);
  };

  if (!isObj(raw)) return [{ field: 'document', message: 'must be a JSON object' }];
  if (raw.format !== JOURNEY_DOCUMENT_FORMAT) add('format', `must be "${JOURNEY_DOCUMENT_FORMAT}"`);
  if (raw.version !== JOURNEY_DOCUMENT_VERSION) add('version', `must be ${JOURNEY_DOCUMENT_VERSION}`);
  const j = raw.journey;
  if (!isObj(j)) return [...issues, { field: 'journey', message: 'is required' }];
  text(j, 'name', 'journey', { required: true, max: 200 });
  text(j, 'description', 'journey');
  oneOf(j, 'state', 'journey', JOURNEY_STATES);
  oneOf(j, 'shape', 'journey', JOURNEY_SHAPES);
  oneOf(j, 'status', 'journey', JOURNEY_STATUSES);
  if (j.persona !== undefined && j.persona !== null) {
    const p = j.persona;
    if (!isObj(p)) add('journey.persona', 'must be an object or null');
    else {
      text(p, 'name', 'journey.persona', { required: true, max: 200 });
      text(p, 'description', 'journey.persona');
      for (const list of PERSONA_LIST_FIELDS) textList(p, list, 'journey.persona');
      text(p, 'segmentKey', 'journey.persona', { max: 100 });
    }
  }
  if (!Array.isArray(j.stages)) return [...issues, { field: 'journey.stages', message: 'must be a list' }];
  if (j.stages.length > 50) add('journey.stages', 'must have at most 50 stages');
  j.stages.forEach((s: unknown, si: number) => {
    const sp = `journey.stages[${si}]`;
    if (!isObj(s)) return add(sp, 'must be an object');
    id(s, sp);
    text(s, 'name', sp, { required: true, max: 200 });
    text(s, 'description', sp);
    if (!Array.isArray(s.touchpoints)) return add(`${sp}.touchpoints`, 'must be a list');
    if (s.touchpoints.length > 500) add(`${sp}.touchpoints`, 'must have at most 500 touchpoints');
    s.touchpoints.forEach((t: unknown, ti: number) => {
      const tp = `${sp}.touchpoints[${ti}]`;
      if (!isObj(t)) return add(tp, 'must be an object');
      id(t, tp);
      text(t, 'name', tp, { required: true, max: 200 });
      oneOf(t, 'channel', tp, CHANNELS);
      for (const k of ['customerAction', 'customerThought', 'expectation']) text(t, k, tp, { max: 2000 });
      intIn(t, 'emotion', tp, EMOTION_MIN, EMOTION_MAX);
      if (typeof t.momentOfTruth !== 'boolean') add(`${tp}.momentOfTruth`, 'must be true or false');
      oneOf(t, 'layer', tp, STAGE_LAYERS);
      intIn(t, 'slaMinutes', tp, 1, 525600, true);
      for (const k of ['device', 'region']) text(t, k, tp, { max: 100 });
      const pains = Array.isArray(t.painPoints) ? t.painPoints : (add(`${tp}.painPoints`, 'must be a list'), []);
      pains.forEach((p: unknown, pi: number) => {
        const pp = `${tp}.painPoints[${pi}]`;
        if (!isObj(p)) return add(pp, 'must be an object');
        id(p, pp);
        text(p, 'title', pp, { required: true, max: 200 });
        text(p, 'description', pp);
        intIn(p, 'severity', pp, 1, 5);
        oneOf(p, 'source', pp, PAIN_POINT_SOURCES);
        intIn(p, 'evidenceCount', pp, 0, 2 ** 31 - 1);
      });
      const opps = Array.isArray(t.opportunities) ? t.opportunities : (add(`${tp}.opportunities`, 'must be a list'), []);
      opps.forEach((o: unknown, oi: number) => {
        const op = `${tp}.opportunities[${oi}]`;
        if (!isObj(o)) return add(op, 'must be an object');
        id(o, op);
        text(o, 'title', op, { required: true, max: 200 });
        text(o, 'description', op);
        if (o.painPointIndex !== null && o.painPointIndex !== undefined) intIn(o, 'painPointIndex', op, 0, pains.length - 1);
      });
    });
  });
  return issues;
}
