import { Identity1763900000000 } from './1763900000000-identity';
import { Journeys1763900100000 } from './1763900100000-journeys';
import { PluginsMetrics1763900200000 } from './1763900200000-plugins-metrics';
import { RowLevelSecurity1764000000000 } from './1764000000000-row-level-security';
import { InvitationLinksSecurityEvents1764000100000 } from './1764000100000-invitation-links-security-events';
import { RevisionHistoryImmutable1764000200000 } from './1764000200000-revision-history-immutable';
import { KeysetPagingIndexes1795830000000 } from './1795830000000-keyset-paging-indexes';
import { Feedback1795860876187 } from './1795860876187-feedback';
import { MetricRollup1795860876188 } from './1795860876188-metric-rollup';
import { ImportJobs1795900000000 } from './1795900000000-import-jobs';
import { FeedbackInboxCollectionLinks1795900200000 } from './1795900200000-feedback-inbox-collection-links';
import { EmotionRollup1795900300000 } from './1795900300000-emotion-rollup';
import { Actions1796532526632 } from './1796532526632-actions';
import { MetricRollupPeriods1796532619641 } from './1796532619641-metric-rollup-periods';
import { KpiAlerts1796532638775 } from './1796532638775-kpi-alerts';
import { Cases1796532716142 } from './1796532716142-cases';
import { Research1796543980326 } from './1796543980326-research';
import { FeedbackKeywords1796544022732 } from './1796544022732-feedback-keywords';
import { Notifications1796544042063 } from './1796544042063-notifications';
import { Comments1796544046999 } from './1796544046999-comments';
import { CaseResurvey1796544051414 } from './1796544051414-case-resurvey';
import { PluginReleases1796544302471 } from './1796544302471-plugin-releases';
import { CustomLanesAndViews1796544405992 } from './1796544405992-custom-lanes-and-views';
import { Reviews1796544870715 } from './1796544870715-reviews';
import { RevisionGroups1796600100000 } from './1796600100000-revision-groups';
import { Sharing1796600200000 } from './1796600200000-sharing';
import { JourneyPersonas1796600315000 } from './1796600315000-journey-personas';
import { TeamLead1796600413131 } from './1796600413131-team-lead';
import { JourneyContentVersion1796600500000 } from './1796600500000-journey-content-version';
import { CaseIntake1796600600000 } from './1796600600000-case-intake';
import { KpiVersion1796605320775 } from './1796605320775-kpi-version';
import { CaseSlaDue1796610000000 } from './1796610000000-case-sla-due';

/** Every schema change, in order. Append only; a landed migration is history and never edited. */
export const migrations = [
  Identity1763900000000,
  Journeys1763900100000,
  PluginsMetrics1763900200000,
  RowLevelSecurity1764000000000,
  InvitationLinksSecurityEvents1764000100000,
  RevisionHistoryImmutable1764000200000,
  KeysetPagingIndexes1795830000000,
  Feedback1795860876187,
  MetricRollup1795860876188,
  ImportJobs1795900000000,
  FeedbackInboxCollectionLinks1795900200000,
  EmotionRollup1795900300000,
  Actions1796532526632,
  MetricRollupPeriods1796532619641,
  KpiAlerts1796532638775,
  Cases1796532716142,
  Research1796543980326,
  FeedbackKeywords1796544022732,
  Notifications1796544042063,
  Comments1796544046999,
  CaseResurvey1796544051414,
  PluginReleases1796544302471,
  CustomLanesAndViews1796544405992,
  Reviews1796544870715,
  RevisionGroups1796600100000,
  Sharing1796600200000,
  JourneyPersonas1796600315000,
  TeamLead1796600413131,
  JourneyContentVersion1796600500000,
  CaseIntake1796600600000,
  KpiVersion1796605320775,
  CaseSlaDue1796610000000,
];
