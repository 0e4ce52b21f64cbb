import { feedbackErrors } from '../feedback.errors';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type Info } from 'csv-parse';
import iconv from 'iconv-lite';
import { FEEDBACK_CSV_FIELDS, readFeedbackCsvRow, type FeedbackResponseRecord, type RowIssue } from '@opencx/domain';
import { backgroundTurn, foreground, FOREGROUND_QUIET_MS, OpenCxError, sliced, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { JobQueue, TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { ImportJobEntity, type ImportEncoding, type ImportMode, type ImportRowError } from '../entities/import-job.entity';
import type { ImportJobModel, ImportPreviewModel } from '../models';
import { FeedbackIngestionService, type StagedChunk } from './feedback-ingestion.service';

export const FEEDBACK_IMPORT_QUEUE = 'feedback-import';
/** Rejected rows kept with the job (line, field, reason, cells); `rejected` counts them all. */
export const IMPORT_ERRORS_KEPT = 1000;
const MODES: readonly ImportMode[] = ['partial', 'all_or_nothing'];
const ENCODINGS: readonly ImportEncoding[] = ['auto', 'utf8', 'gb18030'];

export const FEEDBACK_IMPORT_OPTIONS = Symbol('OPENCX_FEEDBACK_IMPORT_OPTIONS');

export interface FeedbackImportOptions {
  /** Uploaded files wait here until their job has run (a shared volume when API replicas run on several hosts). */
  filesDir: string;
  /** Largest upload in bytes. */
  maxBytes: number;
  /** Data rows per merge transaction in partial mode (each commit is a checkpoint). */
  chunkRows: number;
  /** Tests only: stop forever inside the transaction of this chunk (1-based), after its merge and before its commit, so a test can kill the worker there. */
  holdInChunk: number | null;
  /** How often to look for imports whose worker died (and hand them back to the queue). */
  sweepMs: number;
  /** False where no database is connected (writing the GraphQL schema): no worker, no sweep. */
  worker: boolean;
}

export const DEFAULT_IMPORT_OPTIONS: Omit<FeedbackImportOptions, 'filesDir'> = { maxBytes: 2 * 1024 ** 3, chunkRows: 10_000, holdInChunk: null, sweepMs: 10_000, worker: true };

export interface ImportRequest {
  mode?: string;
  encoding?: string;
  /** JSON object: CSV header → field. */
  mapping?: string;
  source?: string;
  fileName?: string;
}

interface ImportMessage {
  workspaceId: string;
  jobId: string;
  userId: string | null;
  tokenId: string | null;
}

const IMPORT_LIST: PagedList<ImportJobEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'ASC' },
  ],
  maxFirst: 100,
  defaultFirst: 20,
};

/** A file problem the import cannot get past (unclosed quote, no header): the job fails, it is not retried. */
class FileProblem extends Error {}
/** All-or-nothing with rejected rows: the transaction rolls back and the job reports why. */
class RefusedWhole extends Error {}

