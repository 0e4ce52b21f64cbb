import { JOURNEY_DOCUMENT_FORMAT, JOURNEY_DOCUMENT_VERSION } from './journey-document';
import { documentFieldNames, JOURNEY_ENTITY_FIELDS, type FieldTable, type JourneyEntityFields } from './journey-fields';
import { fieldIssues } from './journey-fields.validation';
import { customLaneIssues, laneValuesIssues, type CustomLaneKind } from './custom-lanes';
import { JOURNEY_PERSONAS_MAX, personaEmotionIssues } from './journey-personas';

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
 * `declared` is the field declaration (tests pass a copy with an extra field).
 */
export function validateJourneyDocument(raw: unknown, declared: JourneyEntityFields = JOURNEY_ENTITY_FIELDS): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  // Each entity's portable fields, checked against their declaration (journey-fields.ts).
  const fields = (table: FieldTable, o: Obj, path: string) => issues.push(...fieldIssues(table, o, { path, names: documentFieldNames(table) }));
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
  const intIn = (o: Obj, key: string, path: string, min: number, max: number) => {
    const v = o[key];
    if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) add(`${path}.${key}`, `must be an integer from ${min} to ${max}`);
  };

  if (!isObj(raw)) return [{ field: 'document', message: 'must be a JSON object' }];
  if (raw.format !== JOURNEY_DOCUMENT_FORMAT) add('format', `must be "${JOURNEY_DOCUMENT_FORMAT}"`);
  if (raw.version !== JOURNEY_DOCUMENT_VERSION) add('version', `must be ${JOURNEY_DOCUMENT_VERSION}`);
  const j = raw.journey;
  if (!isObj(j)) return [...issues, { field: 'journey', message: 'is required' }];
  fields(declared.journey, j, 'journey');
  if (j.persona !== undefined && j.persona !== null) {
    const p = j.persona;
    if (!isObj(p)) add('journey.persona', 'must be an object or null');
    else fields(declared.persona, p, 'journey.persona');
  }
  const laneKeys = new Map<string, CustomLaneKind>();
  if (j.lanes !== undefined) {
    issues.push(...customLaneIssues(j.lanes, 'journey.lanes'));
    if (Array.isArray(j.lanes)) for (const lane of j.lanes) if (isObj(lane) && typeof lane.key === 'string') laneKeys.set(lane.key, lane.kind === 'image' ? 'image' : 'text');
  }
  let personaCount = 0;
  if (j.personas !== undefined) {
    if (!Array.isArray(j.personas)) add('journey.personas', 'must be a list');
    else {
      if (j.personas.length > JOURNEY_PERSONAS_MAX) add('journey.personas', `must have at most ${JOURNEY_PERSONAS_MAX} personas`);
      personaCount = j.personas.length;
      j.personas.forEach((p: unknown, pi: number) => {
        if (!isObj(p)) return add(`journey.personas[${pi}]`, 'must be an object');
        id(p, `journey.personas[${pi}]`);
        fields(declared.persona, p, `journey.personas[${pi}]`);
      });
    }
  }
  if (!Array.isArray(j.stages)) return [...issues, { field: 'journey.stages', message: 'must be a list' }];
  if (j.stages.length > 50) add('journey.stages', 'must have at most 50 stages');
  j.stages.forEach((s: unknown, si: number) => {
    const sp = `journey.stages[${si}]`;
    if (!isObj(s)) return add(sp, 'must be an object');
    id(s, sp);
    fields(declared.stage, s, sp);
    if (!Array.isArray(s.touchpoints)) return add(`${sp}.touchpoints`, 'must be a list');
    if (s.touchpoints.length > 500) add(`${sp}.touchpoints`, 'must have at most 500 touchpoints');
    s.touchpoints.forEach((t: unknown, ti: number) => {
      const tp = `${sp}.touchpoints[${ti}]`;
      if (!isObj(t)) return add(tp, 'must be an object');
      id(t, tp);
      fields(declared.touchpoint, t, tp);
      if (t.laneValues !== undefined) issues.push(...laneValuesIssues(t.laneValues, laneKeys, `${tp}.laneValues`));
      if (t.personaEmotions !== undefined) issues.push(...personaEmotionIssues(t.personaEmotions, personaCount, `${tp}.personaEmotions`));
      const pains = Array.isArray(t.painPoints) ? t.painPoints : (add(`${tp}.painPoints`, 'must be a list'), []);
      pains.forEach((p: unknown, pi: number) => {
        const pp = `${tp}.painPoints[${pi}]`;
        if (!isObj(p)) return add(pp, 'must be an object');
        id(p, pp);
        fields(declared.painPoint, p, pp);
      });
      const opps = Array.isArray(t.opportunities) ? t.opportunities : (add(`${tp}.opportunities`, 'must be a list'), []);
      opps.forEach((o: unknown, oi: number) => {
        const op = `${tp}.opportunities[${oi}]`;
        if (!isObj(o)) return add(op, 'must be an object');
        id(o, op);
        fields(declared.opportunity, o, op);
        if (o.painPointIndex !== null && o.painPointIndex !== undefined) intIn(o, 'painPointIndex', op, 0, pains.length - 1);
      });
    });
  });
  return issues;
}
