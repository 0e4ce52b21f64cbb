import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { getNamedType, isEnumType, isNonNullType, isObjectType, isScalarType, type GraphQLOutputType } from 'graphql';
import { addMember, caseIntakeDrained, inviteByLink, signUpUser, uniqueEmail, type CallOptions, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';
import { variableDefinition, type Operation } from './schema-operations';

/**
 * Everything a workspace holds that an operation can point at, one of each, for specs that call every
 * operation (audit on every mutation, cross-workspace ids, property tests). Every text carries `marker`,
 * so a spec can tell whether any of it leaked into an answer meant for another workspace.
 */
export interface OperationFixture {
  marker: string;
  workspaceId: string;
  owner: TestUser;
  memberUserId: string;
  teamId: string;
  personaId: string;
  /** A further persona of the fixture journey (the "by persona" map), with its own emotion at `touchpointId`. */
  secondPersonaId: string;
  journeyId: string;
  stageId: string;
  otherStageId: string;
  touchpointId: string;
  painPointId: string;
  opportunityId: string;
  apiTokenId: string;
  templateKey: string;
  /** Made from `templateKey` and recorded as version 0.0.0 of it, so the installed template is a newer one to apply. */
  templateJourneyId: string;
  /** The installed version of `templateKey`. */
  templateVersion: string;
  siteId: string;
  siteCode: string;
  /** Created by the fixture's first response (core metrics are defined on first use). */
  metricDefinitionId: string;
  /** A pending invitation link of the workspace (to a throw-away address: the link is the proof, not the email). */
  invitationId: string;
  invitationToken: string;
  /** Signed up, member of no workspace yet: the one who can accept `invitationToken`. */
  outsider: TestUser;
  feedbackResponseId: string;
  collectionLinkId: string;
  /** A read-only share link of the fixture's journey map. */
  shareLinkId: string;
  /** The fixture journey's version once the fixture is built (its lanes bump it). */
  journeyVersion: number;
  importJobId: string;
  /** An open KPI alert at `touchpointId` (its NPS dropped significantly below the warning threshold this week). */
  kpiAlertId: string;
  /** The fixture's follow-up rule (NPS ≤ 6), the case it opened for the fixture's detractor response, and a root-cause code. */
  followUpRuleId: string;
  followUpCaseId: string;
  /** A second case of the fixture rule, contacted and resolved with the root cause (re-survey needs one). */
  resolvedCaseId: string;
  rootCauseCodeId: string;
  /** A review held of the fixture journey. */
  journeyReviewId: string;
  /** The workspace's digest of January 2026. */
  workspaceDigestId: string;
  /** An improvement action from the fixture's pain point, measuring the fixture's NPS. */
  improvementActionId: string;
  /** The owner's saved view of the fixture journey. */
  journeyViewId: string;
  /** A pain-point suggestion the fixture's evidence makes (its touchpoint feels far worse than designed). */
  suggestionKey: string;
  /** A research quote at `touchpointId` (persona `personaId`), cited by `painPointId`. */
  researchItemId: string;
  /** The owner's comment thread on the touchpoint (mentioning the member), and the owner's notification of the member's reply that mentions them. */
  commentId: string;
  notificationId: string;
}

/** Ids of the fixture, by key: a spec may swap any of them for another workspace's. */
export const FIXTURE_ID_KEYS = [
  'memberUserId',
  'teamId',
  'personaId',
  'secondPersonaId',
  'journeyId',
  'stageId',
  'otherStageId',
  'touchpointId',
  'painPointId',
  'opportunityId',
  'apiTokenId',
  'siteId',
  'metricDefinitionId',
  'invitationId',
  'feedbackResponseId',
  'collectionLinkId',
  'shareLinkId',
  'importJobId',
  'kpiAlertId',
  'followUpRuleId',
  'followUpCaseId',
  'resolvedCaseId',
  'journeyReviewId',
  'workspaceDigestId',
  'rootCauseCodeId',
  'improvementActionId',
  'journeyViewId',
  'researchItemId',
  'templateJourneyId',
  'commentId',
  'notificationId',
] as const;

export interface WorkspaceMembers {
  workspace: TestWorkspace;
  member: TestUser;
  /** An account outside the workspace, to accept its invitations. */
  outsider: TestUser;
}

/** A workspace with its owner, one editor and one outsider (sign-up is rate limited, so specs reuse this for many fixtures). */
export async function workspaceWithMember(api: TestApi, workspace: TestWorkspace): Promise<WorkspaceMembers> {
  return { workspace, member: await addMember(api, workspace, 'editor'), outsider: await signUpUser(api, 'outsider') };
}

/** A fresh journey tree, persona, team and API token in the workspace. */
export async function buildOperationFixture(api: TestApi, { workspace, member, outsider }: WorkspaceMembers): Promise<OperationFixture> {
  const marker = `fixture-${randomBytes(5).toString('hex')}`;
  const opts = { token: workspace.owner.token, workspaceId: workspace.id };
  const ok = <T>(query: string, variables: Record<string, unknown>) => api.gqlOk<T>(query, variables, opts);
  const team = await ok<{ createTeam: { id: string } }>(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, { input: { name: `${marker} team` } });
  const persona = await ok<{ createPersona: { id: string } }>(`mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, {
    input: { name: `${marker} persona`, goals: [`${marker} goal`] },
  });
  const journey = await ok<{ createJourney: { id: string } }>(`mutation($input: CreateJourneyInput!) { createJourney(input: $input) { id } }`, {
    input: { name: `${marker} journey`, personaId: persona.createPersona.id },
  });
  const journeyId = journey.createJourney.id;
  const addStage = (name: string) =>
    ok<{ addStage: { stages: { id: string }[] } }>(`mutation($input: AddStageInput!) { addStage(input: $input) { stages { id } } }`, { input: { journeyId, name } });
  await addStage(`${marker} stage 1`);
  const stages = (await addStage(`${marker} stage 2`)).addStage.stages;
  const tp = await ok<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { stages { touchpoints { id } } } }`,
    { input: { stageId: stages[0].id, name: `${marker} touchpoint`, customerThought: `${marker} thought` } },
  );
  const touchpointId = tp.addTouchpoint.stages[0].touchpoints[0].id;
  const pain = await ok<{ addPainPoint: { stages: { touchpoints: { painPoints: { id: string }[] }[] }[] } }>(
    `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { stages { touchpoints { painPoints { id } } } } }`,
    { input: { touchpointId, title: `${marker} pain`, severity: 3 } },
  );
  const painPointId = pain.addPainPoint.stages[0].touchpoints[0].painPoints[0].id;
  const opp = await ok<{ addOpportunity: { stages: { touchpoints: { opportunities: { id: string }[] }[] }[] } }>(
    `mutation($input: AddOpportunityInput!) { addOpportunity(input: $input) { stages { touchpoints { opportunities { id } } } } }`,
    { input: { touchpointId, painPointId, title: `${marker} opportunity` } },
  );
  // A further persona of the journey with its own emotion at the touchpoint (setTouchpointPersonaEmotion writes to it).
  const secondPersona = await ok<{ createPersona: { id: string } }>(`mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, { input: { name: `${marker} second persona` } });
  const secondPersonaId = secondPersona.createPersona.id;
  await ok(`mutation($input: SetJourneyPersonasInput!) { setJourneyPersonas(input: $input) { id } }`, { input: { journeyId, personaIds: [secondPersonaId] } });
  await ok(`mutation($input: SetTouchpointPersonaEmotionInput!) { setTouchpointPersonaEmotion(input: $input) { id } }`, { input: { touchpointId, personaId: secondPersonaId, emotion: -1 } });
  // A custom lane (key "systems") with an entry at the touchpoint: setTouchpointLaneItems writes to it.
  await ok(`mutation($input: SetJourneyLanesInput!) { setJourneyLanes(input: $input) { id } }`, { input: { journeyId, lanes: [{ key: 'systems', nameZh: `${marker} 系统`, nameEn: `${marker} systems`, kind: 'text' }] } });
  await ok(`mutation($input: SetTouchpointLaneItemsInput!) { setTouchpointLaneItems(input: $input) { id } }`, { input: { touchpointId, laneKey: 'systems', items: [`${marker} CRM`] } });
  const token = await ok<{ createApiToken: { apiToken: { id: string }; secret: string } }>(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } secret } }`,
    { input: { name: `${marker} token`, scopes: ['feedback:write'] } },
  );
  const templates = await ok<{ journeyTemplates: { id: string; version: string }[] }>(`{ journeyTemplates { id version } }`, {});
  const siteCode = `${marker}-site`;
  const site = await ok<{ createSite: { id: string } }>(`mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
    input: { code: siteCode, name: `${marker} site`, region: `${marker} region` },
  });
  const rule = await ok<{ createFollowUpRule: { id: string } }>(`mutation($input: FollowUpRuleInput!) { createFollowUpRule(input: $input) { id } }`, {
    input: { name: `${marker} rule`, condition: { metric: 'nps', op: 'lte', value: 6 }, keywords: [marker], assigneeTeamId: team.createTeam.id },
  });
  const rootCause = await ok<{ createRootCauseCode: { id: string } }>(`mutation($input: CreateRootCauseCodeInput!) { createRootCauseCode(input: $input) { id } }`, {
    input: { code: `${marker}-cause`, label: `${marker} cause` },
  });
  const response = await ok<{ submitFeedback: { id: string } }>(`mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }`, {
    input: { touchpointId, site: siteCode, nps: 3, comment: `${marker} comment`, segment: `${marker} segment` },
  });
  const definitions = await ok<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`, {});
  // Cases open shortly after the answer commits, when the cases' intake is drained.
  await caseIntakeDrained(api.databaseUrl);
  const followUpCase = await caseOpenedBy(ok, response.submitFeedback.id);
  if (followUpCase?.ruleKey !== `rule:${rule.createFollowUpRule.id}`) throw new Error(`the fixture rule opened no case for the detractor response (found ${followUpCase?.ruleKey ?? 'none'})`);
  const resolvedCaseId = await resolvedCase(api, ok, { touchpointId, marker, ruleId: rule.createFollowUpRule.id, rootCauseCodeId: rootCause.createRootCauseCode.id, openCaseId: followUpCase.id });
  const invitation = await inviteByLink(api, workspace, uniqueEmail('invited'), 'viewer');
  const link = await ok<{ createCollectionLink: { id: string } }>(`mutation($input: CreateCollectionLinkInput!) { createCollectionLink(input: $input) { id } }`, {
    input: { touchpointId, label: `${marker} link` },
  });
  const importJobId = await finishedImport(api, opts, `touchpointId,occurredAt,externalId,nps,comment\r\n${touchpointId},2026-10-01T09:00:00+08:00,${marker},9,${marker} comment\r\n`, `${marker}.csv`);
  const kpiAlertId = await openKpiAlert(api, opts, token.createApiToken.secret, touchpointId, definitions.metricDefinitions.find((d) => d.key === 'nps')?.id ?? '', marker);
  // Nine more detractors a day ago (ten with the response above): the touchpoint's measured emotion falls far below its designed 0 (a pain-point suggestion).
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const detractors = await api.http('/api/v1/feedback', {
    method: 'POST',
    token: token.createApiToken.secret,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ responses: Array.from({ length: 9 }, (_, i) => ({ touchpointId, occurredAt: yesterday, nps: 0, externalId: `${marker}-d${i}` })) }),
  });
  if (detractors.status >= 300) throw new Error(`fixture feedback refused: ${detractors.status}`);
  // Whatever the evidence now suggests at the touchpoint (an emotion gap, or off target after the alert's drop).
  const suggested = await ok<{ painPointSuggestions: { key: string; touchpointId: string }[] }>(`query($j: ID!) { painPointSuggestions(journeyId: $j) { key touchpointId } }`, { j: journeyId });
  const suggestion = suggested.painPointSuggestions.find((s) => s.touchpointId === touchpointId);
  if (!suggestion) throw new Error('the fixture evidence made no pain-point suggestion');
  const metricDefinitionId = definitions.metricDefinitions.find((d) => d.key === 'nps')?.id ?? '';
  const action = await ok<{ createImprovementAction: { id: string } }>(`mutation($input: CreateImprovementActionInput!) { createImprovementAction(input: $input) { id } }`, {
    input: { title: `${marker} action`, description: `${marker} why`, painPointId, ownerUserId: member.id, teamId: team.createTeam.id, targetMetricId: metricDefinitionId, dueDate: '2030-01-01' },
  });
  const view = await ok<{ saveJourneyView: { id: string } }>(`mutation($input: SaveJourneyViewInput!) { saveJourneyView(input: $input) { id } }`, {
    input: { journeyId, name: `${marker} view`, settings: { zoom: 0.5, density: 'compact', lanes: { thought: 'collapsed' }, filter: { kind: 'all' } }, shared: true },
  });
  const quote = await ok<{ addResearchItem: { id: string } }>(`mutation($input: AddResearchItemInput!) { addResearchItem(input: $input) { id } }`, {
    input: { journeyId, touchpointId, kind: 'quote', body: `${marker} quote`, personaId: persona.createPersona.id, consent: true },
  });
  await ok(`mutation($input: CiteEvidenceInput!) { citeEvidence(input: $input) { id } }`, { input: { itemId: quote.addResearchItem.id, painPointId } });
  const review = await ok<{ createJourneyReview: { id: string } }>(`mutation($input: CreateJourneyReviewInput!) { createJourneyReview(input: $input) { id } }`, {
    input: { journeyId, decisions: [`${marker} decision`] },
  });
  // One digest per workspace and month: made by the workspace's first fixture (it reads every journey), found by the next ones.
  const digests = await ok<{ workspaceDigests: { id: string; month: string }[] }>(`{ workspaceDigests { id month } }`, {});
  const workspaceDigestId =
    digests.workspaceDigests.find((d) => d.month === '2026-01')?.id ?? (await ok<{ generateWorkspaceDigest: { id: string } }>(`mutation { generateWorkspaceDigest(month: "2026-01") { id } }`, {})).generateWorkspaceDigest.id;
  const comment = await ok<{ addComment: { id: string } }>(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { journeyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, body: `${marker} comment @member`, mentionUserIds: [member.id] },
  });
  const memberOpts = { token: member.token, workspaceId: workspace.id };
  await api.gqlOk(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { journeyId, targetKind: 'TOUCHPOINT', targetId: touchpointId, parentId: comment.addComment.id, body: `${marker} reply @owner`, mentionUserIds: [workspace.owner.id] },
  }, memberOpts);
  const inbox = await ok<{ notifications: { nodes: { id: string; entityType: string }[] } }>(`{ notifications(first: 1, unreadOnly: true) { nodes { id entityType } } }`, {});
  const notificationId = inbox.notifications.nodes[0]?.id;
  if (!notificationId) throw new Error('the fixture reply did not notify the owner');
  const share = await ok<{ createShareLink: { link: { id: string } } }>(`mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { link { id } } }`, {
    input: { journeyId, target: 'map', label: `${marker} share` },
  });
  const journeyVersion = (await ok<{ journey: { version: number } }>(`query($id: ID!) { journey(id: $id) { version } }`, { id: journeyId })).journey.version;
  // Every batch above has opened its cases before a spec snapshots the database.
  await caseIntakeDrained(api.databaseUrl);
  return {
    journeyVersion,
    journeyViewId: view.saveJourneyView.id,
    researchItemId: quote.addResearchItem.id,
    workspaceDigestId,
    journeyReviewId: review.createJourneyReview.id,
    commentId: comment.addComment.id,
    notificationId,
    shareLinkId: share.createShareLink.link.id,
    improvementActionId: action.createImprovementAction.id,
    suggestionKey: suggestion.key,
    marker,
    workspaceId: workspace.id,
    owner: workspace.owner,
    memberUserId: member.id,
    teamId: team.createTeam.id,
    personaId: persona.createPersona.id,
    secondPersonaId,
    journeyId,
    stageId: stages[0].id,
    otherStageId: stages[1].id,
    touchpointId,
    painPointId,
    opportunityId: opp.addOpportunity.stages[0].touchpoints[0].opportunities[0].id,
    apiTokenId: token.createApiToken.apiToken.id,
    templateKey: templates.journeyTemplates[0].id,
    templateVersion: templates.journeyTemplates[0].version,
    templateJourneyId: await olderTemplateJourney(api, opts, templates.journeyTemplates[0].id, marker),
    siteId: site.createSite.id,
    siteCode,
    metricDefinitionId: definitions.metricDefinitions.find((d) => d.key === 'nps')?.id ?? '',
    invitationId: invitation.id,
    invitationToken: invitation.token,
    outsider,
    feedbackResponseId: response.submitFeedback.id,
    collectionLinkId: link.createCollectionLink.id,
    importJobId,
    kpiAlertId,
    followUpRuleId: rule.createFollowUpRule.id,
    followUpCaseId: followUpCase.id,
    resolvedCaseId,
    rootCauseCodeId: rootCause.createRootCauseCode.id,
  };
}

