import { Injectable } from '@nestjs/common';
import { ILike, type FindOptionsWhere } from 'typeorm';
import type { JourneyDocument, JourneyShape, JourneyState } from '@opencx/domain';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { JourneyEntity, PersonaEntity } from '../entities';
import type { CreateJourneyInput, DuplicateJourneyInput, JourneyFilterInput, TouchpointFilterInput, UpdateJourneyInput } from '../inputs';
import type { JourneySummaryModel } from '../models';
import { IdentityDirectory } from '@opencx/server-identity';
import { TouchpointMetricService } from '@opencx/server-metrics';
import { JourneyMapLoader, toJourneyDocument, type JourneyMap } from './journey-map.loader';
import { JourneyEditor, updateVersioned } from './journey-editor';
import { JourneyMapCache } from './journey-map.cache';
import { insertJourneyTree } from './journey-tree.writer';
import { defaultCopyName } from './journey-copy-name';
import { linkDocumentPersonas } from './journey-personas.service';
import { parseJourneyDocument } from './journey-document.parser';
import { portableOnly, toJourneySnapshot, withoutIdentities, type JourneySnapshot } from './journey-snapshot';

export interface JourneyProvenance {
  sourcePluginId: string;
  templateKey: string;
  templateVersion: string;
}

export interface CreateFromDocumentOptions {
  name?: string;
  personaId?: string | null;
  /** Set for a journey made from a plugin template (touchpoint template keys and bindings travel in the snapshot). */
  provenance?: JourneyProvenance;
  /** For a future-state copy: the current-state map it is made from. */
  currentStateJourneyId?: string | null;
  /** Audit action and summary wording; 'duplicate' keeps the source's provenance from the snapshot. */
  how?: 'import' | 'template' | 'duplicate';
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
    private readonly identity: IdentityDirectory,
    private readonly metrics: TouchpointMetricService,
    private readonly mapCache: JourneyMapCache,
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

  /** The map as committed; an unchanged map comes from the cache after a one-statement version check (see JourneyMapLoader.load). */
  get(ctx: WorkspaceContext, id: string, filter?: TouchpointFilterInput): Promise<JourneyMap> {
    return this.db.read(ctx, (tx) => this.loader.load(tx, id, filter, { cache: this.mapCache }), { snapshot: true });
  }

  /** The whole map (no filter) and its answer version, read in one snapshot (see JourneyMapLoader.loadVersioned; JourneyAnswerCache keys answers by it). */
  getVersioned(ctx: WorkspaceContext, id: string): Promise<{ map: JourneyMap; answerVersion: string | null }> {
    return this.db.read(ctx, (tx) => this.loader.loadVersioned(tx, id, undefined, { cache: this.mapCache }), { snapshot: true });
  }

