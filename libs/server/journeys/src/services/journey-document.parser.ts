import { validateJourneyDocument, type JourneyDocument } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';

/** An uploaded document, checked whole: any problem refuses the import and names every field. */
export function parseJourneyDocument(raw: unknown): JourneyDocument {
  const issues = validateJourneyDocument(raw);
  if (issues.length) throw OpenCxError.invalidFields(issues.slice(0, 50).map((i) => ({ field: `document.${i.field}`, message: i.message })));
  const doc = raw as JourneyDocument;
  // Normalise optional fields so an imported map exports exactly as it came in.
  for (const stage of doc.journey.stages) {
    stage.description ??= '';
    for (const t of stage.touchpoints) {
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
  return doc;
}