/** Detects the encoding from a sample: a UTF-8 BOM or valid UTF-8 is UTF-8; anything else is taken as GB18030 (Excel's 中文 CSV, a superset of GBK). */
export function detectEncoding(sample: Buffer): 'utf8' | 'gb18030' {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** CSV header → field: the given mapping first, else headers named like a field (any case). */
export function proposeMapping(headers: readonly string[], given: Record<string, string> = {}): Record<string, string> {
  const byLower = new Map(FEEDBACK_CSV_FIELDS.map((f) => [f.toLowerCase(), f]));
  const out: Record<string, string> = {};
  for (const h of headers) {
    const field = given[h] ?? byLower.get(h.trim().toLowerCase());
    if (field) out[h] = field;
  }
  return out;
}

function parseMapping(text: string | undefined): Record<string, string> {
  if (text === undefined || text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw OpenCxError.badInput('mapping', 'must be a JSON object of CSV header → field');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw OpenCxError.badInput('mapping', 'must be a JSON object of CSV header → field');
  const entries = Object.entries(value);
  if (entries.length > 100) throw OpenCxError.badInput('mapping', 'maps at most 100 headers');
  for (const [header, field] of entries) {
    if (typeof field !== 'string' || !FEEDBACK_CSV_FIELDS.includes(field)) throw OpenCxError.badInput('mapping', `"${header.slice(0, 80)}" maps to an unknown field; fields are ${FEEDBACK_CSV_FIELDS.join(', ')}`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * CSV imports (`POST /api/v1/feedback/import`). The upload is streamed to a file and the job
 * answered at once; a pg-boss worker then streams the file through the decoder and csv-parse,
 * validates each row with the declarations the JSON batch uses, and per chunk COPYs the valid
 * rows into a staging table and merges them exactly-once with their roll-ups — and the job's
 * counts and checkpoint (`lines_done`) — in one transaction. A killed worker loses only its
 * uncommitted chunks (at most two: see `readAll`); the retry resumes after the last checkpoint,
 * so the job ends with exactly the counts of one clean import. All-or-nothing runs the whole
 * file in one transaction.
 */
@Injectable()
export class FeedbackImportService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FeedbackImport');
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly ingestion: FeedbackIngestionService,
    @Inject(FEEDBACK_IMPORT_OPTIONS) private readonly options: FeedbackImportOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Where imports are not worked (the API's HTTP thread when its import thread runs them), nothing to do or sweep.
    if (!this.options.worker || !this.queue.works(FEEDBACK_IMPORT_QUEUE)) return;
    await this.queue.work<ImportMessage>(FEEDBACK_IMPORT_QUEUE, (message) => this.handle(message));
    await this.sweep().catch((error: Error) => this.logger.error(`import sweep: ${error.message}`));
    this.sweeper = setInterval(() => void this.sweep().catch((error: Error) => this.logger.error(`import sweep: ${error.message}`)), this.options.sweepMs);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Stores the upload and queues its job; answers the job at once. */
  async start(ctx: WorkspaceContext, body: Readable, request: ImportRequest): Promise<ImportJobModel> {
    const mode = (request.mode ?? 'partial') as ImportMode;
    if (!MODES.includes(mode)) throw OpenCxError.badInput('mode', `must be one of ${MODES.join(', ')}`);
    const encoding = (request.encoding ?? 'auto') as ImportEncoding;
    if (!ENCODINGS.includes(encoding)) throw OpenCxError.badInput('encoding', `must be one of ${ENCODINGS.join(', ')}`);
    const mapping = parseMapping(request.mapping);
    const source = (request.source ?? 'csv').trim();
    if (!source || source.length > 64) throw OpenCxError.badInput('source', 'must be 1–64 characters');
    const fileName = request.fileName?.slice(0, 255) ?? null;

    const id = randomUUID();
    const path = this.filePath(ctx.workspaceId, id);
    await mkdir(join(this.options.filesDir, ctx.workspaceId), { recursive: true });
    let bytes = 0;
    const limit = this.options.maxBytes;
    try {
      await pipeline(
        body,
        new Transform({
          transform(chunk: Buffer, _enc, done) {
            bytes += chunk.length;
            done(bytes > limit ? OpenCxError.badInput('file', `must be at most ${limit} bytes`) : null, chunk);
          },
        }),
        createWriteStream(path),
      );
      if (bytes === 0) throw OpenCxError.badInput('file', 'is empty: send the CSV as the request body');
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }

    const job = await this.db.write(ctx, async (tx) => {
      const row = await tx.insert(ImportJobEntity, {
        id, status: 'queued', mode, encoding, detectedEncoding: null, mapping, headers: [], source, fileName, fileBytes: bytes, bytesDone: 0, linesDone: 0,
        total: 0, accepted: 0, duplicate: 0, rejected: 0, errors: [], failure: null, attempts: 0, createdBy: ctx.actor.userId, startedAt: null, finishedAt: null,
      });
      await this.audit.record(tx, { action: 'feedback.import.start', entityType: 'import_job', entityId: id, after: { mode, encoding, mapping, source, fileName, fileBytes: bytes } });
      return row;
    });
    try {
      await this.queue.send<ImportMessage>(FEEDBACK_IMPORT_QUEUE, { workspaceId: ctx.workspaceId, jobId: id, userId: ctx.actor.userId, tokenId: ctx.actor.tokenId });
    } catch (error) {
      // Not left "queued" forever: the caller sees the failure and can upload again.
      await this.finish(ctx, id, { status: 'failed', failure: 'the import could not be queued; upload the file again' });
      throw error;
    }
    return toModel(job);
  }

  async get(ctx: WorkspaceContext, id: string): Promise<ImportJobEntity> {
    return this.db.read(ctx, (tx) => tx.findOneOrFail(ImportJobEntity, { id }, () => feedbackErrors.notFound('ImportJob', id, 'id')));
  }

  async model(ctx: WorkspaceContext, id: string): Promise<ImportJobModel> {
    return toModel(await this.get(ctx, id));
  }

  list(ctx: WorkspaceContext, page: PageArgs): Promise<Connection<ImportJobModel>> {
    const request = pageRequest(IMPORT_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const found = await tx.findPage(ImportJobEntity, {}, request);
      return toConnection(IMPORT_LIST, found, found.rows.map(toModel));
    });
  }

  /** The first rows of a file and the mapping proposed for its headers (the console's mapping step). */
  async preview(body: Readable, encoding: string | undefined, maxRows = 10): Promise<ImportPreviewModel> {
    const chosen = (encoding ?? 'auto') as ImportEncoding;
    if (!ENCODINGS.includes(chosen)) throw OpenCxError.badInput('encoding', `must be one of ${ENCODINGS.join(', ')}`);
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      parts.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= 256 * 1024) break;
    }
    const sample = Buffer.concat(parts);
    if (!sample.length) throw OpenCxError.badInput('file', 'is empty: send the first part of the CSV as the request body');
    const detected = chosen === 'auto' ? detectEncoding(sample) : chosen;
    const text = iconv.decode(sample, detected === 'utf8' ? 'utf8' : 'gb18030');
    const rows: string[][] = [];
    const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, to_line: maxRows + 1 + 0 });
    parser.on('error', () => undefined);
    parser.end(text.slice(0, text.lastIndexOf('\n') > 0 ? text.lastIndexOf('\n') + 1 : text.length));
    for await (const record of parser) rows.push(record as string[]);
    const [headers = [], ...data] = rows;
    return { headers, rows: data.slice(0, maxRows), mapping: proposeMapping(headers), fields: [...FEEDBACK_CSV_FIELDS], detectedEncoding: detected };
  }

  /** errors.csv: line, field, reason, then the rejected row's own cells under the file's headers. */
  async errorRows(ctx: WorkspaceContext, id: string): Promise<{ header: string[]; rows: unknown[][] }> {
    const job = await this.get(ctx, id);
    return { header: ['line', 'field', 'reason', ...job.headers], rows: job.errors.map((e) => [e.line, e.field, e.reason, ...e.cells]) };
  }

  private filePath(workspaceId: string, jobId: string): string {
    return join(this.options.filesDir, workspaceId, `${jobId}.csv`);
  }

  /** Imports whose pg-boss job is active but whose worker's lock is free: that worker died, so the job goes back to the queue. */
  private async sweep(): Promise<void> {
    for (const job of await this.queue.active<ImportMessage>(FEEDBACK_IMPORT_QUEUE, 2)) {
      if (!(await this.queue.isHeld(lockKey(job.data.jobId)))) {
        this.logger.warn(`import ${job.data.jobId}: its worker is gone; queued again`);
        await this.queue.fail(FEEDBACK_IMPORT_QUEUE, job.id, 'worker died');
      }
    }
  }

  private async handle(message: ImportMessage): Promise<void> {
    // A second delivery while a live worker holds the job has nothing to do.
    await this.queue.holding(lockKey(message.jobId), () => this.run(message));
  }

  private async run(message: ImportMessage): Promise<void> {
    const ctx: WorkspaceContext = { workspaceId: message.workspaceId, role: 'editor', actor: { userId: message.userId, tokenId: message.tokenId } };
    const job = await this.db.write(ctx, async (tx) => {
      const found = await tx.findOne(ImportJobEntity, { id: message.jobId }, { lock: true });
      if (!found || found.status === 'succeeded' || found.status === 'failed') return null;
      await tx.update(ImportJobEntity, { id: found.id }, { status: 'running', attempts: found.attempts + 1, startedAt: found.startedAt ?? new Date() });
      return { ...found, attempts: found.attempts + 1 };
    });
    if (!job) return;
    try {
      await this.importFile(ctx, job);
    } catch (error) {
      const final = error instanceof FileProblem || error instanceof RefusedWhole || job.attempts >= 3;
      if (!final) throw error;
      if (!(error instanceof RefusedWhole)) {
        await this.finish(ctx, job.id, { status: 'failed', failure: error instanceof FileProblem ? error.message : 'the import failed; see the server log' });
        if (!(error instanceof FileProblem)) this.logger.error(`import ${job.id}: ${(error as Error).stack}`);
      }
    }
  }

  private async finish(ctx: WorkspaceContext, id: string, patch: Partial<ImportJobEntity>, tx?: TenantTx): Promise<void> {
    const work = async (t: TenantTx) => {
      await t.update(ImportJobEntity, { id }, { ...patch, finishedAt: new Date() });
      const after = await t.findOneOrFail(ImportJobEntity, { id }, () => feedbackErrors.notFound('ImportJob', id, 'id'));
      await this.audit.record(t, {
        action: 'feedback.import.finish',
        entityType: 'import_job',
        entityId: id,
        after: { status: after.status, total: after.total, accepted: after.accepted, duplicate: after.duplicate, rejected: after.rejected, failure: after.failure },
      });
    };
    if (tx) await work(tx);
    else await this.db.write(ctx, work);
    if (patch.status === 'succeeded' || patch.status === 'failed') await rm(this.filePath(ctx.workspaceId, id), { force: true });
  }

  private async importFile(ctx: WorkspaceContext, job: ImportJobEntity): Promise<void> {
    const path = this.filePath(ctx.workspaceId, job.id);
    const handle = await open(path, 'r').catch(() => null);
    if (!handle) throw new FileProblem('the uploaded file is gone; upload it again');
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    await handle.close();
    const encoding = job.encoding === 'auto' ? detectEncoding(sample.subarray(0, bytesRead)) : job.encoding;

    let bytesRead2 = 0;
    const file = createReadStream(path);
    file.on('data', (chunk) => (bytesRead2 += chunk.length));
    const parser = parse({ relax_column_count: true, skip_empty_lines: true, bom: true, info: true });
    const decoded = file.pipe(iconv.decodeStream(encoding === 'utf8' ? 'utf8' : 'gb18030', { stripBOM: true }));
    decoded.on('error', (error) => parser.destroy(error));
    decoded.pipe(parser);

    const counts = { total: job.total, accepted: job.accepted, duplicate: job.duplicate, rejected: job.rejected };
    let errorsKept = job.errors.length;
    const allKept: ImportRowError[] = [...job.errors];
    let headers: string[] | null = null;
    let fields: (string | null)[] = [];
    let ordinal = 0;
    let chunkNo = 0;
    let pending: { line: number; record: FeedbackResponseRecord; cells: string[] }[] = [];
    let rejects: ImportRowError[] = [];

    const whole = job.mode === 'all_or_nothing';
    type Chunk = { rows: typeof pending; rejects: ImportRowError[]; ordinal: number; bytes: number; staged: StagedChunk | null };
    const flush = async (tx: TenantTx, { rows: pending, rejects, ordinal, bytes, staged }: Chunk, previous: Promise<void>) => {
      const outcome = staged ? await this.ingestion.ingestStaged(tx, staged, () => previous) : { accepted: 0, duplicates: 0, refused: new Map<number, RowIssue>() };
      // The previous chunk has committed (or this one fails with it): counts and checkpoint follow in file order.
      await previous;
      chunkNo++;
      for (const [i, issue] of outcome.refused) rejects.push({ line: pending[i].line, field: issue.field, reason: issue.message, cells: pending[i].cells });
      rejects.sort((a, b) => a.line - b.line);
      const rowsHere = pending.length + rejects.length - outcome.refused.size;
      counts.total += rowsHere;
      counts.accepted += outcome.accepted;
      counts.duplicate += outcome.duplicates;
      counts.rejected += rejects.length;
      const kept = rejects.slice(0, Math.max(0, IMPORT_ERRORS_KEPT - errorsKept));
      errorsKept += kept.length;
      allKept.push(...kept);
      await tx.query(
        `UPDATE import_job SET lines_done = $3, bytes_done = least($4, file_bytes), total = $5, accepted = $6, duplicate = $7, rejected = $8,
                errors = errors || $9::jsonb, headers = $10::jsonb, detected_encoding = $11
          WHERE workspace_id = $1 AND id = $2`,
        [job.id, ordinal, bytes, counts.total, counts.accepted, counts.duplicate, counts.rejected, JSON.stringify(kept), JSON.stringify(headers ?? []), encoding],
      );
      if (this.options.holdInChunk === chunkNo) {
        this.logger.warn(`import ${job.id}: holding chunk ${chunkNo} before its commit (test hook)`);
        process.stdout.write(`opencx-test: import holding chunk ${chunkNo}\n`);
        await new Promise(() => undefined);
      }
    };

    const pause = sliced(backgroundTurn);
    const readAll = async (flushWith: (work: (tx: TenantTx) => Promise<void>) => Promise<void>) => {
      // Chunk n+1 is read, validated and its comments analysed while chunk n's transaction runs, and
      // when the foreground is quiet its transaction stages and merges its rows while chunk n
      // rolls up and commits (at most two open). It takes the roll-up row locks and writes the job's
      // counts only after chunk n has committed, so chunks commit in order, the checkpoint stays
      // exact, and the two cannot deadlock. A transaction holds only database work.
      let inflight: Promise<void> = Promise.resolve();
      let before: Promise<void> = Promise.resolve();
      const next = async () => {
        const rows = pending;
        const chunk: Chunk = { rows, rejects, ordinal, bytes: bytesRead2, staged: null };
        pending = [];
        rejects = [];
        if (rows.length) chunk.staged = await this.ingestion.prepareStaged(ctx, rows.map((p) => p.record));
        await before;
        // A low-priority job: each chunk's transaction starts when no request is waiting (or after a short wait),
        // and overlaps the previous chunk's only when no request has been served for a while.
        const quiet = foreground.quietForMs >= FOREGROUND_QUIET_MS;
        await backgroundTurn();
        if (whole || !quiet || foreground.inFlight > 0) await inflight;
        const previous = inflight;
        inflight = flushWith((tx) => flush(tx, chunk, previous));
        inflight.catch(() => undefined);
        before = previous;
        if (whole) await inflight;
      };
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
          if (!headers) {
            headers = record.map((h) => h.trim());
            const mapping = proposeMapping(headers, job.mapping);
            fields = headers.map((h) => mapping[h] ?? null);
            if (!fields.includes('touchpointId')) throw new FileProblem(`no column maps to touchpointId (headers: ${headers.join(', ').slice(0, 300)}); name the columns like the fields or send a mapping`);
            continue;
          }
          ordinal++;
          if (ordinal <= job.linesDone) continue;
          // Parsing and validating is CPU work on the API's event loop: let other requests in every few milliseconds.
          await pause();
          const cells: Record<string, string> = {};
          fields.forEach((f, i) => {
            if (f && record[i] !== undefined) cells[f] = record[i];
          });
          const read = readFeedbackCsvRow(cells, { source: job.source });
          const line = info.lines;
          if (read.record) pending.push({ line, record: read.record, cells: record });
          else rejects.push({ line, field: read.issues[0].field, reason: read.issues.map((i) => `${i.field} ${i.message}`).join('; '), cells: record });
          if (pending.length + rejects.length >= this.options.chunkRows) await next();
        }
      } catch (error) {
        await inflight.catch(() => undefined);
        if (error instanceof FileProblem || error instanceof OpenCxError) throw error;
        const code = (error as { code?: string }).code;
        if (typeof code === 'string' && code.startsWith('CSV_')) throw new FileProblem(`the file is not valid CSV: ${(error as Error).message}`);
        throw error;
      } finally {
        file.destroy();
      }
      if (!headers) throw new FileProblem('the file has no header row');
      if (pending.length + rejects.length) await next();
      await inflight;
    };

    if (!whole) {
      await readAll((work) => this.db.write(ctx, work));
      await this.finish(ctx, job.id, { status: 'succeeded', bytesDone: job.fileBytes });
      return;
    }
    try {
      await this.db.write(ctx, async (tx) => {
        await readAll((work) => work(tx));
        if (counts.rejected > 0) throw new RefusedWhole();
        await this.finish(ctx, job.id, { status: 'succeeded', bytesDone: job.fileBytes }, tx);
      });
    } catch (error) {
      if (!(error instanceof RefusedWhole)) throw error;
      // The rows rolled back; the report keeps what was found.
      await this.finish(ctx, job.id, {
        status: 'failed', total: counts.total, accepted: 0, duplicate: 0, rejected: counts.rejected, errors: allKept, headers: headers ?? [], detectedEncoding: encoding, linesDone: ordinal, bytesDone: job.fileBytes,
        failure: `all-or-nothing: ${counts.rejected} row(s) rejected, so nothing was imported`,
      });
      throw error;
    }
  }
}

const lockKey = (jobId: string) => `opencx-import:${jobId}`;

function toModel(job: ImportJobEntity): ImportJobModel {
  const progress = job.status === 'succeeded' ? 100 : job.fileBytes > 0 ? Math.min(99.9, Math.floor((job.bytesDone / job.fileBytes) * 1000) / 10) : 0;
  return {
    id: job.id,
    status: job.status,
    mode: job.mode,
    encoding: job.encoding,
    detectedEncoding: job.detectedEncoding,
    mapping: job.mapping,
    fileName: job.fileName,
    progress,
    total: job.total,
    accepted: job.accepted,
    duplicate: job.duplicate,
    rejected: job.rejected,
    errors: job.errors.map(({ line, field, reason }) => ({ line, field, reason })),
    failure: job.failure,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
