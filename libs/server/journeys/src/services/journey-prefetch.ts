import type { OpenCxRequest } from '@opencx/server-core';
import type { JourneyMap } from './journey-map.loader';

const PREFETCHED = Symbol('opencx.journeyPrefetched');
/** What reading the map gave: the map, or the error the read threw (not found, a database error …). */
export type PrefetchedJourney = { map: JourneyMap } | { error: unknown };
type PrefetchingRequest = OpenCxRequest & { [PREFETCHED]?: { workspaceId: string; journeyId: string; outcome: PrefetchedJourney } };

/** Keeps what JourneyAnswerCache's read of the whole map (no filter) gave for this request, as this caller. */
export function prefetchJourney(req: OpenCxRequest, workspaceId: string, journeyId: string, outcome: PrefetchedJourney): void {
  (req as PrefetchingRequest)[PREFETCHED] = { workspaceId, journeyId, outcome };
}

/** Drops what prefetchJourney kept (the request is answered). */
export function forgetPrefetchedJourney(req: OpenCxRequest): void {
  delete (req as PrefetchingRequest)[PREFETCHED];
}

/**
 * What the read prefetched for this request gave, when the resolver is asked for exactly that map
 * (then it is not read again, and an error of that read is the resolver's error, answered as usual); once.
 */
export function takePrefetchedJourney(req: OpenCxRequest | undefined, workspaceId: string, journeyId: string, filter: unknown): Promise<JourneyMap> | null {
  const prefetched = (req as PrefetchingRequest | undefined)?.[PREFETCHED];
  if (!req || !prefetched || !isEmptyFilter(filter) || prefetched.workspaceId !== workspaceId || prefetched.journeyId !== journeyId) return null;
  forgetPrefetchedJourney(req);
  const outcome = prefetched.outcome;
  return 'map' in outcome ? Promise.resolve(outcome.map) : Promise.reject(outcome.error);
}

/** No filter: absent, or (as the validation pipe hands an absent input object over) one without any value set. */
function isEmptyFilter(filter: unknown): boolean {
  return filter == null || (typeof filter === 'object' && Object.values(filter).every((value) => value == null));
}
