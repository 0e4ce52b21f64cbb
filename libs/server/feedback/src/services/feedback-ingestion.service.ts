import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseFeedbackBatch, type FeedbackResponseRecord, type MetricObservationRecord, type RowIssue } from '@opencx/domain';
import { backgroundTurn, OpenCxError, sliced } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { TOUCHPOINT_PLACES, type TouchpointPlace, type TouchpointPlaces } from '@opencx/server-metrics';
import { EmotionRollupService, emptyMeasurements, MetricDefinitionService, MetricRollupService, type EmotionInput, type Measurements } from '@opencx/server-metrics';
import { FeedbackResponseEntity } from '../entities/feedback-response.entity';
import { CustomerRefHasher } from './customer-ref.hasher';
import { FeedbackMerge, observationArrays, responseArrays, RESPONSE_COLUMN_TYPES, RESPONSE_COLUMNS } from './feedback-merge';
import { SiteService } from './site.service';
import { CommentTextService, type CommentText } from '../text/comment-text.service';
import { feedbackErrors } from '../feedback.errors';
import { FeedbackIngestedHooks, type IngestedResponse } from './feedback-ingested.hooks';

const SURVEY = ['nps', 'csat', 'ces'] as const;
const OBSERVABLE_KINDS = new Set(['numeric', 'duration', 'rate']);

export interface IngestCounts {
  responses: number;
  observations: number;
}

/** What a batch did; also the body a REST caller gets (and gets again on an idempotent replay). */
export interface IngestOutcome {
  batchId: string;
  received: IngestCounts;
  accepted: IngestCounts;
  duplicates: IngestCounts;
  /** Ids of the responses in request order (new or not); only for single entries from the console. */
  responseIds: string[];
}

export interface IngestOptions {
  source: string;
  /** null: every row must bring its external id (REST); else ids are generated (console entry). */
  newExternalId: (() => string) | null;
  auditAction: string;
  /** The follow-up case whose re-survey these answers are (a case-scoped collection link). */
  resurveyOf?: string;
}

const refuse = (issues: RowIssue[]) => OpenCxError.invalidFields(issues);

/** The staging table of CSV imports: exactly the merge's row-source columns, typed alike. */
const STAGE_COLUMNS = RESPONSE_COLUMNS.map((c) => [c, RESPONSE_COLUMN_TYPES[c]] as const);

