import type { OpenCxRequest } from '@opencx/server-core';
import type { JourneyMap } from './journey-map.loader';

const PREFETCHED = Symbol('opencx.journeyPrefetched');
type PrefetchingRequest = OpenCxRequest & { [PREFETCHED]?: { workspaceId: string; journeyId: string; map: JourneyMap } };

/** Keeps the whole map (no filter) that JourneyAnswerCache just read for this request, as this caller. */
export function prefetchJourney(req: OpenCxRequest, workspaceId: string, journeyId: string, map: JourneyMap): void {
  (req as PrefetchingRequest)[PREFETCHED] = { workspaceId, journeyId, map };
}

/** Drops what prefetchJourney kept (the request is answered). */
export function forgetPrefetchedJourney(req: OpenCxRequest): void {
  delete (req as PrefetchingRequest)[PREFETCHED];
}

/** The map prefetched for this request when the resolver is asked for exactly it (then it is not read again); once. */
export function takePrefetchedJourney(req: OpenCxRequest | undefined, workspaceId: string, journeyId: string, filter: unknown): JourneyMap | null {
  const prefetched = (req as PrefetchingRequest | undefined)?.[PREFETCHED];
  if (!req || !prefetched || filter != null || prefetched.workspaceId !== workspaceId || prefetched.journeyId !== journeyId) return null;
  forgetPrefetchedJourney(req);
  return prefetched.map;
}
