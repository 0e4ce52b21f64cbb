/**
 * Several personas on one journey (the seeds' "by persona" map kind). The journey's primary persona
 * is the one its touchpoints' own emotions describe; further personas are listed on the journey in
 * switcher order, and each touchpoint may hold their designed emotion. A persona without a value at
 * a touchpoint feels what the journey's own emotion says there (the fallback), so a new persona's
 * curve starts as the journey's and the team changes only where that persona differs.
 *
 * In the journey document, further personas travel as `journey.personas` (persona fields, plus their
 * ids in revision snapshots) and a touchpoint's values as `personaEmotions` (index into that list →
 * emotion), so an export carries no foreign ids and an import creates the personas it brings.
 */
export const JOURNEY_PERSONAS_MAX = 8;

/** One further persona's designed emotion at a touchpoint, in a journey document. */
export interface PersonaEmotionDocument {
  /** Index into `journey.personas`. */
  persona: number;
  emotion: number;
}

/** A touchpoint's persona emotions as stored: persona id → emotion (−3…+3). */
export type PersonaEmotions = Record<string, number>;

export interface PersonaIssue {
  field: string;
  message: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of a touchpoint's `personaEmotions` in a document with `personaCount` further personas. */
export function personaEmotionIssues(raw: unknown, personaCount: number, path = 'personaEmotions'): PersonaIssue[] {
  if (!Array.isArray(raw)) return [{ field: path, message: 'must be a list' }];
  const issues: PersonaIssue[] = [];
  const seen = new Set<number>();
  raw.forEach((e: unknown, i: number) => {
    const p = `${path}[${i}]`;
    if (!isObj(e)) return issues.push({ field: p, message: 'must be an object' });
    if (!Number.isInteger(e.persona) || (e.persona as number) < 0 || (e.persona as number) >= personaCount) issues.push({ field: `${p}.persona`, message: personaCount ? `must be an integer from 0 to ${personaCount - 1}` : 'refers to journey.personas, which is empty' });
    else if (seen.has(e.persona as number)) issues.push({ field: `${p}.persona`, message: 'is given twice' });
    else seen.add(e.persona as number);
    if (!Number.isInteger(e.emotion) || (e.emotion as number) < -3 || (e.emotion as number) > 3) issues.push({ field: `${p}.emotion`, message: 'must be an integer from -3 to 3' });
    return undefined;
  });
  return issues;
}

/** Stored values → document entries, in the journey's persona order (personas not on the journey are left out). */
export function personaEmotionsToDocument(values: PersonaEmotions | null | undefined, personaIds: readonly string[]): PersonaEmotionDocument[] {
  const out: PersonaEmotionDocument[] = [];
  personaIds.forEach((id, persona) => {
    const emotion = values?.[id];
    if (typeof emotion === 'number') out.push({ persona, emotion });
  });
  return out;
}

/** Document entries → stored values, given the ids the document's personas got. */
export function personaEmotionsFromDocument(entries: readonly PersonaEmotionDocument[] | undefined, personaIds: readonly string[]): PersonaEmotions {
  const out: PersonaEmotions = {};
  for (const e of entries ?? []) {
    const id = personaIds[e.persona];
    if (id) out[id] = e.emotion;
  }
  return out;
}

/** A persona's emotion at a touchpoint: its own value when it has one, else the journey's (the primary persona's). */
export function personaEmotionAt(touchpoint: { emotion: number; personaEmotions?: PersonaEmotions | null }, personaId: string | null): number {
  if (!personaId) return touchpoint.emotion;
  const own = touchpoint.personaEmotions?.[personaId];
  return typeof own === 'number' ? own : touchpoint.emotion;
}
