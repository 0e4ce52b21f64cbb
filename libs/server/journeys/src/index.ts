export * from './journeys.module';
export * from './entities';
export { JourneyService, type JourneyProvenance, type CreateFromDocumentOptions } from './services/journey.service';
export { PersonaService } from './services/persona.service';
export { TouchpointDirectory, type TouchpointLabel, type MapCardKind } from './services/touchpoint-directory';
export { JourneyInsightService, type InsightRef } from './services/journey-insight.service';
export { TouchpointPlacesModule } from './touchpoint-places.module';
export { JourneyModel, PersonaModel } from './models';
export type { JourneySnapshot, StageSnapshot, TouchpointSnapshot, MetricBindingSnapshot } from './services/journey-snapshot';
