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

export type AuthPayload = {
  /** Session token for `Authorization: Bearer`; the console uses the httpOnly cookie instead */
  token: Scalars['String']['output'];
  user: User;
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
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

export type DatabaseStatus = {
  migrationsApplied: Scalars['Int']['output'];
  migrationsPending: Array<Scalars['String']['output']>;
  reachable: Scalars['Boolean']['output'];
  serverVersion?: Maybe<Scalars['String']['output']>;
};

export type DuplicateJourneyInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. duplicate a current-state map into a future-state one */
  state?: InputMaybe<Scalars['String']['input']>;
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

export type Invitation = {
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type InviteMemberResult = {
  /** Set when the email has no account yet: it joins on sign-up */
  invitation?: Maybe<Invitation>;
  /** Set when the email already had an account: they are a member now */
  member?: Maybe<Member>;
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

export type JourneyDiff = {
  fromRevision: Scalars['Int']['output'];
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

export type JourneyRevision = {
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
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

export type KpiBucket = {
  figure: KpiFigure;
  /** First day of the bucket (YYYY-MM-DD) */
  start: Scalars['String']['output'];
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

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Me = {
  user: User;
  workspaces: Array<Workspace>;
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
  addOpportunity: Journey;
  addPainPoint: Journey;
  addStage: Journey;
  addTeamMember: Team;
  addTouchpoint: Journey;
  archiveJourney: Journey;
  /** Issue a token; its secret is in this response only. */
  createApiToken: CreatedApiToken;
  createJourney: Journey;
  createJourneyFromTemplate: Journey;
  createPersona: Persona;
  createSite: Site;
  createTeam: Team;
  /** Create a workspace; the caller becomes its owner. */
  createWorkspace: Workspace;
  deleteOpportunity: Journey;
  deletePainPoint: Journey;
  deleteStage: Journey;
  deleteTouchpoint: Journey;
  /** Copy a map, e.g. a current-state map into a future-state one. */
  duplicateJourney: Journey;
  /** Create a journey from an exported document; all-or-nothing, errors name the field path. */
  importJourney: Journey;
  inviteMember: InviteMemberResult;
  login: AuthPayload;
  /** Revoke the current session. */
  logout: Scalars['Boolean']['output'];
  moveStage: Journey;
  /** Move within a stage or to another stage of the same journey; positions stay dense. */
  moveTouchpoint: Journey;
  removeMember: Member;
  /** Put the map back as it was at a revision (recorded as a new revision). */
  restoreJourneyRevision: Journey;
  revokeApiToken: ApiToken;
  /** Turn a plugin on or off for this workspace; journeys made from it stay. */
  setPluginEnabled: Plugin;
  /** Create an account and sign in; pending invitations for the email are accepted. */
  signUp: AuthPayload;
  /** Enter one response by hand (console); the same validation, exactly-once key and roll-up as the REST batch. */
  submitFeedback: FeedbackResponse;
  updateJourney: Journey;
  updateMemberRole: Member;
  updateOpportunity: Journey;
  updatePainPoint: Journey;
  updatePersona: Persona;
  updateStage: Journey;
  updateTouchpoint: Journey;
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


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
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


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
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


export type MutationMoveStageArgs = {
  input: MoveStageInput;
};


export type MutationMoveTouchpointArgs = {
  input: MoveTouchpointInput;
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


export type MutationSetPluginEnabledArgs = {
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
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

export type Opportunity = {
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  painPointId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  touchpointId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
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
  apiTokens: Array<ApiToken>;
  /** Recent changes in the current workspace, newest first (admins). */
  auditEvents: Array<AuditEvent>;
  /** The map as a JSON document (format opencx.journey v1) for importJourney. */
  exportJourney: Scalars['JSON']['output'];
  /** Invitations not yet accepted (admins). */
  invitations: Array<Invitation>;
  /** The whole map in one request; touchpointFilter gives views by channel, team, device or region. */
  journey: Journey;
  journeyDiff: JourneyDiff;
  /** Every change to the map, newest first. */
  journeyRevisions: Array<JourneyRevision>;
  /** Journey templates of the enabled plugins (the template gallery). */
  journeyTemplates: Array<JourneyTemplate>;
  /** Journeys of the workspace, most recently changed first. */
  journeys: Array<JourneySummary>;
  /** KPIs of a journey, stage, touchpoint or site per time bucket and per child, read from the daily roll-ups. */
  kpis: KpiReport;
  me: Me;
  members: Array<Member>;
  /** The workspace's metric definitions. */
  metricDefinitions: Array<MetricDefinition>;
  /** The journey's moments of truth, in map order. */
  momentsOfTruth: Array<Touchpoint>;
  personas: Array<Persona>;
  /** Installed plugins and whether each is enabled here. */
  plugins: Array<Plugin>;
  sites: Array<Site>;
  /** API version and database status. */
  system: SystemInfo;
  teams: Array<Team>;
  /** Workspaces the caller belongs to. */
  workspaces: Array<Workspace>;
};


export type QueryAuditEventsArgs = {
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryExportJourneyArgs = {
  id: Scalars['ID']['input'];
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


export type QueryJourneyRevisionsArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryJourneyTemplatesArgs = {
  industry?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJourneysArgs = {
  filter?: InputMaybe<JourneyFilterInput>;
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


export type QueryMomentsOfTruthArgs = {
  journeyId: Scalars['ID']['input'];
};


export type QueryPluginsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** Workspace role, weakest first: viewer < editor < admin < owner */
export type Role =
  | 'admin'
  | 'editor'
  | 'owner'
  | 'viewer';

export type SetPluginEnabledInput = {
  enabled: Scalars['Boolean']['input'];
  pluginId: Scalars['String']['input'];
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

export type SystemInfo = {
  database: DatabaseStatus;
  nodeVersion: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
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

/** A metric bound to a touchpoint, with its effective target */
export type TouchpointMetric = {
  definitionId: Scalars['ID']['output'];
  direction: Scalars['String']['output'];
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  warningThreshold?: Maybe<Scalars['Float']['output']>;
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

export type Workspace = {
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The caller's role in this workspace */
  role: Role;
  slug: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

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


export type JourneyDiffQuery = { journeyDiff: { fromRevision: number, toRevision: number, painPointsAdded: number, painPointsRemoved: number, opportunitiesAdded: number, opportunitiesRemoved: number, journeyFields: Array<{ field: string, before?: unknown | null, after?: unknown | null }>, stagesAdded: Array<{ id: string, name: string, position?: number | null }>, stagesRemoved: Array<{ id: string, name: string, position?: number | null }>, stagesMoved: Array<{ id: string, name: string, from?: number | null, to?: number | null }>, stagesChanged: Array<{ id: string, name: string, changes?: Array<{ field: string, before?: unknown | null, after?: unknown | null }> | null }>, touchpointsAdded: Array<{ id: string, name: string, stageId?: string | null }>, touchpointsRemoved: Array<{ id: string, name: string, stageId?: string | null }>, touchpointsMoved: Array<{ id: string, name: string, fromStageId?: string | null, toStageId?: string | null, fromPosition?: number | null, toPosition?: number | null }>, touchpointsChanged: Array<{ id: string, name: string, changes?: Array<{ field: string, before?: unknown | null, after?: unknown | null }> | null }> } };

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

export type JourneysQueryVariables = Exact<{
  filter?: InputMaybe<JourneyFilterInput>;
}>;


export type JourneysQuery = { journeys: Array<{ id: string, name: string, description: string, state: string, shape: string, status: string, personaId?: string | null, personaName?: string | null, sourcePluginId?: string | null, stageCount: number, touchpointCount: number, painPointCount: number, revision: number, version: number, updatedAt: string }> };

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

export type PluginsQueryVariables = Exact<{
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type PluginsQuery = { plugins: Array<{ id: string, displayName: string, description: string, version: string, industries: Array<string>, enabled: boolean, templateCount: number, personaCount: number, metricCount: number }> };

export type SetPluginEnabledMutationVariables = Exact<{
  input: SetPluginEnabledInput;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPluginEnabledMutation = { setPluginEnabled: { id: string, enabled: boolean } };

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

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { members: Array<{ userId: string, email: string, displayName: string, role: Role, joinedAt: string }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, createdAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { member?: { userId: string, email: string, role: Role } | null, invitation?: { id: string, email: string, role: Role } | null } };

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

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { system: { version: string, nodeVersion: string, startedAt: string, database: { reachable: boolean, serverVersion?: string | null, migrationsApplied: number, migrationsPending: Array<string> } } };

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
}`) as unknown as TypedDocumentString<JourneyMapQuery, JourneyMapQueryVariables>;
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
}`) as unknown as TypedDocumentString<UpdateJourneyMutation, UpdateJourneyMutationVariables>;
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
}`) as unknown as TypedDocumentString<AddStageMutation, AddStageMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateStageMutation, UpdateStageMutationVariables>;
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
}`) as unknown as TypedDocumentString<MoveStageMutation, MoveStageMutationVariables>;
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
}`) as unknown as TypedDocumentString<DeleteStageMutation, DeleteStageMutationVariables>;
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
}`) as unknown as TypedDocumentString<AddTouchpointMutation, AddTouchpointMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateTouchpointMutation, UpdateTouchpointMutationVariables>;
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
}`) as unknown as TypedDocumentString<MoveTouchpointMutation, MoveTouchpointMutationVariables>;
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
}`) as unknown as TypedDocumentString<DeleteTouchpointMutation, DeleteTouchpointMutationVariables>;
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
}`) as unknown as TypedDocumentString<AddPainPointMutation, AddPainPointMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdatePainPointMutation, UpdatePainPointMutationVariables>;
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
}`) as unknown as TypedDocumentString<DeletePainPointMutation, DeletePainPointMutationVariables>;
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
}`) as unknown as TypedDocumentString<AddOpportunityMutation, AddOpportunityMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
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
}`) as unknown as TypedDocumentString<DeleteOpportunityMutation, DeleteOpportunityMutationVariables>;
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
}`) as unknown as TypedDocumentString<RestoreJourneyRevisionMutation, RestoreJourneyRevisionMutationVariables>;
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
    `) as unknown as TypedDocumentString<JourneyRevisionsQuery, JourneyRevisionsQueryVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<JourneyDiffQuery, JourneyDiffQueryVariables>;
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
    `) as unknown as TypedDocumentString<PersonasQuery, PersonasQueryVariables>;
export const CreatePersonaDocument = new TypedDocumentString(`
    mutation CreatePersona($input: CreatePersonaInput!) {
  createPersona(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CreatePersonaMutation, CreatePersonaMutationVariables>;
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
    `) as unknown as TypedDocumentString<UpdatePersonaMutation, UpdatePersonaMutationVariables>;
export const JourneysDocument = new TypedDocumentString(`
    query Journeys($filter: JourneyFilterInput) {
  journeys(filter: $filter) {
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
}
    `) as unknown as TypedDocumentString<JourneysQuery, JourneysQueryVariables>;
export const CreateJourneyDocument = new TypedDocumentString(`
    mutation CreateJourney($input: CreateJourneyInput!) {
  createJourney(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateJourneyMutation, CreateJourneyMutationVariables>;
export const DuplicateJourneyDocument = new TypedDocumentString(`
    mutation DuplicateJourney($input: DuplicateJourneyInput!) {
  duplicateJourney(input: $input) {
    id
    name
    state
  }
}
    `) as unknown as TypedDocumentString<DuplicateJourneyMutation, DuplicateJourneyMutationVariables>;
export const ArchiveJourneyDocument = new TypedDocumentString(`
    mutation ArchiveJourney($id: ID!) {
  archiveJourney(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveJourneyMutation, ArchiveJourneyMutationVariables>;
export const ImportJourneyDocument = new TypedDocumentString(`
    mutation ImportJourney($document: JSON!, $name: String) {
  importJourney(document: $document, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ImportJourneyMutation, ImportJourneyMutationVariables>;
export const ExportJourneyDocument = new TypedDocumentString(`
    query ExportJourney($id: ID!) {
  exportJourney(id: $id)
}
    `) as unknown as TypedDocumentString<ExportJourneyQuery, ExportJourneyQueryVariables>;
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
    `) as unknown as TypedDocumentString<JourneyTemplatesQuery, JourneyTemplatesQueryVariables>;
export const CreateJourneyFromTemplateDocument = new TypedDocumentString(`
    mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {
  createJourneyFromTemplate(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateJourneyFromTemplateMutation, CreateJourneyFromTemplateMutationVariables>;
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
    `) as unknown as TypedDocumentString<PluginsQuery, PluginsQueryVariables>;
export const SetPluginEnabledDocument = new TypedDocumentString(`
    mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {
  setPluginEnabled(input: $input, locale: $locale) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<SetPluginEnabledMutation, SetPluginEnabledMutationVariables>;
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
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
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
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
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
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
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    id
    email
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    member {
      userId
      email
      role
    }
    invitation {
      id
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMemberRoleDocument = new TypedDocumentString(`
    mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    userId
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($userId: ID!) {
  removeMember(userId: $userId) {
    userId
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams {
  teams {
    id
    name
    description
    memberIds
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    id
    memberIds
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
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
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
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
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SystemStatusDocument = new TypedDocumentString(`
    query SystemStatus {
  system {
    version
    nodeVersion
    startedAt
    database {
      reachable
      serverVersion
      migrationsApplied
      migrationsPending
    }
  }
}
    `) as unknown as TypedDocumentString<SystemStatusQuery, SystemStatusQueryVariables>;