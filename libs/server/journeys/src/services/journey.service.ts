import { Injectable } from '@nestjs/common';
import { ILike, type FindOptionsWhere } from 'typeorm';
import { diffJourneyDocuments, type JourneyDiff, type JourneyDocument, type JourneyShape, type JourneyState } from '@opencx/domain';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { JourneyEntity, JourneyRevisionEntity, PersonaEntity } from '../entities';
import type { CreateJourneyInput, DuplicateJourneyInput, JourneyFilterInput, TouchpointFilterInput, UpdateJourneyInput } from '../inputs/journey.inputs';
import type { JourneySummaryModel } from '../models/journey.models';
import { JourneyMapLoader, toJourneyDocument, type JourneyMap } from './journey-map.loader';
import { JourneyEditor, updateVersioned } from './journey-editor';
import { insertJourneyTree } from './journey-tree.writer';
import { parseJourneyDocument } from './journey-document.parser';
import { assertTeamInWorkspace } from './references';

export interface JourneyProvenance {
  sourcePluginId: string;
  templateKey: string;
  templateVersion: string;
  touchpointTemplateKeys?: (string | null)[][];
}

export interface CreateFromDocumentOptions {
  name?: string;
  personaId?: string | null;
  provenance?: JourneyProvenance;
}

/** Most recently changed first; `id` breaks ties so the order is total and pages never overlap. */
export const JOURNEY_LIST: PagedList<JourneyEntity> = {
  keys: [
    { property: 'updatedAt', direction: 'DESC' },
    { property: 'id', direction: 'ASC' },
  ],
  defaultFirst: 50,
  maxFirst: 200,
};

@Injectable()
export class JourneyService {
  constructor(
    private readonly db: TenantDb,
    private readonly loader: JourneyMapLoader,
    private readonly editor: JourneyEditor,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: WorkspaceContext, filter: JourneyFilterInput = {}, page: PageArgs = {}): Promise<Connection<JourneySummaryModel>> {
    const request = pageRequest(JOURNEY_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const where: FindOptionsWhere<JourneyEntity> = {};
      if (filter.status) where.status = filter.status as JourneyEntity['status'];
      if (filter.state) where.state = filter.state as JourneyState;
      if (filter.personaId) where.personaId = filter.personaId;
      if (filter.ownerTeamId) where.ownerTeamId = filter.ownerTeamId;
      if (filter.search) where.name = ILike(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const found = await tx.findPage(JourneyEntity, where, request);
      const journeys = found.rows;
      const [counts, personas] = await Promise.all([
        this.loader.counts(tx, journeys.map((j) => j.id)),
        this.loader.personasById(tx, [...new Set(journeys.map((j) => j.personaId).filter((p): p is string => !!p))]),
      ]);
      return toConnection(
        JOURNEY_LIST,
        found,
        journeys.map((j) => ({
          ...j,
          personaName: j.personaId ? (personas.get(j.personaId)?.name ?? null) : null,
          stageCount: counts.get(j.id)?.stages ?? 0,
          touchpointCount: counts.get(j.id)?.touchpoints ?? 0,
          painPointCount: counts.get(j.id)?.painPoints ?? 0,
        })),
      );
    });
  }

  get(ctx: WorkspaceContext, id: string, filter?: TouchpointFilterInput): Promise<JourneyMap> {
    return this.db.read(ctx, (tx) => this.loader.load(tx, id, filter));
  }

  async create(ctx: WorkspaceContext, input: CreateJourneyInput): Promise<JourneyMap> {
    return this.db.write(ctx, async (tx) => {
      await this.checkReferences(tx, input.personaId, input.ownerTeamId);
      const journey = await this.insertJourney(tx, {
        name: input.name.trim(),
        description: input.description ?? '',
        personaId: input.personaId ?? null,
        state: (input.state ?? 'current') as JourneyState,
        shape: (input.shape ?? 'linear') as JourneyShape,
        ownerTeamId: input.ownerTeamId ?? null,
        reviewCadenceDays: input.reviewCadenceDays ?? null,
      });
      return this.finishCreate(tx, journey.id, 'journey.create', `Created journey "${journey.name}"`);
    });
  }

