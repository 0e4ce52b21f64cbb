import { SystemModule } from '@opencx/server-system';
import { AUDIT_ENTITIES, AuditModule } from '@opencx/server-audit';
import { IDENTITY_ENTITIES, IdentityModule } from '@opencx/server-identity';
import { JOURNEY_ENTITIES, JourneysModule } from '@opencx/server-journeys';
import { METRIC_ENTITIES, MetricsModule } from '@opencx/server-metrics';
import { PLUGIN_ENTITIES } from '@opencx/server-plugins';
import { FEEDBACK_ENTITIES, FeedbackModule } from '@opencx/server-feedback';
import { CASES_ENTITIES, CasesModule } from '@opencx/server-cases';
import { ACTIONS_ENTITIES, ActionsModule } from '@opencx/server-actions';
import { RESEARCH_ENTITIES, ResearchModule } from '@opencx/server-research';
import { REVIEWS_ENTITIES, ReviewsModule } from '@opencx/server-reviews';
import { NOTIFICATIONS_ENTITIES, NotificationsModule } from '@opencx/server-notifications';
import { COMMENTS_ENTITIES, CommentsModule } from '@opencx/server-comments';
import { SHARING_ENTITIES, SharingModule } from '@opencx/server-sharing';

/**
 * The bounded contexts that make up the API: their Nest modules and their TypeORM entities.
 * `nx g @opencx/tools:context` appends a new context to both lists. (The plugins context is
 * configured with the installed plugins, so app.module.ts registers its module itself.)
 */
export const CONTEXT_MODULES = [SystemModule, AuditModule, IdentityModule, JourneysModule, MetricsModule, FeedbackModule, CasesModule, ActionsModule, ResearchModule, ReviewsModule, NotificationsModule, CommentsModule, SharingModule];

export const ENTITIES = [...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...JOURNEY_ENTITIES, ...METRIC_ENTITIES, ...PLUGIN_ENTITIES, ...FEEDBACK_ENTITIES, ...CASES_ENTITIES, ...ACTIONS_ENTITIES, ...RESEARCH_ENTITIES, ...REVIEWS_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...COMMENTS_ENTITIES, ...SHARING_ENTITIES];
