import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { customLaneIssues, laneItemsIssues, laneItemsText, type CustomLane } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { JourneyEntity, TouchpointEntity } from '../entities';
import type { SetJourneyLanesInput, SetTouchpointLaneItemsInput } from '../inputs';
import { JourneyEditor } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { journeyErrors } from '../journey.errors';

/**
 * A journey's own lanes (add, rename, reorder, remove: the editor sends the whole ordered list) and
 * a touchpoint's entries in them. Both are map edits: a revision (so history, diff and restore see
 * them) and an audit event, under the journey lock.
 */
@Injectable()
export class CustomLanesService {
  constructor(private readonly editor: JourneyEditor) {}

  setLanes(ctx: WorkspaceContext, input: SetJourneyLanesInput): Promise<JourneyMap> {
    return this.editor.edit(ctx, input.journeyId, 'journey.setLanes', async (tx, journey) => {
      const lanes: CustomLane[] = input.lanes.map((l) => ({ key: l.key ?? `lane-${randomBytes(4).toString('hex')}`, nameZh: l.nameZh.trim(), nameEn: l.nameEn.trim(), kind: l.kind as CustomLane['kind'] }));
      const issues = customLaneIssues(lanes);
      if (issues.length) throw OpenCxError.invalidFields(issues.map((i) => ({ field: i.field, message: i.message })));
      const before = journey.customLanes ?? [];
      const removed = before.map((l) => l.key).filter((key) => !lanes.some((l) => l.key === key));
      await tx.update(JourneyEntity, { id: journey.id }, { customLanes: lanes, version: journey.version + 1 });
      // A removed lane takes its entries with it (a restore of an earlier revision brings both back).
      if (removed.length) await tx.query(`UPDATE touchpoint SET lane_values = lane_values - $3::text[] WHERE workspace_id = $1 AND journey_id = $2 AND lane_values ?| $3::text[]`, [journey.id, removed]);
      return { entityType: 'journey', entityId: journey.id, before: { lanes: before }, after: { lanes }, summary: `Lanes: ${lanes.map((l) => l.nameEn).join(', ') || '(none)'}` };
    });
  }

  async setLaneItems(ctx: WorkspaceContext, input: SetTouchpointLaneItemsInput): Promise<JourneyMap> {
    const notFound = () => journeyErrors.notFound('Touchpoint', input.touchpointId, 'touchpointId');
    const tp = await this.editor.read(ctx, (tx) => tx.findOneOrFail(TouchpointEntity, { id: input.touchpointId }, notFound));
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.setLaneItems', async (tx, journey) => {
      const lane = (journey.customLanes ?? []).find((l) => l.key === input.laneKey);
      if (!lane) throw OpenCxError.badInput('laneKey', 'is not a lane of this journey');
      const current = await tx.findOneOrFail(TouchpointEntity, { id: tp.id }, notFound);
      const items = input.items.map((i) => i.trim()).filter((i) => i !== '');
      // Text lines in a text lane, pictures in an image lane.
      const issues = laneItemsIssues(items, 'items', lane.kind);
      if (issues.length) throw OpenCxError.invalidFields(issues.map((i) => ({ field: i.field, message: i.message })));
      const before = current.laneValues?.[lane.key] ?? [];
      // One key of the touchpoint's entries changes; the row's version is bumped like any field edit.
      await tx.query(
        `UPDATE touchpoint SET lane_values = CASE WHEN jsonb_array_length($4::jsonb) = 0 THEN lane_values - $3 ELSE jsonb_set(lane_values, ARRAY[$3], $4::jsonb) END, version = version + 1
          WHERE workspace_id = $1 AND id = $2`,
        [tp.id, lane.key, JSON.stringify(items)],
      );
      return {
        entityType: 'touchpoint',
        entityId: tp.id,
        before: { [lane.key]: before },
        after: { [lane.key]: items },
        summary: `${lane.nameEn} of "${current.name}": ${laneItemsText(items) || '(empty)'}`.slice(0, 500),
      };
    });
  }
}
