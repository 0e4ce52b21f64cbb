import { Injectable } from '@nestjs/common';
import { clearableFieldNames, fieldNames, pickFields, TOUCHPOINT_FIELDS, withDefaults } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { StageEntity, TouchpointEntity } from '../entities';
import type { AddStageInput, AddTouchpointInput, MoveStageInput, MoveTouchpointInput, UpdateStageInput, UpdateTouchpointInput } from '../inputs';
import { fieldClashes } from './field-merge';
import { JourneyEditor, updateVersioned } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { IdentityDirectory } from '@opencx/server-identity';
import { journeyErrors } from '../journey.errors';

/** Touchpoint fields an edit may change (the declaration's editable ones). */
const EDITABLE = fieldNames(TOUCHPOINT_FIELDS, (f) => f.editableBy !== undefined);

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/**
 * Stages and touchpoints: add, edit, move, delete. Positions are dense 0…n−1 within their parent;
 * every change runs under the journey lock (JourneyEditor), so concurrent moves cannot leave gaps
 * or duplicates.
 */
@Injectable()
export class JourneyStructureService {
  constructor(
    private readonly editor: JourneyEditor,
    private readonly identity: IdentityDirectory,
  ) {}

  async addStage(ctx: WorkspaceContext, input: AddStageInput): Promise<JourneyMap> {
    return this.editor.edit(ctx, input.journeyId, 'stage.add', async (tx) => {
      const count = await tx.count(StageEntity, { journeyId: input.journeyId });
      if (count >= 50) throw OpenCxError.badInput('journeyId', 'a journey has at most 50 stages');
      const position = clamp(input.position ?? count, count);
      await tx.query(`UPDATE stage SET position = position + 1 WHERE workspace_id = $1 AND journey_id = $2 AND position >= $3`, [input.journeyId, position]);
      const stage = await tx.insert(StageEntity, { journeyId: input.journeyId, position, name: input.name.trim(), description: input.description ?? '', version: 1 });
      return { entityType: 'stage', entityId: stage.id, after: stage, summary: `Added stage "${stage.name}"` };
    });
  }

  async updateStage(ctx: WorkspaceContext, input: UpdateStageInput): Promise<JourneyMap> {
    const stage = await this.stageOf(ctx, input.id);
    return this.editor.edit(ctx, stage.journeyId, 'stage.update', async (tx) => {
      const current = await this.requireStage(tx, input.id, 'id');
      const after = await updateVersioned(tx, StageEntity, 'The stage', current, input.version, { name: input.name?.trim(), description: input.description });
      return { entityType: 'stage', entityId: after.id, before: current, after, summary: `Edited stage "${after.name}"` };
    });
  }

  async moveStage(ctx: WorkspaceContext, input: MoveStageInput): Promise<JourneyMap> {
    const stage = await this.stageOf(ctx, input.id);
    return this.editor.edit(ctx, stage.journeyId, 'stage.move', async (tx) => {
      const current = await this.requireStage(tx, input.id, 'id');
      const count = await tx.count(StageEntity, { journeyId: current.journeyId });
      const to = clamp(input.toPosition, count - 1);
      await this.shiftWithin(tx, 'stage', 'journey_id', current.journeyId, current.position, to);
      await tx.update(StageEntity, { id: current.id }, { position: to, version: current.version + 1 });
      return { entityType: 'stage', entityId: current.id, before: { position: current.position }, after: { position: to }, summary: `Moved stage "${current.name}" from ${current.position + 1} to ${to + 1}` };
    });
  }

  async deleteStage(ctx: WorkspaceContext, id: string): Promise<JourneyMap> {
    const stage = await this.stageOf(ctx, id);
    return this.editor.edit(ctx, stage.journeyId, 'stage.delete', async (tx) => {
      const current = await this.requireStage(tx, id, 'id');
      await tx.delete(StageEntity, { id });
      await tx.query(`UPDATE stage SET position = position - 1 WHERE workspace_id = $1 AND journey_id = $2 AND position > $3`, [current.journeyId, current.position]);
      return { entityType: 'stage', entityId: id, before: current, summary: `Deleted stage "${current.name}" and its touchpoints` };
    });
  }

