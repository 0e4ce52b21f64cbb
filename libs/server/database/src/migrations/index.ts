import { Identity1763900000000 } from './1763900000000-identity';
import { Journeys1763900100000 } from './1763900100000-journeys';
import { PluginsMetrics1763900200000 } from './1763900200000-plugins-metrics';
import { InvitationLinksSecurityEvents1764000100000 } from './1764000100000-invitation-links-security-events';

/** Every schema change, in order. Append only; a landed migration is history and never edited. */
export const migrations = [Identity1763900000000, Journeys1763900100000, PluginsMetrics1763900200000, InvitationLinksSecurityEvents1764000100000];
