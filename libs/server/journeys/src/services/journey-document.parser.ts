import { validateJourneyDocument, type JourneyDocument } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';

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
    stage.description ??= '';
    for (const t of stage.touchpoints) {
      delete t.id;
      for (const p of t.painPoints) delete p.id;
      for (const o of t.opportunities) delete o.id;
      t.customerAction ??= '';
      t.customerThought ??= '';
      t.expectation ??= '';
      t.slaMinutes ??= null;
      t.device ??= null;
      t.region ??= null;
      for (const p of t.painPoints) p.description ??= '';
      for (const o of t.opportunities) {
        o.description ??= '';
        o.painPointIndex ??= null;
      }
    }
  }
  doc.journey.description ??= '';
  for (const p of doc.journey.personas ?? []) delete p.id;
  return doc;
}