  /** Creates a journey with its whole map from a document (import, templates) in one transaction. */
  createFromDocument(ctx: WorkspaceContext, doc: JourneyDocument, options: CreateFromDocumentOptions = {}): Promise<JourneyMap> {
    return this.db.write(ctx, (tx) => this.createFromDocumentInTx(tx, doc, options));
  }

  /** The same inside a caller's transaction (creating from a template also binds metrics, atomically). */
  async createFromDocumentInTx(tx: TenantTx, doc: JourneyDocument, options: CreateFromDocumentOptions = {}): Promise<JourneyMap> {
    await this.checkReferences(tx, options.personaId ?? undefined, undefined);
    const j = doc.journey;
    let personaId = options.personaId ?? null;
    if (!personaId && j.persona) {
      const p = j.persona;
      personaId = (await tx.insert(PersonaEntity, { name: p.name, description: p.description, goals: p.goals, needs: p.needs, frustrations: p.frustrations, segmentKey: p.segmentKey, sourcePluginId: options.provenance?.sourcePluginId ?? null, version: 1 })).id;
    }
    const journey = await this.insertJourney(tx, {
      name: options.name ?? j.name,
      description: j.description,
      state: j.state,
      shape: j.shape,
      status: j.status === 'archived' ? 'draft' : j.status,
      personaId,
      sourcePluginId: options.provenance?.sourcePluginId ?? null,
      templateKey: options.provenance?.templateKey ?? null,
      templateVersion: options.provenance?.templateVersion ?? null,
    });
    await insertJourneyTree(tx, journey.id, j.stages, { touchpointTemplateKeys: options.provenance?.touchpointTemplateKeys });
    const how = options.provenance ? `from template ${options.provenance.sourcePluginId}/${options.provenance.templateKey}@${options.provenance.templateVersion}` : 'by import';
    return this.finishCreate(tx, journey.id, options.provenance ? 'journey.createFromTemplate' : 'journey.import', `Created "${journey.name}" ${how}`);
  }

  /** The map as it is now inside the caller's transaction. */
  reload(tx: TenantTx, id: string): Promise<JourneyMap> {
    return this.loader.load(tx, id);
  }

  importDocument(ctx: WorkspaceContext, raw: unknown, name?: string): Promise<JourneyMap> {
    return this.createFromDocument(ctx, parseJourneyDocument(raw), { name });
  }

  async exportDocument(ctx: WorkspaceContext, id: string): Promise<JourneyDocument> {
    return toJourneyDocument(await this.get(ctx, id), false);
  }

  async duplicate(ctx: WorkspaceContext, input: DuplicateJourneyInput): Promise<JourneyMap> {
    const source = await this.get(ctx, input.id);
    const doc = toJourneyDocument(source, false);
    const state = (input.state ?? source.state) as JourneyState;
    const copy = await this.createFromDocument(
      ctx,
      { ...doc, journey: { ...doc.journey, state, status: 'draft' } },
      { name: input.name ?? `${source.name} (${state === 'future' ? 'future state' : 'copy'})`, personaId: source.persona?.id ?? null },
    );
    return copy;
  }

  async update(ctx: WorkspaceContext, input: UpdateJourneyInput): Promise<JourneyMap> {
    return this.editor.edit(ctx, input.id, 'journey.update', async (tx, journey) => {
      await this.checkReferences(tx, input.personaId, input.ownerTeamId);
      const after = await updateVersioned(tx, JourneyEntity, 'The journey', journey, input.version, {
        name: input.name?.trim(),
        description: input.description,
        personaId: input.personaId,
        state: input.state as JourneyState | undefined,
        shape: input.shape as JourneyShape | undefined,
        status: input.status as JourneyEntity['status'] | undefined,
        ownerTeamId: input.ownerTeamId,
        reviewCadenceDays: input.reviewCadenceDays,
        nextReviewAt: input.nextReviewAt,
      });
      return { entityType: 'journey', entityId: journey.id, before: journey, after, summary: `Updated journey details` };
    });
  }

