import { Injectable } from '@nestjs/common';
import type { PainPointSource } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { OpportunityEntity, PainPointEntity, TouchpointEntity } from '../entities';
import type { AddOpportunityInput, AddPainPointInput, UpdateOpportunityInput, UpdatePainPointInput } from '../inputs';
import { JourneyEditor, updateVersioned } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { journeyErrors } from '../journey.errors';

export interface InsightRef {
  id: string;
  journeyId: string;
  touchpointId: string;
  title: string;
  description: string;
  /** Pain points only. */
  severity: number | null;
  source: PainPointSource | null;
  evidenceCount: number | null;
  /** Opportunities only: the pain point it answers. */
  painPointId: string | null;
}

/** Pain points and opportunities on touchpoints: the insights of a map. */
@Injectable()
export class JourneyInsightService {
  constructor(private readonly editor: JourneyEditor) {}

  async addPainPoint(ctx: WorkspaceContext, input: AddPainPointInput): Promise<JourneyMap> {
    const tp = await this.touchpoint(ctx, input.touchpointId);
    return this.editor.edit(ctx, tp.journeyId, 'painPoint.add', async (tx) => {
      const pain = await tx.insert(PainPointEntity, {
        journeyId: tp.journeyId,
        touchpointId: tp.id,
        title: input.title.trim(),
        description: input.description ?? '',
        severity: input.severity,
        source: (input.source ?? 'manual') as PainPointSource,
        evidenceCount: input.evidenceCount ?? 0,
        version: 1,
      });
      return { entityType: 'pain_point', entityId: pain.id, after: pain, summary: `Added pain point "${pain.title}" to "${tp.name}"` };
    });
  }

  async updatePainPoint(ctx: WorkspaceContext, input: UpdatePainPointInput): Promise<JourneyMap> {
    const current = await this.editor.read(ctx, (tx) => this.find(tx, PainPointEntity, input.id, 'PainPoint'));
    return this.editor.edit(ctx, current.journeyId, 'painPoint.update', async (tx) => {
      const fresh = await this.find(tx, PainPointEntity, input.id, 'PainPoint');
      const after = await updateVersioned(tx, PainPointEntity, 'The pain point', fresh, input.version, {
        title: input.title?.trim(),
        description: input.description,
        severity: input.severity,
        evidenceCount: input.evidenceCount,
      });
      return { entityType: 'pain_point', entityId: after.id, before: fresh, after, summary: `Edited pain point "${after.title}"` };
    });
  }

  async deletePainPoint(ctx: WorkspaceContext, id: string): Promise<JourneyMap> {
    const current = await this.editor.read(ctx, (tx) => this.find(tx, PainPointEntity, id, 'PainPoint'));
    return this.editor.edit(ctx, current.journeyId, 'painPoint.delete', async (tx) => {
      await tx.delete(PainPointEntity, { id });
      return { entityType: 'pain_point', entityId: id, before: current, summary: `Deleted pain point "${current.title}"` };
    });
  }

  async addOpportunity(ctx: WorkspaceContext, input: AddOpportunityInput): Promise<JourneyMap> {
    const tp = await this.touchpoint(ctx, input.touchpointId);
    return this.editor.edit(ctx, tp.journeyId, 'opportunity.add', async (tx) => {
      if (input.painPointId) {
        const pain = await tx.findOne(PainPointEntity, { id: input.painPointId });
        if (!pain || pain.touchpointId !== tp.id) throw OpenCxError.badInput('painPointId', 'must be a pain point of the same touchpoint');
      }
      const opp = await tx.insert(OpportunityEntity, {
        journeyId: tp.journeyId,
        touchpointId: tp.id,
        painPointId: input.painPointId ?? null,
        title: input.title.trim(),
        description: input.description ?? '',
        version: 1,
      });
      return { entityType: 'opportunity', entityId: opp.id, after: opp, summary: `Added opportunity "${opp.title}" to "${tp.name}"` };
    });
  }

  async updateOpportunity(ctx: WorkspaceContext, input: UpdateOpportunityInput): Promise<JourneyMap> {
    const current = await this.editor.read(ctx, (tx) => this.find(tx, OpportunityEntity, input.id, 'Opportunity'));
    return this.editor.edit(ctx, current.journeyId, 'opportunity.update', async (tx) => {
      const fresh = await this.find(tx, OpportunityEntity, input.id, 'Opportunity');
      const after = await updateVersioned(tx, OpportunityEntity, 'The opportunity', fresh, input.version, { title: input.title?.trim(), description: input.description });
      return { entityType: 'opportunity', entityId: after.id, before: fresh, after, summary: `Edited opportunity "${after.title}"` };
    });
  }

  async deleteOpportunity(ctx: WorkspaceContext, id: string): Promise<JourneyMap> {
    const current = await this.editor.read(ctx, (tx) => this.find(tx, OpportunityEntity, id, 'Opportunity'));
    return this.editor.edit(ctx, current.journeyId, 'opportunity.delete', async (tx) => {
      await tx.delete(OpportunityEntity, { id });
      return { entityType: 'opportunity', entityId: id, before: current, summary: `Deleted opportunity "${current.title}"` };
    });
  }

  /** A pain point or opportunity as another context may see it (actions start from one); null when not in the workspace. */
  async insight(tx: TenantTx, kind: 'painPoint' | 'opportunity', id: string): Promise<InsightRef | null> {
    const row = kind === 'painPoint' ? await tx.findOne(PainPointEntity, { id }) : await tx.findOne(OpportunityEntity, { id });
    if (!row) return null;
    return {
      id: row.id,
      journeyId: row.journeyId,
      touchpointId: row.touchpointId,
      title: row.title,
      description: row.description,
      severity: 'severity' in row ? row.severity : null,
      source: 'source' in row ? row.source : null,
      evidenceCount: 'evidenceCount' in row ? row.evidenceCount : null,
      painPointId: 'painPointId' in row ? row.painPointId : null,
    };
  }

  private touchpoint(ctx: WorkspaceContext, id: string): Promise<TouchpointEntity> {
    return this.editor.read(ctx, (tx) =>
      tx.findOneOrFail(TouchpointEntity, { id }, () => journeyErrors.notFound('Touchpoint', id, 'touchpointId')),
    );
  }

  private find<E extends PainPointEntity | OpportunityEntity>(tx: TenantTx, entity: new () => E, id: string, entityName: 'PainPoint' | 'Opportunity'): Promise<E> {
    return tx.findOneOrFail(entity, { id } as never, () => journeyErrors.notFound(entityName, id, 'id'));
  }
}
