import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { JourneyMapLoader } from './services/journey-map.loader';
import { JourneyEditor } from './services/journey-editor';
import { JourneyService } from './services/journey.service';
import { JourneyStructureService } from './services/journey-structure.service';
import { JourneyInsightService } from './services/journey-insight.service';
import { PersonaService } from './services/persona.service';
import { TouchpointDirectory } from './services/touchpoint-directory';
import { JourneyResolver } from './resolvers/journey.resolver';
import { JourneyMapResolver } from './resolvers/journey-map.resolver';
import { PersonaResolver } from './resolvers/persona.resolver';
import { JourneyExportController } from './resolvers/journey-export.controller';

@Module({
  imports: [AuditModule],
  providers: [JourneyMapLoader, JourneyEditor, JourneyService, JourneyStructureService, JourneyInsightService, PersonaService, TouchpointDirectory, JourneyResolver, JourneyMapResolver, PersonaResolver],
  controllers: [JourneyExportController],
  exports: [JourneyService, PersonaService, TouchpointDirectory],
})
export class JourneysModule {}
