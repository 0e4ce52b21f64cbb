import { documentDefaults, JOURNEY_FIELDS, OPPORTUNITY_FIELDS, PAIN_POINT_FIELDS, STAGE_FIELDS, TOUCHPOINT_FIELDS, validateJourneyDocument, type FieldTable, type JourneyDocument } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';

/** Gives each declared field the document left out its declared default (a valid document may leave out every optional field). */
function fillDefaults(table: FieldTable, row: object): void {
  const values = row as Record<string, unknown>;
  for (const [name, value] of Object.entries(documentDefaults(table))) values[name] ??= value;
}

/** An uploaded document, checked whole: any problem refuses the import and names every field. */
export function parseJourneyDocument(raw: unknown): JourneyDocument {
  const issues = validateJourneyDocument(raw);
  if (issues.length) throw OpenCxError.invalidFields(issues.slice(0, 50).map((i) => ({ field: `document.${i.field}`, message: i.message })));
  const doc = raw as JourneyDocument;
  // Normalise optional fields so an imported map exports exactly as it came in. An import is a new map:
  // ids a document carries (e.g. a revision snapshot) are dropped so they can never collide with rows
  // that exist, in this workspace or any other.
  for (const stage of doc.journey.stages) {
    delete stage.id;
    fillDefaults(STAGE_FIELDS, stage);
    for (const t of stage.touchpoints) {
      delete t.id;
      for (const p of t.painPoints) delete p.id;
      for (const o of t.opportunities) delete o.id;
      fillDefaults(TOUCHPOINT_FIELDS, t);
      for (const p of t.painPoints) fillDefaults(PAIN_POINT_FIELDS, p);
      for (const o of t.opportunities) {
        fillDefaults(OPPORTUNITY_FIELDS, o);
        o.painPointIndex ??= null;
      }
    }
  }
  fillDefaults(JOURNEY_FIELDS, doc.journey);
  for (const p of doc.journey.personas ?? []) delete p.id;
  return doc;
}
