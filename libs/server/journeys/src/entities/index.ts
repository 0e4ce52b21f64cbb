import { PersonaEntity } from './persona.entity';
import { JourneyEntity } from './journey.entity';
import { StageEntity } from './stage.entity';
import { TouchpointEntity } from './touchpoint.entity';
import { OpportunityEntity, PainPointEntity } from './insight.entity';
import { JourneyRevisionEntity } from './journey-revision.entity';
import { JourneyViewEntity } from './journey-view.entity';

export { PersonaEntity, JourneyEntity, StageEntity, TouchpointEntity, PainPointEntity, OpportunityEntity, JourneyRevisionEntity, JourneyViewEntity };

export const JOURNEY_ENTITIES = [PersonaEntity, JourneyEntity, StageEntity, TouchpointEntity, PainPointEntity, OpportunityEntity, JourneyRevisionEntity, JourneyViewEntity];
