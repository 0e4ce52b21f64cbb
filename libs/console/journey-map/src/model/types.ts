import type { JourneyDiffQuery, JourneyKpiAlertsQuery, JourneyKpisQuery, JourneyMapFieldsFragment, JourneysQuery, JourneyTemplatesQuery } from '@opencx/console-graphql';

/** The whole map as the editor holds it (every map mutation returns this shape). */
export type JourneyMap = JourneyMapFieldsFragment;
export type MapStage = JourneyMap['stages'][number];
export type MapTouchpoint = MapStage['touchpoints'][number];
export type MapPainPoint = MapTouchpoint['painPoints'][number];
export type MapOpportunity = MapTouchpoint['opportunities'][number];
export type MapMetric = MapTouchpoint['metrics'][number];
export type MapPersona = NonNullable<JourneyMap['persona']>;

export type JourneySummary = JourneysQuery['journeys']['nodes'][number];
export type JourneyTemplate = JourneyTemplatesQuery['journeyTemplates'][number];
export type JourneyDiff = JourneyDiffQuery['journeyDiff'];

export type TouchpointKpis = JourneyKpisQuery['journeyKpis']['touchpoints'][number] & {
  /** Open KPI alerts of this touchpoint, by metric key (the chip shows a badge). */
  alerts?: ReadonlyMap<string, JourneyKpiAlertsQuery['alerts']['nodes'][number]>;
};
export type TouchpointMetricKpi = JourneyKpisQuery['journeyKpis']['touchpoints'][number]['metrics'][number];
