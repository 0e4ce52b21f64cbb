import { personaEmotionAt } from '@opencx/domain';
import type { JourneyMap, MapTouchpoint } from './types';

/**
 * The "by persona" map (journey-personas.ts in the domain): the journey's primary persona feels the
 * touchpoints' own emotions; a further persona feels its own value where it has one and the
 * touchpoint's own elsewhere. `null` stands for the primary persona.
 */
export type PersonaChoice = string | null;

/** A touchpoint's emotion for a persona, and whether the persona has its own value there. */
export function emotionFor(tp: Pick<MapTouchpoint, 'emotion' | 'personaEmotions'>, personaId: PersonaChoice): { emotion: number; own: boolean } {
  const values = Object.fromEntries(tp.personaEmotions.map((e) => [e.personaId, e.emotion]));
  return { emotion: personaEmotionAt({ emotion: tp.emotion, personaEmotions: values }, personaId), own: personaId === null || personaId in values };
}

/**
 * The map as one persona sees it: each touchpoint's `emotion` is that persona's. Touchpoints whose
 * emotion does not change keep their identity (memoised columns stay put); the primary persona is the map itself.
 */
export function mapForPersona(map: JourneyMap, personaId: PersonaChoice): JourneyMap {
  if (personaId === null || !map.personas.some((p) => p.id === personaId)) return map;
  return {
    ...map,
    stages: map.stages.map((s) => {
      const touchpoints = s.touchpoints.map((tp) => {
        const { emotion } = emotionFor(tp, personaId);
        return emotion === tp.emotion ? tp : { ...tp, emotion };
      });
      return touchpoints.every((tp, i) => tp === s.touchpoints[i]) ? s : { ...s, touchpoints };
    }),
  };
}

export interface ComparisonRow {
  touchpointId: string;
  name: string;
  a: number;
  b: number;
  /** b − a: how much better (positive) or worse the second persona feels here. */
  gap: number;
}

/** Two personas' curves over every touchpoint in map order, with the gap at each and the mean of each curve. */
export function comparePersonas(map: JourneyMap, a: PersonaChoice, b: PersonaChoice): { rows: ComparisonRow[]; meanA: number | null; meanB: number | null } {
  const rows = map.stages.flatMap((s) =>
    s.touchpoints.map((tp) => {
      const [ea, eb] = [emotionFor(tp, a).emotion, emotionFor(tp, b).emotion];
      return { touchpointId: tp.id, name: tp.name, a: ea, b: eb, gap: eb - ea };
    }),
  );
  const mean = (pick: (r: ComparisonRow) => number) => (rows.length ? Math.round((rows.reduce((sum, r) => sum + pick(r), 0) / rows.length) * 100) / 100 : null);
  return { rows, meanA: mean((r) => r.a), meanB: mean((r) => r.b) };
}

/** The optimistic edit: one persona's emotion at one touchpoint (null clears it), kept in the journey's persona order. */
export function withPersonaEmotion(map: JourneyMap, touchpointId: string, personaId: string, emotion: number | null): JourneyMap {
  const order = map.personas.map((p) => p.id);
  return {
    ...map,
    stages: map.stages.map((s) =>
      s.touchpoints.some((tp) => tp.id === touchpointId)
        ? {
            ...s,
            touchpoints: s.touchpoints.map((tp) => {
              if (tp.id !== touchpointId) return tp;
              const rest = tp.personaEmotions.filter((e) => e.personaId !== personaId);
              const next = emotion === null ? rest : [...rest, { personaId, emotion }];
              return { ...tp, personaEmotions: next.sort((x, y) => order.indexOf(x.personaId) - order.indexOf(y.personaId)) };
            }),
          }
        : s,
    ),
  };
}