/**
 * An empty journey marked, from outside, as made from version 0.0.0 of the template (no plugin ever
 * shipped it), so the installed template is a newer one to apply. Cheaper than copying the template
 * (the fixture is built once per mutation).
 */
async function olderTemplateJourney(api: TestApi, opts: CallOptions, templateKey: string, marker: string): Promise<string> {
  const made = await api.gqlOk<{ createJourney: { id: string } }>(`mutation($input: CreateJourneyInput!) { createJourney(input: $input) { id } }`, { input: { name: `${marker} from template` } }, opts);
  const [pluginId, key] = templateKey.split('/');
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  try {
    await db.query(`UPDATE journey SET source_plugin_id = $2, template_key = $3, template_version = '0.0.0' WHERE id = $1`, [made.createJourney.id, pluginId, key]);
  } finally {
    await db.end();
  }
  return made.createJourney.id;
}

/** NPS bound to the touchpoint, 40 promoters 7–13 days ago and 40 detractors this week (one REST batch), then an alert check: one open alert. */
async function openKpiAlert(api: TestApi, opts: CallOptions, secret: string, touchpointId: string, npsId: string, marker: string): Promise<string> {
  await api.gqlOk(`mutation($input: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $input) { id } }`, { input: { touchpointId, metrics: [{ metricDefinitionId: npsId }] } }, opts);
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const responses = Array.from({ length: 80 }, (_, i) => ({ touchpointId, occurredAt: at(i < 40 ? 10 : 2), externalId: `${marker}-alert-${i}`, nps: i < 40 ? 10 : 0 }));
  const res = await api.http('/api/v1/feedback', { method: 'POST', token: secret, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) });
  if (res.status !== 201) throw new Error(`fixture feedback refused: ${res.status} ${await res.text()}`);
  await api.gqlOk(`mutation { checkKpiAlerts { opened } }`, {}, opts);
  const { alerts } = await api.gqlOk<{ alerts: { nodes: { id: string; touchpointId: string }[] } }>(`{ alerts(status: OPEN, first: 100) { nodes { id touchpointId } } }`, {}, opts);
  const alert = alerts.nodes.find((a) => a.touchpointId === touchpointId);
  if (!alert) throw new Error('the fixture alert did not open');
  return alert.id;
}