/** COPY text format: NULL is \N; backslash, tab, newline and carriage return are escaped. */
function copyText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** A `text[]` literal: every element double-quoted, `"` and `\` escaped with a backslash. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return copyText(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return copyText(arrayLiteral(value as string[]));
  return copyText(JSON.stringify(value));
}

function* copyLines(
  rows: readonly FeedbackResponseRecord[],
  ids: string[],
  texts: readonly CommentText[],
  places: Map<string, TouchpointPlace>,
  siteIds: Map<string, string>,
  hash: ((ref: string) => string) | null,
): Generator<string> {
  let buffer = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const values: unknown[] = [
      ids[i], r.occurredAt, r.touchpointId, places.get(r.touchpointId)?.journeyId, r.site === null ? null : siteIds.get(r.site), r.channel, r.segment,
      r.customerRef === null || !hash ? null : hash(r.customerRef), r.nps, r.csat, r.ces, r.customScores, r.comment, texts[i].language, texts[i].sentiment, texts[i].tags, r.source, r.externalId, texts[i].keywords,
    ];
    buffer += values.map(copyValue).join('\t') + '\n';
    // COPY data goes out in pieces of about 64 kB, not one write per row.
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** One CSV import chunk, analysed and (when it could be) turned into COPY text before its transaction. */
export interface StagedChunk {
  responses: readonly FeedbackResponseRecord[];
  /** One per response, same order. */
  texts: readonly CommentText[];
  /** The rows whose touchpoint and site resolved, as COPY text, with what they were resolved against. */
  prebuilt: { places: Map<string, TouchpointPlace>; siteIds: Map<string, string>; ids: string[]; copy: string[] } | null;
}

const samePlaces = (a: Map<string, TouchpointPlace>, b: Map<string, TouchpointPlace>) =>
  a.size === b.size && [...a].every(([id, p]) => b.get(id)?.journeyId === p.journeyId);
const sameEntries = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * The one ingestion path (REST batches, console entry; CSV imports reuse `merge` from a staging
 * table). A batch is all-or-nothing: it is validated whole, any problem refuses all of it with
 * each problem naming its row and field, and the accepted rows, their exactly-once keys, the
 * roll-ups they feed and one audit event commit in one transaction.
 */
@Injectable()
export class FeedbackIngestionService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    @Inject(TOUCHPOINT_PLACES) private readonly touchpoints: TouchpointPlaces,
    private readonly definitions: MetricDefinitionService,
    private readonly rollups: MetricRollupService,
    private readonly sites: SiteService,
    private readonly hasher: CustomerRefHasher,
    private readonly merger: FeedbackMerge,
    private readonly commentText: CommentTextService,
    private readonly emotions: EmotionRollupService,
    private readonly ingested: FeedbackIngestedHooks,
  ) {}

  /** Validates a batch body without touching the database; throws naming every bad row and field. */
  parse(body: unknown, options: Pick<IngestOptions, 'source' | 'newExternalId'>): { responses: FeedbackResponseRecord[]; observations: MetricObservationRecord[] } {
    const parsed = parseFeedbackBatch(body, options);
    if (parsed.issues.length) throw refuse(parsed.issues);
    return parsed;
  }

  /** Ingests a parsed batch inside the caller's transaction (the REST path wraps it with idempotency). */
  async ingest(tx: TenantTx, batch: { responses: FeedbackResponseRecord[]; observations: MetricObservationRecord[] }, options: IngestOptions): Promise<IngestOutcome> {
    const { responses, observations } = batch;
    const issues: RowIssue[] = [];
    const rows = [...responses.map((r, i) => ({ r, prefix: `responses[${i}]` })), ...observations.map((r, i) => ({ r, prefix: `observations[${i}]` }))];

    const surveyKeys = SURVEY.filter((k) => responses.some((r) => r[k] !== null));
    const observedKeys = [...new Set(observations.map((o) => o.metric))];
    const [places, siteIds, found] = await tx.all([
      () => this.touchpoints.locate(tx, rows.map(({ r }) => r.touchpointId)),
      () => this.sites.idsByCode(tx, rows.map(({ r }) => r.site).filter((s): s is string => s !== null)),
      () => this.definitions.byKeys(tx, [...surveyKeys, ...observedKeys]),
    ] as const);

    for (const { r, prefix } of rows) {
      if (!places.has(r.touchpointId)) issues.push({ field: `${prefix}.touchpointId`, message: 'is not a touchpoint of this workspace' });
      if (r.site !== null && !siteIds.has(r.site)) issues.push({ field: `${prefix}.site`, message: `no site has code "${r.site}"` });
    }
    observations.forEach((o, i) => {
      const d = found.get(o.metric);
      if (!d) issues.push({ field: `observations[${i}].metric`, message: `no metric "${o.metric}" is defined in this workspace` });
      else if (!OBSERVABLE_KINDS.has(d.kind)) issues.push({ field: `observations[${i}].metric`, message: `"${o.metric}" is a ${d.kind} survey metric; send it as a response score` });
      else if (d.kind === 'rate' && o.value !== 0 && o.value !== 1) issues.push({ field: `observations[${i}].value`, message: 'a rate observation is 1 (yes) or 0 (no)' });
      else if (d.kind === 'duration' && o.value < 0) issues.push({ field: `observations[${i}].value`, message: 'a duration cannot be negative' });
    });
    if (issues.length) throw refuse(issues.slice(0, 100));

    // Core survey metrics are created on first use, like a template would.
    const missingCore = surveyKeys.filter((k) => !found.get(k));
    const definitions = missingCore.length ? new Map([...found, ...(await this.definitions.ensure(tx, missingCore, [], null))]) : found;

    const hash = responses.some((r) => r.customerRef !== null) ? await this.hasher.hasher(tx) : null;
    const place = (id: string) => places.get(id) as TouchpointPlace;
    const responseIds = responses.map(() => randomUUID());
    const observationIds = observations.map(() => randomUUID());
    const texts = await this.commentText.analyse(tx, responses);
    const freshResponses = responses.length
      ? await this.merger.mergeResponses(
          tx,
          responseArrays(
            responses.map((r, i) => ({
              id: responseIds[i],
              occurred_at: r.occurredAt,
              touchpoint_id: r.touchpointId,
              journey_id: place(r.touchpointId).journeyId,
              site_id: r.site === null ? null : siteIds.get(r.site),
              channel: r.channel,
              segment: r.segment,
              customer_hash: r.customerRef === null || !hash ? null : hash(r.customerRef),
              nps: r.nps,
              csat: r.csat,
              ces: r.ces,
              custom_scores: r.customScores,
              comment: r.comment,
              language: texts[i].language,
              sentiment: texts[i].sentiment,
              tags: texts[i].tags,
              source: r.source,
              external_id: r.externalId,
              keywords: texts[i].keywords,
            })),
          ),
        )
      : new Set<string>();
    const freshObservations = observations.length
      ? await this.merger.mergeObservations(
          tx,
          observationArrays(
            observations.map((o, i) => ({
              id: observationIds[i],
              occurred_at: o.occurredAt,
              touchpoint_id: o.touchpointId,
              journey_id: place(o.touchpointId).journeyId,
              metric_definition_id: definitions.get(o.metric)?.id,
              site_id: o.site === null ? null : siteIds.get(o.site),
              segment: o.segment,
              value: o.value,
              source: o.source,
              external_id: o.externalId,
            })),
          ),
        )
      : new Set<string>();

    const newResponses = responses.filter((_, i) => freshResponses.has(responseIds[i]));
    const newObservations = observations.filter((_, i) => freshObservations.has(observationIds[i]));

    await this.ingested.responsesIngested(tx, {
      ...(options.resurveyOf ? { resurveyOf: options.resurveyOf } : {}),
      responses: responses.flatMap((r, i) =>
        freshResponses.has(responseIds[i]) ? [ingestedResponse(r, responseIds[i], places, siteIds, hash, texts[i].tags)] : [],
      ),
      observations: observations.flatMap((o, i) =>
        freshObservations.has(observationIds[i])
          ? [{ id: observationIds[i], occurredAt: new Date(o.occurredAt), touchpointId: o.touchpointId, journeyId: place(o.touchpointId).journeyId, siteId: o.site === null ? null : (siteIds.get(o.site) ?? null), metric: o.metric, value: o.value }]
          : [],
      ),
    });

    const outcome: IngestOutcome = {
      batchId: randomUUID(),
      received: { responses: responses.length, observations: observations.length },
      accepted: { responses: newResponses.length, observations: newObservations.length },
      duplicates: { responses: responses.length - newResponses.length, observations: observations.length - newObservations.length },
      responseIds,
    };
    await this.audit.record(tx, {
      action: options.auditAction,
      entityType: 'feedback_batch',
      entityId: outcome.batchId,
      after: { source: options.source, received: outcome.received, accepted: outcome.accepted, duplicates: outcome.duplicates },
    });
    // Roll-ups last: concurrent batches of one week or month update the same roll-up rows, and each
    // holds those row locks until it commits, so taking them last keeps the time others wait short.
    await this.rollups.absorb(tx, this.measurements(newResponses, newObservations, definitions, places, siteIds));
    await this.emotions.absorb(tx, emotionInputs(responses.map((r, i) => ({ r, sentiment: texts[i].sentiment })).filter((_, i) => freshResponses.has(responseIds[i])), places, siteIds));
    return outcome;
  }

  /**
   * The CPU work of one CSV import chunk, done before its transaction opens so it overlaps the
   * previous chunk's database work and no transaction waits on it: the comment analysis
   * (language, sentiment, topic tags, keywords as on every other way in) and the staging table's
   * COPY text, resolved with the touchpoints and sites as read just before. Low priority: it yields
   * like the import. `ingestStaged` uses the COPY text only if its transaction resolves the same.
   */
  async prepareStaged(ctx: WorkspaceContext, responses: readonly FeedbackResponseRecord[]): Promise<StagedChunk> {
    const [topics, places, siteIds] = await this.db.read(ctx, (tx) =>
      tx.all([
        () => this.commentText.topicsFor(tx, responses),
        () => this.touchpoints.locate(tx, [...new Set(responses.map((r) => r.touchpointId))]),
        () => this.sites.idsByCode(tx, responses.map((r) => r.site).filter((s): s is string => s !== null)),
      ] as const),
    );
    const texts = await this.commentText.analyseWith(topics, responses, backgroundTurn);
    // A customer reference is hashed with the workspace's salt; before its first commit, the transaction builds the rows.
    const hash = responses.some((r) => r.customerRef !== null) ? this.hasher.committedHasher(ctx.workspaceId) : null;
    if (hash === null && responses.some((r) => r.customerRef !== null)) return { responses, texts, prebuilt: null };
    const keep = responses.map((r) => places.has(r.touchpointId) && (r.site === null || siteIds.has(r.site)));
    const kept = responses.filter((_, i) => keep[i]);
    const ids = kept.map(() => randomUUID());
    const copy: string[] = [];
    const pause = sliced(backgroundTurn);
    for (const piece of copyLines(kept, ids, texts.filter((_, i) => keep[i]), places, siteIds, hash)) {
      copy.push(piece);
      await pause();
    }
    return { responses, texts, prebuilt: { places, siteIds, ids, copy } };
  }

  /**
   * The CSV import's step, inside the caller's transaction, for a chunk from `prepareStaged`: rows
   * already validated by the declarations; those naming an unknown touchpoint or site are refused
   * one by one (partial imports keep the rest); the others are COPY-ed into a transaction-local
   * staging table and go through the same exactly-once merge and roll-up as a batch.
   * `beforeRollups`: what to wait for before taking the roll-up row locks (the import's previous
   * chunk committing, when two chunks' transactions overlap).
   */
  async ingestStaged(tx: TenantTx, chunk: StagedChunk, beforeRollups: () => Promise<void> = async () => undefined): Promise<{ accepted: number; duplicates: number; refused: Map<number, RowIssue> }> {
    const { responses, texts: analysed } = chunk;
    const refused = new Map<number, RowIssue>();
    if (!responses.length) return { accepted: 0, duplicates: 0, refused };
    if (analysed.length !== responses.length) throw new Error('ingestStaged: one analysis per response');
    const surveyKeys = SURVEY.filter((k) => responses.some((r) => r[k] !== null));
    const [places, siteIds, found] = await tx.all([
      () => this.touchpoints.locate(tx, [...new Set(responses.map((r) => r.touchpointId))]),
      () => this.sites.idsByCode(tx, responses.map((r) => r.site).filter((s): s is string => s !== null)),
      () => this.definitions.byKeys(tx, surveyKeys),
    ] as const);
    responses.forEach((r, i) => {
      if (!places.has(r.touchpointId)) refused.set(i, { field: 'touchpointId', message: 'is not a touchpoint of this workspace' });
      else if (r.site !== null && !siteIds.has(r.site)) refused.set(i, { field: 'site', message: `no site has code "${r.site}"` });
    });
    const kept = refused.size ? responses.filter((_, i) => !refused.has(i)) : responses.slice();
    const texts = refused.size ? analysed.filter((_, i) => !refused.has(i)) : analysed;
    if (!kept.length) return { accepted: 0, duplicates: 0, refused };
    const missingCore = surveyKeys.filter((k) => !found.get(k));
    const definitions = missingCore.length ? new Map([...found, ...(await this.definitions.ensure(tx, missingCore, [], null))]) : found;
    const hash = kept.some((r) => r.customerRef !== null) ? await this.hasher.hasher(tx) : null;
    // The COPY text built before the transaction holds if this transaction sees the same touchpoints, journeys and sites.
    const prebuilt = chunk.prebuilt && samePlaces(chunk.prebuilt.places, places) && sameEntries(chunk.prebuilt.siteIds, siteIds) ? chunk.prebuilt : null;
    const ids = prebuilt ? prebuilt.ids : kept.map(() => randomUUID());
    // Each heavy statement of a background chunk starts when no request is being served (or after
    // a short wait), like the chunk's transaction: a request that comes in meets at most one of them.
    await backgroundTurn();
    await tx.copyIntoStage('import_stage', STAGE_COLUMNS, Readable.from(prebuilt ? prebuilt.copy : copyLines(kept, ids, texts, places, siteIds, hash)));
    await backgroundTurn();
    const fresh = await this.merger.mergeResponses(tx, { from: 'pg_temp.import_stage i', params: [], table: true });
    if (!fresh.size) return { accepted: 0, duplicates: kept.length, refused };
    // The stage keeps only the new rows (duplicates are few, or all: then nothing is left to do),
    // so the roll-up reads the whole stage instead of matching ten thousand ids.
    const duplicateIds = ids.filter((id) => !fresh.has(id));
    if (duplicateIds.length) await tx.deleteFromStage('import_stage', 'id = ANY($1::uuid[])', [duplicateIds]);
    await this.ingested.responsesIngested(tx, {
      responses: kept.flatMap((r, i) => (fresh.has(ids[i]) ? [ingestedResponse(r, ids[i], places, siteIds, hash, texts[i].tags)] : [])),
      observations: [],
      turn: backgroundTurn,
    });
    // Roll-ups last, in the same order as a batch's (row locks held until commit; see ingest).
    // Survey scores of the new rows, read from the stage (touchpoint SLAs only concern durations, which responses do not carry).
    const metricId = (key: (typeof SURVEY)[number]) => definitions.get(key)?.id ?? null;
    await beforeRollups();
    await backgroundTurn();
    await this.rollups.absorbFrom(tx, {
      from: `(SELECT s.touchpoint_id, s.journey_id, v.metric_id, s.site_id, s.segment, s.occurred_at, v.value::numeric, NULL::numeric
                FROM pg_temp.import_stage s
                CROSS JOIN LATERAL (VALUES ($4::uuid, s.nps), ($5::uuid, s.csat), ($6::uuid, s.ces)) AS v(metric_id, value)
               WHERE v.value IS NOT NULL AND v.metric_id IS NOT NULL)
              AS u(touchpoint_id, journey_id, metric_definition_id, site_id, segment, occurred_at, value, sla)`,
      params: [metricId('nps'), metricId('csat'), metricId('ces')],
    });
    // Measured emotion counts imported answers like every other way in.
    await backgroundTurn();
    await this.emotions.absorb(tx, emotionInputs(kept.map((r, i) => ({ r, sentiment: texts[i].sentiment })).filter((_, i) => fresh.has(ids[i])), places, siteIds));
    return { accepted: fresh.size, duplicates: kept.length - fresh.size, refused };
  }

  /** The roll-up port's input: one measurement per survey score of each new response and per new observation. */
  private measurements(responses: FeedbackResponseRecord[], observations: MetricObservationRecord[], definitions: Map<string, { id: string }>, places: Map<string, TouchpointPlace>, siteIds: Map<string, string>): Measurements {
    const m = emptyMeasurements();
    const push = (row: FeedbackResponseRecord | MetricObservationRecord, metricId: string, siteId: string | null, value: number) => {
      const place = places.get(row.touchpointId) as TouchpointPlace;
      m.touchpointId.push(row.touchpointId);
      m.journeyId.push(place.journeyId);
      m.metricDefinitionId.push(metricId);
      m.siteId.push(siteId);
      m.segment.push(row.segment);
      m.occurredAt.push(row.occurredAt);
      m.value.push(value);
      m.slaMinutes.push(place.slaMinutes);
    };
    const survey = SURVEY.map((key) => [key, definitions.get(key)?.id] as const);
    for (const r of responses) {
      const siteId = r.site === null ? null : (siteIds.get(r.site) ?? null);
      for (const [key, metricId] of survey) {
        const value = r[key];
        if (value !== null && metricId) push(r, metricId, siteId, value);
      }
    }
    for (const o of observations) {
      const metricId = definitions.get(o.metric)?.id;
      if (metricId) push(o, metricId, o.site === null ? null : (siteIds.get(o.site) ?? null), o.value);
    }
    return m;
  }

  /** The console's single entry (`submitFeedback`): the same path as a batch of one. */
  async submit(ctx: WorkspaceContext, raw: Record<string, unknown>): Promise<FeedbackResponseEntity> {
    const options: IngestOptions = { source: 'console', newExternalId: () => randomUUID(), auditAction: 'feedback.submit' };
    let batch;
    try {
      const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null));
      batch = this.parse({ responses: [{ occurredAt: new Date().toISOString(), ...given }] }, options);
    } catch (error) {
      throw error instanceof OpenCxError ? singleEntryError(error) : error;
    }
    return this.db.write(ctx, async (tx) => {
      try {
        const outcome = await this.ingest(tx, batch, options);
        const r = batch.responses[0];
        return tx.findOneOrFail(FeedbackResponseEntity, { id: outcome.responseIds[0], occurredAt: r.occurredAt }, () => feedbackErrors.notFound('FeedbackResponse'));
      } catch (error) {
        throw error instanceof OpenCxError ? singleEntryError(error) : error;
      }
    });
  }
}

/** Measured emotion's input (DESIGN §3b): each new response's scores and its comment's sentiment. */
function emotionInputs(responses: { r: FeedbackResponseRecord; sentiment: number | null }[], places: Map<string, TouchpointPlace>, siteIds: Map<string, string>): EmotionInput[] {
  return responses.map(({ r, sentiment }) => {
    return {
      touchpointId: r.touchpointId,
      journeyId: (places.get(r.touchpointId) as TouchpointPlace).journeyId,
      siteId: r.site === null ? null : (siteIds.get(r.site) ?? null),
      segment: r.segment,
      occurredAt: r.occurredAt,
      nps: r.nps,
      csat: r.csat,
      ces: r.ces,
      sentiment,
    };
  });
}

/** The "responses ingested" event's view of a new response. */
function ingestedResponse(
  r: FeedbackResponseRecord,
  id: string,
  places: Map<string, TouchpointPlace>,
  siteIds: Map<string, string>,
  hash: ((ref: string) => string) | null,
  tags: readonly string[],
): IngestedResponse {
  return {
    id,
    occurredAt: new Date(r.occurredAt),
    touchpointId: r.touchpointId,
    journeyId: (places.get(r.touchpointId) as TouchpointPlace).journeyId,
    siteId: r.site === null ? null : (siteIds.get(r.site) ?? null),
    customerHash: r.customerRef === null || !hash ? null : hash(r.customerRef),
    scores: { ...(r.customScores ?? {}), nps: r.nps, csat: r.csat, ces: r.ces },
    comment: r.comment,
    tags,
  };
}

/** A console form has no rows: `responses[0].nps` is just `nps` there. */
function singleEntryError(error: OpenCxError): OpenCxError {
  const fields = error.details.fields;
  if (error.code !== 'BAD_USER_INPUT' || !fields) return error;
  return OpenCxError.invalidFields(fields.map((f) => ({ field: f.field.replace(/^responses\[0\]\./, ''), message: f.message })));
}
