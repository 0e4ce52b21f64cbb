/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptPainPointSuggestionInput = {
  /** The window the suggestion was computed over (default 30 days) */
  days?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  severity?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type AcceptedPainPoint = {
  journeyId: Scalars['ID']['output'];
  painPointId: Scalars['ID']['output'];
};

export type ActionComment = {
  actionId: Scalars['ID']['output'];
  authorId?: Maybe<Scalars['ID']['output']>;
  /** Plain text; render as text, never as HTML */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** DESIGN.md §3: before/after windows on the action’s touchpoints, and difference-in-differences against control touchpoints */
export type ActionImpact = {
  actionId: Scalars['ID']['output'];
  /** YYYY-MM-DD; null until the action is done */
  afterFrom?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD; null until the action is done */
  afterTo?: Maybe<Scalars['String']['output']>;
  beforeAfter: ImpactComparison;
  /** YYYY-MM-DD; null until the action is done */
  beforeFrom?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD; null until the action is done */
  beforeTo?: Maybe<Scalars['String']['output']>;
  controlAfter?: Maybe<ImpactWindowFigure>;
  controlBefore?: Maybe<ImpactWindowFigure>;
  controlTouchpointIds: Array<Scalars['ID']['output']>;
  differenceInDifferences?: Maybe<ImpactComparison>;
  /** nps (points) | share (top-box %) | mean (metric unit) */
  figure: Scalars['String']['output'];
  /** The method the verdict rests on */
  method: ImpactMethod;
  metricId: Scalars['ID']['output'];
  metricKey: Scalars['String']['output'];
  /** Answers behind the verdict */
  n: Scalars['Int']['output'];
  treatedAfter?: Maybe<ImpactWindowFigure>;
  treatedBefore?: Maybe<ImpactWindowFigure>;
  treatedTouchpointIds: Array<Scalars['ID']['output']>;
  verdict: ImpactVerdict;
};

export type ActionPriority =
  | 'critical'
  | 'high'
  | 'low'
  | 'medium';

/** proposed → planned → in_progress → done → verified, or dropped */
export type ActionStatus =
  | 'done'
  | 'dropped'
  | 'in_progress'
  | 'planned'
  | 'proposed'
  | 'verified';

export type AddActionCommentInput = {
  actionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
};

export type AddCaseNoteInput = {
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  /** phone, wechat, sms, email, visit… */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** NOTE (default) or CONTACT_ATTEMPT */
  kind?: InputMaybe<CaseNoteKind>;
  reached?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AddOpportunityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  touchpointId: Scalars['ID']['input'];
};

export type AddPainPointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  evidenceCount?: InputMaybe<Scalars['Int']['input']>;
  severity: Scalars['Int']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  touchpointId: Scalars['ID']['input'];
};

export type AddStageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  journeyId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** Where to insert (0 = first); default last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type AddTeamMemberInput = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type AddTouchpointInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  customerAction?: InputMaybe<Scalars['String']['input']>;
  customerThought?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Scalars['String']['input']>;
  emotion?: InputMaybe<Scalars['Int']['input']>;
  expectation?: InputMaybe<Scalars['String']['input']>;
  layer?: InputMaybe<Scalars['String']['input']>;
  momentOfTruth?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  stageId: Scalars['ID']['input'];
};

export type ApiToken = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the secret, to recognise it */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type AssignFollowUpCasesInput = {
  assigneeTeamId?: InputMaybe<Scalars['ID']['input']>;
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  caseIds: Array<Scalars['ID']['input']>;
};