  /** Only the whole map's answer version (see JourneyMapLoader.answerVersionSql), in one round trip; null when the journey is not there. */
  async answerVersion(ctx: WorkspaceContext, id: string): Promise<string | null> {
    const [head] = await this.db.readRows<{ journey: unknown; persona: unknown; personas: unknown; futures: unknown; version: string }>(ctx, this.loader.answerVersionSql(), [id]);
    return head ? this.loader.answerVersion(head) : null;
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
  createFromDocument(ctx: WorkspaceContext, doc: JourneySnapshot, options: CreateFromDocumentOptions = {}): Promise<JourneyMap> {
    return this.db.write(ctx, (tx) => this.createFromDocumentInTx(tx, doc, options));
  }

  /**
   * The same inside a caller's transaction. The snapshot may carry what a portable document does
   * not (owner teams, review fields, template keys, metric bindings): all of it is written before
   * revision 1 is recorded, so revision 1 holds the whole journey.
   */
  async createFromDocumentInTx(tx: TenantTx, doc: JourneySnapshot, options: CreateFromDocumentOptions = {}): Promise<JourneyMap> {
    const j = doc.journey;
    await this.checkReferences(tx, options.personaId ?? undefined, undefined);
    await this.identity.assertTeams(tx, [j.ownerTeamId, ...j.stages.flatMap((s) => s.touchpoints.map((t) => t.ownerTeamId))]);
    let personaId = options.personaId ?? null;
    if (!personaId && j.persona) {
      const p = j.persona;
      personaId = (await tx.insert(PersonaEntity, { name: p.name, description: p.description, goals: p.goals, needs: p.needs, frustrations: p.frustrations, segmentKey: p.segmentKey, sourcePluginId: options.provenance?.sourcePluginId ?? null, version: 1 })).id;
    }
    const provenance = options.provenance ?? (j.sourcePluginId ? { sourcePluginId: j.sourcePluginId, templateKey: j.templateKey ?? null, templateVersion: j.templateVersion ?? null } : null);
    const personaIds = await linkDocumentPersonas(tx, j.personas, options.provenance?.sourcePluginId ?? null);
    const journey = await this.insertJourney(tx, {
      name: options.name ?? j.name,
      description: j.description,
      state: j.state,
      shape: j.shape,
      status: j.status === 'archived' ? 'draft' : j.status,
      personaId,
      ownerTeamId: j.ownerTeamId ?? null,
      reviewCadenceDays: j.reviewCadenceDays ?? null,
      nextReviewAt: j.nextReviewAt ?? null,
      sourcePluginId: provenance?.sourcePluginId ?? null,
      templateKey: provenance?.templateKey ?? null,
      templateVersion: provenance?.templateVersion ?? null,
      customLanes: j.lanes ?? [],
      personaIds,
      currentStateJourneyId: options.currentStateJourneyId ?? null,
    });
    await this.metrics.insert(tx, journey.id, await insertJourneyTree(tx, journey.id, j.stages, { personaIds }));
    const how = options.how ?? (options.provenance ? 'template' : 'import');
    const action = { import: 'journey.import', template: 'journey.createFromTemplate', duplicate: 'journey.duplicate' }[how];
    const summary = {
      import: 'by import',
      template: `from template ${provenance?.sourcePluginId}/${provenance?.templateKey}@${provenance?.templateVersion}`,
      duplicate: 'as a copy',
    }[how];
    return this.finishCreate(tx, journey.id, action, `Created "${journey.name}" ${summary}`);
  }

  /** The map as it is now inside the caller's transaction. */
  reload(tx: TenantTx, id: string): Promise<JourneyMap> {
    return this.loader.load(tx, id);
  }

  importDocument(ctx: WorkspaceContext, raw: unknown, name?: string): Promise<JourneyMap> {
    // A scalar argument, so no input class checks it: the same limit as every journey name.
    if (name !== undefined && name !== null && (name.trim() === '' || name.length > 200)) throw OpenCxError.badInput('name', 'must be 1 to 200 characters');
    // An uploaded document brings content only: owner teams, bindings and provenance are not taken from it.
    return this.createFromDocument(ctx, portableOnly(parseJourneyDocument(raw)), { name });
  }

  async exportDocument(ctx: WorkspaceContext, id: string): Promise<JourneyDocument> {
    return toJourneyDocument(await this.get(ctx, id), false);
  }

  /** A copy of everything the journey owns with fresh identities (the rule is on `withoutIdentities`). */
  async duplicate(ctx: WorkspaceContext, input: DuplicateJourneyInput): Promise<JourneyMap> {
    return this.db.write(ctx, async (tx) => {
      const source = await this.loader.load(tx, input.id);
      const snapshot = withoutIdentities(toJourneySnapshot(source));
      const state = (input.state ?? source.state) as JourneyState;
      return this.createFromDocumentInTx(
        tx,
        { ...snapshot, journey: { ...snapshot.journey, state, status: 'draft' } },
        {
          name: input.name ?? defaultCopyName(source.name, state, await this.identity.workspaceLocale(tx)),
          personaId: source.persona?.id ?? null,
          how: 'duplicate',
          // A future-state copy names the current-state map (a copy of a future-state map names the same one), for the side-by-side view.
          currentStateJourneyId: state === 'future' ? (source.state === 'current' ? source.id : source.currentStateJourneyId) : null,
        },
      );
    });
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
    await this.identity.assertTeams(tx, [ownerTeamId]);
  }
}