  async addTouchpoint(ctx: WorkspaceContext, input: AddTouchpointInput): Promise<JourneyMap> {
    const stage = await this.stageOf(ctx, input.stageId, 'stageId');
    return this.editor.edit(ctx, stage.journeyId, 'touchpoint.add', async (tx) => {
      await this.requireStage(tx, input.stageId, 'stageId');
      const count = await tx.count(TouchpointEntity, { stageId: input.stageId });
      if (count >= 500) throw OpenCxError.badInput('stageId', 'a stage has at most 500 touchpoints');
      const position = clamp(input.position ?? count, count);
      await tx.query(`UPDATE touchpoint SET position = position + 1 WHERE workspace_id = $1 AND stage_id = $2 AND position >= $3`, [input.stageId, position]);
      await this.identity.assertTeams(tx, [input.ownerTeamId]);
      const tp = await tx.insert(TouchpointEntity, {
        ...(withDefaults(TOUCHPOINT_FIELDS, { ...input, name: input.name.trim() }) as Partial<TouchpointEntity>),
        journeyId: stage.journeyId,
        stageId: input.stageId,
        position,
        templateKey: null,
        version: 1,
      });
      return { entityType: 'touchpoint', entityId: tp.id, after: tp, summary: `Added touchpoint "${tp.name}" to "${stage.name}"` };
    });
  }

