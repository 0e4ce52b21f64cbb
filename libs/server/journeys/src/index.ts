export * from './journeys.module';
export * from './entities';
export { JourneyService, type JourneyProvenance, type CreateFromDocumentOptions } from './services/journey.service';
export { PersonaService } from './services/persona.service';
export { TouchpointDirectory, type TouchpointPlace, type TouchpointScope } from './services/touchpoint-directory';
export { JourneyModel, PersonaModel } from './models/journey.models';
