import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { MetricsModule } from '@opencx/server-metrics';
import { JourneyMapLoader } from './services/journey-map.loader';
import { JourneyMapCache } from './services/journey-map.cache';
import { JourneyEditor } from './services/journey-editor';
import { JourneyService } from './services/journey.service';
import { JourneyRevisionService } from './services/journey-revision.service';
import { JourneyStructureService } from './services/journey-structure.service';
import { JourneyInsightService } from './services/journey-insight.service';
import { PersonaService } from './services/persona.service';
import { TouchpointMetricsService } from './services/touchpoint-metrics.service';
import { TouchpointPlacesModule } from './touchpoint-places.module';
import { JourneyResolver } from './resolvers/journey.resolver';
import { JourneyMapResolver } from './resolvers/journey-map.resolver';
import { PersonaResolver } from './resolvers/persona.resolver';
import { ExecutiveOverviewService } from './services/executive-overview.service';
import { ExecutiveOverviewResolver } from './resolvers/executive-overview.resolver';
import { JourneyDashboardPdfController } from './controllers/journey-dashboard-pdf.controller';
import { JourneyExportController } from './controllers/journey-export.controller';

import { JourneyReviewSchedules } from './services/journey-review-schedules';
@Module({
  imports: [AuditModule, IdentityModule, MetricsModule, TouchpointPlacesModule],
  providers: [JourneyMapLoader, JourneyMapCache, JourneyEditor, JourneyService, JourneyRevisionService, JourneyStructureService, JourneyInsightService, TouchpointMetricsService, PersonaService, JourneyResolver, JourneyMapResolver, PersonaResolver, ExecutiveOverviewService, ExecutiveOverviewResolver, JourneyReviewSchedules],
  controllers: [JourneyExportController, JourneyDashboardPdfController],
  exports: [JourneyService, PersonaService, JourneyInsightService, TouchpointPlacesModule, JourneyReviewSchedules],
})
export class JourneysModule {}