  async archive(ctx: WorkspaceContext, id: string): Promise<JourneyMap> {
    return this.editor.edit(ctx, id, 'journey.archive', async (tx, journey) => {
      await tx.update(JourneyEntity, { id }, { status: 'archived', version: journey.version + 1 });
      return { entityType: 'journey', entityId: id, before: { status: journey.status }, after: { status: 'archived' }, summary: 'Archived the journey' };
    });
  }

  async revisions(ctx: WorkspaceContext, journeyId: string): Promise<(JourneyRevisionEntity & { actorName: string | null })[]> {
    return this.db.read(ctx, async (tx) => {
      await tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => OpenCxError.notFound('Journey', journeyId));
      return tx.query<JourneyRevisionEntity & { actorName: string | null }>(
        `SELECT r.revision, r.action, r.summary, r.actor_user_id AS "actorUserId", r.created_at AS "createdAt", u.display_name AS "actorName"
           FROM journey_revision r LEFT JOIN app_user u ON u.id = r.actor_user_id
          WHERE r.workspace_id = $1 AND r.journey_id = $2 ORDER BY r.revision DESC`,
        [journeyId],
      );
    });
  }

  async diff(ctx: WorkspaceContext, journeyId: string, fromRevision: number, toRevision: number): Promise<JourneyDiff & { fromRevision: number; toRevision: number }> {
    return this.db.read(ctx, async (tx) => {
      const [from, to] = await Promise.all([this.snapshot(tx, journeyId, fromRevision, 'fromRevision'), this.snapshot(tx, journeyId, toRevision, 'toRevision')]);
      return { fromRevision, toRevision, ...diffJourneyDocuments(from, to) };
    });
  }

  /** Puts the map back as it was at a revision; the restore is itself a new revision. */
  async restoreRevision(ctx: WorkspaceContext, journeyId: string, revision: number): Promise<JourneyMap> {
    return this.editor.edit(ctx, journeyId, 'journey.restoreRevision', async (tx, journey) => {
      const snap = await this.snapshot(tx, journeyId, revision, 'revision');
      await tx.query(`DELETE FROM stage WHERE workspace_id = $1 AND journey_id = $2`, [journeyId]);
      await insertJourneyTree(tx, journeyId, snap.journey.stages);
      const j = snap.journey;
      await tx.update(JourneyEntity, { id: journeyId }, { name: j.name, description: j.description, state: j.state, shape: j.shape, status: j.status, version: journey.version + 1 });
      return { entityType: 'journey', entityId: journeyId, after: { restoredRevision: revision }, summary: `Restored revision ${revision}` };
    });
  }

  private async snapshot(tx: TenantTx, journeyId: string, revision: number, field: string): Promise<JourneyDocument> {
    const row = await tx.findOne(JourneyRevisionEntity, { journeyId, revision });
    if (!row) throw OpenCxError.badInput(field, `revision ${revision} does not exist for this journey`);
    return row.snapshot;
  }

  private async insertJourney(tx: TenantTx, values: Partial<JourneyEntity>): Promise<JourneyEntity> {
    return tx.insert(JourneyEntity, { description: '', status: 'draft', version: 1, revision: 0, createdBy: tx.ctx.actor.userId, ...values });
  }

  private async finishCreate(tx: TenantTx, journeyId: string, action: string, summary: string): Promise<JourneyMap> {
    const map = await this.editor.recordRevision(tx, journeyId, action, summary);
    await this.audit.record(tx, { action, entityType: 'journey', entityId: journeyId, after: { id: map.id, name: map.name, stages: map.stages.length } });
    return map;
  }

  private async checkReferences(tx: TenantTx, personaId: string | undefined, ownerTeamId: string | undefined): Promise<void> {
    if (personaId && (await tx.count(PersonaEntity, { id: personaId })) === 0) throw OpenCxError.badInput('personaId', 'no such persona in this workspace');
    await assertTeamInWorkspace(tx, ownerTeamId);
  }
}