/**
 * The case a response opened, looked up through the whole queue: fixtures are built a few at once in
 * one workspace, and the others' alert detractors can open more cases than one page holds.
 */
async function caseOpenedBy(
  ok: <T>(query: string, variables: Record<string, unknown>) => Promise<T>,
  responseId: string,
): Promise<{ id: string; ruleKey: string } | undefined> {
  type Page = { followUpCases: { nodes: { id: string; ruleKey: string; subjectId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  let after: string | null = null;
  for (;;) {
    const page: Page = await ok<Page>(`query($after: String) { followUpCases(first: 100, after: $after) { nodes { id ruleKey subjectId } pageInfo { hasNextPage endCursor } } }`, { after });
    const found = page.followUpCases.nodes.find((c) => c.subjectId === responseId);
    if (found) return found;
    if (!page.followUpCases.pageInfo.hasNextPage) return undefined;
    after = page.followUpCases.pageInfo.endCursor;
  }
}

/** A second detractor answer of the fixture opens a second case of its rule; it is contacted and resolved. */
async function resolvedCase(
  api: TestApi,
  ok: <T>(query: string, variables: Record<string, unknown>) => Promise<T>,
  fx: { touchpointId: string; marker: string; ruleId: string; rootCauseCodeId: string; openCaseId: string },
): Promise<string> {
  const again = await ok<{ submitFeedback: { id: string } }>(`mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }`, {
    input: { touchpointId: fx.touchpointId, nps: 2, comment: `${fx.marker} again` },
  });
  await caseIntakeDrained(api.databaseUrl);
  const second = await caseOpenedBy(ok, again.submitFeedback.id);
  if (second?.ruleKey !== `rule:${fx.ruleId}` || second.id === fx.openCaseId) throw new Error(`the fixture rule opened no second case (found ${second?.ruleKey ?? 'none'})`);
  const update = `mutation($input: UpdateFollowUpCaseInput!) { updateFollowUpCase(input: $input) { id } }`;
  await ok(update, { input: { id: second.id, status: 'CONTACTED' } });
  await ok(update, { input: { id: second.id, status: 'RESOLVED', rootCauseCodeId: fx.rootCauseCodeId } });
  return second.id;
}

/** A CSV import run to its end (specs that snapshot the database must not see it still working). */
async function finishedImport(api: TestApi, opts: CallOptions, csv: string, fileName: string): Promise<string> {
  const res = await api.http(`/api/v1/feedback/import?fileName=${encodeURIComponent(fileName)}`, { method: 'POST', ...opts, headers: { 'content-type': 'text/csv' }, body: csv });
  if (res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 600; i++) {
    const { importJob } = await api.gqlOk<{ importJob: { status: string } }>(`query($id: ID!) { importJob(id: $id) { status } }`, { id }, opts);
    if (importJob.status === 'succeeded' || importJob.status === 'failed') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Who calls: the fixture workspace's owner (default), or nobody (public operations). */
export interface OperationCall {
  variables: Record<string, unknown>;
  anonymous?: boolean;
  /** Calls made in no workspace (createWorkspace, me …). */
  noWorkspace?: boolean;
  /** Made by the fixture's outsider, in no workspace (accepting an invitation). */
  asOutsider?: boolean;
}

const minimalDocument = (name: string) => ({
  format: 'opencx.journey',
  version: 1,
  journey: {
    name,
    state: 'current',
    shape: 'linear',
    status: 'draft',
    persona: null,
    stages: [{ name: 'Stage', touchpoints: [{ name: 'Touchpoint', channel: 'web', emotion: 0, momentOfTruth: false, layer: 'front_stage', painPoints: [], opportunities: [] }] }],
  },
});

/** A calendar day (YYYY-MM-DD, UTC) some days from today. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A valid call of each operation against a fixture. Specs that cover every operation fail when the
 * schema has one without a recipe, so a new operation is covered as soon as it lands (add it here).
 * Versions are 1 because every fixture is fresh.
 */
export const OPERATION_RECIPES: Record<string, (fx: OperationFixture) => OperationCall> = {
  // Mutations.
  acceptInvitation: (fx) => ({ variables: { token: fx.invitationToken }, asOutsider: true }),
  addOpportunity: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, painPointId: fx.painPointId, title: 'Opportunity' } } }),
  addPainPoint: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, title: 'Pain', severity: 2 } } }),
  addStage: (fx) => ({ variables: { input: { journeyId: fx.journeyId, name: 'Stage' } } }),
  addTeamMember: (fx) => ({ variables: { input: { teamId: fx.teamId, userId: fx.memberUserId } } }),
  addTouchpoint: (fx) => ({ variables: { input: { stageId: fx.stageId, name: 'Touchpoint', ownerTeamId: fx.teamId } } }),
  archiveJourney: (fx) => ({ variables: { id: fx.journeyId } }),
  createApiToken: () => ({ variables: { input: { name: 'Token', scopes: ['feedback:write'] } } }),
  createJourney: (fx) => ({ variables: { input: { name: 'Journey', personaId: fx.personaId, ownerTeamId: fx.teamId } } }),
  createJourneyFromTemplate: (fx) => ({ variables: { input: { templateKey: fx.templateKey, personaId: fx.personaId } } }),
  createPersona: () => ({ variables: { input: { name: 'Persona', goals: ['Goal'] } } }),
  createSite: (fx) => ({ variables: { input: { code: `site-${randomBytes(4).toString('hex')}`, name: 'Site', region: 'Region', parentId: fx.siteId } } }),
  createTeam: () => ({ variables: { input: { name: 'Team' } } }),
  setTeamLead: (fx) => ({ variables: { input: { teamId: fx.teamId, userId: fx.memberUserId } } }),
  createWorkspace: () => ({ variables: { input: { name: 'Workspace' } }, noWorkspace: true }),
  deleteOpportunity: (fx) => ({ variables: { id: fx.opportunityId } }),
  deleteJourneyView: (fx) => ({ variables: { id: fx.journeyViewId } }),
  deletePainPoint: (fx) => ({ variables: { id: fx.painPointId } }),
  deleteStage: (fx) => ({ variables: { id: fx.stageId } }),
  deleteTouchpoint: (fx) => ({ variables: { id: fx.touchpointId } }),
  duplicateJourney: (fx) => ({ variables: { input: { id: fx.journeyId, state: 'future' } } }),
  importJourney: () => ({ variables: { document: minimalDocument('Imported'), name: 'Imported' } }),
  inviteMember: () => ({ variables: { input: { email: uniqueEmail('invitee'), role: 'viewer' } } }),
  login: (fx) => ({ variables: { input: { email: fx.owner.email, password: 'correct horse battery' } }, anonymous: true }),
  logout: () => ({ variables: {}, noWorkspace: true }),
  moveStage: (fx) => ({ variables: { input: { id: fx.stageId, toPosition: 1 } } }),
  moveTouchpoint: (fx) => ({ variables: { input: { id: fx.touchpointId, toStageId: fx.otherStageId, toPosition: 0 } } }),
  removeMember: (fx) => ({ variables: { userId: fx.memberUserId } }),
  applyJourneyTemplateUpgrade: (fx) => ({ variables: { input: { journeyId: fx.templateJourneyId, toVersion: fx.templateVersion, changeIds: [] } } }),
  restoreJourneyRevision: (fx) => ({ variables: { journeyId: fx.journeyId, revision: 1 } }),
  revokeApiToken: (fx) => ({ variables: { id: fx.apiTokenId } }),
  revokeInvitation: (fx) => ({ variables: { id: fx.invitationId } }),
  revokeOtherSessions: () => ({ variables: {}, noWorkspace: true }),
  setPluginEnabled: (fx) => ({ variables: { input: { pluginId: fx.templateKey.split('/')[0], enabled: false } } }),
  saveJourneyView: (fx) => ({ variables: { input: { journeyId: fx.journeyId, name: 'Workshop', settings: { zoom: 0.67, density: 'comfortable', lanes: { owner: 'hidden' }, filter: { kind: 'moments' } }, shared: false } } }),
  // On the template journey: lanes bump the journey's version, which updateJourney's recipe (version 1) expects unchanged.
  setJourneyLanes: (fx) => ({ variables: { input: { journeyId: fx.templateJourneyId, lanes: [{ key: 'systems', nameZh: '系统', nameEn: 'Systems', kind: 'text' }, { nameZh: '后台流程', nameEn: 'Backstage process', kind: 'text' }] } } }),
  // On the template journey (its primary persona is the plugin's): the fixture journey's version stays as updateJourney's recipe expects.
  setJourneyPersonas: (fx) => ({ variables: { input: { journeyId: fx.templateJourneyId, personaIds: [fx.secondPersonaId, fx.personaId] } } }),
  setTouchpointPersonaEmotion: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, personaId: fx.secondPersonaId, emotion: -3 } } }),
  setTouchpointLaneItems: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, laneKey: 'systems', items: ['CRM', '工单系统'] } } }),
  setTouchpointMetrics: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, metrics: [{ metricDefinitionId: fx.metricDefinitionId, targetOverride: 40 }] } } }),
  signUp: () => ({ variables: { input: { email: uniqueEmail('signup'), password: 'correct horse battery', displayName: 'New user' } }, anonymous: true }),
  submitFeedback: (fx) => ({
    variables: {
      input: {
        touchpointId: fx.touchpointId,
        occurredAt: new Date().toISOString(),
        channel: 'app',
        segment: 'owner',
        site: fx.siteCode,
        customerRef: 'member-42',
        nps: 9,
        csat: 4,
        ces: 6,
        comment: 'Fixed on the first visit',
        language: 'en',
        tags: ['repair'],
      },
    },
  }),
  updateJourney: (fx) => ({ variables: { input: { id: fx.journeyId, version: fx.journeyVersion, name: 'Renamed', personaId: fx.personaId, ownerTeamId: fx.teamId } } }),
  updateMemberRole: (fx) => ({ variables: { input: { userId: fx.memberUserId, role: 'viewer' } } }),
  updateOpportunity: (fx) => ({ variables: { input: { id: fx.opportunityId, version: 1, title: 'Renamed' } } }),
  updatePainPoint: (fx) => ({ variables: { input: { id: fx.painPointId, version: 1, title: 'Renamed' } } }),
  updatePersona: (fx) => ({ variables: { input: { id: fx.personaId, version: 1, name: 'Renamed', needs: ['Need'] } } }),
  updateStage: (fx) => ({ variables: { input: { id: fx.stageId, version: 1, name: 'Renamed' } } }),
  updateTouchpoint: (fx) => ({ variables: { input: { id: fx.touchpointId, version: 1, name: 'Renamed', ownerTeamId: fx.teamId } } }),
  // Queries that take ids.
  exportJourney: (fx) => ({ variables: { id: fx.journeyId } }),
  // Instance operators only (OPENCX_ADMIN_EMAILS); the fixture owner is none, see cross-workspace-ids.
  instanceSecurityEvents: (fx) => ({ variables: { userId: fx.memberUserId, first: 10 } }),
  journey: (fx) => ({ variables: { id: fx.journeyId, touchpointFilter: { ownerTeamId: fx.teamId } } }),
  journeyDiff: (fx) => ({ variables: { journeyId: fx.journeyId, fromRevision: 1, toRevision: 2 } }),
  journeyViews: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  journeyTemplateUpgrade: (fx) => ({ variables: { journeyId: fx.templateJourneyId, locale: 'en' } }),
  journeyRevisions: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  journeys: (fx) => ({ variables: { filter: { personaId: fx.personaId, ownerTeamId: fx.teamId } } }),
  kpis: (fx) => ({ variables: { scope: 'JOURNEY', id: fx.journeyId, site: fx.siteId, from: dayFromToday(-7), to: dayFromToday(1), granularity: 'DAY' } }),
  momentsOfTruth: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  // Feedback inbox and collection links.
  openPainPointFromFeedback: (fx) => ({ variables: { input: { responseId: fx.feedbackResponseId, title: 'From feedback', severity: 4 } } }),
  createCollectionLink: (fx) => ({ variables: { input: { touchpointId: fx.touchpointId, label: 'Poster' } } }),
  revokeCollectionLink: (fx) => ({ variables: { id: fx.collectionLinkId } }),
  createShareLink: (fx) => ({ variables: { input: { journeyId: fx.journeyId, target: 'dashboard', label: 'Board', expiresInDays: 7, membersOnly: true } } }),
  revokeShareLink: (fx) => ({ variables: { id: fx.shareLinkId } }),
  shareLinks: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  feedback: (fx) => ({ variables: { filter: { journeyId: fx.journeyId, stageId: fx.stageId, touchpointId: fx.touchpointId }, first: 10 } }),
  collectionLinks: (fx) => ({ variables: { touchpointId: fx.touchpointId } }),
  importJob: (fx) => ({ variables: { id: fx.importJobId } }),
  // KPI alerts.
  alerts: (fx) => ({ variables: { status: 'OPEN', journeyId: fx.journeyId, first: 10 } }),
  acknowledgeAlert: (fx) => ({ variables: { id: fx.kpiAlertId } }),
  checkKpiAlerts: () => ({ variables: {} }),
  journeyKpis: (fx) => ({ variables: { journeyId: fx.journeyId, from: '2026-01-01', to: '2026-12-31' } }),
  // Follow-up cases.
  followUpCase: (fx) => ({ variables: { id: fx.followUpCaseId } }),
  followUpCases: () => ({ variables: { filter: { scope: 'ALL', statuses: ['OPEN'], overdue: false }, first: 10 } }),
  followUpLoopMetrics: () => ({ variables: { input: { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', groupBy: 'RULE' } } }),
  updateFollowUpCase: (fx) => ({ variables: { input: { id: fx.followUpCaseId, status: 'CONTACTED', outcome: 'Called back', rootCauseCodeId: fx.rootCauseCodeId } } }),
  addCaseNote: (fx) => ({ variables: { input: { caseId: fx.followUpCaseId, kind: 'CONTACT_ATTEMPT', body: 'Called', channel: 'phone', reached: true } } }),
  sendCaseResurvey: (fx) => ({ variables: { caseId: fx.resolvedCaseId } }),
  assignFollowUpCases: (fx) => ({ variables: { input: { caseIds: [fx.followUpCaseId], assigneeUserId: fx.memberUserId, assigneeTeamId: fx.teamId } } }),
  createFollowUpRule: (fx) => ({
    variables: { input: { name: 'Low CSAT', condition: { metric: 'csat', op: 'lte', value: 2 }, touchpointId: fx.touchpointId, slaMinutes: 120, slaBasis: 'ELAPSED', assigneeTeamId: fx.teamId, escalateToUserId: fx.memberUserId } },
  }),
  updateFollowUpRule: (fx) => ({ variables: { input: { id: fx.followUpRuleId, name: 'Renamed', slaMinutes: 60, assigneeUserId: fx.memberUserId, assigneeTeamId: null } } }),
  deleteFollowUpRule: (fx) => ({ variables: { id: fx.followUpRuleId } }),
  createRootCauseCode: () => ({ variables: { input: { code: `cause-${randomBytes(4).toString('hex')}`, label: 'Cause' } } }),
  archiveRootCauseCode: (fx) => ({ variables: { id: fx.rootCauseCodeId, archived: true } }),
  updateBusinessCalendar: () => ({
    variables: {
      input: {
        timeZone: 'Asia/Shanghai',
        workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1080 })),
        years: [{ year: 2027, holidays: ['2027-01-01'], workdays: [] }],
        resetYears: [2026],
      },
    },
  }),
  businessCalendar: () => ({ variables: { years: [2026] } }),
  rootCauseCodes: () => ({ variables: { includeArchived: true } }),
  createImprovementAction: (fx) => ({
    variables: { input: { title: 'Action', painPointId: fx.painPointId, ownerUserId: fx.memberUserId, teamId: fx.teamId, targetMetricId: fx.metricDefinitionId, controlTouchpointIds: [fx.touchpointId], effort: 2, priority: 'high', dueDate: dayFromToday(30) } },
  }),
  updateImprovementAction: (fx) => ({ variables: { input: { id: fx.improvementActionId, version: 1, title: 'Action 2', ownerUserId: fx.memberUserId, teamId: fx.teamId, targetMetricId: fx.metricDefinitionId, controlTouchpointIds: [fx.touchpointId] } } }),
  moveImprovementAction: (fx) => ({ variables: { input: { id: fx.improvementActionId, version: 1, status: 'planned' } } }),
  addActionComment: (fx) => ({ variables: { input: { actionId: fx.improvementActionId, body: 'Comment' } } }),
  acceptPainPointSuggestion: (fx) => ({ variables: { input: { journeyId: fx.journeyId, key: fx.suggestionKey, title: 'From evidence' } } }),
  dismissPainPointSuggestion: (fx) => ({ variables: { input: { journeyId: fx.journeyId, key: fx.suggestionKey } } }),
  improvementActions: (fx) => ({ variables: { filter: { ownerUserId: fx.memberUserId, teamId: fx.teamId, journeyId: fx.journeyId, painPointId: fx.painPointId }, first: 10 } }),
  improvementAction: (fx) => ({ variables: { id: fx.improvementActionId } }),
  actionImpact: (fx) => ({ variables: { id: fx.improvementActionId } }),
  actionComments: (fx) => ({ variables: { actionId: fx.improvementActionId } }),
  painPointSuggestions: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  lineage: (fx) => ({ variables: { actionId: fx.improvementActionId } }),
  // Research plan and evidence.
  updateResearchBrief: (fx) => ({ variables: { input: { journeyId: fx.journeyId, version: 0, goal: 'Goal', scope: 'Scope', hypotheses: ['H1'], researchQuestions: ['Q1'] } } }),
  updateResearchStep: (fx) => ({ variables: { input: { journeyId: fx.journeyId, step: 'gather_data', status: 'in_progress', ownerUserId: fx.memberUserId, notes: 'Notes' } } }),
  addResearchItem: (fx) => ({ variables: { input: { journeyId: fx.journeyId, touchpointId: fx.touchpointId, kind: 'interview_note', title: 'Note', body: 'Text', source: 'Interview 1', personaId: fx.personaId, consent: true } } }),
  deleteResearchItem: (fx) => ({ variables: { id: fx.researchItemId } }),
  citeEvidence: (fx) => ({ variables: { input: { itemId: fx.researchItemId, opportunityId: fx.opportunityId } } }),
  removeEvidenceCitation: (fx) => ({ variables: { input: { itemId: fx.researchItemId, painPointId: fx.painPointId } } }),
  createPainPointFromEvidence: (fx) => ({ variables: { input: { itemId: fx.researchItemId, touchpointId: fx.touchpointId, title: 'From a quote', severity: 3 } } }),
  researchPlan: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  researchProgress: (fx) => ({ variables: { journeyIds: [fx.journeyId] } }),
  researchItems: (fx) => ({ variables: { journeyId: fx.journeyId, filter: { search: 'quote', touchpointId: fx.touchpointId, kind: 'quote', personaId: fx.personaId, citedByPainPointId: fx.painPointId }, first: 10 } }),
  insightEvidence: (fx) => ({ variables: { painPointIds: [fx.painPointId], opportunityIds: [fx.opportunityId] } }),
  // Journey reviews.
  createJourneyReview: (fx) => ({ variables: { input: { journeyId: fx.journeyId, decisions: ['Decision'], notes: 'Notes', periodDays: 30 } } }),
  markJourneyReviewsDue: () => ({ variables: {} }),
  journeyReview: (fx) => ({ variables: { id: fx.journeyReviewId } }),
  journeyReviews: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  generateWorkspaceDigest: () => ({ variables: { month: '2026-02' } }),
  workspaceDigest: (fx) => ({ variables: { id: fx.workspaceDigestId } }),
  // Comments and notifications (issue 15).
  addComment: (fx) => ({
    variables: { input: { journeyId: fx.journeyId, targetKind: 'TOUCHPOINT', targetId: fx.touchpointId, parentId: fx.commentId, body: 'Reply', mentionUserIds: [fx.memberUserId], mentionTeamIds: [fx.teamId] } },
  }),
  updateComment: (fx) => ({ variables: { input: { id: fx.commentId, version: 1, body: 'Edited', mentionUserIds: [fx.memberUserId], mentionTeamIds: [fx.teamId] } } }),
  deleteComment: (fx) => ({ variables: { id: fx.commentId } }),
  resolveCommentThread: (fx) => ({ variables: { id: fx.commentId } }),
  reopenCommentThread: (fx) => ({ variables: { id: fx.commentId } }),
  commentThreads: (fx) => ({ variables: { journeyId: fx.journeyId, targetKind: 'TOUCHPOINT', targetId: fx.touchpointId, first: 10 } }),
  commentCounts: (fx) => ({ variables: { journeyId: fx.journeyId } }),
  markNotificationRead: (fx) => ({ variables: { id: fx.notificationId } }),
  markAllNotificationsRead: () => ({ variables: {} }),
  updateNotificationPreferences: () => ({ variables: { input: { preferences: [{ kind: 'MENTION', inApp: true, email: false }] } } }),
  // Analytics (dashboards, executive view).
  keyDrivers: (fx) => ({ variables: { journeyId: fx.journeyId, from: dayFromToday(-30), to: dayFromToday(1) } }),
  siteLeague: (fx) => ({ variables: { metric: 'csat', journeyId: fx.journeyId, from: dayFromToday(-30), to: dayFromToday(1) } }),
  homeHighlights: () => ({ variables: { limit: 6 } }),
  executiveOverview: () => ({ variables: { from: dayFromToday(-30), to: dayFromToday(1), granularity: 'WEEK' } }),
  // Journey dashboard: comments and segments.
  commentAnalytics: (fx) => ({ variables: { journeyId: fx.journeyId, from: dayFromToday(-30), to: dayFromToday(1), granularity: 'WEEK' } }),
  segmentComparison: (fx) => ({ variables: { journeyId: fx.journeyId, from: dayFromToday(-30), to: dayFromToday(1), segmentA: 'vip', segmentB: '' } }),
};

export function callOptions(fx: OperationFixture, call: OperationCall): CallOptions {
  if (call.anonymous) return {};
  if (call.asOutsider) return { token: fx.outsider.token };
  return call.noWorkspace ? { token: fx.owner.token } : { token: fx.owner.token, workspaceId: fx.workspaceId };
}

/** Every field an answer can show, two levels down (enough to see any leaked text), for any operation. */
export function selectionFor(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named) || !isObjectType(named)) return '';
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isScalarType(inner) || isEnumType(inner)) return f.name;
      return depth > 1 ? `${f.name}${selectionFor(f.type, depth - 1)}` : '';
    })
    .filter(Boolean);
  return fields.length ? ` { ${fields.join(' ')} }` : ' { __typename }';
}

/** The whole document for an operation, selecting what `selectionFor` selects. */
export function richDocumentFor(op: Operation): string {
  const vars = op.field.args.map(variableDefinition).join(', ');
  const args = op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op.kind}${vars ? `(${vars})` : ''} { ${op.name}${args ? `(${args})` : ''}${selectionFor(op.field.type)} }`;
}
