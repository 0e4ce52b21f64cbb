import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { MetricsModule } from '@opencx/server-metrics';
import { JourneyMapLoader } from './services/journey-map.loader';
import { JourneyMapCache } from './services/journey-map.cache';
import { JourneyAnswerCache } from './services/journey-answer.cache';
import { JourneyEditor, JOURNEY_HISTORY_OPTIONS, type JourneyHistoryOptions } from './services/journey-editor';
import { JourneyService } from './services/journey.service';
import { JourneyRevisionService } from './services/journey-revision.service';
import { JourneyRewriter } from './services/journey-rewriter';
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
import { CustomLanesService } from './services/custom-lanes.service';
import { CustomLanesResolver } from './resolvers/custom-lanes.resolver';
import { JourneyMapPdfController } from './controllers/journey-map-pdf.controller';
import { HomeHighlightsService } from './services/home-highlights.service';
import { HomeHighlightsResolver } from './resolvers/home-highlights.resolver';
import { JourneyViewsService } from './services/journey-views.service';
import { JourneyViewsResolver } from './resolvers/journey-views.resolver';
import { JourneyEventsController } from './controllers/journey-events.controller';
import { JourneyLiveService } from './services/journey-live.service';
import { JourneyPersonasService } from './services/journey-personas.service';
import { JourneyPersonasResolver } from './resolvers/journey-personas.resolver';

import { JourneyReviewSchedules } from './services/journey-review-schedules';
@Module({
  imports: [AuditModule, IdentityModule, MetricsModule, TouchpointPlacesModule],
  providers: [JourneyMapLoader, JourneyMapCache, JourneyAnswerCache, JourneyEditor, JourneyService, JourneyRevisionService, JourneyRewriter, JourneyStructureService, JourneyInsightService, TouchpointMetricsService, PersonaService, JourneyResolver, JourneyMapResolver, PersonaResolver, ExecutiveOverviewService, ExecutiveOverviewResolver, CustomLanesService, CustomLanesResolver, HomeHighlightsService, HomeHighlightsResolver, JourneyViewsService, JourneyViewsResolver, JourneyReviewSchedules, JourneyLiveService, JourneyPersonasService, JourneyPersonasResolver],
  controllers: [JourneyExportController, JourneyDashboardPdfController, JourneyMapPdfController, JourneyEventsController],
  exports: [JourneyService, JourneyRewriter, PersonaService, JourneyInsightService, TouchpointPlacesModule, JourneyReviewSchedules],
})
export class JourneysModule {}

/** How history groups edits (the API's configuration), provided once for the journeys context. */
@Global()
@Module({})
export class JourneyHistoryOptionsModule {
  static forRoot(options: JourneyHistoryOptions): DynamicModule {
    return { module: JourneyHistoryOptionsModule, providers: [{ provide: JOURNEY_HISTORY_OPTIONS, useValue: options }], exports: [JOURNEY_HISTORY_OPTIONS] };
  }
}
