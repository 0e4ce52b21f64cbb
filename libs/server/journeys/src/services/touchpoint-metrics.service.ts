import { Injectable } from '@nestjs/common';
import type { WorkspaceContext } from '@opencx/server-database';
import { TouchpointMetricService } from '@opencx/server-metrics';
import { TouchpointEntity } from '../entities';
import type { SetTouchpointMetricsInput } from '../inputs';
import { JourneyEditor } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { journeyErrors } from '../journey.errors';

/** Which metrics a touchpoint shows and with which targets: a map edit (revision, audit) written by metrics. */
@Injectable()
export class TouchpointMetricsService {
  constructor(
    private readonly editor: JourneyEditor,
    private readonly bindings: TouchpointMetricService,
  ) {}

  async set(ctx: WorkspaceContext, input: SetTouchpointMetricsInput): Promise<JourneyMap> {
    const notFound = () => journeyErrors.notFound('Touchpoint', input.touchpointId, 'touchpointId');
    const tp = await this.editor.read(ctx, (tx) => tx.findOneOrFail(TouchpointEntity, { id: input.touchpointId }, notFound));
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.setMetrics', async (tx) => {
      const before = (await this.bindings.forJourney(tx, tp.journeyId)).filter((b) => b.touchpointId === tp.id).map((b) => ({ key: b.key, targetOverride: b.targetOverride }));
      const metrics = input.metrics.map((m) => ({ metricDefinitionId: m.metricDefinitionId, targetOverride: m.targetOverride ?? null }));
      await this.bindings.replaceForTouchpoint(tx, tp.journeyId, tp.id, metrics);
      return { entityType: 'touchpoint', entityId: tp.id, before: { metrics: before }, after: { metrics }, summary: `Set the metrics of "${tp.name}"` };
    });
  }
}
