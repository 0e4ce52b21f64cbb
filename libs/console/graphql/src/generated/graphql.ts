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

export type AddCommentInput = {
  body: Scalars['String']['input'];
  journeyId: Scalars['ID']['input'];
  /** Teams named with @ (each member is notified once) */
  mentionTeamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Members named with @ (each is notified once) */
  mentionUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Reply to this thread (its root comment) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  targetId: Scalars['ID']['input'];
  targetKind: CommentTargetKind;
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

export type AddResearchItemInput = {
  /** Plain text */
  body?: InputMaybe<Scalars['String']['input']>;
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  journeyId: Scalars['ID']['input'];
  /** interview_note | quote | observation | survey_extract | analytics_figure | file */
  kind: Scalars['String']['input'];
  personaId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
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

export type ApplyTemplateUpgradeInput = {
  /** TemplateChange ids to apply; empty: record the newer version without changing the map */
  changeIds: Array<Scalars['String']['input']>;
  journeyId: Scalars['ID']['input'];
  /** Language of the copied texts; default the workspace language */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** The version the owner reviewed (journeyTemplateUpgrade.toVersion); another one is a conflict */
  toVersion: Scalars['String']['input'];
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

/** A resolved case's re-survey: a collection link scoped to the case (one per case) */
export type CaseResurvey = {
  caseId: Scalars['ID']['output'];
  linkId: Scalars['ID']['output'];
  /** `<workspaceId>.<secret>`: the survey is at /f/<token> on the console */
  token: Scalars['String']['output'];
};

/** MINE: assigned to me; TEAM: assigned to a team I belong to; ALL */
export type CaseScope =
  | 'ALL'
  | 'MINE'
  | 'TEAM';

/** Exactly one of painPointId or opportunityId */
export type CiteEvidenceInput = {
  itemId: Scalars['ID']['input'];
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
};

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

/** A comment on a card of a journey map (plain text, never HTML). */
export type Comment = {
  authorId?: Maybe<Scalars['ID']['output']>;
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** Teams this comment names */
  mentionedTeamIds: Array<Scalars['ID']['output']>;
  /** Members this comment names */
  mentionedUserIds: Array<Scalars['ID']['output']>;
  /** The thread root this replies to; null for a root */
  parentId?: Maybe<Scalars['ID']['output']>;
  targetId: Scalars['ID']['output'];
  targetKind: CommentTargetKind;
  version: Scalars['Int']['output'];
};

/** A journey's comments over a window: top topics, rising keywords and the sentiment trend. */
export type CommentAnalytics = {
  /** Responses with a comment in the window */
  comments: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  /** Keywords tested for a rise (at most 15): rising first, then by p-value and share */
  keywords: Array<CommentTerm>;
  previousComments: Scalars['Int']['output'];
  /** First day of the previous window the shares are compared with */
  previousFrom: Scalars['String']['output'];
  previousTo: Scalars['String']['output'];
  sentiment: Array<SentimentBucket>;
  to: Scalars['String']['output'];
  /** Topics by mentions (at most 12) */
  topics: Array<CommentTerm>;
};

/** Comments on one card: all of them and the threads still open. */
export type CommentCount = {
  comments: Scalars['Int']['output'];
  openThreads: Scalars['Int']['output'];
  targetId: Scalars['ID']['output'];
  targetKind: CommentTargetKind;
};

/** The card a comment thread is on: a stage, touchpoint, pain point, opportunity or improvement action of the journey. */
export type CommentTargetKind =
  | 'ACTION'
  | 'OPPORTUNITY'
  | 'PAIN_POINT'
  | 'STAGE'
  | 'TOUCHPOINT';

/** A topic or keyword: the comments mentioning it this period and the previous one, and whether its share changed by more than noise. */
export type CommentTerm = {
  /** Comments of the window that mention it */
  count: Scalars['Int']['output'];
  /** share − previousShare, in points */
  difference?: Maybe<Scalars['Float']['output']>;
  /** Topics: the name in English */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Topics: the name in Chinese */
  nameZh?: Maybe<Scalars['String']['output']>;
  /** Topics: of the mentioning comments, those with negative sentiment */
  negative?: Maybe<Scalars['Int']['output']>;
  /** Two-proportion z-test of the two shares */
  pValue?: Maybe<Scalars['Float']['output']>;
  /** Comments of the previous window (same length, just before) that mention it */
  previousCount: Scalars['Int']['output'];
  previousShare?: Maybe<Scalars['Float']['output']>;
  /** Significant and up */
  rising: Scalars['Boolean']['output'];
  /** count ÷ comments of the window, in % */
  share: Scalars['Float']['output'];
  /** p below 0.05 ÷ the number of terms tested (Bonferroni) */
  significant: Scalars['Boolean']['output'];
  /** The topic key (a tag from the topic dictionaries) or the keyword itself */
  term: Scalars['String']['output'];
};

/** A root comment and its replies (oldest first); resolving marks the thread. */
export type CommentThread = {
  /** The root comment id */
  id: Scalars['ID']['output'];
  replies: Array<Comment>;
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['ID']['output']>;
  root: Comment;
};

export type CommentThreadConnection = {
  nodes: Array<CommentThread>;
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
  /** true: copy the template's persona into a new one even when the workspace already has it from an earlier journey (default: reuse that persona) */
  copyPersona?: InputMaybe<Scalars['Boolean']['input']>;
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

export type CreateJourneyReviewInput = {
  /** The decisions taken, one per line */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  journeyId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Days the review looks back over, ending today (default: the journey's cadence, 30 days when unset) */
  periodDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePainPointFromEvidenceInput = {
  itemId: Scalars['ID']['input'];
  severity: Scalars['Int']['input'];
  /** Defaults to the item's title or the start of its text */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the item's touchpoint */
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
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

/** A lane the team added to its journey map (after the built-in lanes, in this order) */
export type CustomLane = {
  key: Scalars['String']['output'];
  /** text (lines of text) | image (a picture per touchpoint) */
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

export type CustomLaneInput = {
  /** Stable key of an existing lane; omit for a new lane (the server assigns one) */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What the lane holds: text | image */
  kind: Scalars['String']['input'];
  /** Name shown in the English UI */
  nameEn: Scalars['String']['input'];
  /** Name shown in the Chinese UI */
  nameZh: Scalars['String']['input'];
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

/** An improvement action on the metric that may explain the change */
export type DigestAction = {
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** This month minus the month before, with its 95 % interval and two-sided test */
export type DigestChange = {
  difference: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  /** two_proportion_z | nps_z | welch_t */
  method: Scalars['String']['output'];
  pValue: Scalars['Float']['output'];
  significant: Scalars['Boolean']['output'];
};

/** A metric over one month (value null at n = 0) */
export type DigestFigure = {
  n: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** A journey's metric this month against the month before */
export type DigestItem = {
  actions: Array<DigestAction>;
  after: DigestFigure;
  before: DigestFigure;
  /** null when either month has too few answers to test */
  change?: Maybe<DigestChange>;
  journeyId: Scalars['ID']['output'];
  journeyName: Scalars['String']['output'];
  metricKey: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
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

/** A file attached to a research item; its bytes are served at /api/v1/evidence/:id/file */
export type EvidenceFile = {
  byteSize: Scalars['Int']['output'];
  /** image/png | image/jpeg | image/webp | application/pdf, as the bytes say */
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
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
  /** The same customer's other cases (pseudonymous customer reference), newest first, at most 20 */
  customerHistory: Array<FollowUpCase>;
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
  /** Detractor (or unhappy CSAT) who answered the re-survey as passive or promoter (satisfied); null while unanswered or when the case does not count */
  recovered?: Maybe<Scalars['Boolean']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the customer answered the re-survey (the first answer counts) */
  resurveyAnsweredAt?: Maybe<Scalars['DateTime']['output']>;
  resurveyCsat?: Maybe<Scalars['Int']['output']>;
  resurveyNps?: Maybe<Scalars['Int']['output']>;
  /** Whether a re-survey link was made for the case (after resolution) */
  resurveySent: Scalars['Boolean']['output'];
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
  /** Re-surveyed detractors (or unhappy CSAT) who answered as passive or promoter (satisfied); its n is the re-survey answers that count */
  recoveryRate?: Maybe<CaseRate>;
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

export type HomeHighlights = {
  /** Moments of truth across live journeys, worst felt first */
  moments: Array<MomentHighlight>;
  /** The most severe pain points across live journeys */
  pains: Array<PainHighlight>;
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
  /** Comments in the action’s thread (actionComments) */
  commentCount: Scalars['Int']['output'];
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

/** An industry key with its name in the request's language, as a plugin manifest declares it */
export type IndustryLabel = {
  key: Scalars['String']['output'];
  /** The key itself when no installed plugin names the industry */
  name: Scalars['String']['output'];
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

/** What backs a pain point or opportunity: research items citing it, feedback responses and their follow-up cases */
export type InsightEvidence = {
  cases: Scalars['Int']['output'];
  feedback: Scalars['Int']['output'];
  insightId: Scalars['ID']['output'];
  /** pain_point | opportunity */
  kind: Scalars['String']['output'];
  research: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
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
  /** For a future-state map: the current-state map it was made from */
  currentStateJourneyId?: Maybe<Scalars['ID']['output']>;
  /** The team's own lanes, in map order */
  customLanes: Array<CustomLane>;
  description: Scalars['String']['output'];
  /** For a current-state map: the future-state maps made from it (not archived), oldest first */
  futureStateJourneyIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nextReviewAt?: Maybe<Scalars['String']['output']>;
  ownerTeamId?: Maybe<Scalars['ID']['output']>;
  persona?: Maybe<Persona>;
  /** Further personas the map can be viewed by (the "by persona" map), in switcher order; the primary persona is `persona` */
  personas: Array<Persona>;
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

/** A held journey review: the KPI snapshot and actions as they stood, and the decisions taken */
export type JourneyReview = {
  actions: Array<ReviewAction>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['ID']['output']>;
  decisions: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  kpis: Array<ReviewKpi>;
  /** Plain text */
  notes: Scalars['String']['output'];
  /** YYYY-MM-DD, workspace time zone */
  periodFrom: Scalars['String']['output'];
  /** YYYY-MM-DD, inclusive */
  periodTo: Scalars['String']['output'];
};

export type JourneyReviewConnection = {
  nodes: Array<JourneyReview>;
  pageInfo: PageInfo;
};

/** A journey's review that fell due and has not been held yet */
export type JourneyReviewDue = {
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  markedAt: Scalars['DateTime']['output'];
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
  /** industries with their names, in the same order */
  industryLabels: Array<IndustryLabel>;
  key: Scalars['String']['output'];
  /** Metrics the touchpoints bind, in first-use order */
  metrics: Array<TemplateMetric>;
  name: Scalars['String']['output'];
  persona?: Maybe<TemplatePersona>;
  personaName?: Maybe<Scalars['String']['output']>;
  pluginId: Scalars['String']['output'];
  pluginName: Scalars['String']['output'];
  shape: Scalars['String']['output'];
  stages: Array<TemplateStage>;
  state: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A saved view of a journey map: zoom, density, lanes and filter */
export type JourneyView = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** The caller's own view (only its owner can replace or delete it) */
  mine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  ownerName?: Maybe<Scalars['String']['output']>;
  settings: Scalars['JSON']['output'];
  shared: Scalars['Boolean']['output'];
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

/** A touchpoint's entries in one custom lane */
export type LaneEntry = {
  items: Array<Scalars['String']['output']>;
  laneKey: Scalars['String']['output'];
};

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

/** A moment of truth on a live journey, for the home page */
export type MomentHighlight = {
  emotion: Scalars['Int']['output'];
  journeyId: Scalars['ID']['output'];
  journeyName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  stageName: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
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
  /** Comment on a card, or reply to a thread; mentioned members and teams are notified once. */
  addComment: Comment;
  addOpportunity: Journey;
  addPainPoint: Journey;
  /** Evidence on a journey; attach a file with POST /api/v1/evidence/:id/file */
  addResearchItem: ResearchItem;
  addStage: Journey;
  addTeamMember: Team;
  addTouchpoint: Journey;
  /** Apply the chosen changes of a newer template to the journey, as one revision (restore the one before to undo). */
  applyJourneyTemplateUpgrade: Journey;
  archiveJourney: Journey;
  archiveRootCauseCode: RootCauseCode;
  /** Assigns up to 200 cases to a user and/or a team */
  assignFollowUpCases: Array<FollowUpCase>;
  /** Evaluate the alert rule in this workspace now (the background job does so every 15 minutes). */
  checkKpiAlerts: KpiAlertCheck;
  /** A pain point or opportunity cites the item */
  citeEvidence: ResearchItem;
  /** Issue a token; its secret is in this response only. */
  createApiToken: CreatedApiToken;
  createCollectionLink: CollectionLink;
  createFollowUpRule: FollowUpRule;
  createImprovementAction: ImprovementAction;
  createJourney: Journey;
  createJourneyFromTemplate: Journey;
  /** Holds a review: stores the journey's KPI snapshot over the period, its actions' status and the decisions */
  createJourneyReview: JourneyReview;
  /** A pain point (source research) from a quote or note, citing it */
  createPainPointFromEvidence: PainPointFromEvidence;
  createPersona: Persona;
  createRootCauseCode: RootCauseCode;
  /** A read-only link to a journey map or dashboard; its token is shown once. */
  createShareLink: CreatedShareLink;
  createSite: Site;
  createTeam: Team;
  /** Create a workspace; the caller becomes its owner. */
  createWorkspace: Workspace;
  /** Delete your own comment (admins: anyone’s); deleting a thread’s first comment deletes its replies. */
  deleteComment: Comment;
  deleteFollowUpRule: Scalars['Boolean']['output'];
  /** Delete one of your own views. */
  deleteJourneyView: Scalars['Boolean']['output'];
  deleteOpportunity: Journey;
  deletePainPoint: Journey;
  deleteResearchItem: Scalars['Boolean']['output'];
  deleteStage: Journey;
  deleteTouchpoint: Journey;
  /** Hides a suggestion; the same evidence is not suggested again */
  dismissPainPointSuggestion: Scalars['Boolean']['output'];
  /** Copy a map, e.g. a current-state map into a future-state one. */
  duplicateJourney: Journey;
  /** Makes (or remakes) a month's digest now; the scheduled job makes last month's by itself */
  generateWorkspaceDigest: WorkspaceDigest;
  /** Create a journey from an exported document; all-or-nothing, errors name the field path. */
  importJourney: Journey;
  /** Issue a one-time invitation link (emailed when SMTP is configured). Nobody joins until a signed-in account accepts it. */
  inviteMember: InviteMemberResult;
  login: AuthPayload;
  /** Revoke the current session. */
  logout: Scalars['Boolean']['output'];
  markAllNotificationsRead: NotificationsRead;
  /** Runs the scheduled check now for this workspace; answers the reviews it newly marked due */
  markJourneyReviewsDue: Array<JourneyReviewDue>;
  markNotificationRead: Notification;
  /** Moves an action to another status; illegal moves are refused (field status), dropped needs a reason, verified needs impact measured as improved */
  moveImprovementAction: ImprovementAction;
  moveStage: Journey;
  /** Move within a stage or to another stage of the same journey; positions stay dense. */
  moveTouchpoint: Journey;
  /** Opens a pain point (source feedback, evidence 1) on a response's touchpoint; returns the journey map. */
  openPainPointFromFeedback: Journey;
  removeEvidenceCitation: ResearchItem;
  removeMember: Member;
  /** Reopen the resolved thread of this comment. */
  reopenCommentThread: CommentThread;
  /** Mark the thread of this comment resolved. */
  resolveCommentThread: CommentThread;
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
  /** Save the current zoom, density, lanes and filter under a name (an existing name of yours is replaced). */
  saveJourneyView: JourneyView;
  /** A resolved case's re-survey link (made once; asking again answers the same link). Its first answer says whether the customer was recovered. */
  sendCaseResurvey: CaseResurvey;
  /** Replace the journey's custom lanes (add, rename, reorder, remove); a removed lane's entries go with it. */
  setJourneyLanes: Journey;
  /** Replace the journey's further personas (switcher order); a removed persona's emotions go with it. */
  setJourneyPersonas: Journey;
  /** Turn a plugin on or off for this workspace; journeys made from it stay. */
  setPluginEnabled: Plugin;
  /** Names the team's lead (overdue cases of the team are escalated to them), or clears it with userId null */
  setTeamLead: Team;
  /** Replace a touchpoint's entries in one custom lane. */
  setTouchpointLaneItems: Journey;
  /** Replace a touchpoint's metrics (order and per-touchpoint target overrides). */
  setTouchpointMetrics: Journey;
  /** Set or clear one further persona's designed emotion at a touchpoint. */
  setTouchpointPersonaEmotion: Journey;
  /** Create an account and sign in. Joins no workspace (invitations are accepted with acceptInvitation). A taken email gets the same answer, with a token that opens nothing, and its owner is told. */
  signUp: AuthPayload;
  /** Enter one response by hand (console); the same validation, exactly-once key and roll-up as the REST batch. */
  submitFeedback: FeedbackResponse;
  updateBusinessCalendar: BusinessCalendar;
  /** Edit your own comment. */
  updateComment: Comment;
  /** Moves a case along open → contacted → resolved | closed, records the outcome and root cause (required to resolve). */
  updateFollowUpCase: FollowUpCase;
  updateFollowUpRule: FollowUpRule;
  updateImprovementAction: ImprovementAction;
  updateJourney: Journey;
  updateMemberRole: Member;
  updateNotificationPreferences: Array<NotificationPreference>;
  updateOpportunity: Journey;
  updatePainPoint: Journey;
  updatePersona: Persona;
  updateResearchBrief: ResearchPlan;
  updateResearchStep: ResearchPlan;
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


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddOpportunityArgs = {
  input: AddOpportunityInput;
};


export type MutationAddPainPointArgs = {
  input: AddPainPointInput;
};


export type MutationAddResearchItemArgs = {
  input: AddResearchItemInput;
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


export type MutationApplyJourneyTemplateUpgradeArgs = {
  input: ApplyTemplateUpgradeInput;
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


export type MutationCiteEvidenceArgs = {
  input: CiteEvidenceInput;
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


export type MutationCreateJourneyReviewArgs = {
  input: CreateJourneyReviewInput;
};


export type MutationCreatePainPointFromEvidenceArgs = {
  input: CreatePainPointFromEvidenceInput;
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


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFollowUpRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteJourneyViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePainPointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResearchItemArgs = {
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


export type MutationGenerateWorkspaceDigestArgs = {
  month: Scalars['String']['input'];
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


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
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


export type MutationRemoveEvidenceCitationArgs = {
  input: CiteEvidenceInput;
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationReopenCommentThreadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveCommentThreadArgs = {
  id: Scalars['ID']['input'];
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


export type MutationSaveJourneyViewArgs = {
  input: SaveJourneyViewInput;
};


export type MutationSendCaseResurveyArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationSetJourneyLanesArgs = {
  input: SetJourneyLanesInput;
};


export type MutationSetJourneyPersonasArgs = {
  input: SetJourneyPersonasInput;
};


export type MutationSetPluginEnabledArgs = {
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetTeamLeadArgs = {
  input: SetTeamLeadInput;
};


export type MutationSetTouchpointLaneItemsArgs = {
  input: SetTouchpointLaneItemsInput;
};


export type MutationSetTouchpointMetricsArgs = {
  input: SetTouchpointMetricsInput;
};


export type MutationSetTouchpointPersonaEmotionArgs = {
  input: SetTouchpointPersonaEmotionInput;
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


export type MutationUpdateCommentArgs = {
  input: UpdateCommentInput;
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


export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
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


export type MutationUpdateResearchBriefArgs = {
  input: UpdateResearchBriefInput;
};


export type MutationUpdateResearchStepArgs = {
  input: UpdateResearchStepInput;
};


export type MutationUpdateStageArgs = {
  input: UpdateStageInput;
};


export type MutationUpdateTouchpointArgs = {
  input: UpdateTouchpointInput;
};

/** Something that happened to you in this workspace; the console words it by kind. */
export type Notification = {
  actorName?: Maybe<Scalars['String']['output']>;
  /** Who caused it; null for the system (alerts, reviews) */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** An excerpt (e.g. the comment), plain text */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Console path that opens it, e.g. /journeys/<id>?comment=<id> */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is about (a card, a case, an action), as plain text */
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

/** MENTION (named in a comment, directly or through a team), ASSIGNMENT (a case, improvement action or research step given to you), ALERT (a KPI alert opened, or an overdue follow-up case escalated to you), REVIEW_DUE (a journey review is due); DIGEST is the weekly email preference only. */
export type NotificationKind =
  | 'ALERT'
  | 'ASSIGNMENT'
  | 'DIGEST'
  | 'MENTION'
  | 'REVIEW_DUE';

/** Whether a kind of notification reaches you in the app and by email. */
export type NotificationPreference = {
  email: Scalars['Boolean']['output'];
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationPreferenceInput = {
  email: Scalars['Boolean']['input'];
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type NotificationsRead = {
  /** How many were unread and are read now */
  marked: Scalars['Int']['output'];
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

/** A pain point on a live journey, for the home page */
export type PainHighlight = {
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  journeyName: Scalars['String']['output'];
  severity: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  touchpointName: Scalars['String']['output'];
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

export type PainPointFromEvidence = {
  journeyId: Scalars['ID']['output'];
  painPointId: Scalars['ID']['output'];
  touchpointId: Scalars['ID']['output'];
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

/** One of the journey's further personas' designed emotion at a touchpoint (without one, the persona feels the touchpoint's own emotion) */
export type PersonaEmotion = {
  /** −3 … +3 */
  emotion: Scalars['Int']['output'];
  personaId: Scalars['ID']['output'];
};

export type Plugin = {
  description: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** Enabled in the current workspace */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  /** industries with their names, in the same order */
  industryLabels: Array<IndustryLabel>;
  metricCount: Scalars['Int']['output'];
  personaCount: Scalars['Int']['output'];
  templateCount: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

/** An installed plugin whose content changed without a version bump (recorded hash ≠ loaded hash). */
export type PluginContentChange = {
  /** sha256 of the manifest loaded now */
  loadedHash: Scalars['String']['output'];
  pluginId: Scalars['String']['output'];
  /** sha256 of the manifest when this version was first loaded */
  recordedHash: Scalars['String']['output'];
  /** templates whose content changed under the same template version */
  templateKeys: Array<Scalars['String']['output']>;
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
  /** A journey's comments over a window: top topics, keywords rising against the previous window (tested), and the sentiment trend. */
  commentAnalytics: CommentAnalytics;
  /** Comments and open threads per card of a journey (the counters on the map). */
  commentCounts: Array<CommentCount>;
  /** Comment threads of a journey (or of one card), oldest first. */
  commentThreads: CommentThreadConnection;
  /** Every live journey with NPS/CSAT/CES against target, sparkline, significant changes and worst three touchpoints, from the roll-ups. */
  executiveOverview: ExecutiveOverview;
  /** The map as a JSON document (format opencx.journey v1) for importJourney. */
  exportJourney: Scalars['JSON']['output'];
  /** The feedback inbox: verbatims newest first, filtered, a page at a time (first ≤ 200). */
  feedback: FeedbackConnection;
  followUpCase: FollowUpCase;
  /** The case queue, newest first, a page at a time (first ≤ 100). */
  followUpCases: FollowUpCaseConnection;
  /** Time to first contact, SLA breach rate, share resolved and recovery rate of the cases opened in [from, to), per team, site or rule, with n. */
  followUpLoopMetrics: Array<FollowUpLoopMetrics>;
  followUpRules: Array<FollowUpRule>;
  /** Moments of truth and most severe pain points across live journeys (the home page), in two statements. */
  homeHighlights: HomeHighlights;
  /** A CSV import: status, progress, counts and the first 1,000 rejected rows. */
  importJob: ImportJob;
  /** CSV imports of the workspace, newest first, a page at a time (first ≤ 100). */
  importJobs: ImportJobConnection;
  improvementAction: ImprovementAction;
  /** Improvement actions, newest first, filtered by status, owner, team, journey, pain point, due date or overdue (first ≤ 500). */
  improvementActions: ImprovementActionConnection;
  /** What backs each pain point / opportunity: research, feedback and cases */
  insightEvidence: Array<InsightEvidence>;
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
  journeyReview: JourneyReview;
  /** Held reviews, newest first, of one journey or all; keyset-paged (first ≤ 200, default 50; after = pageInfo.endCursor) */
  journeyReviews: JourneyReviewConnection;
  /** Reviews that fell due and have not been held, oldest first */
  journeyReviewsDue: Array<JourneyReviewDue>;
  /** Every change to the map, newest first. */
  journeyRevisions: Array<JourneyRevision>;
  /** A newer version of the template this journey was made from, with the diff; null when there is none. */
  journeyTemplateUpgrade?: Maybe<TemplateUpgrade>;
  /** Journey templates of the enabled plugins (the template gallery). */
  journeyTemplates: Array<JourneyTemplate>;
  /** The caller's views of the journey and the ones shared in the workspace */
  journeyViews: Array<JourneyView>;
  /** Journeys of the workspace, most recently changed first, a page at a time (first ≤ 200). */
  journeys: JourneyConnection;
  /** Key drivers of a journey: Johnson's relative weights of the touchpoints' CSAT on the customer's journey NPS, with n, R² and performance vs target. */
  keyDrivers: KeyDriverReport;
  /** KPIs of a journey, stage, touchpoint or site per time bucket and per child, read from the daily roll-ups. */
  kpis: KpiReport;
  /** Responses → cases → root causes → pain point → actions → measured change, for an action, a pain point or a follow-up case */
  lineage: Lineage;
  me: Me;
  members: Array<Member>;
  /** The workspace's metric definitions. */
  metricDefinitions: Array<MetricDefinition>;
  /** The journey's moments of truth, in map order. */
  momentsOfTruth: Array<Touchpoint>;
  /** Your choice per kind (in-app, email); defaults are on. */
  notificationPreferences: Array<NotificationPreference>;
  /** Your notifications in this workspace, newest first. */
  notifications: NotificationConnection;
  /** Pain points the evidence of the last `days` days suggests for a journey’s touchpoints (dismissed and accepted evidence excluded) */
  painPointSuggestions: Array<PainPointSuggestion>;
  personas: Array<Persona>;
  /** Installed plugins and whether each is enabled here. */
  plugins: Array<Plugin>;
  /** A journey's evidence, newest first */
  researchItems: ResearchItemConnection;
  /** A journey's research plan: brief and the seven steps */
  researchPlan: ResearchPlan;
  /** Research-plan progress of many journeys at once (the journey list) */
  researchProgress: Array<ResearchProgress>;
  rootCauseCodes: Array<RootCauseCode>;
  /** Security events of this workspace's members and about this workspace, newest first (admins). */
  securityEvents: SecurityEventPage;
  /** Two segments of a journey side by side over a window: each metric's figures and the test of their difference, from the daily roll-ups. */
  segmentComparison: SegmentComparison;
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
  /** How many of your notifications in this workspace are unread (the bell). */
  unreadNotificationCount: Scalars['Int']['output'];
  workspaceDigest: WorkspaceDigest;
  /** Monthly digests, newest first */
  workspaceDigests: Array<WorkspaceDigest>;
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


export type QueryCommentAnalyticsArgs = {
  from: Scalars['String']['input'];
  granularity: KpiGranularity;
  journeyId: Scalars['ID']['input'];
  segment?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryCommentCountsArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryCommentThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetKind?: InputMaybe<CommentTargetKind>;
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


export type QueryHomeHighlightsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryInsightEvidenceArgs = {
  opportunityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  painPointIds: Array<Scalars['ID']['input']>;
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


export type QueryJourneyReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJourneyReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJourneyRevisionsArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryJourneyTemplateUpgradeArgs = {
  journeyId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJourneyTemplatesArgs = {
  industry?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJourneyViewsArgs = {
  journeyId: Scalars['ID']['input'];
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
  caseId?: InputMaybe<Scalars['ID']['input']>;
  painPointId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMomentsOfTruthArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPainPointSuggestionsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
};


export type QueryPluginsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResearchItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResearchItemFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  journeyId: Scalars['ID']['input'];
};


export type QueryResearchPlanArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryResearchProgressArgs = {
  journeyIds: Array<Scalars['ID']['input']>;
};


export type QueryRootCauseCodesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySegmentComparisonArgs = {
  from: Scalars['String']['input'];
  journeyId: Scalars['ID']['input'];
  segmentA: Scalars['String']['input'];
  segmentB: Scalars['String']['input'];
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
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


export type QueryWorkspaceDigestArgs = {
  id: Scalars['ID']['input'];
};

/** Evidence from research on a journey, optionally at a touchpoint */
export type ResearchItem = {
  /** Plain text, never HTML */
  body: Scalars['String']['output'];
  /** Pain points and opportunities citing it */
  citationCount: Scalars['Int']['output'];
  /** The participant consented to this use */
  consent: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['ID']['output']>;
  file?: Maybe<EvidenceFile>;
  id: Scalars['ID']['output'];
  journeyId: Scalars['ID']['output'];
  /** interview_note | quote | observation | survey_extract | analytics_figure | file */
  kind: Scalars['String']['output'];
  /** The participant's persona (quotes) */
  personaId?: Maybe<Scalars['ID']['output']>;
  /** Where it comes from (study, survey, report); no personal data */
  source: Scalars['String']['output'];
  title: Scalars['String']['output'];
  touchpointId?: Maybe<Scalars['ID']['output']>;
};

export type ResearchItemConnection = {
  nodes: Array<ResearchItem>;
  pageInfo: PageInfo;
};

export type ResearchItemFilterInput = {
  /** Only items this pain point cites */
  citedByPainPointId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Only this persona's evidence (quotes, photos…) */
  personaId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find (Chinese is segmented like comments) */
  search?: InputMaybe<Scalars['String']['input']>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
};

/** A journey's research brief and its seven steps */
export type ResearchPlan = {
  done: Scalars['Int']['output'];
  goal: Scalars['String']['output'];
  hypotheses: Array<Scalars['String']['output']>;
  journeyId: Scalars['ID']['output'];
  researchQuestions: Array<Scalars['String']['output']>;
  scope: Scalars['String']['output'];
  steps: Array<ResearchStep>;
  total: Scalars['Int']['output'];
  /** The brief version (0 before its first edit); send it back to update */
  version: Scalars['Int']['output'];
};

/** Done steps of a journey research plan */
export type ResearchProgress = {
  done: Scalars['Int']['output'];
  journeyId: Scalars['ID']['output'];
  total: Scalars['Int']['output'];
};

/** One of the seven steps of a journey research plan */
export type ResearchStep = {
  /** goal_scope | personas | gather_data | draw | analyse | improve | iterate */
  key: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  ownerUserId?: Maybe<Scalars['ID']['output']>;
  /** 0…6, the order of the steps */
  position: Scalars['Int']['output'];
  /** todo | in_progress | done */
  status: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An improvement action of the journey as it stood at the review */
export type ReviewAction = {
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One KPI of a review's snapshot over the review period (value null at n = 0) */
export type ReviewKpi = {
  high?: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  low?: Maybe<Scalars['Float']['output']>;
  lowSample: Scalars['Boolean']['output'];
  n: Scalars['Int']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** The KPI status against target and warning threshold */
  status: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
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

export type SaveJourneyViewInput = {
  journeyId: Scalars['ID']['input'];
  /** Saving under a name you already use replaces that view */
  name: Scalars['String']['input'];
  /** { zoom, density, lanes: { lane: open | collapsed | hidden }, filter: { kind, channels?, teamId? } } */
  settings: Scalars['JSON']['input'];
  /** Anyone in the workspace can open a shared view */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
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

export type SegmentComparison = {
  from: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  metrics: Array<SegmentComparisonMetric>;
  segmentA: Scalars['String']['output'];
  segmentB: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** One metric of the journey for two segments side by side, and whether they differ by more than noise. */
export type SegmentComparisonMetric = {
  a: KpiFigure;
  b: KpiFigure;
  /** b − a with its 95 % interval and test (two-proportion z, NPS z or Welch t); null when a side has no data */
  difference?: Maybe<KpiChange>;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metricId: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

export type SentimentBand =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

/** Mean comment sentiment (−1…+1) of one time bucket with its t interval. */
export type SentimentBucket = {
  /** Against the bucket before (Welch t); null for the first bucket or too few comments */
  change?: Maybe<KpiChange>;
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  lowSample: Scalars['Boolean']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
  /** Comments with a sentiment score */
  n: Scalars['Int']['output'];
  /** Share of the scored comments that are negative (< 0), in % */
  negativeShare?: Maybe<Scalars['Float']['output']>;
  start: Scalars['String']['output'];
};

export type SetJourneyLanesInput = {
  journeyId: Scalars['ID']['input'];
  /** The journey's custom lanes in map order; replaces the list (a lane left out is removed with its entries) */
  lanes: Array<CustomLaneInput>;
};

export type SetJourneyPersonasInput = {
  journeyId: Scalars['ID']['input'];
  /** Further personas the map can be viewed by, in switcher order; replaces the list (a persona left out takes its emotions with it). The primary persona is the journey's own */
  personaIds: Array<Scalars['ID']['input']>;
};

export type SetPluginEnabledInput = {
  enabled: Scalars['Boolean']['input'];
  pluginId: Scalars['String']['input'];
};

export type SetTeamLeadInput = {
  teamId: Scalars['ID']['input'];
  /** The new lead; null clears it */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetTouchpointLaneItemsInput = {
  /** The touchpoint's entries in that lane, in order; replaces them (empty clears). Text lines in a text lane (500 characters each); PNG, JPEG or WebP pictures as base64 data: URLs in an image lane (at most 4) */
  items: Array<Scalars['String']['input']>;
  /** Key of one of the journey's custom lanes */
  laneKey: Scalars['String']['input'];
  touchpointId: Scalars['ID']['input'];
};

export type SetTouchpointMetricsInput = {
  /** The touchpoint's metrics in display order; replaces the current list */
  metrics: Array<TouchpointMetricInput>;
  touchpointId: Scalars['ID']['input'];
};

export type SetTouchpointPersonaEmotionInput = {
  /** −3 … +3; null clears it (the persona then feels the touchpoint's own emotion) */
  emotion?: InputMaybe<Scalars['Int']['input']>;
  /** One of the journey's further personas */
  personaId: Scalars['ID']['input'];
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
  /** Plugins changed without a version bump since their version was first loaded */
  pluginContentChanges: Array<PluginContentChange>;
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
  /** The team lead: overdue follow-up cases assigned to the team are escalated to them */
  leadUserId?: Maybe<Scalars['ID']['output']>;
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

/** A stage or touchpoint added, removed or changed between two versions of a template */
export type TemplateChange = {
  /** For changed: the template fields that differ (stage: the touchpoint moved) */
  fields: Array<Scalars['String']['output']>;
  /** Pass it in applyJourneyTemplateUpgrade.changeIds to apply this change */
  id: Scalars['String']['output'];
  key: Scalars['String']['output'];
  /** added, removed or changed */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  stageKey: Scalars['String']['output'];
  /** stage or touchpoint */
  target: Scalars['String']['output'];
};

/** A metric a template's touchpoints bind: the plugin's preset or a core metric */
export type TemplateMetric = {
  defaultTarget: Scalars['Float']['output'];
  direction: Scalars['String']['output'];
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

/** The persona a template brings, in the request's language */
export type TemplatePersona = {
  description: Scalars['String']['output'];
  frustrations: Array<Scalars['String']['output']>;
  goals: Array<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  needs: Array<Scalars['String']['output']>;
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

/** A newer version of the template a journey was created from, and how it differs */
export type TemplateUpgrade = {
  /** false when the older version was never loaded here: only touchpoints the journey lacks are listed */
  baseRecorded: Scalars['Boolean']['output'];
  changes: Array<TemplateChange>;
  /** The version the journey was created from (or last upgraded to) */
  fromVersion: Scalars['String']['output'];
  journeyId: Scalars['ID']['output'];
  /** <plugin id>/<template key> */
  templateId: Scalars['String']['output'];
  templateName: Scalars['String']['output'];
  toVersion: Scalars['String']['output'];
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
  /** Entries in the journey's custom lanes (lanes with none are left out) */
  laneEntries: Array<LaneEntry>;
  /** front_stage | back_stage */
  layer: Scalars['String']['output'];
  metrics: Array<TouchpointMetric>;
  momentOfTruth: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  opportunities: Array<Opportunity>;
  ownerTeamId?: Maybe<Scalars['ID']['output']>;
  painPoints: Array<PainPoint>;
  /** The journey's further personas' emotions here, in the journey's persona order (personas without one are left out) */
  personaEmotions: Array<PersonaEmotion>;
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

export type UpdateCommentInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  mentionTeamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The mentions after the edit; absent keeps them */
  mentionUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  version: Scalars['Int']['input'];
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

export type UpdateNotificationPreferencesInput = {
  preferences: Array<NotificationPreferenceInput>;
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

export type UpdateResearchBriefInput = {
  goal?: InputMaybe<Scalars['String']['input']>;
  hypotheses?: InputMaybe<Array<Scalars['String']['input']>>;
  journeyId: Scalars['ID']['input'];
  researchQuestions?: InputMaybe<Array<Scalars['String']['input']>>;
  scope?: InputMaybe<Scalars['String']['input']>;
  /** The version read (0 before the first edit) */
  version: Scalars['Int']['input'];
};

export type UpdateResearchStepInput = {
  journeyId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A member of the workspace; null clears the owner */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** todo | in_progress | done */
  status?: InputMaybe<Scalars['String']['input']>;
  /** goal_scope | personas | gather_data | draw | analyse | improve | iterate */
  step: Scalars['String']['input'];
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

/** The monthly digest of a workspace: what changed, whether it is significant, which actions explain it */
export type WorkspaceDigest = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Significant changes first */
  items: Array<DigestItem>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

export type ImprovementActionsQueryVariables = Exact<{
  filter?: InputMaybe<ImprovementActionFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImprovementActionsQuery = { improvementActions: { nodes: Array<{ id: string, title: string, description: string, journeyId: string, touchpointIds: Array<string>, painPointId?: string | null, ownerUserId?: string | null, teamId?: string | null, priority: ActionPriority, effort: number, dueDate?: string | null, status: ActionStatus, nextStatuses: Array<ActionStatus>, overdue: boolean, targetMetricId?: string | null, expectedChange?: number | null, impactVerdict?: ImpactVerdict | null, startedAt?: string | null, completedAt?: string | null, commentCount: number, version: number, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

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
  caseId?: InputMaybe<Scalars['ID']['input']>;
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


export type FollowUpCasesQuery = { followUpCases: { nodes: Array<{ id: string, status: FollowUpCaseStatus, ruleName: string, nps?: number | null, csat?: number | null, comment?: string | null, openedAt: string, dueAt: string, slaBasis: SlaBasis, minutesLeft?: number | null, overdue: boolean, assigneeUserId?: string | null, assigneeTeamId?: string | null, recovered?: boolean | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type FollowUpCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FollowUpCaseQuery = { followUpCase: { id: string, status: FollowUpCaseStatus, ruleName: string, nps?: number | null, csat?: number | null, comment?: string | null, occurredAt: string, dueAt: string, slaBasis: SlaBasis, minutesLeft?: number | null, overdue: boolean, outcome?: string | null, rootCauseCodeId?: string | null, resurveySent: boolean, resurveyAnsweredAt?: string | null, resurveyNps?: number | null, resurveyCsat?: number | null, recovered?: boolean | null, customerHistory: Array<{ id: string, ruleName: string, status: FollowUpCaseStatus, nps?: number | null, csat?: number | null, comment?: string | null, occurredAt: string }>, notes: Array<{ id: string, kind: CaseNoteKind, body: string, channel?: string | null, reached?: boolean | null, authorUserId?: string | null, createdAt: string }> }, rootCauseCodes: Array<{ id: string, code: string, label: string }> };

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

export type SendCaseResurveyMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type SendCaseResurveyMutation = { sendCaseResurvey: { caseId: string, linkId: string, token: string } };

export type AssignFollowUpCasesMutationVariables = Exact<{
  input: AssignFollowUpCasesInput;
}>;


export type AssignFollowUpCasesMutation = { assignFollowUpCases: Array<{ id: string, assigneeUserId?: string | null, assigneeTeamId?: string | null }> };

export type CaseAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseAssigneesQuery = { members: Array<{ userId: string, displayName: string, email: string }>, teams: Array<{ id: string, name: string }> };

export type FollowUpLoopMetricsQueryVariables = Exact<{
  input: FollowUpLoopMetricsInput;
}>;


export type FollowUpLoopMetricsQuery = { followUpLoopMetrics: Array<{ key?: string | null, n: number, contacted: number, meanMinutesToFirstContact?: number | null, slaBreachRate?: { value: number, n: number } | null, resolvedShare?: { value: number, n: number } | null, recoveryRate?: { value: number, low: number, high: number, n: number, lowSample: boolean } | null }> };

export type FollowUpRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpRulesQuery = { followUpRules: Array<{ id: string, name: string, enabled: boolean, condition?: unknown | null, topics: Array<string>, keywords: Array<string>, journeyId?: string | null, touchpointId?: string | null, slaMinutes?: number | null, slaBasis: SlaBasis, assigneeUserId?: string | null, assigneeTeamId?: string | null, escalateToUserId?: string | null, createdAt: string }>, metricDefinitions: Array<{ id: string, key: string, kind: string, nameZh: string, nameEn: string }>, members: Array<{ userId: string, displayName: string, email: string }>, teams: Array<{ id: string, name: string }> };

export type CreateFollowUpRuleMutationVariables = Exact<{
  input: FollowUpRuleInput;
}>;


export type CreateFollowUpRuleMutation = { createFollowUpRule: { id: string } };

export type UpdateFollowUpRuleMutationVariables = Exact<{
  input: UpdateFollowUpRuleInput;
}>;


export type UpdateFollowUpRuleMutation = { updateFollowUpRule: { id: string, enabled: boolean } };

export type DeleteFollowUpRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFollowUpRuleMutation = { deleteFollowUpRule: boolean };

export type BusinessCalendarQueryVariables = Exact<{
  years?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type BusinessCalendarQuery = { businessCalendar: { timeZone: string, workingHours: Array<{ weekday: number, startMinute: number, endMinute: number }>, years: Array<{ year: number, holidays: Array<string>, workdays: Array<string> }> } };

export type UpdateBusinessCalendarMutationVariables = Exact<{
  input: UpdateBusinessCalendarInput;
}>;


export type UpdateBusinessCalendarMutation = { updateBusinessCalendar: { timeZone: string } };

export type CommentAnalyticsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  granularity: KpiGranularity;
  segment?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommentAnalyticsQuery = { commentAnalytics: { from: string, to: string, previousFrom: string, previousTo: string, comments: number, previousComments: number, topics: Array<{ term: string, nameEn?: string | null, nameZh?: string | null, count: number, previousCount: number, share: number, previousShare?: number | null, difference?: number | null, pValue?: number | null, significant: boolean, rising: boolean, negative?: number | null }>, keywords: Array<{ term: string, count: number, previousCount: number, share: number, previousShare?: number | null, difference?: number | null, pValue?: number | null, significant: boolean, rising: boolean }>, sentiment: Array<{ start: string, n: number, mean?: number | null, low?: number | null, high?: number | null, lowSample: boolean, negativeShare?: number | null, change?: { difference: number, pValue: number, significant: boolean } | null }> } };

export type DashboardVerbatimsQueryVariables = Exact<{
  filter: FeedbackFilterInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardVerbatimsQuery = { feedback: { nodes: Array<{ id: string, occurredAt: string, touchpointName?: string | null, siteName?: string | null, nps?: number | null, csat?: number | null, ces?: number | null, comment?: string | null, sentiment?: number | null, tags: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type SegmentComparisonQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  segmentA: Scalars['String']['input'];
  segmentB: Scalars['String']['input'];
  site?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SegmentComparisonQuery = { segmentComparison: { segmentA: string, segmentB: string, metrics: Array<{ metricId: string, key: string, kind: string, nameEn: string, nameZh: string, unit?: string | null, a: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus }, b: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus }, difference?: { difference: number, low: number, high: number, pValue: number, significant: boolean, method: string } | null }> } };

export type DashboardAlertsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type DashboardAlertsQuery = { alerts: { nodes: Array<{ id: string, touchpointName?: string | null, metricKey: string, metricKind: string, metricNameEn: string, metricNameZh: string, value: number, n: number, low?: number | null, high?: number | null, warningThreshold: number, target?: number | null, comparisonValue?: number | null, comparisonN: number, difference: number, pValue: number, method: string, windowFrom: string, windowTo: string, comparisonFrom: string, comparisonTo: string, openedAt: string, acknowledgedAt?: string | null }> } };

export type DashboardActionEffortsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type DashboardActionEffortsQuery = { improvementActions: { nodes: Array<{ id: string, title: string, touchpointIds: Array<string>, effort: number, status: ActionStatus }> } };

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

export type JourneyDashboardPlacesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JourneyDashboardPlacesQuery = { journey: { id: string, name: string, stages: Array<{ id: string, name: string, touchpoints: Array<{ id: string, name: string }> }> }, sites: Array<{ id: string, code: string, name: string }>, personas: Array<{ id: string, name: string, segmentKey?: string | null }> };

export type JourneyDashboardKpisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  granularity: KpiGranularity;
  segment?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
}>;


export type JourneyDashboardKpisQuery = { kpis: { metrics: Array<{ metricId: string, key: string, kind: string, nameEn: string, nameZh: string, unit?: string | null, total: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus, mean?: number | null, p50?: number | null, p90?: number | null, withinTarget?: number | null }, buckets: Array<{ start: string, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null }, change?: { difference: number, low: number, high: number, pValue: number, significant: boolean, method: string } | null }> }> } };

export type JourneyTouchpointKpisQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type JourneyTouchpointKpisQuery = { journeyKpis: { touchpoints: Array<{ touchpointId: string, metrics: Array<{ key: string, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> }> } };

export type JourneyKeyDriversQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type JourneyKeyDriversQuery = { keyDrivers: { n: number, respondents: number, minN: number, enoughData: boolean, rSquared?: number | null, drivers: Array<{ touchpointId: string, touchpointName: string, stageName: string, n: number, weight?: number | null, share?: number | null, fixFirst: boolean, performance: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> } };

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

export type CommentCountsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type CommentCountsQuery = { commentCounts: Array<{ targetKind: CommentTargetKind, targetId: string, comments: number, openThreads: number }> };

export type CommentThreadsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  targetKind?: InputMaybe<CommentTargetKind>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommentThreadsQuery = { commentThreads: { nodes: Array<{ id: string, resolved: boolean, resolvedAt?: string | null, root: { id: string, parentId?: string | null, targetKind: CommentTargetKind, targetId: string, authorId?: string | null, authorName?: string | null, body: string, mentionedUserIds: Array<string>, mentionedTeamIds: Array<string>, editedAt?: string | null, version: number, createdAt: string }, replies: Array<{ id: string, parentId?: string | null, targetKind: CommentTargetKind, targetId: string, authorId?: string | null, authorName?: string | null, body: string, mentionedUserIds: Array<string>, mentionedTeamIds: Array<string>, editedAt?: string | null, version: number, createdAt: string }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CommentFieldsFragment = { id: string, parentId?: string | null, targetKind: CommentTargetKind, targetId: string, authorId?: string | null, authorName?: string | null, body: string, mentionedUserIds: Array<string>, mentionedTeamIds: Array<string>, editedAt?: string | null, version: number, createdAt: string };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type UpdateCommentMutationVariables = Exact<{
  input: UpdateCommentInput;
}>;


export type UpdateCommentMutation = { updateComment: { id: string, version: number } };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { deleteComment: { id: string } };

export type ResolveCommentThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveCommentThreadMutation = { resolveCommentThread: { id: string, resolved: boolean } };

export type ReopenCommentThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenCommentThreadMutation = { reopenCommentThread: { id: string, resolved: boolean } };

export type SetJourneyLanesMutationVariables = Exact<{
  input: SetJourneyLanesInput;
}>;


export type SetJourneyLanesMutation = { setJourneyLanes: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type SetTouchpointLaneItemsMutationVariables = Exact<{
  input: SetTouchpointLaneItemsInput;
}>;


export type SetTouchpointLaneItemsMutation = { setTouchpointLaneItems: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type FixFirstTouchpointsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type FixFirstTouchpointsQuery = { keyDrivers: { enoughData: boolean, rSquared?: number | null, n: number, drivers: Array<{ touchpointId: string, share?: number | null, fixFirst: boolean, performance: { value?: number | null, target?: number | null } }> } };

export type HomeHighlightsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HomeHighlightsQuery = { homeHighlights: { moments: Array<{ journeyId: string, journeyName: string, touchpointId: string, name: string, stageName: string, emotion: number }>, pains: Array<{ journeyId: string, journeyName: string, touchpointName: string, id: string, title: string, severity: number }> } };

export type JourneyMapFieldsFragment = { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> };

export type JourneyMapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  touchpointFilter?: InputMaybe<TouchpointFilterInput>;
}>;


export type JourneyMapQuery = { journey: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type UpdateJourneyMutationVariables = Exact<{
  input: UpdateJourneyInput;
}>;


export type UpdateJourneyMutation = { updateJourney: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type AddStageMutationVariables = Exact<{
  input: AddStageInput;
}>;


export type AddStageMutation = { addStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type UpdateStageMutationVariables = Exact<{
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { updateStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type MoveStageMutationVariables = Exact<{
  input: MoveStageInput;
}>;


export type MoveStageMutation = { moveStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type DeleteStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteStageMutation = { deleteStage: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type AddTouchpointMutationVariables = Exact<{
  input: AddTouchpointInput;
}>;


export type AddTouchpointMutation = { addTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type UpdateTouchpointMutationVariables = Exact<{
  input: UpdateTouchpointInput;
}>;


export type UpdateTouchpointMutation = { updateTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type MoveTouchpointMutationVariables = Exact<{
  input: MoveTouchpointInput;
}>;


export type MoveTouchpointMutation = { moveTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type DeleteTouchpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTouchpointMutation = { deleteTouchpoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type AddPainPointMutationVariables = Exact<{
  input: AddPainPointInput;
}>;


export type AddPainPointMutation = { addPainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type UpdatePainPointMutationVariables = Exact<{
  input: UpdatePainPointInput;
}>;


export type UpdatePainPointMutation = { updatePainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type DeletePainPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePainPointMutation = { deletePainPoint: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type AddOpportunityMutationVariables = Exact<{
  input: AddOpportunityInput;
}>;


export type AddOpportunityMutation = { addOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type UpdateOpportunityMutationVariables = Exact<{
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { updateOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type DeleteOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOpportunityMutation = { deleteOpportunity: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type RestoreJourneyRevisionMutationVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
}>;


export type RestoreJourneyRevisionMutation = { restoreJourneyRevision: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

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


export type JourneyKpisQuery = { journeyKpis: { journeyId: string, from: string, to: string, touchpoints: Array<{ touchpointId: string, emotion: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean }, metrics: Array<{ metricId: string, key: string, kind: string, nameEn: string, nameZh: string, unit?: string | null, direction: string, bound: boolean, figure: { value?: number | null, n: number, low?: number | null, high?: number | null, lowSample: boolean, target?: number | null, status: KpiStatus } }> }> } };

export type JourneyKpiAlertsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type JourneyKpiAlertsQuery = { alerts: { nodes: Array<{ id: string, touchpointId: string, metricKey: string, value: number, n: number, pValue: number, windowFrom: string, windowTo: string }> } };

export type SetJourneyPersonasMutationVariables = Exact<{
  input: SetJourneyPersonasInput;
}>;


export type SetJourneyPersonasMutation = { setJourneyPersonas: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type SetTouchpointPersonaEmotionMutationVariables = Exact<{
  input: SetTouchpointPersonaEmotionInput;
}>;


export type SetTouchpointPersonaEmotionMutation = { setTouchpointPersonaEmotion: { id: string, name: string, description: string, state: string, shape: string, status: string, version: number, revision: number, ownerTeamId?: string | null, currentStateJourneyId?: string | null, futureStateJourneyIds: Array<string>, sourcePluginId?: string | null, templateKey?: string | null, templateVersion?: string | null, updatedAt: string, persona?: { id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number } | null, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string>, segmentKey?: string | null, version: number }>, customLanes: Array<{ key: string, nameZh: string, nameEn: string, kind: string }>, stages: Array<{ id: string, name: string, description: string, position: number, version: number, touchpoints: Array<{ id: string, stageId: string, position: number, name: string, channel: string, customerAction: string, customerThought: string, expectation: string, emotion: number, momentOfTruth: boolean, layer: string, ownerTeamId?: string | null, slaMinutes?: number | null, device?: string | null, region?: string | null, version: number, painPoints: Array<{ id: string, title: string, description: string, severity: number, source: string, version: number }>, opportunities: Array<{ id: string, title: string, description: string, painPointId?: string | null, version: number }>, metrics: Array<{ key: string, kind: string, nameEn: string, nameZh: string, target?: number | null, unit?: string | null, direction: string }>, laneEntries: Array<{ laneKey: string, items: Array<string> }>, personaEmotions: Array<{ personaId: string, emotion: number }> }> }> } };

export type JourneyViewsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type JourneyViewsQuery = { journeyViews: Array<{ id: string, name: string, settings: unknown, shared: boolean, mine: boolean, ownerName?: string | null }> };

export type SaveJourneyViewMutationVariables = Exact<{
  input: SaveJourneyViewInput;
}>;


export type SaveJourneyViewMutation = { saveJourneyView: { id: string, name: string, settings: unknown, shared: boolean, mine: boolean, ownerName?: string | null } };

export type DeleteJourneyViewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteJourneyViewMutation = { deleteJourneyView: boolean };

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


export type JourneyTemplatesQuery = { journeyTemplates: Array<{ id: string, key: string, name: string, description: string, industries: Array<string>, personaName?: string | null, pluginId: string, pluginName: string, shape: string, state: string, version: string, industryLabels: Array<{ key: string, name: string }>, stages: Array<{ key: string, name: string, touchpoints: Array<{ key: string, name: string, channel: string, emotion: number, momentOfTruth: boolean, painPointCount: number, slaMinutes?: number | null, metricKeys: Array<string> }> }> }> };

export type CreateJourneyFromTemplateMutationVariables = Exact<{
  input: CreateJourneyFromTemplateInput;
}>;


export type CreateJourneyFromTemplateMutation = { createJourneyFromTemplate: { id: string, name: string } };

export type JourneyTemplatePreviewQueryVariables = Exact<{
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type JourneyTemplatePreviewQuery = { journeyTemplates: Array<{ id: string, name: string, description: string, version: string, pluginName: string, industryLabels: Array<{ key: string, name: string }>, persona?: { key: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string> } | null, metrics: Array<{ key: string, name: string, kind: string, unit?: string | null, direction: string, defaultTarget: number }> }> };

export type JourneyTemplateUpgradeQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type JourneyTemplateUpgradeQuery = { journeyTemplateUpgrade?: { templateId: string, templateName: string, fromVersion: string, toVersion: string, baseRecorded: boolean, changes: Array<{ id: string, kind: string, target: string, key: string, name: string, fields: Array<string> }> } | null };

export type ApplyJourneyTemplateUpgradeMutationVariables = Exact<{
  input: ApplyTemplateUpgradeInput;
}>;


export type ApplyJourneyTemplateUpgradeMutation = { applyJourneyTemplateUpgrade: { id: string, templateVersion?: string | null } };

export type StatePairActionsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type StatePairActionsQuery = { improvementActions: { nodes: Array<{ id: string, title: string, status: ActionStatus, priority: ActionPriority, touchpointIds: Array<string> }> } };

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

export type ResearchWorkspaceQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
}>;


export type ResearchWorkspaceQuery = { journey: { id: string, name: string, stages: Array<{ id: string, name: string, touchpoints: Array<{ id: string, name: string, painPoints: Array<{ id: string, title: string, source: string }> }> }> }, researchPlan: { journeyId: string, goal: string, scope: string, hypotheses: Array<string>, researchQuestions: Array<string>, version: number, done: number, total: number, steps: Array<{ key: string, status: string, ownerUserId?: string | null, notes: string }> }, members: Array<{ userId: string, displayName: string }>, personas: Array<{ id: string, name: string, description: string, goals: Array<string>, needs: Array<string>, frustrations: Array<string> }> };

export type ResearchItemsQueryVariables = Exact<{
  journeyId: Scalars['ID']['input'];
  filter?: InputMaybe<ResearchItemFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResearchItemsQuery = { researchItems: { nodes: Array<{ id: string, kind: string, title: string, body: string, source: string, touchpointId?: string | null, personaId?: string | null, consent: boolean, citationCount: number, createdAt: string, file?: { name: string, contentType: string, byteSize: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type InsightEvidenceQueryVariables = Exact<{
  painPointIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type InsightEvidenceQuery = { insightEvidence: Array<{ insightId: string, research: number, feedback: number, cases: number, total: number }> };

export type ResearchProgressQueryVariables = Exact<{
  journeyIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResearchProgressQuery = { researchProgress: Array<{ journeyId: string, done: number, total: number }> };

export type UpdateResearchStepMutationVariables = Exact<{
  input: UpdateResearchStepInput;
}>;


export type UpdateResearchStepMutation = { updateResearchStep: { journeyId: string, done: number, total: number, steps: Array<{ key: string, status: string, ownerUserId?: string | null, notes: string }> } };

export type UpdateResearchBriefMutationVariables = Exact<{
  input: UpdateResearchBriefInput;
}>;


export type UpdateResearchBriefMutation = { updateResearchBrief: { journeyId: string, goal: string, scope: string, hypotheses: Array<string>, researchQuestions: Array<string>, version: number } };

export type AddResearchItemMutationVariables = Exact<{
  input: AddResearchItemInput;
}>;


export type AddResearchItemMutation = { addResearchItem: { id: string } };

export type DeleteResearchItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResearchItemMutation = { deleteResearchItem: boolean };

export type CreatePainPointFromEvidenceMutationVariables = Exact<{
  input: CreatePainPointFromEvidenceInput;
}>;


export type CreatePainPointFromEvidenceMutation = { createPainPointFromEvidence: { painPointId: string, journeyId: string, touchpointId: string } };

export type JourneyReviewsQueryVariables = Exact<{
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JourneyReviewsQuery = { journeyReviews: { nodes: Array<{ id: string, journeyId: string, periodFrom: string, periodTo: string, decisions: Array<string>, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } }, journeyReviewsDue: Array<{ journeyId: string, dueOn: string }>, journeys: { nodes: Array<{ id: string, name: string }> } };

export type JourneyReviewReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JourneyReviewReportQuery = { journeyReview: { id: string, journeyId: string, periodFrom: string, periodTo: string, decisions: Array<string>, notes: string, createdAt: string, kpis: Array<{ key: string, nameEn: string, nameZh: string, value?: number | null, n: number, low?: number | null, high?: number | null, target?: number | null, status: string, lowSample: boolean }>, actions: Array<{ id: string, title: string, status: string, dueDate?: string | null, overdue: boolean }> } };

export type ReviewJourneyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewJourneyQuery = { journey: { id: string, name: string, version: number, reviewCadenceDays?: number | null, nextReviewAt?: string | null } };

export type SetJourneyReviewCadenceMutationVariables = Exact<{
  input: UpdateJourneyInput;
}>;


export type SetJourneyReviewCadenceMutation = { updateJourney: { id: string, version: number, reviewCadenceDays?: number | null, nextReviewAt?: string | null } };

export type CreateJourneyReviewMutationVariables = Exact<{
  input: CreateJourneyReviewInput;
}>;


export type CreateJourneyReviewMutation = { createJourneyReview: { id: string } };

export type WorkspaceDigestsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceDigestsQuery = { workspaceDigests: Array<{ id: string, month: string, createdAt: string, items: Array<{ journeyId: string, journeyName: string, metricKey: string, nameEn: string, nameZh: string, before: { value?: number | null, n: number }, after: { value?: number | null, n: number }, change?: { difference: number, low: number, high: number, pValue: number, significant: boolean } | null, actions: Array<{ id: string, title: string, status: string }> }> }> };

export type GenerateWorkspaceDigestMutationVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type GenerateWorkspaceDigestMutation = { generateWorkspaceDigest: { id: string } };

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

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, link?: string | null, actorName?: string | null, readAt?: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt?: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, inApp: boolean, email: boolean }> };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ kind: NotificationKind, inApp: boolean, email: boolean }> };

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


export type TeamsQuery = { teams: Array<{ id: string, name: string, description?: string | null, memberIds: Array<string>, leadUserId?: string | null }> };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string } };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;


export type AddTeamMemberMutation = { addTeamMember: { id: string, memberIds: Array<string> } };

export type SetTeamLeadMutationVariables = Exact<{
  input: SetTeamLeadInput;
}>;


export type SetTeamLeadMutation = { setTeamLead: { id: string, leadUserId?: string | null } };

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


export type PluginsQuery = { plugins: Array<{ id: string, displayName: string, description: string, version: string, industries: Array<string>, enabled: boolean, templateCount: number, personaCount: number, metricCount: number, industryLabels: Array<{ key: string, name: string }> }> };

export type SetPluginEnabledMutationVariables = Exact<{
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPluginEnabledMutation = { setPluginEnabled: { id: string, enabled: boolean } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { system: { version: string, ready: boolean, database: { reachable: boolean } } };

export type SystemDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemDetailsQuery = { systemDetails: { nodeVersion: string, startedAt: string, database: { serverVersion?: string | null, migrationsApplied: number, migrationsPending: Array<string> }, pluginContentChanges: Array<{ pluginId: string, version: string, templateKeys: Array<string> }> } };

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
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  parentId
  targetKind
  targetId
  authorId
  authorName
  body
  mentionedUserIds
  mentionedTeamIds
  editedAt
  version
  createdAt
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
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
      commentCount
      version
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"c404e837e80f7e030d456be1dc2327156d4273d2552240ba9d9f80243d8319f9"}) as unknown as TypedDocumentString<ImprovementActionsQuery, ImprovementActionsQueryVariables>;
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
    query ActionLineage($actionId: ID, $caseId: ID, $painPointId: ID) {
  lineage(actionId: $actionId, caseId: $caseId, painPointId: $painPointId) {
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
    `, {"hash":"702948a64505506198397f586811d76e9d3b3011b8f867bccebae980833b2578"}) as unknown as TypedDocumentString<ActionLineageQuery, ActionLineageQueryVariables>;
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
      assigneeTeamId
      recovered
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"fe3798eeaecaf4bcd42f6c4696674dcf8a0ad2b008b56f559150e392abddc760"}) as unknown as TypedDocumentString<FollowUpCasesQuery, FollowUpCasesQueryVariables>;
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
    resurveySent
    resurveyAnsweredAt
    resurveyNps
    resurveyCsat
    recovered
    customerHistory {
      id
      ruleName
      status
      nps
      csat
      comment
      occurredAt
    }
    notes {
      id
      kind
      body
      channel
      reached
      authorUserId
      createdAt
    }
  }
  rootCauseCodes {
    id
    code
    label
  }
}
    `, {"hash":"2be65d406565d69214cbf9c233d9839ac758bdf701288e339903faa023225d2d"}) as unknown as TypedDocumentString<FollowUpCaseQuery, FollowUpCaseQueryVariables>;
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
export const SendCaseResurveyDocument = new TypedDocumentString(`
    mutation SendCaseResurvey($caseId: ID!) {
  sendCaseResurvey(caseId: $caseId) {
    caseId
    linkId
    token
  }
}
    `, {"hash":"5e2b3e252a8d2e37bc991ff47691ba154ca0c36c4c50919d123b97419c4d58fe"}) as unknown as TypedDocumentString<SendCaseResurveyMutation, SendCaseResurveyMutationVariables>;
export const AssignFollowUpCasesDocument = new TypedDocumentString(`
    mutation AssignFollowUpCases($input: AssignFollowUpCasesInput!) {
  assignFollowUpCases(input: $input) {
    id
    assigneeUserId
    assigneeTeamId
  }
}
    `, {"hash":"b19d0d230fdd2e8a666cefdf49dae9abeaf73e728790c41651db704d7f227ebb"}) as unknown as TypedDocumentString<AssignFollowUpCasesMutation, AssignFollowUpCasesMutationVariables>;
export const CaseAssigneesDocument = new TypedDocumentString(`
    query CaseAssignees {
  members {
    userId
    displayName
    email
  }
  teams {
    id
    name
  }
}
    `, {"hash":"2b2fce64b72ca4145110fcaaa186b1d116329b70686213f23ca07e2ee20dfd01"}) as unknown as TypedDocumentString<CaseAssigneesQuery, CaseAssigneesQueryVariables>;
export const FollowUpLoopMetricsDocument = new TypedDocumentString(`
    query FollowUpLoopMetrics($input: FollowUpLoopMetricsInput!) {
  followUpLoopMetrics(input: $input) {
    key
    n
    contacted
    meanMinutesToFirstContact
    slaBreachRate {
      value
      n
    }
    resolvedShare {
      value
      n
    }
    recoveryRate {
      value
      low
      high
      n
      lowSample
    }
  }
}
    `, {"hash":"200ea915658e342de503db6d67468e5195a643ee78da2ab379addb6e4743d0d5"}) as unknown as TypedDocumentString<FollowUpLoopMetricsQuery, FollowUpLoopMetricsQueryVariables>;
export const FollowUpRulesDocument = new TypedDocumentString(`
    query FollowUpRules {
  followUpRules {
    id
    name
    enabled
    condition
    topics
    keywords
    journeyId
    touchpointId
    slaMinutes
    slaBasis
    assigneeUserId
    assigneeTeamId
    escalateToUserId
    createdAt
  }
  metricDefinitions {
    id
    key
    kind
    nameZh
    nameEn
  }
  members {
    userId
    displayName
    email
  }
  teams {
    id
    name
  }
}
    `, {"hash":"5b875fea5bf8834f6d7c877803727848b18c2d9a9c1e78d79f6aa1ef0cd62abc"}) as unknown as TypedDocumentString<FollowUpRulesQuery, FollowUpRulesQueryVariables>;
export const CreateFollowUpRuleDocument = new TypedDocumentString(`
    mutation CreateFollowUpRule($input: FollowUpRuleInput!) {
  createFollowUpRule(input: $input) {
    id
  }
}
    `, {"hash":"eabb56c14d12c5e4a4934620fa87487cc00e5851259ee05f958a70243d658d1a"}) as unknown as TypedDocumentString<CreateFollowUpRuleMutation, CreateFollowUpRuleMutationVariables>;
export const UpdateFollowUpRuleDocument = new TypedDocumentString(`
    mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {
  updateFollowUpRule(input: $input) {
    id
    enabled
  }
}
    `, {"hash":"635501f223895961e6e45d7102bac409978626478c3c9f726d7d92dba6443ee6"}) as unknown as TypedDocumentString<UpdateFollowUpRuleMutation, UpdateFollowUpRuleMutationVariables>;
export const DeleteFollowUpRuleDocument = new TypedDocumentString(`
    mutation DeleteFollowUpRule($id: ID!) {
  deleteFollowUpRule(id: $id)
}
    `, {"hash":"9d9d5e3f665fc2209c0776e2d5cb7c289a1b6fc500407438d0c17e2d65d025e7"}) as unknown as TypedDocumentString<DeleteFollowUpRuleMutation, DeleteFollowUpRuleMutationVariables>;
export const BusinessCalendarDocument = new TypedDocumentString(`
    query BusinessCalendar($years: [Int!]) {
  businessCalendar(years: $years) {
    timeZone
    workingHours {
      weekday
      startMinute
      endMinute
    }
    years {
      year
      holidays
      workdays
    }
  }
}
    `, {"hash":"1c234fbaa3d51d179641fdc3145ce2b7c38a0b5af6541e2c45365bbbd06ad7c1"}) as unknown as TypedDocumentString<BusinessCalendarQuery, BusinessCalendarQueryVariables>;
export const UpdateBusinessCalendarDocument = new TypedDocumentString(`
    mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {
  updateBusinessCalendar(input: $input) {
    timeZone
  }
}
    `, {"hash":"666952fc0b5ea78f93327c655cb6451b08489fe2d4134c5c1f12315c9feaff1f"}) as unknown as TypedDocumentString<UpdateBusinessCalendarMutation, UpdateBusinessCalendarMutationVariables>;
export const CommentAnalyticsDocument = new TypedDocumentString(`
    query CommentAnalytics($journeyId: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {
  commentAnalytics(
    journeyId: $journeyId
    from: $from
    to: $to
    granularity: $granularity
    segment: $segment
    site: $site
  ) {
    from
    to
    previousFrom
    previousTo
    comments
    previousComments
    topics {
      term
      nameEn
      nameZh
      count
      previousCount
      share
      previousShare
      difference
      pValue
      significant
      rising
      negative
    }
    keywords {
      term
      count
      previousCount
      share
      previousShare
      difference
      pValue
      significant
      rising
    }
    sentiment {
      start
      n
      mean
      low
      high
      lowSample
      negativeShare
      change {
        difference
        pValue
        significant
      }
    }
  }
}
    `, {"hash":"05bf0e69ec4d702c4760109c352175fdca24e7a53c7a11f233db04a61a60a8aa"}) as unknown as TypedDocumentString<CommentAnalyticsQuery, CommentAnalyticsQueryVariables>;
export const DashboardVerbatimsDocument = new TypedDocumentString(`
    query DashboardVerbatims($filter: FeedbackFilterInput!, $first: Int, $after: String) {
  feedback(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      occurredAt
      touchpointName
      siteName
      nps
      csat
      ces
      comment
      sentiment
      tags
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"152e6d0cf87272025adcbcd1d9edb53fb3a79a70743fa23235ff88b8d04318f1"}) as unknown as TypedDocumentString<DashboardVerbatimsQuery, DashboardVerbatimsQueryVariables>;
export const SegmentComparisonDocument = new TypedDocumentString(`
    query SegmentComparison($journeyId: ID!, $from: String!, $to: String!, $segmentA: String!, $segmentB: String!, $site: ID) {
  segmentComparison(
    journeyId: $journeyId
    from: $from
    to: $to
    segmentA: $segmentA
    segmentB: $segmentB
    site: $site
  ) {
    segmentA
    segmentB
    metrics {
      metricId
      key
      kind
      nameEn
      nameZh
      unit
      a {
        value
        n
        low
        high
        lowSample
        target
        status
      }
      b {
        value
        n
        low
        high
        lowSample
        target
        status
      }
      difference {
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
    `, {"hash":"26e743fd989b64890a1c846b64ad0ab4220f510f7f44f9ce2f7ddbe61e476f51"}) as unknown as TypedDocumentString<SegmentComparisonQuery, SegmentComparisonQueryVariables>;
export const DashboardAlertsDocument = new TypedDocumentString(`
    query DashboardAlerts($journeyId: ID!) {
  alerts(journeyId: $journeyId, status: OPEN, first: 20) {
    nodes {
      id
      touchpointName
      metricKey
      metricKind
      metricNameEn
      metricNameZh
      value
      n
      low
      high
      warningThreshold
      target
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
      acknowledgedAt
    }
  }
}
    `, {"hash":"57b1cbd7ba2100c223448bbd1d4f16d6347aa91d8676d72164dcc8db392aa5e1"}) as unknown as TypedDocumentString<DashboardAlertsQuery, DashboardAlertsQueryVariables>;
export const DashboardActionEffortsDocument = new TypedDocumentString(`
    query DashboardActionEfforts($journeyId: ID!) {
  improvementActions(
    filter: {journeyId: $journeyId, statuses: [proposed, planned, in_progress]}
    first: 100
  ) {
    nodes {
      id
      title
      touchpointIds
      effort
      status
    }
  }
}
    `, {"hash":"e76d348a59008f083e1a9997225818a67a66e9fa900d0829e2636e7b4f924762"}) as unknown as TypedDocumentString<DashboardActionEffortsQuery, DashboardActionEffortsQueryVariables>;
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
export const JourneyDashboardPlacesDocument = new TypedDocumentString(`
    query JourneyDashboardPlaces($id: ID!) {
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
  sites {
    id
    code
    name
  }
  personas {
    id
    name
    segmentKey
  }
}
    `, {"hash":"a845e55ba9fc15b33821e3e28e43634e55075c54ab505664ef1112419478032a"}) as unknown as TypedDocumentString<JourneyDashboardPlacesQuery, JourneyDashboardPlacesQueryVariables>;
export const JourneyDashboardKpisDocument = new TypedDocumentString(`
    query JourneyDashboardKpis($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {
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
        mean
        p50
        p90
        withinTarget
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
}
    `, {"hash":"27f87ee24ebb8b06230a8df51fbce4425cbe9c022d1a33271d0b985b1903d526"}) as unknown as TypedDocumentString<JourneyDashboardKpisQuery, JourneyDashboardKpisQueryVariables>;
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
}
    `, {"hash":"06d357fb222b57152ea58cf473d38e91d5ccd377c45d2d3c1f85406d2789801d"}) as unknown as TypedDocumentString<JourneyTouchpointKpisQuery, JourneyTouchpointKpisQueryVariables>;
export const JourneyKeyDriversDocument = new TypedDocumentString(`
    query JourneyKeyDrivers($journeyId: ID!, $from: String!, $to: String!) {
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
    `, {"hash":"16628be6a125091edd1eea00763b9647a33b33fa26c79d2f6dd69e99a5cabec8"}) as unknown as TypedDocumentString<JourneyKeyDriversQuery, JourneyKeyDriversQueryVariables>;
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
export const CommentCountsDocument = new TypedDocumentString(`
    query CommentCounts($journeyId: ID!) {
  commentCounts(journeyId: $journeyId) {
    targetKind
    targetId
    comments
    openThreads
  }
}
    `, {"hash":"ff3fc2004b41682c1cca5043e453a9544ca5a36c481e8d0d91f60957911e7da2"}) as unknown as TypedDocumentString<CommentCountsQuery, CommentCountsQueryVariables>;
export const CommentThreadsDocument = new TypedDocumentString(`
    query CommentThreads($journeyId: ID!, $targetKind: CommentTargetKind, $targetId: ID, $first: Int, $after: String) {
  commentThreads(
    journeyId: $journeyId
    targetKind: $targetKind
    targetId: $targetId
    first: $first
    after: $after
  ) {
    nodes {
      id
      resolved
      resolvedAt
      root {
        ...CommentFields
      }
      replies {
        ...CommentFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CommentFields on Comment {
  id
  parentId
  targetKind
  targetId
  authorId
  authorName
  body
  mentionedUserIds
  mentionedTeamIds
  editedAt
  version
  createdAt
}`, {"hash":"9ab343e213960fc51b57318c13481cf10c514d4d3498d8ef58e85e3e9172ff81"}) as unknown as TypedDocumentString<CommentThreadsQuery, CommentThreadsQueryVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    id
  }
}
    `, {"hash":"c3813191819a6f57ef92488e90db1b0348498973ce347f1da886f613f264387b"}) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const UpdateCommentDocument = new TypedDocumentString(`
    mutation UpdateComment($input: UpdateCommentInput!) {
  updateComment(input: $input) {
    id
    version
  }
}
    `, {"hash":"712cd6fd25081ad8ab39929382ff5724f0eabc18a37e0ee952ed314dfbd82891"}) as unknown as TypedDocumentString<UpdateCommentMutation, UpdateCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($id: ID!) {
  deleteComment(id: $id) {
    id
  }
}
    `, {"hash":"6ac8ab86a80cb2f08d4ebd16e8f820d0dc8504b7c89c01c33e428079ed34ffd6"}) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ResolveCommentThreadDocument = new TypedDocumentString(`
    mutation ResolveCommentThread($id: ID!) {
  resolveCommentThread(id: $id) {
    id
    resolved
  }
}
    `, {"hash":"3e8960b596d39c03c10469746a8051f52e94ae06de83162018e935750bb12f5c"}) as unknown as TypedDocumentString<ResolveCommentThreadMutation, ResolveCommentThreadMutationVariables>;
export const ReopenCommentThreadDocument = new TypedDocumentString(`
    mutation ReopenCommentThread($id: ID!) {
  reopenCommentThread(id: $id) {
    id
    resolved
  }
}
    `, {"hash":"39f0ca938d9216f5d05203c8c54f5e5e7bcca21133fa0259fee63e7e3575a834"}) as unknown as TypedDocumentString<ReopenCommentThreadMutation, ReopenCommentThreadMutationVariables>;
export const SetJourneyLanesDocument = new TypedDocumentString(`
    mutation SetJourneyLanes($input: SetJourneyLanesInput!) {
  setJourneyLanes(input: $input) {
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"ae5b4fa2de2b3c7cef24d0b329644da608acdd700f10895875c8621d76c4fbe6"}) as unknown as TypedDocumentString<SetJourneyLanesMutation, SetJourneyLanesMutationVariables>;
export const SetTouchpointLaneItemsDocument = new TypedDocumentString(`
    mutation SetTouchpointLaneItems($input: SetTouchpointLaneItemsInput!) {
  setTouchpointLaneItems(input: $input) {
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"e369651d0c62e71ccfc13ad9670f5e9f8924a561f26420dde3edf026d88de37d"}) as unknown as TypedDocumentString<SetTouchpointLaneItemsMutation, SetTouchpointLaneItemsMutationVariables>;
export const FixFirstTouchpointsDocument = new TypedDocumentString(`
    query FixFirstTouchpoints($journeyId: ID!, $from: String!, $to: String!) {
  keyDrivers(journeyId: $journeyId, from: $from, to: $to) {
    enoughData
    rSquared
    n
    drivers {
      touchpointId
      share
      fixFirst
      performance {
        value
        target
      }
    }
  }
}
    `, {"hash":"3a2da55b076d5d09b4c435d4800b625b85b48fce34b3a96969c3a7b24f40f08b"}) as unknown as TypedDocumentString<FixFirstTouchpointsQuery, FixFirstTouchpointsQueryVariables>;
export const HomeHighlightsDocument = new TypedDocumentString(`
    query HomeHighlights($limit: Int) {
  homeHighlights(limit: $limit) {
    moments {
      journeyId
      journeyName
      touchpointId
      name
      stageName
      emotion
    }
    pains {
      journeyId
      journeyName
      touchpointName
      id
      title
      severity
    }
  }
}
    `, {"hash":"17deea22881cb262f8f687d319d784eb9e0a90c365eae20ad76ba4335c93979d"}) as unknown as TypedDocumentString<HomeHighlightsQuery, HomeHighlightsQueryVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"a884e933c8aee2de2255f3408a3e7059ba9f254bcace16d8ff9afc600dbcfb6e"}) as unknown as TypedDocumentString<JourneyMapQuery, JourneyMapQueryVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"087e8b3afae64c01dc9c42c5ead004b04842743a2fb7271357f4caea6b5a0ac2"}) as unknown as TypedDocumentString<UpdateJourneyMutation, UpdateJourneyMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"1c3706c4919beb408cd2bcbacbdee0d2512d573e3ecc14aa74f63babad665b2a"}) as unknown as TypedDocumentString<AddStageMutation, AddStageMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"da86445c80c70c53f5d2284c3c1b0fb54071aab6cce75ab9b71a1543af878041"}) as unknown as TypedDocumentString<UpdateStageMutation, UpdateStageMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"3c3a86aaa788b7e9143de6b944e46c44b91adfdfd1a24ad73e6ba3a964a1756f"}) as unknown as TypedDocumentString<MoveStageMutation, MoveStageMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"09bbc5c2a51162e762353bfc4d9f833fcb478ded9e4c273d9b36410040b05bfe"}) as unknown as TypedDocumentString<DeleteStageMutation, DeleteStageMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"1c4555aa6bc7e0f7609f4ec37f31a9fd7c65047bf7787f09c0c3693583cdc4eb"}) as unknown as TypedDocumentString<AddTouchpointMutation, AddTouchpointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"ccb45624215e69a87f55a79eab3183a43791e4442be59e97e210da214408d778"}) as unknown as TypedDocumentString<UpdateTouchpointMutation, UpdateTouchpointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"ee0a8600d7f67bcd2bf2471a180d9773f56b1b17c6eac48c04e740a257023393"}) as unknown as TypedDocumentString<MoveTouchpointMutation, MoveTouchpointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"5f1fcec68ff8be619fd930bb1e3c4831a3321c16510bb4289de011566df94193"}) as unknown as TypedDocumentString<DeleteTouchpointMutation, DeleteTouchpointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"cd41a53fc6547ed3e5f763ce1c7ce3b4d910abe182c92d105d46d55fcb48020d"}) as unknown as TypedDocumentString<AddPainPointMutation, AddPainPointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"d134443269ddb08c3db5d351d32ec97602c946f5aee85508670a8e8f5d720aae"}) as unknown as TypedDocumentString<UpdatePainPointMutation, UpdatePainPointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"6ac1c83434fcaf8f764b146a86b276b02cdb4bf03dca9b2cc39ee68993cde564"}) as unknown as TypedDocumentString<DeletePainPointMutation, DeletePainPointMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"14d2a3f735ffa0966e8c88412f4868916d6a295e75e13ee9cff26b7d2025de03"}) as unknown as TypedDocumentString<AddOpportunityMutation, AddOpportunityMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"f371158097c8b8c99e40abf0e8a5f7733d0fb772739c4f6a2f0d78aa548dacfb"}) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"d69d09d76eb359086a183c2204166388561debb515fad24c63f15715e665644d"}) as unknown as TypedDocumentString<DeleteOpportunityMutation, DeleteOpportunityMutationVariables>;
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"0918166fa299011a2d229e24af7937edd4885df22d4edd61694e830be8c9e28e"}) as unknown as TypedDocumentString<RestoreJourneyRevisionMutation, RestoreJourneyRevisionMutationVariables>;
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
}
    `, {"hash":"f71a700166479e0bc700f66b767998f9af84e5016542a2fa5075cf8f6cceceaa"}) as unknown as TypedDocumentString<JourneyKpisQuery, JourneyKpisQueryVariables>;
export const JourneyKpiAlertsDocument = new TypedDocumentString(`
    query JourneyKpiAlerts($journeyId: ID!) {
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
    `, {"hash":"764d2b59250d446e2bdf63950a99fd1369c74f4eb0822c613d4ce903d9594751"}) as unknown as TypedDocumentString<JourneyKpiAlertsQuery, JourneyKpiAlertsQueryVariables>;
export const SetJourneyPersonasDocument = new TypedDocumentString(`
    mutation SetJourneyPersonas($input: SetJourneyPersonasInput!) {
  setJourneyPersonas(input: $input) {
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"71abfe5e64fe7c6155598ec248671e625f409df65941928f1e1644abf9c328c6"}) as unknown as TypedDocumentString<SetJourneyPersonasMutation, SetJourneyPersonasMutationVariables>;
export const SetTouchpointPersonaEmotionDocument = new TypedDocumentString(`
    mutation SetTouchpointPersonaEmotion($input: SetTouchpointPersonaEmotionInput!) {
  setTouchpointPersonaEmotion(input: $input) {
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
  currentStateJourneyId
  futureStateJourneyIds
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
  customLanes {
    key
    nameZh
    nameEn
    kind
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
      laneEntries {
        laneKey
        items
      }
      personaEmotions {
        personaId
        emotion
      }
    }
  }
}`, {"hash":"48feceeb793261544047bfa06f5ebb22c49ffe73720664f91499f0656b9e45bf"}) as unknown as TypedDocumentString<SetTouchpointPersonaEmotionMutation, SetTouchpointPersonaEmotionMutationVariables>;
export const JourneyViewsDocument = new TypedDocumentString(`
    query JourneyViews($journeyId: ID!) {
  journeyViews(journeyId: $journeyId) {
    id
    name
    settings
    shared
    mine
    ownerName
  }
}
    `, {"hash":"84b805140ee872764fd91f312a8dadb88e8d6d7d3cb095263871d02b6f6d4d03"}) as unknown as TypedDocumentString<JourneyViewsQuery, JourneyViewsQueryVariables>;
export const SaveJourneyViewDocument = new TypedDocumentString(`
    mutation SaveJourneyView($input: SaveJourneyViewInput!) {
  saveJourneyView(input: $input) {
    id
    name
    settings
    shared
    mine
    ownerName
  }
}
    `, {"hash":"6b406520d58a75e7092cc052aaacc294abdd6befec1d398dfe6c9bdd59658ae6"}) as unknown as TypedDocumentString<SaveJourneyViewMutation, SaveJourneyViewMutationVariables>;
export const DeleteJourneyViewDocument = new TypedDocumentString(`
    mutation DeleteJourneyView($id: ID!) {
  deleteJourneyView(id: $id)
}
    `, {"hash":"3a654cc6b272f6506cc1afe079f8cde06eb8ac6d11dbd815a3f306fefbf61a3b"}) as unknown as TypedDocumentString<DeleteJourneyViewMutation, DeleteJourneyViewMutationVariables>;
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
    industryLabels {
      key
      name
    }
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
    `, {"hash":"9aea74aa8e5b2888dc94760baf2fcbc05aa4b86384cc3483e7742f1d8f67f51b"}) as unknown as TypedDocumentString<JourneyTemplatesQuery, JourneyTemplatesQueryVariables>;
export const CreateJourneyFromTemplateDocument = new TypedDocumentString(`
    mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {
  createJourneyFromTemplate(input: $input) {
    id
    name
  }
}
    `, {"hash":"9cffeea66550c03d5082478c0758d153584798d31b581864ee25cb5cb37d1bdd"}) as unknown as TypedDocumentString<CreateJourneyFromTemplateMutation, CreateJourneyFromTemplateMutationVariables>;
export const JourneyTemplatePreviewDocument = new TypedDocumentString(`
    query JourneyTemplatePreview($locale: String) {
  journeyTemplates(locale: $locale) {
    id
    name
    description
    version
    pluginName
    industryLabels {
      key
      name
    }
    persona {
      key
      name
      description
      goals
      needs
      frustrations
    }
    metrics {
      key
      name
      kind
      unit
      direction
      defaultTarget
    }
  }
}
    `, {"hash":"4a4ed55d0d2190cec77133c321b603b010f1b6bda4cebfa36c103995b37f3b8b"}) as unknown as TypedDocumentString<JourneyTemplatePreviewQuery, JourneyTemplatePreviewQueryVariables>;
export const JourneyTemplateUpgradeDocument = new TypedDocumentString(`
    query JourneyTemplateUpgrade($journeyId: ID!, $locale: String) {
  journeyTemplateUpgrade(journeyId: $journeyId, locale: $locale) {
    templateId
    templateName
    fromVersion
    toVersion
    baseRecorded
    changes {
      id
      kind
      target
      key
      name
      fields
    }
  }
}
    `, {"hash":"0b86c6baf3fe440eec62ed918bb47d66250ba7c2ce17e536fde2d5cd3117e75e"}) as unknown as TypedDocumentString<JourneyTemplateUpgradeQuery, JourneyTemplateUpgradeQueryVariables>;
export const ApplyJourneyTemplateUpgradeDocument = new TypedDocumentString(`
    mutation ApplyJourneyTemplateUpgrade($input: ApplyTemplateUpgradeInput!) {
  applyJourneyTemplateUpgrade(input: $input) {
    id
    templateVersion
  }
}
    `, {"hash":"dc2a412563b2dfb6e1bb0237cd06f275eb3795e748648056e67a5e40ca50eac3"}) as unknown as TypedDocumentString<ApplyJourneyTemplateUpgradeMutation, ApplyJourneyTemplateUpgradeMutationVariables>;
export const StatePairActionsDocument = new TypedDocumentString(`
    query StatePairActions($journeyId: ID!) {
  improvementActions(filter: {journeyId: $journeyId}, first: 100) {
    nodes {
      id
      title
      status
      priority
      touchpointIds
    }
  }
}
    `, {"hash":"c4404a2f3ce1b100c0f744cab954f9ea20a5a99402241b3671c4bb772451881e"}) as unknown as TypedDocumentString<StatePairActionsQuery, StatePairActionsQueryVariables>;
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
export const ResearchWorkspaceDocument = new TypedDocumentString(`
    query ResearchWorkspace($journeyId: ID!) {
  journey(id: $journeyId) {
    id
    name
    stages {
      id
      name
      touchpoints {
        id
        name
        painPoints {
          id
          title
          source
        }
      }
    }
  }
  researchPlan(journeyId: $journeyId) {
    journeyId
    goal
    scope
    hypotheses
    researchQuestions
    version
    done
    total
    steps {
      key
      status
      ownerUserId
      notes
    }
  }
  members {
    userId
    displayName
  }
  personas {
    id
    name
    description
    goals
    needs
    frustrations
  }
}
    `, {"hash":"084499c53ac1e674a357d1f20c83ff730e7dc1081d9c58f46991b4a2cbc1bb5f"}) as unknown as TypedDocumentString<ResearchWorkspaceQuery, ResearchWorkspaceQueryVariables>;
export const ResearchItemsDocument = new TypedDocumentString(`
    query ResearchItems($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {
  researchItems(
    journeyId: $journeyId
    filter: $filter
    first: $first
    after: $after
  ) {
    nodes {
      id
      kind
      title
      body
      source
      touchpointId
      personaId
      consent
      citationCount
      createdAt
      file {
        name
        contentType
        byteSize
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"a2cd237c72590c1915a6e86341291b39bc5c7d61c369b9356ce4a9e1668dfa56"}) as unknown as TypedDocumentString<ResearchItemsQuery, ResearchItemsQueryVariables>;
export const InsightEvidenceDocument = new TypedDocumentString(`
    query InsightEvidence($painPointIds: [ID!]!) {
  insightEvidence(painPointIds: $painPointIds) {
    insightId
    research
    feedback
    cases
    total
  }
}
    `, {"hash":"94ccb5490bd7a57bd5d6d3cba5494d1a87c096d91a2872f5fd349394a0b4ac85"}) as unknown as TypedDocumentString<InsightEvidenceQuery, InsightEvidenceQueryVariables>;
export const ResearchProgressDocument = new TypedDocumentString(`
    query ResearchProgress($journeyIds: [ID!]!) {
  researchProgress(journeyIds: $journeyIds) {
    journeyId
    done
    total
  }
}
    `, {"hash":"67f0b7cba93b4be7fb1eee2a9be25d6c8ff4d9f80b47309caae6a60bc6eb395e"}) as unknown as TypedDocumentString<ResearchProgressQuery, ResearchProgressQueryVariables>;
export const UpdateResearchStepDocument = new TypedDocumentString(`
    mutation UpdateResearchStep($input: UpdateResearchStepInput!) {
  updateResearchStep(input: $input) {
    journeyId
    done
    total
    steps {
      key
      status
      ownerUserId
      notes
    }
  }
}
    `, {"hash":"2a64b99b922db5c12f28d161fa84446d376198e21f956c35e65dd012a35b9f7f"}) as unknown as TypedDocumentString<UpdateResearchStepMutation, UpdateResearchStepMutationVariables>;
export const UpdateResearchBriefDocument = new TypedDocumentString(`
    mutation UpdateResearchBrief($input: UpdateResearchBriefInput!) {
  updateResearchBrief(input: $input) {
    journeyId
    goal
    scope
    hypotheses
    researchQuestions
    version
  }
}
    `, {"hash":"20152e6869ba7a2094de41dee89a535ed58a29a5136f7180cf3114429498b23a"}) as unknown as TypedDocumentString<UpdateResearchBriefMutation, UpdateResearchBriefMutationVariables>;
export const AddResearchItemDocument = new TypedDocumentString(`
    mutation AddResearchItem($input: AddResearchItemInput!) {
  addResearchItem(input: $input) {
    id
  }
}
    `, {"hash":"8483ced167023be464a45bf9a3d5aadc698eaa151b12168f697bec6abdb298ed"}) as unknown as TypedDocumentString<AddResearchItemMutation, AddResearchItemMutationVariables>;
export const DeleteResearchItemDocument = new TypedDocumentString(`
    mutation DeleteResearchItem($id: ID!) {
  deleteResearchItem(id: $id)
}
    `, {"hash":"1a85445edff3fa2925c1e32d4ac49c6e99a4b176fe7b1911b68e4d22e979ebf0"}) as unknown as TypedDocumentString<DeleteResearchItemMutation, DeleteResearchItemMutationVariables>;
export const CreatePainPointFromEvidenceDocument = new TypedDocumentString(`
    mutation CreatePainPointFromEvidence($input: CreatePainPointFromEvidenceInput!) {
  createPainPointFromEvidence(input: $input) {
    painPointId
    journeyId
    touchpointId
  }
}
    `, {"hash":"a5abcf4ef6b7aa64b3bed58e2fb1f7cbd108889f388c84dbe3b35fc5eaad63d5"}) as unknown as TypedDocumentString<CreatePainPointFromEvidenceMutation, CreatePainPointFromEvidenceMutationVariables>;
export const JourneyReviewsDocument = new TypedDocumentString(`
    query JourneyReviews($journeyId: ID, $first: Int, $after: String) {
  journeyReviews(journeyId: $journeyId, first: $first, after: $after) {
    nodes {
      id
      journeyId
      periodFrom
      periodTo
      decisions
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  journeyReviewsDue {
    journeyId
    dueOn
  }
  journeys(first: 200) {
    nodes {
      id
      name
    }
  }
}
    `, {"hash":"d484517040dbece57dd1603621e93cd6962cd9ce5aa0dcdf34bf6e59a804eb35"}) as unknown as TypedDocumentString<JourneyReviewsQuery, JourneyReviewsQueryVariables>;
export const JourneyReviewReportDocument = new TypedDocumentString(`
    query JourneyReviewReport($id: ID!) {
  journeyReview(id: $id) {
    id
    journeyId
    periodFrom
    periodTo
    decisions
    notes
    createdAt
    kpis {
      key
      nameEn
      nameZh
      value
      n
      low
      high
      target
      status
      lowSample
    }
    actions {
      id
      title
      status
      dueDate
      overdue
    }
  }
}
    `, {"hash":"ba391241ad5a7f50b7bb9c25df93459f365c6f4262c10f1a415fa487bd8fbb28"}) as unknown as TypedDocumentString<JourneyReviewReportQuery, JourneyReviewReportQueryVariables>;
export const ReviewJourneyDocument = new TypedDocumentString(`
    query ReviewJourney($id: ID!) {
  journey(id: $id) {
    id
    name
    version
    reviewCadenceDays
    nextReviewAt
  }
}
    `, {"hash":"a7b77a34d0c55ea0ad78cfd217281befd8cdcd0037dad488eed5c282d54ec8a6"}) as unknown as TypedDocumentString<ReviewJourneyQuery, ReviewJourneyQueryVariables>;
export const SetJourneyReviewCadenceDocument = new TypedDocumentString(`
    mutation SetJourneyReviewCadence($input: UpdateJourneyInput!) {
  updateJourney(input: $input) {
    id
    version
    reviewCadenceDays
    nextReviewAt
  }
}
    `, {"hash":"123b3861f8592b79dc28e6036e63479c65ebd9d7b79de170a968e1c334101afd"}) as unknown as TypedDocumentString<SetJourneyReviewCadenceMutation, SetJourneyReviewCadenceMutationVariables>;
export const CreateJourneyReviewDocument = new TypedDocumentString(`
    mutation CreateJourneyReview($input: CreateJourneyReviewInput!) {
  createJourneyReview(input: $input) {
    id
  }
}
    `, {"hash":"e2f61791e24da5797a1f07501ecce8fde31b73c4d6da403d06d738f778fc62d2"}) as unknown as TypedDocumentString<CreateJourneyReviewMutation, CreateJourneyReviewMutationVariables>;
export const WorkspaceDigestsDocument = new TypedDocumentString(`
    query WorkspaceDigests {
  workspaceDigests {
    id
    month
    createdAt
    items {
      journeyId
      journeyName
      metricKey
      nameEn
      nameZh
      before {
        value
        n
      }
      after {
        value
        n
      }
      change {
        difference
        low
        high
        pValue
        significant
      }
      actions {
        id
        title
        status
      }
    }
  }
}
    `, {"hash":"0d7aec4dd678249cce2563cfc76228ae344e50d976d6e7c2cd08a009131a80bb"}) as unknown as TypedDocumentString<WorkspaceDigestsQuery, WorkspaceDigestsQueryVariables>;
export const GenerateWorkspaceDigestDocument = new TypedDocumentString(`
    mutation GenerateWorkspaceDigest($month: String!) {
  generateWorkspaceDigest(month: $month) {
    id
  }
}
    `, {"hash":"98790f6384e5b31d0ef4a25fa878445b1e1f972ca0c63aa47e43f90fd5423687"}) as unknown as TypedDocumentString<GenerateWorkspaceDigestMutation, GenerateWorkspaceDigestMutationVariables>;
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
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `, {"hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `, {"hash":"dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac"}) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    nodes {
      id
      kind
      title
      body
      link
      actorName
      readAt
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"5b677ff555140eb727ce1e33605f2e1731042743b7057cfa1d5f44c2bb94585d"}) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `, {"hash":"dc38b2ce33b6b47590b5fc31a153989e22a9a9a51189c423c682a4b5f3bcd953"}) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead {
    marked
  }
}
    `, {"hash":"692feb74b6c259e3079d33e020a2fe1e4a8f43d8e9bfa9741dbd87d8ed3016b0"}) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    inApp
    email
  }
}
    `, {"hash":"52594c3eef1967f0c822467f9d4620650e0bb8bc7cfc4303c61ddde0173fd361"}) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    kind
    inApp
    email
  }
}
    `, {"hash":"5c14f99ab78d4c5b04bec6806f3e13e3fda23ce167be3c5acae5f21a71da491e"}) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
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
    leadUserId
  }
}
    `, {"hash":"b5736ca52f585ef50e02a0f3a9bc6264e4669edf651f43179000e448542e9e24"}) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
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
export const SetTeamLeadDocument = new TypedDocumentString(`
    mutation SetTeamLead($input: SetTeamLeadInput!) {
  setTeamLead(input: $input) {
    id
    leadUserId
  }
}
    `, {"hash":"46284a428320907414f7b7c305a0849f6757fd72164f9adfd25614198c95e5e1"}) as unknown as TypedDocumentString<SetTeamLeadMutation, SetTeamLeadMutationVariables>;
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
    industryLabels {
      key
      name
    }
    enabled
    templateCount
    personaCount
    metricCount
  }
}
    `, {"hash":"88a2317c6074f77aa1ab877f0e99e50cd5fcca8ce35355f8f315f5b1254a1bec"}) as unknown as TypedDocumentString<PluginsQuery, PluginsQueryVariables>;
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
    pluginContentChanges {
      pluginId
      version
      templateKeys
    }
  }
}
    `, {"hash":"92d75027cd2d3853ef0f4697e54dfad5a6b0383e8f1496fa7d5be7b1ea7741e4"}) as unknown as TypedDocumentString<SystemDetailsQuery, SystemDetailsQueryVariables>;