  /**
   * Edits a touchpoint. An edit made on an older version is not thrown away: it merges field by
   * field onto the current row (see fieldClashes), and only a field someone else also changed is
   * a CONFLICT, naming the field and its current value.
   */
  async updateTouchpoint(ctx: WorkspaceContext, input: UpdateTouchpointInput): Promise<JourneyMap> {
    const tp = await this.touchpointOf(ctx, input.id);
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.update', async (tx) => {
      const current = await this.requireTouchpoint(tx, input.id);
      await this.identity.assertTeams(tx, [input.ownerTeamId]);
      const clear = input.clearOptional ? Object.fromEntries(clearableFieldNames(TOUCHPOINT_FIELDS).map((name) => [name, null])) : {};
      const patch = {
        ...clear,
        ...(pickFields(TOUCHPOINT_FIELDS, input as unknown as Record<string, unknown>, EDITABLE) as Partial<TouchpointEntity>),
        name: input.name?.trim(),
      } as Partial<TouchpointEntity>;
      const version = current.version === input.version ? input.version : await this.mergeableVersion(tx, tp.journeyId, current, input.version, patch);
      const after = await updateVersioned(tx, TouchpointEntity, 'The touchpoint', current, version, patch);
      return { entityType: 'touchpoint', entityId: after.id, before: current, after, summary: `Edited touchpoint "${after.name}"` };
    });
  }

  /**
   * The version a stale edit may be applied to: the current one, when none of the fields it sends
   * were changed by someone else since the editor's version (read from the revision that recorded
   * that version). Otherwise a CONFLICT naming the clashing fields and their current values.
   */
  private async mergeableVersion(tx: TenantTx, journeyId: string, current: TouchpointEntity, version: number, patch: Partial<TouchpointEntity>): Promise<number> {
    const rows = await tx.query<{ tp: Record<string, unknown> }>(
      `SELECT tp FROM journey_revision r,
              jsonb_path_query(r.snapshot, '$.journey.stages[*].touchpoints[*] ? (@.id == $id && @.version == $v)', jsonb_build_object('id', $3::text, 'v', $4::int)) AS tp
        WHERE r.workspace_id = $1 AND r.journey_id = $2
        ORDER BY r.revision DESC LIMIT 1`,
      [journeyId, current.id, version],
    );
    const base = rows[0]?.tp;
    if (!base || version > current.version) {
      throw journeyErrors.conflict('Touchpoint', `The touchpoint was changed by someone else (your version ${version}, current ${current.version}); reload and retry`, { field: 'version', currentVersion: current.version });
    }
    const now = current as unknown as Record<string, unknown>;
    const clashes = fieldClashes(base, now, patch as Record<string, unknown>);
    if (clashes.length) {
      throw journeyErrors.conflict('Touchpoint', `Someone else changed ${clashes.join(', ')} of this touchpoint since your version ${version}; choose which value to keep`, {
        field: clashes[0],
        reason: 'sameField',
        fields: clashes,
        currentVersion: current.version,
        currentValues: Object.fromEntries(clashes.map((f) => [f, now[f] ?? null])),
      });
    }
    return current.version;
  }

  async moveTouchpoint(ctx: WorkspaceContext, input: MoveTouchpointInput): Promise<JourneyMap> {
    const tp = await this.touchpointOf(ctx, input.id);
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.move', async (tx) => {
      const current = await this.requireTouchpoint(tx, input.id);
      const target = await tx.findOne(StageEntity, { id: input.toStageId });
      if (!target) throw OpenCxError.badInput('toStageId', 'no such stage');
      if (target.journeyId !== current.journeyId) throw OpenCxError.badInput('toStageId', 'belongs to another journey; a touchpoint moves only within its journey');
      if (target.id === current.stageId) {
        const count = await tx.count(TouchpointEntity, { stageId: target.id });
        const to = clamp(input.toPosition, count - 1);
        await this.shiftWithin(tx, 'touchpoint', 'stage_id', target.id, current.position, to);
        await tx.update(TouchpointEntity, { id: current.id }, { position: to, version: current.version + 1 });
        return this.moved(current, target.name, target.id, to);
      }
      const count = await tx.count(TouchpointEntity, { stageId: target.id });
      const to = clamp(input.toPosition, count);
      await tx.query(`UPDATE touchpoint SET position = position - 1 WHERE workspace_id = $1 AND stage_id = $2 AND position > $3`, [current.stageId, current.position]);
      await tx.query(`UPDATE touchpoint SET position = position + 1 WHERE workspace_id = $1 AND stage_id = $2 AND position >= $3`, [target.id, to]);
      await tx.update(TouchpointEntity, { id: current.id }, { stageId: target.id, position: to, version: current.version + 1 });
      return this.moved(current, target.name, target.id, to);
    });
  }

  async deleteTouchpoint(ctx: WorkspaceContext, id: string): Promise<JourneyMap> {
    const tp = await this.touchpointOf(ctx, id);
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.delete', async (tx) => {
      const current = await this.requireTouchpoint(tx, id);
      await tx.delete(TouchpointEntity, { id });
      await tx.query(`UPDATE touchpoint SET position = position - 1 WHERE workspace_id = $1 AND stage_id = $2 AND position > $3`, [current.stageId, current.position]);
      return { entityType: 'touchpoint', entityId: id, before: current, summary: `Deleted touchpoint "${current.name}"` };
    });
  }

  private moved(current: TouchpointEntity, stageName: string, stageId: string, position: number) {
    return {
      entityType: 'touchpoint',
      entityId: current.id,
      before: { stageId: current.stageId, position: current.position },
      after: { stageId, position },
      summary: `Moved touchpoint "${current.name}" to "${stageName}" #${position + 1}`,
    };
  }

  /** Moves one row from `from` to `to` inside its parent by shifting the rows in between. */
  private async shiftWithin(tx: TenantTx, table: 'stage' | 'touchpoint', parentColumn: 'journey_id' | 'stage_id', parentId: string, from: number, to: number): Promise<void> {
    if (from === to) return;
    const [lo, hi, delta] = from < to ? [from + 1, to, -1] : [to, from - 1, 1];
    await tx.query(`UPDATE ${table} SET position = position + $5 WHERE workspace_id = $1 AND ${parentColumn} = $2 AND position BETWEEN $3 AND $4`, [parentId, lo, hi, delta]);
  }

  /** Which journey a stage belongs to (read before taking the journey lock). */
  private async stageOf(ctx: WorkspaceContext, id: string, field = 'id'): Promise<StageEntity> {
    return this.editor.read(ctx, (tx) => this.requireStage(tx, id, field));
  }

  private async touchpointOf(ctx: WorkspaceContext, id: string): Promise<TouchpointEntity> {
    return this.editor.read(ctx, (tx) => this.requireTouchpoint(tx, id));
  }

  private async requireStage(tx: TenantTx, id: string, field: string): Promise<StageEntity> {
    const stage = await tx.findOne(StageEntity, { id });
    if (!stage) throw journeyErrors.notFound('Stage', id, field);
    return stage;
  }

  private async requireTouchpoint(tx: TenantTx, id: string): Promise<TouchpointEntity> {
    return tx.findOneOrFail(TouchpointEntity, { id }, () => journeyErrors.notFound('Touchpoint', id, 'id'));
  }
}
