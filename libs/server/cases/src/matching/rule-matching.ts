import { evaluateFollowUpCondition, type FollowUpCondition, type SlaBasis } from '@opencx/domain';

/** What a rule is evaluated against: a new response's scores, comment and topics, or an observation's value. */
export interface CaseSubject {
  kind: 'response' | 'observation';
  id: string;
  occurredAt: Date;
  touchpointId: string;
  journeyId: string;
  siteId: string | null;
  customerHash: string | null;
  scores: Record<string, number | null>;
  comment: string | null;
  tags: readonly string[];
}

/** A rule ready to evaluate: a workspace rule or an enabled plugin's rule, under one shape. */
export interface EvaluableRule {
  /** `rule:<id>` or `plugin:<pluginId>:<key>`: part of the exactly-once key of the case. */
  key: string;
  ruleId: string | null;
  name: string;
  condition: FollowUpCondition | null;
  topics: readonly string[];
  keywords: readonly string[];
  journeyId: string | null;
  touchpointId: string | null;
  /** Journeys the rule is limited to (plugin rules with templateKeys); null = every journey. */
  journeyIds: ReadonlySet<string> | null;
  slaMinutes: number | null;
  slaBasis: SlaBasis;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  escalateToUserId: string | null;
}

/**
 * Whether a rule opens a case for a subject: every criterion the rule sets must hold (score
 * condition, one of its topics, one of its keywords in the comment, its journey or touchpoint).
 * Topic and keyword rules concern comments, so they never match an observation.
 */
export function ruleMatches(rule: EvaluableRule, subject: CaseSubject): boolean {
  if (rule.journeyId && rule.journeyId !== subject.journeyId) return false;
  if (rule.touchpointId && rule.touchpointId !== subject.touchpointId) return false;
  if (rule.journeyIds && !rule.journeyIds.has(subject.journeyId)) return false;
  if (!rule.condition && !rule.topics.length && !rule.keywords.length) return false;
  if (rule.condition && !evaluateFollowUpCondition(rule.condition, subject.scores)) return false;
  if (rule.topics.length && !rule.topics.some((t) => subject.tags.includes(t))) return false;
  if (rule.keywords.length) {
    const text = subject.comment?.toLocaleLowerCase() ?? '';
    if (!rule.keywords.some((k) => text.includes(k.toLocaleLowerCase()))) return false;
  }
  return true;
}
