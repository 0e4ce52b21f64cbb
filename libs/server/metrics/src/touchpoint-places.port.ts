import type { TenantTx } from '@opencx/server-database';

export interface TouchpointPlace {
  touchpointId: string;
  stageId: string;
  journeyId: string;
  slaMinutes: number | null;
}

/** What a reader sees of a touchpoint: its own, its stage's and its journey's names. */
export interface TouchpointLabel {
  touchpointId: string;
  touchpointName: string;
  stageId: string;
  stageName: string;
  journeyId: string;
  journeyName: string;
}

export type TouchpointScope = 'journey' | 'stage' | 'touchpoint';

/**
 * Where touchpoints sit (stage, journey) and which ones a journey or stage holds: what metrics and
 * feedback need to know of the journeys context. Journeys owns the tables and implements this port
 * (`TouchpointDirectory`); metrics declares it, so metrics never imports journeys (which already
 * depends on metrics for its bindings) and the two modules stay free of a cycle.
 */
export interface TouchpointPlaces {
  /** The places of the given touchpoints; ids that are not touchpoints of the workspace are absent. */
  locate(tx: TenantTx, touchpointIds: readonly string[]): Promise<Map<string, TouchpointPlace>>;
  /** The touchpoints now inside a journey, a stage, or the one touchpoint, in map order; empty when the id is unknown. */
  within(tx: TenantTx, scope: TouchpointScope, id: string): Promise<TouchpointPlace[]>;
  /**
   * A SQL expression (in a statement whose `$1` is the workspace and `$2` the scope's id) for a
   * token that changes whenever what `within(scope, id)` returns, or the metric bindings of those
   * touchpoints, may have changed: the owning journey's id and content version (bumped in the
   * writing transaction by every change to its stages, touchpoints and bindings). NULL when the id
   * is not a journey, stage or touchpoint of the workspace. An expression rather than a call, so a
   * cache reads it in the same statement as its other versions.
   */
  structureVersionSql(scope: TouchpointScope): string;
  /** Names of the given touchpoints, their stages and journeys (one statement for a page of them). */
  labels(tx: TenantTx, touchpointIds: readonly string[]): Promise<Map<string, TouchpointLabel>>;
}

export const TOUCHPOINT_PLACES = Symbol('OPENCX_TOUCHPOINT_PLACES');