export type AuditEvent = {
  action: Scalars['String']['output'];
  actorTokenId?: Maybe<Scalars['ID']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** One page of audit events, newest first. */
export type AuditEventConnection = {
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuthPayload = {
  /** Session token for `Authorization: Bearer`; the console uses the httpOnly cookie instead */
  token: Scalars['String']['output'];
  user: User;
};

export type BusinessCalendar = {
  timeZone: Scalars['String']['output'];
  workingHours: Array<WorkingHours>;
  /** The requested years (default: last, this and next year) */
  years: Array<CalendarYear>;
};

export type CalendarYear = {
  /** YYYY-MM-DD days off */
  holidays: Array<Scalars['String']['output']>;
  /** YYYY-MM-DD make-up working days (调休) */
  workdays: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type CalendarYearInput = {
  holidays: Array<Scalars['String']['input']>;
  workdays: Array<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type CaseMetricsGroup =
  | 'ALL'
  | 'RULE'
  | 'SITE'
  | 'TEAM';

export type CaseNote = {
  authorUserId?: Maybe<Scalars['ID']['output']>;
  /** Plain text, never HTML */
  body: Scalars['String']['output'];
  channel?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CaseNoteKind;
  /** For a contact attempt: whether the customer was reached */
  reached?: Maybe<Scalars['Boolean']['output']>;
};

export type CaseNoteKind =
  | 'CONTACT_ATTEMPT'
  | 'NOTE'
  | 'SYSTEM';

export type CaseRate = {
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  lowSample: Scalars['Boolean']['output'];
  n: Scalars['Int']['output'];
  /** % */
  value: Scalars['Float']['output'];
};

/** MINE: assigned to me; TEAM: assigned to a team I belong to; ALL */
export type CaseScope =
  | 'ALL'
  | 'MINE'
  | 'TEAM';

/** A public survey link (and QR code) for one touchpoint, optionally one site. */
export type CollectionLink = {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  journeyName?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  lastResponseAt?: Maybe<Scalars['DateTime']['output']>;
  responseCount: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  siteId?: Maybe<Scalars['ID']['output']>;
  siteName?: Maybe<Scalars['String']['output']>;
  /** `<workspaceId>.<secret>`: the survey is at /f/<token> on the console */
  token: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  touchpointName?: Maybe<Scalars['String']['output']>;
};

/** One page of collection links, newest first. */
export type CollectionLinkConnection = {
  nodes: Array<CollectionLink>;
  pageInfo: PageInfo;
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type CreateCollectionLinkInput = {
  /** Where the link is posted, e.g. "Lobby poster, building 3" */
  label?: InputMaybe<Scalars['String']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  touchpointId: Scalars['ID']['input'];
};

/** Exactly one of painPointId, opportunityId, touchpointId says where the action comes from */
export type CreateImprovementActionInput = {
  controlTouchpointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  effort?: InputMaybe<Scalars['Int']['input']>;
  expectedChange?: InputMaybe<Scalars['Float']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<ActionPriority>;
  targetMetricId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateJourneyFromTemplateInput = {
  /** Language of the copied texts; default the workspace language */
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Use this persona instead of creating one from the template */
  personaId?: InputMaybe<Scalars['ID']['input']>;
  /** <plugin id>/<template key>, as in journeyTemplates */
  templateKey: Scalars['String']['input'];
};

export type CreateJourneyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  personaId?: InputMaybe<Scalars['ID']['input']>;
  reviewCadenceDays?: InputMaybe<Scalars['Int']['input']>;
  shape?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePersonaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  frustrations?: InputMaybe<Array<Scalars['String']['input']>>;
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  needs?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentKey?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRootCauseCodeInput = {
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

export type CreateShareLinkInput = {
  /** Days until the link stops working (1–365); none: until revoked */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  /** Only signed-in members of the workspace may open it */
  membersOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** map or dashboard */
  target: Scalars['String']['input'];
};

export type CreateSiteInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateWorkspaceInput = {
  locale?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  slug?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedApiToken = {
  apiToken: ApiToken;
  /** The secret, shown this once; only its hash is stored */
  secret: Scalars['String']['output'];
};

export type CreatedShareLink = {
  link: ShareLink;
  /** The link secret, shown once: the console URL is /share/<token> */
  token: Scalars['String']['output'];
};

export type DatabaseDetails = {
  migrationsApplied: Scalars['Int']['output'];
  migrationsPending: Array<Scalars['String']['output']>;
  reachable: Scalars['Boolean']['output'];
  serverVersion?: Maybe<Scalars['String']['output']>;
};

/** Whether the API reaches its database; nothing that helps an attacker pick an exploit. */
export type DatabaseStatus = {
  reachable: Scalars['Boolean']['output'];
};

export type DismissPainPointSuggestionInput = {
  days?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};

export type DuplicateJourneyInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. duplicate a current-state map into a future-state one */
  state?: InputMaybe<Scalars['String']['input']>;
};

/** A response quoted as evidence; comment is plain text, never HTML */
export type EvidenceVerbatim = {
  ces?: Maybe<Scalars['Int']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  csat?: Maybe<Scalars['Int']['output']>;
  nps?: Maybe<Scalars['Int']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  responseId: Scalars['ID']['output'];
  sentiment?: Maybe<Scalars['Float']['output']>;
};

export type ExecutiveJourney = {
  journeyId: Scalars['ID']['output'];
  /** NPS, CSAT and CES */
  metrics: Array<ExecutiveMetric>;
  name: Scalars['String']['output'];
  status: Scalars['String']['output'];
  /** Up to three touchpoints furthest below target (n ≥ 30 only) */
  worstTouchpoints: Array<ExecutiveTouchpoint>;
};

export type ExecutiveMetric = {
  /** Sparkline; each bucket with its change against the previous one */
  buckets: Array<KpiBucket>;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** The last bucket with answers against the one before it */
  latestChange?: Maybe<KpiChange>;
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** The journey over the whole window, against the metric’s target */
  total: KpiFigure;
};

export type ExecutiveOverview = {
  from: Scalars['String']['output'];
  granularity: KpiGranularity;
  journeys: Array<ExecutiveJourney>;
  to: Scalars['String']['output'];
};

/** A touchpoint furthest below target */
export type ExecutiveTouchpoint = {
  figure: KpiFigure;
  /** Shortfall against target as a share of the scale width (0…1) */
  gap: Scalars['Float']['output'];
  metricKey: Scalars['String']['output'];
  name: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
};

/** One page of the feedback inbox, newest first. */
export type FeedbackConnection = {
  nodes: Array<FeedbackItem>;
  pageInfo: PageInfo;
};

/** All given criteria must hold (AND). */
export type FeedbackFilterInput = {
  /** ISO 8601; responses that occurred at or after it */
  from?: InputMaybe<Scalars['String']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  scoreBand?: InputMaybe<ScoreBand>;
  /** Words the comment contains (case-insensitive) */
  search?: InputMaybe<Scalars['String']['input']>;
  sentiment?: InputMaybe<SentimentBand>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601; responses that occurred before it */
  to?: InputMaybe<Scalars['String']['input']>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
};

/** One verbatim in the feedback inbox. */
export type FeedbackItem = {
  ces?: Maybe<Scalars['Int']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  /** Plain text; render as text, never as HTML */
  comment?: Maybe<Scalars['String']['output']>;
  csat?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  journeyName?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  nps?: Maybe<Scalars['Int']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  sentiment?: Maybe<Scalars['Float']['output']>;
  siteId?: Maybe<Scalars['ID']['output']>;
  siteName?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  stageId?: Maybe<Scalars['ID']['output']>;
  stageName?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  touchpointId: Scalars['ID']['output'];
  /** null when the touchpoint has since been deleted from the map */
  touchpointName?: Maybe<Scalars['String']['output']>;
};

/** One customer's answer at a touchpoint. */
export type FeedbackResponse = {
  ces?: Maybe<Scalars['Int']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  /** Plain text; render as text, never as HTML */
  comment?: Maybe<Scalars['String']['output']>;
  csat?: Maybe<Scalars['Int']['output']>;
  customScores: Scalars['JSON']['output'];
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  language?: Maybe<Scalars['String']['output']>;
  nps?: Maybe<Scalars['Int']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  receivedAt: Scalars['DateTime']['output'];
  segment: Scalars['String']['output'];
  /** −1…+1; null until text analytics has scored the comment */
  sentiment?: Maybe<Scalars['Float']['output']>;
  siteId?: Maybe<Scalars['ID']['output']>;
  source: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  touchpointId: Scalars['ID']['output'];
};

export type FieldChange = {
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  field: Scalars['String']['output'];
};

/** A follow-up case (回访) opened by a rule for one response or observation */
export type FollowUpCase = {
  assigneeTeamId?: Maybe<Scalars['ID']['output']>;
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  breachedAt?: Maybe<Scalars['DateTime']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer comment, plain text */
  comment?: Maybe<Scalars['String']['output']>;
  csat?: Maybe<Scalars['Int']['output']>;
  dueAt: Scalars['DateTime']['output'];
  escalateToUserId?: Maybe<Scalars['ID']['output']>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  firstContactedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** Minutes left as the SLA counts them (business minutes for a BUSINESS SLA), negative when overdue; null once resolved or closed */
  minutesLeft?: Maybe<Scalars['Int']['output']>;
  /** Notes, contact attempts and system events, oldest first */
  notes: Array<CaseNote>;
  nps?: Maybe<Scalars['Int']['output']>;
  /** When the customer answered: the SLA clock starts here */
  occurredAt: Scalars['DateTime']['output'];
  openedAt: Scalars['DateTime']['output'];
  outcome?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  rootCauseCodeId?: Maybe<Scalars['ID']['output']>;
  ruleKey: Scalars['String']['output'];
  ruleName: Scalars['String']['output'];
  siteId?: Maybe<Scalars['ID']['output']>;
  slaBasis: SlaBasis;
  slaMinutes: Scalars['Int']['output'];
  status: FollowUpCaseStatus;
  /** The response (or observation) that opened the case */
  subjectId: Scalars['ID']['output'];
  /** response or observation */
  subjectKind: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
};

export type FollowUpCaseConnection = {
  nodes: Array<FollowUpCase>;
  pageInfo: PageInfo;
};

export type FollowUpCaseFilterInput = {
  /** Only open or contacted cases past their due time */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<CaseScope>;
  statuses?: InputMaybe<Array<FollowUpCaseStatus>>;
};

/** open → contacted → resolved | closed (open → closed when nobody could be reached) */
export type FollowUpCaseStatus =
  | 'CLOSED'
  | 'CONTACTED'
  | 'OPEN'
  | 'RESOLVED';

export type FollowUpLoopMetrics = {
  contacted: Scalars['Int']['output'];
  /** Team id, site id or rule key (null: all, or none) */
  key?: Maybe<Scalars['String']['output']>;
  meanMinutesToFirstContact?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  resolvedShare?: Maybe<CaseRate>;
  slaBreachRate?: Maybe<CaseRate>;
};

export type FollowUpLoopMetricsInput = {
  /** ISO 8601; cases opened at or after it */
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<CaseMetricsGroup>;
  /** ISO 8601; cases opened before it */
  to: Scalars['String']['input'];
};

export type FollowUpRule = {
  /** Cases go to its members in turn (round-robin) */
  assigneeTeamId?: Maybe<Scalars['ID']['output']>;
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  /** A comparison { metric, op, value } or { any: [...] } / { all: [...] } */
  condition?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  /** The team lead an overdue case is escalated to */
  escalateToUserId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  journeyId?: Maybe<Scalars['ID']['output']>;
  keywords: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  slaBasis: SlaBasis;
  /** null: the touchpoint's SLA, else 9 business hours */
  slaMinutes?: Maybe<Scalars['Int']['output']>;
  topics: Array<Scalars['String']['output']>;
  touchpointId?: Maybe<Scalars['ID']['output']>;
};

export type FollowUpRuleInput = {
  assigneeTeamId?: InputMaybe<Scalars['ID']['input']>;
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  /** { metric, op: LT|LTE|…, value } in lower case ops, or { any } / { all } */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  escalateToUserId?: InputMaybe<Scalars['ID']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  slaBasis?: InputMaybe<SlaBasis>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImpactComparison = {
  /** null when there is not enough data */
  difference?: Maybe<Scalars['Float']['output']>;
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  method: ImpactMethod;
  n: Scalars['Int']['output'];
  pValue?: Maybe<Scalars['Float']['output']>;
  verdict: ImpactVerdict;
};

/** before_after, or difference_in_differences against control touchpoints */
export type ImpactMethod =
  | 'before_after'
  | 'difference_in_differences';

export type ImpactVerdict =
  | 'improved'
  | 'no_significant_change'
  | 'not_enough_data'
  | 'worsened';

/** A window’s figure with its 95 % interval (± 1.96 SE) */
export type ImpactWindowFigure = {
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

/** A CSV import of feedback, running in the background; poll it for progress. */
export type ImportJob = {
  accepted: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The encoding the file was read with */
  detectedEncoding?: Maybe<Scalars['String']['output']>;
  /** Rows whose (source, externalId) was imported before */
  duplicate: Scalars['Int']['output'];
  /** auto | utf8 | gb18030, as requested */
  encoding: Scalars['String']['output'];
  /** The first 1,000 rejected rows; `rejected` counts all of them */
  errors: Array<ImportRowError>;
  failure?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** CSV header → field */
  mapping: Scalars['JSON']['output'];
  /** partial (bad rows are rejected, the rest imported) | all_or_nothing */
  mode: Scalars['String']['output'];
  /** Share of the file processed, 0–100 */
  progress: Scalars['Float']['output'];
  rejected: Scalars['Int']['output'];
  /** queued | running | succeeded | failed */
  status: Scalars['String']['output'];
  /** Data rows read so far (accepted + duplicate + rejected) */
  total: Scalars['Int']['output'];
};

export type ImportJobConnection = {
  nodes: Array<ImportJob>;
  pageInfo: PageInfo;
};

/** A rejected CSV row: its line (the header is line 1), the field and the reason. */
export type ImportRowError = {
  field: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ImprovementAction = {
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Chosen control touchpoints; null = the journey’s other touchpoints bound to the target metric */
  controlTouchpointIds?: Maybe<Array<Scalars['ID']['output']>>;
  createdAt: Scalars['DateTime']['output'];
  /** Plain text; render as text, never as HTML */
  description: Scalars['String']['output'];
  dropReason?: Maybe<Scalars['String']['output']>;
  droppedAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** 1 (a day) … 5 (a programme) */
  effort: Scalars['Int']['output'];
  /** Expected change of the target metric, in its unit (points for NPS and shares) */
  expectedChange?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  impactMeasuredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Verdict of the last impact measurement */
  impactVerdict?: Maybe<ImpactVerdict>;
  journeyId: Scalars['ID']['output'];
  /** Where the action may move next (verified also needs measured impact, dropped a reason) */
  nextStatuses: Array<ActionStatus>;
  opportunityId?: Maybe<Scalars['ID']['output']>;
  /** Open and past its due date (in the workspace time zone) */
  overdue: Scalars['Boolean']['output'];
  ownerUserId?: Maybe<Scalars['ID']['output']>;
  painPointId?: Maybe<Scalars['ID']['output']>;
  plannedAt?: Maybe<Scalars['DateTime']['output']>;
  priority: ActionPriority;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ActionStatus;
  targetMetricId?: Maybe<Scalars['ID']['output']>;
  teamId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  /** The touchpoints the action changes; its impact is measured there */
  touchpointIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  windowDays: Scalars['Int']['output'];
};

export type ImprovementActionConnection = {
  nodes: Array<ImprovementAction>;
  pageInfo: PageInfo;
};

export type ImprovementActionFilterInput = {
  /** Due on or before this day (YYYY-MM-DD) */
  dueBy?: InputMaybe<Scalars['String']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only open actions past their due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ActionStatus>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A pain point or opportunity added, removed or retitled between two revisions */
export type InsightDiffEntry = {
  /** The title before, for a retitled one */
  before?: Maybe<Scalars['String']['output']>;
  /** painPoint or opportunity */
  entity: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** added, removed or changed */
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
  touchpointName: Scalars['String']['output'];
};

export type Invitation = {
  createdAt: Scalars['DateTime']['output'];
  /** Where the link was sent; whoever holds the link may accept it once */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  status: InvitationStatus;
};

export type InvitationPreview = {
  /** The signed-in account is already a member of this workspace */
  alreadyMember: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  invitedEmail: Scalars['String']['output'];
  role: Role;
  status: InvitationStatus;
  workspaceId: Scalars['ID']['output'];
  workspaceName: Scalars['String']['output'];
};

export type InvitationStatus =
  | 'accepted'
  | 'expired'
  | 'pending'
  | 'revoked';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type InviteMemberResult = {
  /** True when the link was handed to the SMTP server (OPENCX_SMTP_URL); otherwise share it yourself */
  emailed: Scalars['Boolean']['output'];
  /** Always a pending invitation: inviting never adds anyone, nor says whether the email has an account */
  invitation: Invitation;
  /** The link to share: OPENCX_PUBLIC_URL/invite/<token> */
  link: Scalars['String']['output'];
  /** `<workspaceId>.<secret>`, shown this once (only its hash is stored); accept with acceptInvitation */
  token: Scalars['String']['output'];
};

export type Journey = {
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nextReviewAt?: Maybe<Scalars['String']['output']>;
  ownerTeamId?: Maybe<Scalars['ID']['output']>;
  persona?: Maybe<Persona>;
  reviewCadenceDays?: Maybe<Scalars['Int']['output']>;
  /** Latest revision number of the map */
  revision: Scalars['Int']['output'];
  /** linear | cyclical | non_linear */
  shape: Scalars['String']['output'];
  sourcePluginId?: Maybe<Scalars['String']['output']>;
  /** Stages in order, each with its touchpoints in order */
  stages: Array<Stage>;
  /** current | future */
  state: Scalars['String']['output'];
  /** draft | published | archived */
  status: Scalars['String']['output'];
  templateKey?: Maybe<Scalars['String']['output']>;
  templateVersion?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version of the journey fields */
  version: Scalars['Int']['output'];
};

/** One page of journeys, most recently changed first. */
export type JourneyConnection = {
  nodes: Array<JourneySummary>;
  pageInfo: PageInfo;
};

export type JourneyDiff = {
  fromRevision: Scalars['Int']['output'];
  insights: Array<InsightDiffEntry>;
  journeyFields: Array<FieldChange>;
  opportunitiesAdded: Scalars['Int']['output'];
  opportunitiesRemoved: Scalars['Int']['output'];
  painPointsAdded: Scalars['Int']['output'];
  painPointsRemoved: Scalars['Int']['output'];
  stagesAdded: Array<StageDiffEntry>;
  stagesChanged: Array<StageDiffEntry>;
  stagesMoved: Array<StageDiffEntry>;
  stagesRemoved: Array<StageDiffEntry>;
  toRevision: Scalars['Int']['output'];
  touchpointsAdded: Array<TouchpointDiffEntry>;
  touchpointsChanged: Array<TouchpointDiffEntry>;
  touchpointsMoved: Array<TouchpointDiffEntry>;
  touchpointsRemoved: Array<TouchpointDiffEntry>;
};

export type JourneyFilterInput = {
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  personaId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

/** Everything the journey map shows of its measurements, in one request, from the daily roll-ups. */
export type JourneyKpis = {
  from: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  to: Scalars['String']['output'];
  /** In map order */
  touchpoints: Array<TouchpointKpis>;
};

export type JourneyRevision = {
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Edits this revision groups: consecutive edits by one person within a few minutes are one revision. */
  editCount: Scalars['Int']['output'];
  revision: Scalars['Int']['output'];
  summary: Scalars['String']['output'];
};

export type JourneySummary = {
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerTeamId?: Maybe<Scalars['ID']['output']>;
  painPointCount: Scalars['Int']['output'];
  personaId?: Maybe<Scalars['ID']['output']>;
  personaName?: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  shape: Scalars['String']['output'];
  sourcePluginId?: Maybe<Scalars['String']['output']>;
  stageCount: Scalars['Int']['output'];
  state: Scalars['String']['output'];
  status: Scalars['String']['output'];
  touchpointCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type JourneyTemplate = {
  description: Scalars['String']['output'];
  /** <plugin id>/<template key> */
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  personaName?: Maybe<Scalars['String']['output']>;
  pluginId: Scalars['String']['output'];
  pluginName: Scalars['String']['output'];
  shape: Scalars['String']['output'];
  stages: Array<TemplateStage>;
  state: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A touchpoint's importance for the journey's outcome and how it performs. */
export type KeyDriver = {
  /** Pearson r with the outcome over the complete cases */
  correlation?: Maybe<Scalars['Float']['output']>;
  /** Important (share above the average driver) and below target */
  fixFirst: Scalars['Boolean']['output'];
  /** Respondents with both an outcome and a score here in the window */
  n: Scalars['Int']['output'];
  /** CSAT (top-2-box %) at this touchpoint over the window from the roll-ups, against its target */
  performance: KpiFigure;
  /** Weight ÷ R² (0…1) */
  share?: Maybe<Scalars['Float']['output']>;
  stageName: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  touchpointName: Scalars['String']['output'];
  /** Johnson's relative weight (its part of R²); null when the analysis has too few complete cases */
  weight?: Maybe<Scalars['Float']['output']>;
};

export type KeyDriverReport = {
  drivers: Array<KeyDriver>;
  /** n ≥ minN: the weights are given */
  enoughData: Scalars['Boolean']['output'];
  from: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  minN: Scalars['Int']['output'];
  /** Complete cases: customers with the outcome and a CSAT at every driver touchpoint */
  n: Scalars['Int']['output'];
  /** What the drivers explain: the customer’s mean NPS over the journey in the window */
  outcome: Scalars['String']['output'];
  rSquared?: Maybe<Scalars['Float']['output']>;
  /** Customers with an outcome (linked by hashed customer reference) */
  respondents: Scalars['Int']['output'];
  to: Scalars['String']['output'];
};

/** A touchpoint's metric over the last 7 days fell below its warning threshold and is significantly worse than the 7 days before. The figures are those of the evaluation that opened it; `latest*` those of the newest evaluation. */
export type KpiAlert = {
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['ID']['output']>;
  comparisonFrom: Scalars['String']['output'];
  comparisonN: Scalars['Int']['output'];
  comparisonTo: Scalars['String']['output'];
  /** The figure over the comparison window (the 7 days before) */
  comparisonValue?: Maybe<Scalars['Float']['output']>;
  /** value − comparisonValue as the test measures it (points for NPS and shares) */
  difference: Scalars['Float']['output'];
  /** higher_is_better | lower_is_better */
  direction: Scalars['String']['output'];
  evaluatedAt: Scalars['DateTime']['output'];
  high?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** Null when the journey has since been deleted */
  journeyName?: Maybe<Scalars['String']['output']>;
  latestN: Scalars['Int']['output'];
  latestValue?: Maybe<Scalars['Float']['output']>;
  /** 95 % interval of value */
  low?: Maybe<Scalars['Float']['output']>;
  /** nps_z | two_proportion_z | welch_t */
  method: Scalars['String']['output'];
  metricId: Scalars['ID']['output'];
  metricKey: Scalars['String']['output'];
  /** nps | csat | ces | numeric | duration | rate */
  metricKind: Scalars['String']['output'];
  metricNameEn: Scalars['String']['output'];
  metricNameZh: Scalars['String']['output'];
  n: Scalars['Int']['output'];
  openedAt: Scalars['DateTime']['output'];
  pValue: Scalars['Float']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedValue?: Maybe<Scalars['Float']['output']>;
  status: KpiAlertStatus;
  target?: Maybe<Scalars['Float']['output']>;
  touchpointId: Scalars['ID']['output'];
  /** Null when the touchpoint has since been deleted */
  touchpointName?: Maybe<Scalars['String']['output']>;
  /** The figure over the alert window (NPS points, % for shares, the mean for numeric/duration) */
  value: Scalars['Float']['output'];
  /** The warning threshold the value fell below (per-touchpoint override or the definition’s) */
  warningThreshold: Scalars['Float']['output'];
  /** First local day of the alert window (YYYY-MM-DD, workspace time zone) */
  windowFrom: Scalars['String']['output'];
  windowTo: Scalars['String']['output'];
};

/** What one evaluation of the alert rule did in the workspace. */
export type KpiAlertCheck = {
  /** Alerts open after the evaluation */
  open: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  /** Last local day of the alert window evaluated (YYYY-MM-DD) */
  windowTo: Scalars['String']['output'];
};

export type KpiAlertConnection = {
  nodes: Array<KpiAlert>;
  pageInfo: PageInfo;
};

/** OPEN until the metric is back at or above its warning threshold, then RESOLVED (acknowledging does not close an alert). */
export type KpiAlertStatus =
  | 'OPEN'
  | 'RESOLVED';

export type KpiBucket = {
  /** Against the previous bucket; null for the first bucket or when either has too few answers to test */
  change?: Maybe<KpiChange>;
  figure: KpiFigure;
  /** First day of the bucket (YYYY-MM-DD) */
  start: Scalars['String']['output'];
};

/** Whether a bucket differs from the one before by more than noise (two-sided, 95 %): two-proportion z for shares, NPS z for NPS, Welch t for means. */
export type KpiChange = {
  /** This bucket minus the previous one, in the figure's unit (points for shares and NPS) */
  difference: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  /** 95 % interval of the difference */
  low: Scalars['Float']['output'];
  /** two_proportion_z | nps_z | welch_t */
  method: Scalars['String']['output'];
  pValue: Scalars['Float']['output'];
  significant: Scalars['Boolean']['output'];
};

export type KpiChild = {
  buckets: Array<KpiBucket>;
  /** Stage, touchpoint or site id; null for feedback without a site */
  id?: Maybe<Scalars['ID']['output']>;
  kind: KpiChildKind;
  total: KpiFigure;
};

export type KpiChildKind =
  | 'SITE'
  | 'STAGE'
  | 'TOUCHPOINT';

/** One figure with its sample size and 95 % interval; value and interval are null at n = 0. */
export type KpiFigure = {
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  lowSample: Scalars['Boolean']['output'];
  /** CES, numeric, duration: mean with a t interval */
  mean?: Maybe<Scalars['Float']['output']>;
  meanHigh?: Maybe<Scalars['Float']['output']>;
  meanLow?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  /** Durations: median from the roll-up histogram (interpolated within a bucket) */
  p50?: Maybe<Scalars['Float']['output']>;
  /** Durations: 90th percentile from the roll-up histogram */
  p90?: Maybe<Scalars['Float']['output']>;
  status: KpiStatus;
  target?: Maybe<Scalars['Float']['output']>;
  /** NPS (−100…100); CSAT/CES/rate: share in %; numeric/duration: mean */
  value?: Maybe<Scalars['Float']['output']>;
  warningThreshold?: Maybe<Scalars['Float']['output']>;
  /** Durations and numeric metrics: % of observations within SLA/target */
  withinTarget?: Maybe<Scalars['Float']['output']>;
};

/** Time buckets in the workspace time zone; weeks are ISO weeks starting on Monday. */
export type KpiGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type KpiMetric = {
  buckets: Array<KpiBucket>;
  children: Array<KpiChild>;
  direction: Scalars['String']['output'];
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metricId: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** The whole scope over the whole window */
  total: KpiFigure;
  unit?: Maybe<Scalars['String']['output']>;
};

export type KpiReport = {
  from: Scalars['String']['output'];
  granularity: KpiGranularity;
  id: Scalars['ID']['output'];
  metrics: Array<KpiMetric>;
  scope: KpiScope;
  to: Scalars['String']['output'];
};

/** What a KPI report is about; its children are stages (journey), touchpoints (stage, site) or sites (touchpoint). */
export type KpiScope =
  | 'JOURNEY'
  | 'SITE'
  | 'STAGE'
  | 'TOUCHPOINT';

/** NO_DATA at n = 0 (value absent), LOW_SAMPLE below n = 30, NO_TARGET when the metric has none, else judged against target and warning threshold. */
export type KpiStatus =
  | 'LOW_SAMPLE'
  | 'NO_DATA'
  | 'NO_TARGET'
  | 'OFF_TARGET'
  | 'ON_TARGET'
  | 'WARNING';

/** Why an action exists and what it achieved: responses → cases → root causes → pain point → actions → measured change */
export type Lineage = {
  actions: Array<ImprovementAction>;
  cases: Array<LineageCase>;
  impacts: Array<ActionImpact>;
  painPoint?: Maybe<LineagePainPoint>;
  responses: Array<EvidenceVerbatim>;
  rootCauses: Array<Scalars['String']['output']>;
};

export type LineageCase = {
  id: Scalars['ID']['output'];
  responseId: Scalars['ID']['output'];
  rootCause?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type LineagePainPoint = {
  evidenceCount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  severity?: Maybe<Scalars['Int']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Me = {
  user: User;
  workspaces: Array<Workspace>;
};

/** Customers’ emotion at a touchpoint on the map’s −3…+3 scale (DESIGN.md §3b), with a t-based 95 % interval; value null at n = 0. */
export type MeasuredEmotion = {
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  lowSample: Scalars['Boolean']['output'];
  n: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type Member = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

export type MetricDefinition = {
  /** higher_is_better | lower_is_better */
  direction: Scalars['String']['output'];
  /** How the reported figure is computed */
  formula: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** nps | csat | ces | numeric | duration | rate */
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  scaleMax: Scalars['Float']['output'];
  scaleMin: Scalars['Float']['output'];
  sourcePluginId?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  warningThreshold?: Maybe<Scalars['Float']['output']>;
};

export type MoveImprovementActionInput = {
  /** When the step really happened, ISO 8601 with offset (default now; never in the future) */
  effectiveAt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Required to drop an action */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ActionStatus;
  version: Scalars['Int']['input'];
};

export type MoveStageInput = {
  id: Scalars['ID']['input'];
  toPosition: Scalars['Int']['input'];
};

export type MoveTouchpointInput = {
  id: Scalars['ID']['input'];
  toPosition: Scalars['Int']['input'];
  /** A stage of the same journey */
  toStageId: Scalars['ID']['input'];
};

export type Mutation = {
  /** Join the workspace of an invitation link; works once, before it expires or is revoked. */
  acceptInvitation: Workspace;
  /** Opens a pain point (source feedback, evidence count = n) from a suggestion and keeps its responses as lineage */
  acceptPainPointSuggestion: AcceptedPainPoint;
  /** Mark an alert as seen; it stays OPEN until the metric recovers. */
  acknowledgeAlert: KpiAlert;
  addActionComment: ActionComment;
  /** A note or a contact attempt on a case */
  addCaseNote: CaseNote;
  addOpportunity: Journey;
  addPainPoint: Journey;
  addStage: Journey;
  addTeamMember: Team;
  addTouchpoint: Journey;
  archiveJourney: Journey;
  archiveRootCauseCode: RootCauseCode;
  /** Assigns up to 200 cases to a user and/or a team */
  assignFollowUpCases: Array<FollowUpCase>;
  /** Evaluate the alert rule in this workspace now (the background job does so every 15 minutes). */
  checkKpiAlerts: KpiAlertCheck;
  /** Issue a token; its secret is in this response only. */
  createApiToken: CreatedApiToken;
  createCollectionLink: CollectionLink;
  createFollowUpRule: FollowUpRule;
  createImprovementAction: ImprovementAction;
  createJourney: Journey;
  createJourneyFromTemplate: Journey;
  createPersona: Persona;
  createRootCauseCode: RootCauseCode;
  /** A read-only link to a journey map or dashboard; its token is shown once. */
  createShareLink: CreatedShareLink;
  createSite: Site;
  createTeam: Team;
  /** Create a workspace; the caller becomes its owner. */
  createWorkspace: Workspace;
  deleteFollowUpRule: Scalars['Boolean']['output'];
  deleteOpportunity: Journey;
  deletePainPoint: Journey;
  deleteStage: Journey;
  deleteTouchpoint: Journey;
  /** Hides a suggestion; the same evidence is not suggested again */
  dismissPainPointSuggestion: Scalars['Boolean']['output'];
  /** Copy a map, e.g. a current-state map into a future-state one. */
  duplicateJourney: Journey;
  /** Create a journey from an exported document; all-or-nothing, errors name the field path. */
  importJourney: Journey;
  /** Issue a one-time invitation link (emailed when SMTP is configured). Nobody joins until a signed-in account accepts it. */
  inviteMember: InviteMemberResult;
  login: AuthPayload;
  /** Revoke the current session. */
  logout: Scalars['Boolean']['output'];
  /** Moves an action to another status; illegal moves are refused (field status), dropped needs a reason, verified needs impact measured as improved */
  moveImprovementAction: ImprovementAction;
  moveStage: Journey;
  /** Move within a stage or to another stage of the same journey; positions stay dense. */
  moveTouchpoint: Journey;
  /** Opens a pain point (source feedback, evidence 1) on a response's touchpoint; returns the journey map. */
  openPainPointFromFeedback: Journey;
  removeMember: Member;
  /** Put the map back as it was at a revision (recorded as a new revision). */
  restoreJourneyRevision: Journey;
  revokeApiToken: ApiToken;
  /** Withdraws a link: its survey answers 404 from now on. */
  revokeCollectionLink: CollectionLink;
  /** Withdraw an invitation; its link stops working. */
  revokeInvitation: Invitation;
  /** End every other session of the caller's account (e.g. after a lost device); returns how many. */
  revokeOtherSessions: Scalars['Int']['output'];
  revokeShareLink: ShareLink;
  /** Turn a plugin on or off for this workspace; journeys made from it stay. */
  setPluginEnabled: Plugin;
  /** Replace a touchpoint's metrics (order and per-touchpoint target overrides). */
  setTouchpointMetrics: Journey;
  /** Create an account and sign in. Joins no workspace (invitations are accepted with acceptInvitation). A taken email gets the same answer, with a token that opens nothing, and its owner is told. */
  signUp: AuthPayload;
  /** Enter one response by hand (console); the same validation, exactly-once key and roll-up as the REST batch. */
  submitFeedback: FeedbackResponse;
  updateBusinessCalendar: BusinessCalendar;
  /** Moves a case along open → contacted → resolved | closed, records the outcome and root cause (required to resolve). */
  updateFollowUpCase: FollowUpCase;
  updateFollowUpRule: FollowUpRule;
  updateImprovementAction: ImprovementAction;
  updateJourney: Journey;
  updateMemberRole: Member;
  updateOpportunity: Journey;
  updatePainPoint: Journey;
  updatePersona: Persona;
  updateStage: Journey;
  updateTouchpoint: Journey;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAcceptPainPointSuggestionArgs = {
  input: AcceptPainPointSuggestionInput;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddActionCommentArgs = {
  input: AddActionCommentInput;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAddOpportunityArgs = {
  input: AddOpportunityInput;
};


export type MutationAddPainPointArgs = {
  input: AddPainPointInput;
};


export type MutationAddStageArgs = {
  input: AddStageInput;
};


export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


export type MutationAddTouchpointArgs = {
  input: AddTouchpointInput;
};


export type MutationArchiveJourneyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveRootCauseCodeArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAssignFollowUpCasesArgs = {
  input: AssignFollowUpCasesInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCollectionLinkArgs = {
  input: CreateCollectionLinkInput;
};


export type MutationCreateFollowUpRuleArgs = {
  input: FollowUpRuleInput;
};


export type MutationCreateImprovementActionArgs = {
  input: CreateImprovementActionInput;
};


export type MutationCreateJourneyArgs = {
  input: CreateJourneyInput;
};


export type MutationCreateJourneyFromTemplateArgs = {
  input: CreateJourneyFromTemplateInput;
};


export type MutationCreatePersonaArgs = {
  input: CreatePersonaInput;
};


export type MutationCreateRootCauseCodeArgs = {
  input: CreateRootCauseCodeInput;
};


export type MutationCreateShareLinkArgs = {
  input: CreateShareLinkInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


export type MutationDeleteFollowUpRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePainPointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTouchpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissPainPointSuggestionArgs = {
  input: DismissPainPointSuggestionInput;
};


export type MutationDuplicateJourneyArgs = {
  input: DuplicateJourneyInput;
};


export type MutationImportJourneyArgs = {
  document: Scalars['JSON']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMoveImprovementActionArgs = {
  input: MoveImprovementActionInput;
};


export type MutationMoveStageArgs = {
  input: MoveStageInput;
};


export type MutationMoveTouchpointArgs = {
  input: MoveTouchpointInput;
};


export type MutationOpenPainPointFromFeedbackArgs = {
  input: OpenPainPointFromFeedbackInput;
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRestoreJourneyRevisionArgs = {
  journeyId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCollectionLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeShareLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPluginEnabledArgs = {
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetTouchpointMetricsArgs = {
  input: SetTouchpointMetricsInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};


export type MutationUpdateBusinessCalendarArgs = {
  input: UpdateBusinessCalendarInput;
};


export type MutationUpdateFollowUpCaseArgs = {
  input: UpdateFollowUpCaseInput;
};


export type MutationUpdateFollowUpRuleArgs = {
  input: UpdateFollowUpRuleInput;
};


export type MutationUpdateImprovementActionArgs = {
  input: UpdateImprovementActionInput;
};


export type MutationUpdateJourneyArgs = {
  input: UpdateJourneyInput;
};


export type MutationUpdateMemberRoleArgs = {
  input: UpdateMemberRoleInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdatePainPointArgs = {
  input: UpdatePainPointInput;
};


export type MutationUpdatePersonaArgs = {
  input: UpdatePersonaInput;
};


export type MutationUpdateStageArgs = {
  input: UpdateStageInput;
};


export type MutationUpdateTouchpointArgs = {
  input: UpdateTouchpointInput;
};

export type OpenPainPointFromFeedbackInput = {
  responseId: Scalars['ID']['input'];
  severity?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the start of the comment */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Opportunity = {
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  painPointId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** Where a page ends: pass endCursor as `after` to read the next one. */
export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PainPoint = {
  description: Scalars['String']['output'];
  evidenceCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 1 (minor) … 5 (critical) */
  severity: Scalars['Int']['output'];
  /** manual | feedback | research */
  source: Scalars['String']['output'];
  title: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type PainPointSuggestion = {
  high: Scalars['Float']['output'];
  journeyId: Scalars['ID']['output'];
  /** Identity of the evidence; accept or dismiss by it */
  key: Scalars['String']['output'];
  kind: PainPointSuggestionKind;
  low: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  /** Target (off target) or designed emotion (emotion gap) */
  reference?: Maybe<Scalars['Float']['output']>;
  /** Top root causes from follow-up cases of these responses */
  rootCauses: Array<Scalars['String']['output']>;
  /** Suggested severity 1–5 */
  severity: Scalars['Int']['output'];
  /** The metric key, "emotion", or the topic */
  subject: Scalars['String']['output'];
  /** Suggested title (English); the console words its own */
  title: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  /** The figure: metric value, measured emotion, or negative share in % */
  value: Scalars['Float']['output'];
  verbatims: Array<EvidenceVerbatim>;
};

export type PainPointSuggestionKind =
  | 'emotion_gap'
  | 'negative_topic'
  | 'off_target';

export type Persona = {
  description: Scalars['String']['output'];
  frustrations: Array<Scalars['String']['output']>;
  goals: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  needs: Array<Scalars['String']['output']>;
  segmentKey?: Maybe<Scalars['String']['output']>;
  sourcePluginId?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Plugin = {
  description: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** Enabled in the current workspace */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  metricCount: Scalars['Int']['output'];
  personaCount: Scalars['Int']['output'];
  templateCount: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

export type Query = {
  actionComments: Array<ActionComment>;
  /** The measured impact of an action on its target metric (before/after and difference-in-differences) */
  actionImpact: ActionImpact;
  /** KPI alerts of the workspace, newest first, a page at a time (first ≤ 100); filter by status and journey. */
  alerts: KpiAlertConnection;
  apiTokens: Array<ApiToken>;
  /** Changes in the current workspace, newest first, a page at a time (admins; first ≤ 500). */
  auditEvents: AuditEventConnection;
  /** The business calendar SLAs are counted on (default: Asia/Shanghai, Mon–Fri 09:00–18:00, mainland-China holidays and 调休) */
  businessCalendar: BusinessCalendar;
  /** Public survey links, newest first (first ≤ 200). */
  collectionLinks: CollectionLinkConnection;
  /** Every live journey with NPS/CSAT/CES against target, sparkline, significant changes and worst three touchpoints, from the roll-ups. */
  executiveOverview: ExecutiveOverview;
  /** The map as a JSON document (format opencx.journey v1) for importJourney. */
  exportJourney: Scalars['JSON']['output'];
  /** The feedback inbox: verbatims newest first, filtered, a page at a time (first ≤ 200). */
  feedback: FeedbackConnection;
  followUpCase: FollowUpCase;
  /** The case queue, newest first, a page at a time (first ≤ 100). */
  followUpCases: FollowUpCaseConnection;
  /** Time to first contact, SLA breach rate and share resolved of the cases opened in [from, to), per team, site or rule, with n. */
  followUpLoopMetrics: Array<FollowUpLoopMetrics>;
  followUpRules: Array<FollowUpRule>;
  /** A CSV import: status, progress, counts and the first 1,000 rejected rows. */
  importJob: ImportJob;
  /** CSV imports of the workspace, newest first, a page at a time (first ≤ 100). */
  importJobs: ImportJobConnection;
  improvementAction: ImprovementAction;
  /** Improvement actions, newest first, filtered by status, owner, team, journey, pain point, due date or overdue (first ≤ 500). */
  improvementActions: ImprovementActionConnection;
  /** Every security event, newest first; instance operators (OPENCX_ADMIN_EMAILS) only. */
  instanceSecurityEvents: SecurityEventPage;
  /** The workspace and role an invitation link offers (signed-in holders of the link). */
  invitationPreview: InvitationPreview;
  /** Invitations neither accepted nor revoked, expired ones included (admins). */
  invitations: Array<Invitation>;
  /** The whole map in one request; touchpointFilter gives views by channel, team, device or region. */
  journey: Journey;
  journeyDiff: JourneyDiff;
  /** What the journey map shows of its measurements: per touchpoint its metrics against target and its measured emotion, over a window, from the daily roll-ups. */
  journeyKpis: JourneyKpis;
  /** Every change to the map, newest first. */
  journeyRevisions: Array<JourneyRevision>;
  /** Journey templates of the enabled plugins (the template gallery). */
  journeyTemplates: Array<JourneyTemplate>;
  /** Journeys of the workspace, most recently changed first, a page at a time (first ≤ 200). */
  journeys: JourneyConnection;
  /** Key drivers of a journey: Johnson's relative weights of the touchpoints' CSAT on the customer's journey NPS, with n, R² and performance vs target. */
  keyDrivers: KeyDriverReport;
  /** KPIs of a journey, stage, touchpoint or site per time bucket and per child, read from the daily roll-ups. */
  kpis: KpiReport;
  /** Responses → cases → root causes → pain point → actions → measured change, for an action or a pain point */
  lineage: Lineage;
  me: Me;
  members: Array<Member>;
  /** The workspace's metric definitions. */
  metricDefinitions: Array<MetricDefinition>;
  /** The journey's moments of truth, in map order. */
  momentsOfTruth: Array<Touchpoint>;
  /** Pain points the evidence of the last `days` days suggests for a journey’s touchpoints (dismissed and accepted evidence excluded) */
  painPointSuggestions: Array<PainPointSuggestion>;
  personas: Array<Persona>;
  /** Installed plugins and whether each is enabled here. */
  plugins: Array<Plugin>;
  rootCauseCodes: Array<RootCauseCode>;
  /** Security events of this workspace's members and about this workspace, newest first (admins). */
  securityEvents: SecurityEventPage;
  /** A journey's read-only share links, newest first (editors manage them). */
  shareLinks: Array<ShareLink>;
  /** Sites ranked by an empirical-Bayes shrunk NPS or share over a window, from the roll-ups. */
  siteLeague: SiteLeague;
  sites: Array<Site>;
  /** API version and readiness (anyone). */
  system: SystemInfo;
  /** Node.js and PostgreSQL versions and migrations (workspace admins). */
  systemDetails: SystemDetails;
  teams: Array<Team>;
  /** Workspaces the caller belongs to. */
  workspaces: Array<Workspace>;
};


export type QueryActionCommentsArgs = {
  actionId: Scalars['ID']['input'];
};


export type QueryActionImpactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<KpiAlertStatus>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBusinessCalendarArgs = {
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type QueryCollectionLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExecutiveOverviewArgs = {
  from: Scalars['String']['input'];
  granularity?: InputMaybe<KpiGranularity>;
  to: Scalars['String']['input'];
};


export type QueryExportJourneyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedbackFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFollowUpCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FollowUpCaseFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpLoopMetricsArgs = {
  input: FollowUpLoopMetricsInput;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImprovementActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImprovementActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImprovementActionFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstanceSecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryJourneyArgs = {
  id: Scalars['ID']['input'];
  touchpointFilter?: InputMaybe<TouchpointFilterInput>;
};


export type QueryJourneyDiffArgs = {
  fromRevision: Scalars['Int']['input'];
  journeyId: Scalars['ID']['input'];
  toRevision: Scalars['Int']['input'];
};


export type QueryJourneyKpisArgs = {
  from: Scalars['String']['input'];
  journeyId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryJourneyRevisionsArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryJourneyTemplatesArgs = {
  industry?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJourneysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JourneyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKeyDriversArgs = {
  from: Scalars['String']['input'];
  journeyId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryKpisArgs = {
  from: Scalars['String']['input'];
  granularity: KpiGranularity;
  id: Scalars['ID']['input'];
  scope: KpiScope;
  segment?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryLineageArgs = {
  actionId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMomentsOfTruthArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryPainPointSuggestionsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
};


export type QueryPluginsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRootCauseCodesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryShareLinksArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QuerySiteLeagueArgs = {
  from: Scalars['String']['input'];
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  metric: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** Workspace role, weakest first: viewer < editor < admin < owner */
export type Role =
  | 'admin'
  | 'editor'
  | 'owner'
  | 'viewer';

export type RootCauseCode = {
  archived: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

/** NPS detractor 0–6, passive 7–8, promoter 9–10; CSAT low 1–3, high 4–5; CES low 1–4, high 5–7 */
export type ScoreBand =
  | 'CES_HIGH'
  | 'CES_LOW'
  | 'CSAT_HIGH'
  | 'CSAT_LOW'
  | 'NPS_DETRACTOR'
  | 'NPS_PASSIVE'
  | 'NPS_PROMOTER';

export type SecurityEvent = {
  at: Scalars['DateTime']['output'];
  /** Kind-specific facts, e.g. workspaceId, from/to roles, tokenId, invitationId */
  detail: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  kind: SecurityEventKind;
  userAgent?: Maybe<Scalars['String']['output']>;
  userEmail?: Maybe<Scalars['String']['output']>;
  /** The account concerned (null: a failed login for an unknown email, or an API token) */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type SecurityEventKind =
  | 'api_token_new_ip'
  | 'invitation_accepted'
  | 'login_failed'
  | 'login_rate_limited'
  | 'login_succeeded'
  | 'logout'
  | 'role_changed'
  | 'session_revoked'
  | 'sign_up'
  | 'sign_up_existing_email';

export type SecurityEventPage = {
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  events: Array<SecurityEvent>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SentimentBand =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type SetPluginEnabledInput = {
  enabled: Scalars['Boolean']['input'];
  pluginId: Scalars['String']['input'];
};

export type SetTouchpointMetricsInput = {
  /** The touchpoint's metrics in display order; replaces the current list */
  metrics: Array<TouchpointMetricInput>;
  touchpointId: Scalars['ID']['input'];
};

export type ShareLink = {
  /** Neither revoked nor expired */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  membersOnly: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** map or dashboard */
  target: Scalars['String']['output'];
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

/** Where a service was delivered: a community (小区), store or branch. */
export type Site = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

/** Sites ranked by an empirical-Bayes shrunk figure, so a handful of answers never outranks hundreds. */
export type SiteLeague = {
  from: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metric: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  sites: Array<SiteLeagueRow>;
  target?: Maybe<Scalars['Float']['output']>;
  to: Scalars['String']['output'];
};

export type SiteLeagueRow = {
  code: Scalars['String']['output'];
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  lowSample: Scalars['Boolean']['output'];
  n: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** By the shrunk figure, best first */
  rank: Scalars['Int']['output'];
  /** Raw figure (NPS or share in %) */
  raw?: Maybe<Scalars['Float']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** Empirical-Bayes shrunk figure */
  shrunk: Scalars['Float']['output'];
  siteId: Scalars['ID']['output'];
};

/** ELAPSED counts every minute (24 × 7); BUSINESS counts working minutes of the workspace calendar */
export type SlaBasis =
  | 'BUSINESS'
  | 'ELAPSED';

export type Stage = {
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  touchpoints: Array<Touchpoint>;
  version: Scalars['Int']['output'];
};

export type StageDiffEntry = {
  changes?: Maybe<Array<FieldChange>>;
  from?: Maybe<Scalars['Int']['output']>;
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  position?: Maybe<Scalars['Int']['output']>;
  to?: Maybe<Scalars['Int']['output']>;
};

export type SubmitFeedbackInput = {
  ces?: InputMaybe<Scalars['Int']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  csat?: InputMaybe<Scalars['Int']['input']>;
  /** The customer's reference (phone, member id…); stored only as a salted hash */
  customerRef?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  nps?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 8601 with offset; defaults to now */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Site code */
  site?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  touchpointId: Scalars['ID']['input'];
};

/** Runtime and database versions and migrations, for workspace admins. */
export type SystemDetails = {
  database: DatabaseDetails;
  nodeVersion: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  version: Scalars['String']['output'];
};

/** Public status: the product version and whether it is ready. */
export type SystemInfo = {
  database: DatabaseStatus;
  ready: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type Team = {
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

export type TemplateStage = {
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  touchpoints: Array<TemplateTouchpoint>;
};

export type TemplateTouchpoint = {
  channel: Scalars['String']['output'];
  emotion: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  metricKeys: Array<Scalars['String']['output']>;
  momentOfTruth: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  painPointCount: Scalars['Int']['output'];
  slaMinutes?: Maybe<Scalars['Int']['output']>;
};

export type Touchpoint = {
  channel: Scalars['String']['output'];
  customerAction: Scalars['String']['output'];
  customerThought: Scalars['String']['output'];
  device?: Maybe<Scalars['String']['output']>;
  /** −3 (very negative) … +3 (very positive) */
  emotion: Scalars['Int']['output'];
  expectation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** front_stage | back_stage */
  layer: Scalars['String']['output'];
  metrics: Array<TouchpointMetric>;
  momentOfTruth: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  opportunities: Array<Opportunity>;
  ownerTeamId?: Maybe<Scalars['ID']['output']>;
  painPoints: Array<PainPoint>;
  position: Scalars['Int']['output'];
  region?: Maybe<Scalars['String']['output']>;
  slaMinutes?: Maybe<Scalars['Int']['output']>;
  stageId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type TouchpointDiffEntry = {
  changes?: Maybe<Array<FieldChange>>;
  fromPosition?: Maybe<Scalars['Int']['output']>;
  fromStageId?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  stageId?: Maybe<Scalars['String']['output']>;
  toPosition?: Maybe<Scalars['Int']['output']>;
  toStageId?: Maybe<Scalars['String']['output']>;
};

export type TouchpointFilterInput = {
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  device?: InputMaybe<Scalars['String']['input']>;
  momentsOfTruthOnly?: InputMaybe<Scalars['Boolean']['input']>;
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type TouchpointKpis = {
  emotion: MeasuredEmotion;
  metrics: Array<TouchpointMetricKpi>;
  touchpointId: Scalars['ID']['output'];
};

/** A metric bound to a touchpoint, with its effective target */
export type TouchpointMetric = {
  definitionId: Scalars['ID']['output'];
  direction: Scalars['String']['output'];
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  /** This touchpoint's own target; null when the definition's target applies */
  targetOverride?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  warningThreshold?: Maybe<Scalars['Float']['output']>;
};

export type TouchpointMetricInput = {
  metricDefinitionId: Scalars['ID']['input'];
  /** This touchpoint's own target; omit or null to use the definition's */
  targetOverride?: InputMaybe<Scalars['Float']['input']>;
};

/** One metric of a touchpoint over the window: bound to it, or measured there. */
export type TouchpointMetricKpi = {
  /** Whether the metric is bound to the touchpoint (else it only has data there) */
  bound: Scalars['Boolean']['output'];
  direction: Scalars['String']['output'];
  figure: KpiFigure;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metricId: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

export type UpdateBusinessCalendarInput = {
  /** Reset these years to the default mainland-China calendar */
  resetYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** IANA zone, e.g. Asia/Shanghai */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  workingHours?: InputMaybe<Array<WorkingHoursInput>>;
  /** Replace these years */
  years?: InputMaybe<Array<CalendarYearInput>>;
};

export type UpdateFollowUpCaseInput = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Required to resolve */
  rootCauseCodeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FollowUpCaseStatus>;
};

export type UpdateFollowUpRuleInput = {
  assigneeTeamId?: InputMaybe<Scalars['ID']['input']>;
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  condition?: InputMaybe<Scalars['JSON']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  escalateToUserId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  slaBasis?: InputMaybe<SlaBasis>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateImprovementActionInput = {
  controlTouchpointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  effort?: InputMaybe<Scalars['Int']['input']>;
  expectedChange?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<ActionPriority>;
  targetMetricId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read (optimistic concurrency) */
  version: Scalars['Int']['input'];
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateJourneyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  nextReviewAt?: InputMaybe<Scalars['String']['input']>;
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  personaId?: InputMaybe<Scalars['ID']['input']>;
  reviewCadenceDays?: InputMaybe<Scalars['Int']['input']>;
  shape?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a stale one is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateMemberRoleInput = {
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type UpdateOpportunityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePainPointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  evidenceCount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  severity?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePersonaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  frustrations?: InputMaybe<Array<Scalars['String']['input']>>;
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  needs?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateStageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateTouchpointInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Set true to clear slaMinutes / ownerTeamId / device / region */
  clearOptional?: InputMaybe<Scalars['Boolean']['input']>;
  customerAction?: InputMaybe<Scalars['String']['input']>;
  customerThought?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Scalars['String']['input']>;
  emotion?: InputMaybe<Scalars['Int']['input']>;
  expectation?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  layer?: InputMaybe<Scalars['String']['input']>;
  momentOfTruth?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};

export type User = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

export type WorkingHours = {
  endMinute: Scalars['Int']['output'];
  /** Minutes from local midnight */
  startMinute: Scalars['Int']['output'];
  /** 1 = Monday … 7 = Sunday */
  weekday: Scalars['Int']['output'];
};

export type WorkingHoursInput = {
  endMinute: Scalars['Int']['input'];
  startMinute: Scalars['Int']['input'];
  weekday: Scalars['Int']['input'];
};

export type Workspace = {
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The caller's role in this workspace */
  role: Role;
  slug: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type ImprovementActionsQueryVariables = Exact<{
  filter?: InputMaybe<ImprovementActionFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImprovementActionsQuery = { improvementActions: { nodes: Array<{ id: string, title: string, description: string, journeyId: string, touchpointIds: Array<string>, painPointId?: string | null, ownerUserId?: string | null, teamId?: string | null, priority: ActionPriority, effort: number, dueDate?: string | null, status: ActionStatus, nextStatuses: Array<ActionStatus>, overdue: boolean, targetMetricId?: string | null, expectedChange?: number | null, impactVerdict?: ImpactVerdict | null, startedAt?: string | null, completedAt?: string | null, version: number, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ActionPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionPeopleQuery = { members: Array<{ userId: string, displayName: string }>, teams: Array<{ id: string, name: string }>, metricDefinitions: Array<{ id: string, key: string, nameEn: string, nameZh: string }> };

export type MoveImprovementActionMutationVariables = Exact<{
  input: MoveImprovementActionInput;
}>;


export type MoveImprovementActionMutation = { moveImprovementAction: { id: string, status: ActionStatus, nextStatuses: Array<ActionStatus>, version: number, overdue: boolean } };

export type CreateImprovementActionMutationVariables = Exact<{
  input: CreateImprovementActionInput;
}>;


export type CreateImprovementActionMutation = { createImprovementAction: { id: string } };

export type ActionImpactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionImpactQuery = { actionImpact: { metricKey: string, figure: string, method: ImpactMethod, verdict: ImpactVerdict, n: number, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, treatedBefore?: { value: number, low: number, high: number, n: number } | null, treatedAfter?: { value: number, low: number, high: number, n: number } | null, controlBefore?: { value: number, low: number, high: number, n: number } | null, controlAfter?: { value: number, low: number, high: number, n: number } | null, beforeAfter: { verdict: ImpactVerdict, difference?: number | null, low?: number | null, high?: number | null, n: number }, differenceInDifferences?: { verdict: ImpactVerdict, difference?: number | null, low?: number | null, high?: number | null, n: number } | null } };

export type ActionLineageQueryVariables = Exact<{
  actionId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActionLineageQuery = { lineage: { rootCauses: Array<string>, responses: Array<{ responseId: string, occurredAt: string, comment?: string | null, nps?: number | null, csat?: number | null, ces?: number | null }>, cases: Array<{ id: string, status: string, rootCause?: string | null }>, painPoint?: { id: string, title: string, severity?: number | null, evidenceCount?: number | null } | null, actions: Array<{ id: string, title: string, status: ActionStatus }>, impacts: Array<{ actionId: string, method: ImpactMethod, verdict: ImpactVerdict, n: number }> } };

export type ActionCommentsQueryVariables = Exact<{
  actionId: Scalars['ID']['input'];
}>;


export type ActionCommentsQuery = { actionComments: Array<{ id: string, authorId?: string | null, body: string, createdAt: string }> };

export type AddActionCommentMutationVariables = Exact<{
  input: AddActionCommentInput;
}>;


export type AddActionCommentMutation = { addActionComment: { id: string } };

export type PainPointSuggestionsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PainPointSuggestionsQuery = { painPointSuggestions: Array<{ key: string, kind: PainPointSuggestionKind, touchpointId: string, title: string, subject: string, value: number, low: number, high: number, n: number, reference?: number | null, severity: number, rootCauses: Array<string>, verbatims: Array<{ responseId: string, occurredAt: string, comment?: string | null, nps?: number | null, csat?: number | null, ces?: number | null }> }>, journey: { id: string, name: string, stages: Array<{ touchpoints: Array<{ id: string, name: string }> }> } };

export type AcceptPainPointSuggestionMutationVariables = Exact<{
  input: AcceptPainPointSuggestionInput;
}>;


export type AcceptPainPointSuggestionMutation = { acceptPainPointSuggestion: { painPointId: string, journeyId: string } };

export type DismissPainPointSuggestionMutationVariables = Exact<{
  input: DismissPainPointSuggestionInput;
}>;


export type DismissPainPointSuggestionMutation = { dismissPainPointSuggestion: boolean };

export type FollowUpCasesQueryVariables = Exact<{
  filter?: InputMaybe<FollowUpCaseFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpCasesQuery = { followUpCases: { nodes: Array<{ id: string, status: FollowUpCaseStatus, ruleName: string, nps?: number | null, csat?: number | null, comment?: string | null, openedAt: string, dueAt: string, slaBasis: SlaBasis, minutesLeft?: number | null, overdue: boolean, assigneeUserId?: string | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type FollowUpCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FollowUpCaseQuery = { followUpCase: { id: string, status: FollowUpCaseStatus, ruleName: string, nps?: number | null, csat?: number | null, comment?: string | null, occurredAt: string, dueAt: string, slaBasis: SlaBasis, minutesLeft?: number | null, overdue: boolean, outcome?: string | null, rootCauseCodeId?: string | null, notes: Array<{ id: string, kind: CaseNoteKind, body: string, channel?: string | null, reached?: boolean | null, createdAt: string }> }, rootCauseCodes: Array<{ id: string, code: string, label: string }> };

export type UpdateFollowUpCaseMutationVariables = Exact<{
  input: UpdateFollowUpCaseInput;
}>;


export type UpdateFollowUpCaseMutation = { updateFollowUpCase: { id: string, status: FollowUpCaseStatus, rootCauseCodeId?: string | null, outcome?: string | null, minutesLeft?: number | null, overdue: boolean } };

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string } };

export type CreateRootCauseCodeMutationVariables = Exact<{
  input: CreateRootCauseCodeInput;
}>;


export type CreateRootCauseCodeMutation = { createRootCauseCode: { id: string, code: string, label: string } };

export type ExecutiveOverviewQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  granularity?: InputMaybe<KpiGranularity>;
}>;


export type ExecutiveOverviewQuery = { executiveOverview: { from: string, to: string, journeys: Array<{ journeyId: string, name: string, metrics: Array<{ key: string, nameEn: string, nameZh: string, total: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus }, buckets: Array<{ start: string, figure: { value?: number | null, n: number }, change?: { significant: boolean } | null }>, latestChange?: { difference: number, pValue: number, significant: boolean } | null }>, worstTouchpoints: Array<{ touchpointId: string, name: string, metricKey: string, gap: number, figure: { value?: number | null, n: number, target?: number | null } }> }> } };

export type SiteLeagueQueryVariables = Exact<{
  metric: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  journeyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SiteLeagueQuery = { siteLeague: { metric: string, target?: number | null, sites: Array<{ siteId: string, code: string, name: string, rank: number, raw?: number | null, n: number, lowSample: boolean, shrunk: number, low: number, high: number }> } };

export type JourneyDashboardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  granularity: KpiGranularity;
  segment?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
}>;


export type JourneyDashboardQuery = { journey: { id: string, name: string, stages: Array<{ id: string, name: string, touchpoints: Array<{ id: string, name: string }> }> }, kpis: { metrics: Array<{ metricId: string, key: string, kind: string, nameEn: string, nameZh: string, unit?: string | null, total: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus }, buckets: Array<{ start: string, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null }, change?: { difference: number, low: number, high: number, pValue: number, significant: boolean, method: string } | null }> }> }, sites: Array<{ id: string, code: string, name: string }> };

export type JourneyTouchpointKpisQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type JourneyTouchpointKpisQuery = { journeyKpis: { touchpoints: Array<{ touchpointId: string, metrics: Array<{ key: string, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> }> }, keyDrivers: { n: number, respondents: number, minN: number, enoughData: boolean, rSquared?: number | null, drivers: Array<{ touchpointId: string, touchpointName: string, stageName: string, n: number, weight?: number | null, share?: number | null, fixFirst: boolean, performance: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> } };

export type FeedbackInboxQueryVariables = Exact<{
  filter?: InputMaybe<FeedbackFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeedbackInboxQuery = { feedback: { nodes: Array<{ id: string, occurredAt: string, touchpointId: string, touchpointName?: string | null, stageName?: string | null, journeyId: string, journeyName?: string | null, siteName?: string | null, nps?: number | null, csat?: number | null, ces?: number | null, comment?: string | null, sentiment?: number | null, tags: Array<string>, source: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type FeedbackPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedbackPlacesQuery = { journeys: { nodes: Array<{ id: string, name: string }> }, sites: Array<{ id: string, code: string, name: string }> };

export type FeedbackJourneyTouchpointsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeedbackJourneyTouchpointsQuery = { journey: { id: string, stages: Array<{ id: string, name: string, touchpoints: Array<{ id: string, name: string }> }> } };

export type OpenPainPointFromFeedbackMutationVariables = Exact<{
  input: OpenPainPointFromFeedbackInput;
}>;


export type OpenPainPointFromFeedbackMutation = { openPainPointFromFeedback: { id: string } };

export type CollectionLinksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectionLinksQuery = { collectionLinks: { nodes: Array<{ id: string, touchpointId: string, touchpointName?: string | null, journeyName?: string | null, siteName?: string | null, label: string, token: string, active: boolean, createdAt: string, revokedAt?: string | null, responseCount: number, lastResponseAt?: string | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CreateCollectionLinkMutationVariables = Exact<{
  input: CreateCollectionLinkInput;
}>;


export type CreateCollectionLinkMutation = { createCollectionLink: { id: string, token: string } };

export type RevokeCollectionLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCollectionLinkMutation = { revokeCollectionLink: { id: string, active: boolean } };

export type ImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportJobQuery = { importJob: { id: string, status: string, detectedEncoding?: string | null, fileName?: string | null, progress: number, total: number, accepted: number, duplicate: number, rejected: number, failure?: string | null, errors: Array<{ line: number, field: string, reason: string }> } };

export type KpiAlertsQueryVariables = Exact<{
  status?: InputMaybe<KpiAlertStatus>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KpiAlertsQuery = { alerts: { nodes: Array<{ id: string, status: KpiAlertStatus, journeyId: string, journeyName?: string | null, touchpointId: string, touchpointName?: string | null, metricKey: string, metricNameEn: string, metricNameZh: string, value: number, n: number, low?: number | null, high?: number | null, warningThreshold: number, comparisonValue?: number | null, comparisonN: number, difference: number, pValue: number, method: string, windowFrom: string, windowTo: string, comparisonFrom: string, comparisonTo: string, openedAt: string, latestValue?: number | null, latestN: number, acknowledgedAt?: string | null, resolvedAt?: string | null, resolvedValue?: number | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, acknowledgedAt?: string | null } };

export type CheckKpiAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type CheckKpiAlertsMutation = { checkKpiAlerts: { opened: number, resolved: number, open: number } };

export type JourneyMapFieldsFragment = { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> };

export type JourneyMapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  touchpointFilter?: InputMaybe<TouchpointFilterInput>;
}>;


export type JourneyMapQuery = { journey: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type UpdateJourneyMutationVariables = Exact<{
  input: UpdateJourneyInput;
}>;


export type UpdateJourneyMutation = { updateJourney: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type AddStageMutationVariables = Exact<{
  input: AddStageInput;
}>;


export type AddStageMutation = { addStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type UpdateStageMutationVariables = Exact<{
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { updateStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type MoveStageMutationVariables = Exact<{
  input: MoveStageInput;
}>;


export type MoveStageMutation = { moveStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type DeleteStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteStageMutation = { deleteStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type AddTouchpointMutationVariables = Exact<{
  input: AddTouchpointInput;
}>;


export type AddTouchpointMutation = { addTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type UpdateTouchpointMutationVariables = Exact<{
  input: UpdateTouchpointInput;
}>;


export type UpdateTouchpointMutation = { updateTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type MoveTouchpointMutationVariables = Exact<{
  input: MoveTouchpointInput;
}>;


export type MoveTouchpointMutation = { moveTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type DeleteTouchpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTouchpointMutation = { deleteTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type AddPainPointMutationVariables = Exact<{
  input: AddPainPointInput;
}>;


export type AddPainPointMutation = { addPainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type UpdatePainPointMutationVariables = Exact<{
  input: UpdatePainPointInput;
}>;


export type UpdatePainPointMutation = { updatePainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type DeletePainPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePainPointMutation = { deletePainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type AddOpportunityMutationVariables = Exact<{
  input: AddOpportunityInput;
}>;


export type AddOpportunityMutation = { addOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type UpdateOpportunityMutationVariables = Exact<{
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { updateOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type DeleteOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOpportunityMutation = { deleteOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type RestoreJourneyRevisionMutationVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
}>;


export type RestoreJourneyRevisionMutation = { restoreJourneyRevision: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }> }> }> } };

export type JourneyRevisionsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type JourneyRevisionsQuery = { journeyRevisions: Array<{ revision: number, action: string, summary: string, actorName?: string | null, createdAt: string }> };

export type JourneyDiffQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  fromRevision: Scalars['Int']['input'];
  toRevision: Scalars['Int']['input'];
}>;


export type JourneyDiffQuery = { journeyDiff: { fromRevision: number, toRevision: number, painPointsAdded: number, painPointsRemoved: number, opportunitiesAdded: number, opportunitiesRemoved: number, journeyFields: Array<{ field: string, before?: unknown | null, after?: unknown | null }>, stagesAdded: Array<{ id: string, name: string, position?: number | null }>, stagesRemoved: Array<{ id: string, name: string, position?: number | null }>, stagesMoved: Array<{ id: string, name: string, from?: number | null, to?: number | null }>, stagesChanged: Array<{ id: string, name: string, changes?: Array<{ field: string, before?: unknown | null, after?: unknown | null }> | null }>, touchpointsAdded: Array<{ id: string, name: string, stageId?: string | null }>, touchpointsRemoved: Array<{ id: string, name: string, stageId?: string | null }>, touchpointsMoved: Array<{ id: string, name: string, fromStageId?: string | null, toStageId?: string | null, fromPosition?: number | null, toPosition?: number | null }>, touchpointsChanged: Array<{ id: string, name: string, changes?: Array<{ field: string, before?: unknown | null, after?: unknown | null }> | null }>, insights: Array<{ entity: string, kind: string, id: string, title: string, before?: string | null, touchpointName: string }> } };

export type PersonasQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonasQuery = { personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }> };

export type CreatePersonaMutationVariables = Exact<{
  input: CreatePersonaInput;
}>;


export type CreatePersonaMutation = { createPersona: { id: string, name: string, version: number } };

export type UpdatePersonaMutationVariables = Exact<{
  input: UpdatePersonaInput;
}>;


export type UpdatePersonaMutation = { updatePersona: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } };

export type JourneyKpisQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type JourneyKpisQuery = { journeyKpis: { journeyId: string, from: string, to: string, touchpoints: Array<{ touchpointId: string, emotion: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean }, metrics: Array<{ metricId: string, key: string, kind: string, nameEn: string, nameZh: string, unit?: string | null, direction: string, bound: boolean, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> }> }, alerts: { nodes: Array<{ id: string, touchpointId: string, metricKey: string, value: number, n: number, pValue: number, windowFrom: string, windowTo: string }> } };

export type JourneysQueryVariables = Exact<{
  filter?: InputMaybe<JourneyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JourneysQuery = { journeys: { nodes: Array<{ id: string, name: string, description: string, state: string, shape: string, status: string, personaId?: string | null, personaName?: string | null, sourcePluginId?: string | null, stageCount: number, touchpointCount: number, painPointCount: number, revision: number, version: number, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CreateJourneyMutationVariables = Exact<{
  input: CreateJourneyInput;
}>;


export type CreateJourneyMutation = { createJourney: { id: string, name: string } };

export type DuplicateJourneyMutationVariables = Exact<{
  input: DuplicateJourneyInput;
}>;


export type DuplicateJourneyMutation = { duplicateJourney: { id: string, name: string, state: string } };

export type ArchiveJourneyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveJourneyMutation = { archiveJourney: { id: string, status: string } };

export type ImportJourneyMutationVariables = Exact<{
  document: Scalars['JSON']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportJourneyMutation = { importJourney: { id: string, name: string } };

export type ExportJourneyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportJourneyQuery = { exportJourney: unknown };

export type JourneyTemplatesQueryVariables = Exact<{
  industry?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type JourneyTemplatesQuery = { journeyTemplates: Array<{ id: string, key: string, name: string, description: string, industries: Array<string>, personaName?: string | null, pluginId: string, pluginName: string, shape: string, state: string, version: string, stages: Array<{ key: string, name: string, touchpoints: Array<{ key: string, name: string, channel: string, emotion: number, momentOfTruth: boolean, painPointCount: number, slaMinutes?: number | null, metricKeys: Array<string> }> }> }> };

export type CreateJourneyFromTemplateMutationVariables = Exact<{
  input: CreateJourneyFromTemplateInput;
}>;


export type CreateJourneyFromTemplateMutation = { createJourneyFromTemplate: { id: string, name: string } };

export type ShareLinkFieldsFragment = { id: string, journeyId: string, target: string, label: string, membersOnly: boolean, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string, active: boolean };

export type ShareLinksQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type ShareLinksQuery = { shareLinks: Array<{ id: string, journeyId: string, target: string, label: string, membersOnly: boolean, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string, active: boolean }> };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { createShareLink: { token: string, link: { id: string, journeyId: string, target: string, label: string, membersOnly: boolean, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string, active: boolean } } };

export type RevokeShareLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeShareLinkMutation = { revokeShareLink: { id: string, journeyId: string, target: string, label: string, membersOnly: boolean, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string, active: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { user: { id: string, email: string, displayName: string, locale: string }, workspaces: Array<{ id: string, name: string, slug: string, locale: string, timeZone: string, role: Role }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, email: string, displayName: string, locale: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { user: { id: string, email: string, displayName: string, locale: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { id: string, name: string, slug: string, locale: string, timeZone: string, role: Role } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitationPreview: { workspaceId: string, workspaceName: string, role: Role, invitedEmail: string, expiresAt: string, status: InvitationStatus, alreadyMember: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, name: string, role: Role } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { members: Array<{ userId: string, email: string, displayName: string, role: Role, joinedAt: string }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, createdAt: string, expiresAt: string, status: InvitationStatus }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { token: string, emailed: boolean, invitation: { id: string, email: string, role: Role, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type UpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type UpdateMemberRoleMutation = { updateMemberRole: { userId: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { removeMember: { userId: string } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, description?: string | null, memberIds: Array<string> }> };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string } };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;


export type AddTeamMemberMutation = { addTeamMember: { id: string, memberIds: Array<string> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt?: string | null } };

export type SecurityEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SecurityEventsQuery = { securityEvents: { endCursor?: string | null, hasNextPage: boolean, events: Array<{ id: string, kind: SecurityEventKind, at: string, userEmail?: string | null, ip?: string | null, userAgent?: string | null, detail: unknown }> } };

export type PluginsQueryVariables = Exact<{
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type PluginsQuery = { plugins: Array<{ id: string, displayName: string, description: string, version: string, industries: Array<string>, enabled: boolean, templateCount: number, personaCount: number, metricCount: number }> };

export type SetPluginEnabledMutationVariables = Exact<{
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPluginEnabledMutation = { setPluginEnabled: { id: string, enabled: boolean } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { system: { version: string, ready: boolean, database: { reachable: boolean } } };

export type SystemDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemDetailsQuery = { systemDetails: { nodeVersion: string, startedAt: string, database: { serverVersion?: string | null, migrationsApplied: number, migrationsPending: Array<string> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JourneyMapFieldsFragmentDoc = new TypedDocumentString(`
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}
    `, {"fragmentName":"JourneyMapFields"}) as unknown as TypedDocumentString<JourneyMapFieldsFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShareLinkFields on ShareLink {
  id
  journeyId
  target
  label
  membersOnly
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  active
}
    `, {"fragmentName":"ShareLinkFields"}) as unknown as TypedDocumentString<ShareLinkFieldsFragment, unknown>;
export const ImprovementActionsDocument = new TypedDocumentString(`
    query ImprovementActions($filter: ImprovementActionFilterInput, $first: Int, $after: String) {
  improvementActions(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      title
      description
      journeyId
      touchpointIds
      painPointId
      ownerUserId
      teamId
      priority
      effort
      dueDate
      status
      nextStatuses
      overdue
      targetMetricId
      expectedChange
      impactVerdict
      startedAt
      completedAt
      version
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"757e116fb073ffb5005d89d78388781cf2cca95821490fcf8bc9594e1df5ffe9"}) as unknown as TypedDocumentString<ImprovementActionsQuery, ImprovementActionsQueryVariables>;
export const ActionPeopleDocument = new TypedDocumentString(`
    query ActionPeople {
  members {
    userId
    displayName
  }
  teams {
    id
    name
  }
  metricDefinitions {
    id
    key
    nameEn
    nameZh
  }
}
    `, {"hash":"9b070999bbd6fa369b0bbd32798dd27f143ac28082e41fe4152bde7efbc08add"}) as unknown as TypedDocumentString<ActionPeopleQuery, ActionPeopleQueryVariables>;
export const MoveImprovementActionDocument = new TypedDocumentString(`
    mutation MoveImprovementAction($input: MoveImprovementActionInput!) {
  moveImprovementAction(input: $input) {
    id
    status
    nextStatuses
    version
    overdue
  }
}
    `, {"hash":"0c1cbe56afda7149ed16249e3eff69f1e86cb64880e8cacabb01af09c4b16439"}) as unknown as TypedDocumentString<MoveImprovementActionMutation, MoveImprovementActionMutationVariables>;
export const CreateImprovementActionDocument = new TypedDocumentString(`
    mutation CreateImprovementAction($input: CreateImprovementActionInput!) {
  createImprovementAction(input: $input) {
    id
  }
}
    `, {"hash":"ce5221d050d0e1e0b0f4372700d6a8ae3f54ffe514e5efea1e31b77b32f5d8c2"}) as unknown as TypedDocumentString<CreateImprovementActionMutation, CreateImprovementActionMutationVariables>;
export const ActionImpactDocument = new TypedDocumentString(`
    query ActionImpact($id: ID!) {
  actionImpact(id: $id) {
    metricKey
    figure
    method
    verdict
    n
    beforeFrom
    beforeTo
    afterFrom
    afterTo
    treatedBefore {
      value
      low
      high
      n
    }
    treatedAfter {
      value
      low
      high
      n
    }
    controlBefore {
      value
      low
      high
      n
    }
    controlAfter {
      value
      low
      high
      n
    }
    beforeAfter {
      verdict
      difference
      low
      high
      n
    }
    differenceInDifferences {
      verdict
      difference
      low
      high
      n
    }
  }
}
    `, {"hash":"e16db23e99efe7e793c902f166bc271e5bc19ee76d0269caa9cca1f128c09dfb"}) as unknown as TypedDocumentString<ActionImpactQuery, ActionImpactQueryVariables>;
export const ActionLineageDocument = new TypedDocumentString(`
    query ActionLineage($actionId: ID, $painPointId: ID) {
  lineage(actionId: $actionId, painPointId: $painPointId) {
    responses {
      responseId
      occurredAt
      comment
      nps
      csat
      ces
    }
    cases {
      id
      status
      rootCause
    }
    rootCauses
    painPoint {
      id
      title
      severity
      evidenceCount
    }
    actions {
      id
      title
      status
    }
    impacts {
      actionId
      method
      verdict
      n
    }
  }
}
    `, {"hash":"9b75325a16f3a187d1979d2644c57be034eba624d44af6af79e2b312420d1310"}) as unknown as TypedDocumentString<ActionLineageQuery, ActionLineageQueryVariables>;
export const ActionCommentsDocument = new TypedDocumentString(`
    query ActionComments($actionId: ID!) {
  actionComments(actionId: $actionId) {
    id
    authorId
    body
    createdAt
  }
}
    `, {"hash":"dd11aaddc50a1cbe26bb4022e95ac99b838023c35523108bf0098d3afdc35e7a"}) as unknown as TypedDocumentString<ActionCommentsQuery, ActionCommentsQueryVariables>;
export const AddActionCommentDocument = new TypedDocumentString(`
    mutation AddActionComment($input: AddActionCommentInput!) {
  addActionComment(input: $input) {
    id
  }
}
    `, {"hash":"474b0ce014484d1d48e85b8bba6b0bd9cc72c1c5c6893918ca43ff33a8aae98d"}) as unknown as TypedDocumentString<AddActionCommentMutation, AddActionCommentMutationVariables>;
export const PainPointSuggestionsDocument = new TypedDocumentString(`
    query PainPointSuggestions($journeyId: ID!, $days: Int) {
  painPointSuggestions(journeyId: $journeyId, days: $days) {
    key
    kind
    touchpointId
    title
    subject
    value
    low
    high
    n
    reference
    severity
    rootCauses
    verbatims {
      responseId
      occurredAt
      comment
      nps
      csat
      ces
    }
  }
  journey(id: $journeyId) {
    id
    name
    stages {
      touchpoints {
        id
        name
      }
    }
  }
}
    `, {"hash":"d6e3087476d0e4c681b04d13f3838c6e21abd47c1b9010df667b8527885793a6"}) as unknown as TypedDocumentString<PainPointSuggestionsQuery, PainPointSuggestionsQueryVariables>;
export const AcceptPainPointSuggestionDocument = new TypedDocumentString(`
    mutation AcceptPainPointSuggestion($input: AcceptPainPointSuggestionInput!) {
  acceptPainPointSuggestion(input: $input) {
    painPointId
    journeyId
  }
}
    `, {"hash":"8e4f07f47113c8cb9f120e54d0099b66ac827f4ec6b4f57059a8e99982f1ad71"}) as unknown as TypedDocumentString<AcceptPainPointSuggestionMutation, AcceptPainPointSuggestionMutationVariables>;
export const DismissPainPointSuggestionDocument = new TypedDocumentString(`
    mutation DismissPainPointSuggestion($input: DismissPainPointSuggestionInput!) {
  dismissPainPointSuggestion(input: $input)
}
    `, {"hash":"f0a0d56a23edd447fc8e104a3aea3115b6156cffbb32ebc473973daa27fbe293"}) as unknown as TypedDocumentString<DismissPainPointSuggestionMutation, DismissPainPointSuggestionMutationVariables>;
export const FollowUpCasesDocument = new TypedDocumentString(`
    query FollowUpCases($filter: FollowUpCaseFilterInput, $first: Int, $after: String) {
  followUpCases(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      status
      ruleName
      nps
      csat
      comment
      openedAt
      dueAt
      slaBasis
      minutesLeft
      overdue
      assigneeUserId
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"7b75aad1310971e9efdb2eea25a177b8dcda42e1246f201e0e4fe0ecc97f0f49"}) as unknown as TypedDocumentString<FollowUpCasesQuery, FollowUpCasesQueryVariables>;
export const FollowUpCaseDocument = new TypedDocumentString(`
    query FollowUpCase($id: ID!) {
  followUpCase(id: $id) {
    id
    status
    ruleName
    nps
    csat
    comment
    occurredAt
    dueAt
    slaBasis
    minutesLeft
    overdue
    outcome
    rootCauseCodeId
    notes {
      id
      kind
      body
      channel
      reached
      createdAt
    }
  }
  rootCauseCodes {
    id
    code
    label
  }
}
    `, {"hash":"6b7c79500bf6db42c4e0d4a5253afda0cb3f378fe9c939f05f5c3caa660d8f04"}) as unknown as TypedDocumentString<FollowUpCaseQuery, FollowUpCaseQueryVariables>;
export const UpdateFollowUpCaseDocument = new TypedDocumentString(`
    mutation UpdateFollowUpCase($input: UpdateFollowUpCaseInput!) {
  updateFollowUpCase(input: $input) {
    id
    status
    rootCauseCodeId
    outcome
    minutesLeft
    overdue
  }
}
    `, {"hash":"5475f5bd0a95a3c4d711661e88534ca34cd698a6c1593de223147d0f01f3777e"}) as unknown as TypedDocumentString<UpdateFollowUpCaseMutation, UpdateFollowUpCaseMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) {
    id
  }
}
    `, {"hash":"1ca39e053867c7b213d1d368d50ba0f5ed0610bb14eeb099fdaf183103b37c7b"}) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const CreateRootCauseCodeDocument = new TypedDocumentString(`
    mutation CreateRootCauseCode($input: CreateRootCauseCodeInput!) {
  createRootCauseCode(input: $input) {
    id
    code
    label
  }
}
    `, {"hash":"4261697d93551e9100d6a304c31336f82b80dd809a3c774b3106762112672519"}) as unknown as TypedDocumentString<CreateRootCauseCodeMutation, CreateRootCauseCodeMutationVariables>;
export const ExecutiveOverviewDocument = new TypedDocumentString(`
    query ExecutiveOverview($from: String!, $to: String!, $granularity: KpiGranularity) {
  executiveOverview(from: $from, to: $to, granularity: $granularity) {
    from
    to
    journeys {
      journeyId
      name
      metrics {
        key
        nameEn
        nameZh
        total {
          value
          n
          low
          high
          lowSample
          target
          status
        }
        buckets {
          start
          figure {
            value
            n
          }
          change {
            significant
          }
        }
        latestChange {
          difference
          pValue
          significant
        }
      }
      worstTouchpoints {
        touchpointId
        name
        metricKey
        gap
        figure {
          value
          n
          target
        }
      }
    }
  }
}
    `, {"hash":"3b837cae36d4bd646216b47c0415620238e28abf49607f3f587b8e64eca23472"}) as unknown as TypedDocumentString<ExecutiveOverviewQuery, ExecutiveOverviewQueryVariables>;
export const SiteLeagueDocument = new TypedDocumentString(`
    query SiteLeague($metric: String!, $from: String!, $to: String!, $journeyId: ID) {
  siteLeague(metric: $metric, from: $from, to: $to, journeyId: $journeyId) {
    metric
    target
    sites {
      siteId
      code
      name
      rank
      raw
      n
      lowSample
      shrunk
      low
      high
    }
  }
}
    `, {"hash":"e31e1a7a05d4288196e44b9ed70b1f520fc79a2a778b52b2638adcfa5aaf33c1"}) as unknown as TypedDocumentString<SiteLeagueQuery, SiteLeagueQueryVariables>;
export const JourneyDashboardDocument = new TypedDocumentString(`
    query JourneyDashboard($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {
  journey(id: $id) {
    id
    name
    stages {
      id
      name
      touchpoints {
        id
        name
      }
    }
  }
  kpis(
    scope: JOURNEY
    id: $id
    from: $from
    to: $to
    granularity: $granularity
    segment: $segment
    site: $site
  ) {
    metrics {
      metricId
      key
      kind
      nameEn
      nameZh
      unit
      total {
        value
        n
        low
        high
        lowSample
        target
        status
      }
      buckets {
        start
        figure {
          value
          n
          low
          high
          lowSample
          target
        }
        change {
          difference
          low
          high
          pValue
          significant
          method
        }
      }
    }
  }
  sites {
    id
    code
    name
  }
}
    `, {"hash":"854af9cc8afd9fb2765ac800048ef59f8d55384b6db82889b73a90eb4f2a8c89"}) as unknown as TypedDocumentString<JourneyDashboardQuery, JourneyDashboardQueryVariables>;
export const JourneyTouchpointKpisDocument = new TypedDocumentString(`
    query JourneyTouchpointKpis($journeyId: ID!, $from: String!, $to: String!) {
  journeyKpis(journeyId: $journeyId, from: $from, to: $to) {
    touchpoints {
      touchpointId
      metrics {
        key
        figure {
          value
          n
          low
          high
          lowSample
          target
          status
        }
      }
    }
  }
  keyDrivers(journeyId: $journeyId, from: $from, to: $to) {
    n
    respondents
    minN
    enoughData
    rSquared
    drivers {
      touchpointId
      touchpointName
      stageName
      n
      weight
      share
      fixFirst
      performance {
        value
        n
        low
        high
        lowSample
        target
        status
      }
    }
  }
}
    `, {"hash":"d3f6b2f8aaad230bf4edfbe4b174993ea21e6e43cc3a8acf1a6f5735cbe0fb8b"}) as unknown as TypedDocumentString<JourneyTouchpointKpisQuery, JourneyTouchpointKpisQueryVariables>;
export const FeedbackInboxDocument = new TypedDocumentString(`
    query FeedbackInbox($filter: FeedbackFilterInput, $first: Int, $after: String) {
  feedback(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      occurredAt
      touchpointId
      touchpointName
      stageName
      journeyId
      journeyName
      siteName
      nps
      csat
      ces
      comment
      sentiment
      tags
      source
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"379927413fa5eba44cf0fa5c5aa7143e162b04fb73326d2da9d09ddcb37704d9"}) as unknown as TypedDocumentString<FeedbackInboxQuery, FeedbackInboxQueryVariables>;
export const FeedbackPlacesDocument = new TypedDocumentString(`
    query FeedbackPlaces {
  journeys(first: 200) {
    nodes {
      id
      name
    }
  }
  sites {
    id
    code
    name
  }
}
    `, {"hash":"b0dd5a838e2793b68f7f7d24026bdb13ae026faa2c904c683610605b65376b7b"}) as unknown as TypedDocumentString<FeedbackPlacesQuery, FeedbackPlacesQueryVariables>;
export const FeedbackJourneyTouchpointsDocument = new TypedDocumentString(`
    query FeedbackJourneyTouchpoints($id: ID!) {
  journey(id: $id) {
    id
    stages {
      id
      name
      touchpoints {
        id
        name
      }
    }
  }
}
    `, {"hash":"219446fc52e8f9fb09e62663c772cf7345f6d4aed4ffddef4d026e2fb7d44dd2"}) as unknown as TypedDocumentString<FeedbackJourneyTouchpointsQuery, FeedbackJourneyTouchpointsQueryVariables>;
export const OpenPainPointFromFeedbackDocument = new TypedDocumentString(`
    mutation OpenPainPointFromFeedback($input: OpenPainPointFromFeedbackInput!) {
  openPainPointFromFeedback(input: $input) {
    id
  }
}
    `, {"hash":"18e6abeb551cccd023818f847112e3dbb3beae198d2f8191aec50b3407ea38f7"}) as unknown as TypedDocumentString<OpenPainPointFromFeedbackMutation, OpenPainPointFromFeedbackMutationVariables>;
export const CollectionLinksDocument = new TypedDocumentString(`
    query CollectionLinks($first: Int, $after: String) {
  collectionLinks(first: $first, after: $after) {
    nodes {
      id
      touchpointId
      touchpointName
      journeyName
      siteName
      label
      token
      active
      createdAt
      revokedAt
      responseCount
      lastResponseAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"2ae263237d4cd7352a655401bd42551ab66999568f789d6b9babd48740d50087"}) as unknown as TypedDocumentString<CollectionLinksQuery, CollectionLinksQueryVariables>;
export const CreateCollectionLinkDocument = new TypedDocumentString(`
    mutation CreateCollectionLink($input: CreateCollectionLinkInput!) {
  createCollectionLink(input: $input) {
    id
    token
  }
}
    `, {"hash":"9b7b37b01ba5f964b844db402ce3f346e06ddfb142aa5c4110fb195e0fd8f032"}) as unknown as TypedDocumentString<CreateCollectionLinkMutation, CreateCollectionLinkMutationVariables>;
export const RevokeCollectionLinkDocument = new TypedDocumentString(`
    mutation RevokeCollectionLink($id: ID!) {
  revokeCollectionLink(id: $id) {
    id
    active
  }
}
    `, {"hash":"933003a8471471f92ffa60b913fb697157b6b81b5fc4b06a36679c304b0f62a7"}) as unknown as TypedDocumentString<RevokeCollectionLinkMutation, RevokeCollectionLinkMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    status
    detectedEncoding
    fileName
    progress
    total
    accepted
    duplicate
    rejected
    failure
    errors {
      line
      field
      reason
    }
  }
}
    `, {"hash":"814faad6db00e1173e06f203089f2473033d3c1b7de07460e20cd4c5e21b49f5"}) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const KpiAlertsDocument = new TypedDocumentString(`
    query KpiAlerts($status: KpiAlertStatus, $journeyId: ID, $first: Int, $after: String) {
  alerts(status: $status, journeyId: $journeyId, first: $first, after: $after) {
    nodes {
      id
      status
      journeyId
      journeyName
      touchpointId
      touchpointName
      metricKey
      metricNameEn
      metricNameZh
      value
      n
      low
      high
      warningThreshold
      comparisonValue
      comparisonN
      difference
      pValue
      method
      windowFrom
      windowTo
      comparisonFrom
      comparisonTo
      openedAt
      latestValue
      latestN
      acknowledgedAt
      resolvedAt
      resolvedValue
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"e91ae508263eda12fb96c038e8e9c30c896856db92cf817c30b4129d00b822c6"}) as unknown as TypedDocumentString<KpiAlertsQuery, KpiAlertsQueryVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(id: $id) {
    id
    acknowledgedAt
  }
}
    `, {"hash":"734f49ecd5363e31ad775916085267e89fcfb04c366ec6bd13b2296beba63ca4"}) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const CheckKpiAlertsDocument = new TypedDocumentString(`
    mutation CheckKpiAlerts {
  checkKpiAlerts {
    opened
    resolved
    open
  }
}
    `, {"hash":"19afe469c230da26ccc8ee91196dc5615560ee46c4328059b2b05f05591871e8"}) as unknown as TypedDocumentString<CheckKpiAlertsMutation, CheckKpiAlertsMutationVariables>;
export const JourneyMapDocument = new TypedDocumentString(`
    query JourneyMap($id: ID!, $touchpointFilter: TouchpointFilterInput) {
  journey(id: $id, touchpointFilter: $touchpointFilter) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"6498436f97256d499c58a9d19c71a049d0f25a61d098e6a44899fbcdde18a6fc"}) as unknown as TypedDocumentString<JourneyMapQuery, JourneyMapQueryVariables>;
export const UpdateJourneyDocument = new TypedDocumentString(`
    mutation UpdateJourney($input: UpdateJourneyInput!) {
  updateJourney(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"087a23a4c6539c8453b3c4acb9294d8d661e0f0631d189d9b2e85552f9cfb575"}) as unknown as TypedDocumentString<UpdateJourneyMutation, UpdateJourneyMutationVariables>;
export const AddStageDocument = new TypedDocumentString(`
    mutation AddStage($input: AddStageInput!) {
  addStage(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"df68a4a28b13dbdd31e69a54df74640d88010ce40d3efe8fcbbecd59bda7df52"}) as unknown as TypedDocumentString<AddStageMutation, AddStageMutationVariables>;
export const UpdateStageDocument = new TypedDocumentString(`
    mutation UpdateStage($input: UpdateStageInput!) {
  updateStage(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"330c57a73be3d3ca0e9bce58da4fb0acb5ca50b7a704f1526dafd4165c17cf3d"}) as unknown as TypedDocumentString<UpdateStageMutation, UpdateStageMutationVariables>;
export const MoveStageDocument = new TypedDocumentString(`
    mutation MoveStage($input: MoveStageInput!) {
  moveStage(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"656f66f7edfd6a27f8bc4788dcad0aba538bcbbade14df6465b07e058ee4208b"}) as unknown as TypedDocumentString<MoveStageMutation, MoveStageMutationVariables>;
export const DeleteStageDocument = new TypedDocumentString(`
    mutation DeleteStage($id: ID!) {
  deleteStage(id: $id) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"1b76063ba42b12b0d292f9681511816c72b386954dd84540edd944621e181760"}) as unknown as TypedDocumentString<DeleteStageMutation, DeleteStageMutationVariables>;
export const AddTouchpointDocument = new TypedDocumentString(`
    mutation AddTouchpoint($input: AddTouchpointInput!) {
  addTouchpoint(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"72c5144b6c7e1022174c1bd1c9017a3c00008181c079bb8b3cd12cb63781c8a3"}) as unknown as TypedDocumentString<AddTouchpointMutation, AddTouchpointMutationVariables>;
export const UpdateTouchpointDocument = new TypedDocumentString(`
    mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {
  updateTouchpoint(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"d7b696fbe967a9ed256a5b6afcc79bbfee7b83da57a61416dfb06d4d14987c8c"}) as unknown as TypedDocumentString<UpdateTouchpointMutation, UpdateTouchpointMutationVariables>;
export const MoveTouchpointDocument = new TypedDocumentString(`
    mutation MoveTouchpoint($input: MoveTouchpointInput!) {
  moveTouchpoint(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"6b1aec09bcb85baf59645afed0839af6f2c2ce52fec06a1aed6da876188e8981"}) as unknown as TypedDocumentString<MoveTouchpointMutation, MoveTouchpointMutationVariables>;
export const DeleteTouchpointDocument = new TypedDocumentString(`
    mutation DeleteTouchpoint($id: ID!) {
  deleteTouchpoint(id: $id) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"1877843f9da0b0fd918d67713c38e617fcd4422a08a2945f69a7675f6cfdc408"}) as unknown as TypedDocumentString<DeleteTouchpointMutation, DeleteTouchpointMutationVariables>;
export const AddPainPointDocument = new TypedDocumentString(`
    mutation AddPainPoint($input: AddPainPointInput!) {
  addPainPoint(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"34944ed2f480b09708bf27638d9744db997a615bb7f3d938afe255ddc9765cf2"}) as unknown as TypedDocumentString<AddPainPointMutation, AddPainPointMutationVariables>;
export const UpdatePainPointDocument = new TypedDocumentString(`
    mutation UpdatePainPoint($input: UpdatePainPointInput!) {
  updatePainPoint(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"33efe5316975c19c50c8f937193190d250234cd44b4e1943bf78b67996d747b5"}) as unknown as TypedDocumentString<UpdatePainPointMutation, UpdatePainPointMutationVariables>;
export const DeletePainPointDocument = new TypedDocumentString(`
    mutation DeletePainPoint($id: ID!) {
  deletePainPoint(id: $id) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"f84a5eb0c17a0c794f4639d51fa2d156f123cd252a2a848bec469ba6ac371bf2"}) as unknown as TypedDocumentString<DeletePainPointMutation, DeletePainPointMutationVariables>;
export const AddOpportunityDocument = new TypedDocumentString(`
    mutation AddOpportunity($input: AddOpportunityInput!) {
  addOpportunity(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"9f83fd73e644046ab2aff2de8aa6e9821015344e6b9b5abdd6938cfde2358c48"}) as unknown as TypedDocumentString<AddOpportunityMutation, AddOpportunityMutationVariables>;
export const UpdateOpportunityDocument = new TypedDocumentString(`
    mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"03aec030127e4c488890fe5f23ec4e93fdb2032c299e9e5cfc0b4251bb1e19e9"}) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
export const DeleteOpportunityDocument = new TypedDocumentString(`
    mutation DeleteOpportunity($id: ID!) {
  deleteOpportunity(id: $id) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"a591d95c5bb0850afc82686cb2ab0f3a8eb271fd857833b00987c8e5610b7e21"}) as unknown as TypedDocumentString<DeleteOpportunityMutation, DeleteOpportunityMutationVariables>;
export const RestoreJourneyRevisionDocument = new TypedDocumentString(`
    mutation RestoreJourneyRevision($journeyId: ID!, $revision: Int!) {
  restoreJourneyRevision(journeyId: $journeyId, revision: $revision) {
    ...JourneyMapFields
  }
}
    fragment JourneyMapFields on Journey {
  id
  name
  description
  state
  shape
  status
  version
  revision
  ownerTeamId
  sourcePluginId
  templateKey
  templateVersion
  updatedAt
  persona {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
  stages {
    id
    name
    description
    position
    version
    touchpoints {
      id
      stageId
      position
      name
      channel
      customerAction
      customerThought
      expectation
      emotion
      momentOfTruth
      layer
      ownerTeamId
      slaMinutes
      device
      region
      version
      painPoints {
        id
        title
        description
        severity
        source
        version
      }
      opportunities {
        id
        title
        description
        painPointId
        version
      }
      metrics {
        key
        kind
        nameEn
        nameZh
        target
        unit
        direction
      }
    }
  }
}`, {"hash":"c09275755f2f85f94391111d22216b9f240df217164e7527b26992b5ca9f4b6f"}) as unknown as TypedDocumentString<RestoreJourneyRevisionMutation, RestoreJourneyRevisionMutationVariables>;
export const JourneyRevisionsDocument = new TypedDocumentString(`
    query JourneyRevisions($journeyId: ID!) {
  journeyRevisions(journeyId: $journeyId) {
    revision
    action
    summary
    actorName
    createdAt
  }
}
    `, {"hash":"1a2353aa49a3e566e5f36866e81743cc505e58f7dbfaf9a39d16de52a65d22ca"}) as unknown as TypedDocumentString<JourneyRevisionsQuery, JourneyRevisionsQueryVariables>;
export const JourneyDiffDocument = new TypedDocumentString(`
    query JourneyDiff($journeyId: ID!, $fromRevision: Int!, $toRevision: Int!) {
  journeyDiff(
    journeyId: $journeyId
    fromRevision: $fromRevision
    toRevision: $toRevision
  ) {
    fromRevision
    toRevision
    journeyFields {
      field
      before
      after
    }
    stagesAdded {
      id
      name
      position
    }
    stagesRemoved {
      id
      name
      position
    }
    stagesMoved {
      id
      name
      from
      to
    }
    stagesChanged {
      id
      name
      changes {
        field
        before
        after
      }
    }
    touchpointsAdded {
      id
      name
      stageId
    }
    touchpointsRemoved {
      id
      name
      stageId
    }
    touchpointsMoved {
      id
      name
      fromStageId
      toStageId
      fromPosition
      toPosition
    }
    touchpointsChanged {
      id
      name
      changes {
        field
        before
        after
      }
    }
    painPointsAdded
    painPointsRemoved
    opportunitiesAdded
    opportunitiesRemoved
    insights {
      entity
      kind
      id
      title
      before
      touchpointName
    }
  }
}
    `, {"hash":"313b37d500cda3f9672830bc2dc05e2677fa28c529c9ef871bf67deda0c5d642"}) as unknown as TypedDocumentString<JourneyDiffQuery, JourneyDiffQueryVariables>;
export const PersonasDocument = new TypedDocumentString(`
    query Personas {
  personas {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
}
    `, {"hash":"3e9d8cb50960012d2647cbd050de1101f15fe2a28440380864a60d2293362617"}) as unknown as TypedDocumentString<PersonasQuery, PersonasQueryVariables>;
export const CreatePersonaDocument = new TypedDocumentString(`
    mutation CreatePersona($input: CreatePersonaInput!) {
  createPersona(input: $input) {
    id
    name
    version
  }
}
    `, {"hash":"680b5cc685effe71b066ff234fca70e733e41f15dc9fac8a6d87aa6fea749afe"}) as unknown as TypedDocumentString<CreatePersonaMutation, CreatePersonaMutationVariables>;
export const UpdatePersonaDocument = new TypedDocumentString(`
    mutation UpdatePersona($input: UpdatePersonaInput!) {
  updatePersona(input: $input) {
    id
    name
    description
    goals
    needs
    frustrations
    segmentKey
    version
  }
}
    `, {"hash":"1c26ae05e73857c49be5d657662eb3cb47bc1a579216819e5289266697f3f2e9"}) as unknown as TypedDocumentString<UpdatePersonaMutation, UpdatePersonaMutationVariables>;
export const JourneyKpisDocument = new TypedDocumentString(`
    query JourneyKpis($journeyId: ID!, $from: String!, $to: String!) {
  journeyKpis(journeyId: $journeyId, from: $from, to: $to) {
    journeyId
    from
    to
    touchpoints {
      touchpointId
      emotion {
        value
        n
        low
        high
        lowSample
      }
      metrics {
        metricId
        key
        kind
        nameEn
        nameZh
        unit
        direction
        bound
        figure {
          value
          n
          low
          high
          lowSample
          target
          status
        }
      }
    }
  }
  alerts(status: OPEN, journeyId: $journeyId, first: 100) {
    nodes {
      id
      touchpointId
      metricKey
      value
      n
      pValue
      windowFrom
      windowTo
    }
  }
}
    `, {"hash":"c0fe7fdd33dfb9d76e5cd595de9111b02153c86e00cfa2d538ac7d8ca144dc2b"}) as unknown as TypedDocumentString<JourneyKpisQuery, JourneyKpisQueryVariables>;
export const JourneysDocument = new TypedDocumentString(`
    query Journeys($filter: JourneyFilterInput, $first: Int, $after: String) {
  journeys(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      name
      description
      state
      shape
      status
      personaId
      personaName
      sourcePluginId
      stageCount
      touchpointCount
      painPointCount
      revision
      version
      updatedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"9603b24cfdc6e1bf2de3c1959fbc6f0f7515a6830cd32a9f3d5557bd30edd363"}) as unknown as TypedDocumentString<JourneysQuery, JourneysQueryVariables>;
export const CreateJourneyDocument = new TypedDocumentString(`
    mutation CreateJourney($input: CreateJourneyInput!) {
  createJourney(input: $input) {
    id
    name
  }
}
    `, {"hash":"bd038c8c80a572631831e4566cab4cb1d1a31f10f34b898e8bfd2adb43b61b19"}) as unknown as TypedDocumentString<CreateJourneyMutation, CreateJourneyMutationVariables>;
export const DuplicateJourneyDocument = new TypedDocumentString(`
    mutation DuplicateJourney($input: DuplicateJourneyInput!) {
  duplicateJourney(input: $input) {
    id
    name
    state
  }
}
    `, {"hash":"1b6c9515bbec9f980582487a41ac2c4311a13e9d86dac353f058db31fabe2aff"}) as unknown as TypedDocumentString<DuplicateJourneyMutation, DuplicateJourneyMutationVariables>;
export const ArchiveJourneyDocument = new TypedDocumentString(`
    mutation ArchiveJourney($id: ID!) {
  archiveJourney(id: $id) {
    id
    status
  }
}
    `, {"hash":"4568775a36c44d98765035a4b7b6dda378b5acfc8ded28df6a01b36944a184cf"}) as unknown as TypedDocumentString<ArchiveJourneyMutation, ArchiveJourneyMutationVariables>;
export const ImportJourneyDocument = new TypedDocumentString(`
    mutation ImportJourney($document: JSON!, $name: String) {
  importJourney(document: $document, name: $name) {
    id
    name
  }
}
    `, {"hash":"0c593aabc676bcdcc2a7625d5201606f4aed5d329ca36555f90601ecb5ca7c76"}) as unknown as TypedDocumentString<ImportJourneyMutation, ImportJourneyMutationVariables>;
export const ExportJourneyDocument = new TypedDocumentString(`
    query ExportJourney($id: ID!) {
  exportJourney(id: $id)
}
    `, {"hash":"b88af32e0f03ad7d2e3562f46e6fc5355b2b13db1213e3d4e081b00b432ea5f8"}) as unknown as TypedDocumentString<ExportJourneyQuery, ExportJourneyQueryVariables>;
export const JourneyTemplatesDocument = new TypedDocumentString(`
    query JourneyTemplates($industry: String, $locale: String) {
  journeyTemplates(industry: $industry, locale: $locale) {
    id
    key
    name
    description
    industries
    personaName
    pluginId
    pluginName
    shape
    state
    version
    stages {
      key
      name
      touchpoints {
        key
        name
        channel
        emotion
        momentOfTruth
        painPointCount
        slaMinutes
        metricKeys
      }
    }
  }
}
    `, {"hash":"ed949a3b2f9d768a7bb499f9496c274a137772eabca9128111c2e829fc6f62b2"}) as unknown as TypedDocumentString<JourneyTemplatesQuery, JourneyTemplatesQueryVariables>;
export const CreateJourneyFromTemplateDocument = new TypedDocumentString(`
    mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {
  createJourneyFromTemplate(input: $input) {
    id
    name
  }
}
    `, {"hash":"9cffeea66550c03d5082478c0758d153584798d31b581864ee25cb5cb37d1bdd"}) as unknown as TypedDocumentString<CreateJourneyFromTemplateMutation, CreateJourneyFromTemplateMutationVariables>;
export const ShareLinksDocument = new TypedDocumentString(`
    query ShareLinks($journeyId: ID!) {
  shareLinks(journeyId: $journeyId) {
    ...ShareLinkFields
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  journeyId
  target
  label
  membersOnly
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  active
}`, {"hash":"7bcb9059ee9242977b9fbd0faec087284123ee2e42c24147287e2610aec36e59"}) as unknown as TypedDocumentString<ShareLinksQuery, ShareLinksQueryVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($input: CreateShareLinkInput!) {
  createShareLink(input: $input) {
    token
    link {
      ...ShareLinkFields
    }
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  journeyId
  target
  label
  membersOnly
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  active
}`, {"hash":"3c3f0cd535154d38452a6dae4888cf8e8a5bda419a369804d1af04dcf6645005"}) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = new TypedDocumentString(`
    mutation RevokeShareLink($id: ID!) {
  revokeShareLink(id: $id) {
    ...ShareLinkFields
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  journeyId
  target
  label
  membersOnly
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  active
}`, {"hash":"3486f5cbdd37d6172b7437b8db9b4e73f4f80cd021e248b57d189a354d70751f"}) as unknown as TypedDocumentString<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      email
      displayName
      locale
    }
    workspaces {
      id
      name
      slug
      locale
      timeZone
      role
    }
  }
}
    `, {"hash":"124384cb4fb99556abc12fb786d5514f72b4962d311959b9a5afff7f2cd24cd3"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      email
      displayName
      locale
    }
  }
}
    `, {"hash":"518f45aa0925316cecc937f696569da03a490d2e58c11f695ef28f1040f62ab8"}) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    user {
      id
      email
      displayName
      locale
    }
  }
}
    `, {"hash":"e65c6e8e8ecbadb9963e290229b4a39e26bc8618c478586e36e6df97841f7c96"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `, {"hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
    name
    slug
    locale
    timeZone
    role
  }
}
    `, {"hash":"66faa8cf9f4c8d005d53dab3b5fb168471ce85087358663cfec8af8ba6fde1bd"}) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    workspaceId
    workspaceName
    role
    invitedEmail
    expiresAt
    status
    alreadyMember
  }
}
    `, {"hash":"1fef1399e1549bc091c4dd66489a6e5507966c19ac67eec3f75d68d67fa73b4b"}) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!) {
  acceptInvitation(token: $token) {
    id
    name
    role
  }
}
    `, {"hash":"d7f6e091ab88ea40fbc51d8f2fa348ac6464c5b91c61a5443404240d648677b8"}) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members {
  members {
    userId
    email
    displayName
    role
    joinedAt
  }
}
    `, {"hash":"7f90e041c928d490b3d744a78bfa6c45557b81569b62047a47789e6a7f367b94"}) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    id
    email
    role
    createdAt
    expiresAt
    status
  }
}
    `, {"hash":"c8a2bf2fb0d667b9767d76757fc115640e3d5be2fa01428955c84a0450ff4b10"}) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
      email
      role
      expiresAt
    }
    token
    emailed
  }
}
    `, {"hash":"3198e4f098e1f0eb38c33c47e9f7a9899aaa1411ffea28ac9cb0c89af572122f"}) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `, {"hash":"75c93b591694060e6f2742b3a4bce09143f3ccd9145505a8d0a97c774d04ac89"}) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateMemberRoleDocument = new TypedDocumentString(`
    mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    userId
    role
  }
}
    `, {"hash":"bad237686bf3b0a41c2985ab6ce846ca41caec0a51715de71f42d051e6390e7f"}) as unknown as TypedDocumentString<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($userId: ID!) {
  removeMember(userId: $userId) {
    userId
  }
}
    `, {"hash":"a9c3e9b752c0760568eb5a787e8d8f103262f784ec50c12c8ad12cd585c0957a"}) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams {
  teams {
    id
    name
    description
    memberIds
  }
}
    `, {"hash":"abe5b9fae44c330d49c6574bcb943d8670e9e98699d87cfc904a4a0da582c59f"}) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
    name
  }
}
    `, {"hash":"05d05996846cb9b3002382e3d588a15212fcafcdd05012c6422b793ded5ce5c2"}) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    id
    memberIds
  }
}
    `, {"hash":"2f84db4302dcffdca58b887311e4b93f09afd129a691bb12c35ac75a719d1e5c"}) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `, {"hash":"70a0ff8bcc40ef4ed9c01db95fd4b9e858041dad383ceede59724daec3a2656e"}) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    apiToken {
      id
      name
      prefix
    }
    secret
  }
}
    `, {"hash":"4bf56d281806d6b334bf484ad2322efdf5a3350db621bf794f88fbd4ec159b54"}) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `, {"hash":"6c552edb9b481c70c8862f7170fc59ae8f50e053b27853b2b86cc3b3f86113cf"}) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SecurityEventsDocument = new TypedDocumentString(`
    query SecurityEvents($first: Int, $after: String) {
  securityEvents(first: $first, after: $after) {
    events {
      id
      kind
      at
      userEmail
      ip
      userAgent
      detail
    }
    endCursor
    hasNextPage
  }
}
    `, {"hash":"8df35824685efc6ed8ca3d7125a7acda4e65587da2cda2512250f3440fe485b1"}) as unknown as TypedDocumentString<SecurityEventsQuery, SecurityEventsQueryVariables>;
export const PluginsDocument = new TypedDocumentString(`
    query Plugins($locale: String) {
  plugins(locale: $locale) {
    id
    displayName
    description
    version
    industries
    enabled
    templateCount
    personaCount
    metricCount
  }
}
    `, {"hash":"5fe510e151ac733edf3a3e92cd957a86d5de92e106df88a58dbdaeea2dac4af2"}) as unknown as TypedDocumentString<PluginsQuery, PluginsQueryVariables>;
export const SetPluginEnabledDocument = new TypedDocumentString(`
    mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {
  setPluginEnabled(input: $input, locale: $locale) {
    id
    enabled
  }
}
    `, {"hash":"4f84cab586c99c727a726373961391936647dbe25acf2009973e96b799f6a024"}) as unknown as TypedDocumentString<SetPluginEnabledMutation, SetPluginEnabledMutationVariables>;
export const SystemStatusDocument = new TypedDocumentString(`
    query SystemStatus {
  system {
    version
    ready
    database {
      reachable
    }
  }
}
    `, {"hash":"ce51e97b29003266fb778e61012da530599b96f406f8a7fab9b9ed426a606ba2"}) as unknown as TypedDocumentString<SystemStatusQuery, SystemStatusQueryVariables>;
export const SystemDetailsDocument = new TypedDocumentString(`
    query SystemDetails {
  systemDetails {
    nodeVersion
    startedAt
    database {
      serverVersion
      migrationsApplied
      migrationsPending
    }
  }
}
    `, {"hash":"fa5934723e0a40818072e6b539f253c2d3818306dfe4222c487cf28b9c790baf"}) as unknown as TypedDocumentString<SystemDetailsQuery, SystemDetailsQueryVariables>;