import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { toCsv } from '@opencx/domain';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyService } from '../services/journey.service';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: string): unknown;
}

const HEADER = [
  'stage_position', 'stage', 'touchpoint_position', 'touchpoint', 'channel', 'customer_action', 'customer_thought', 'expectation',
  'emotion', 'moment_of_truth', 'layer', 'sla_minutes', 'device', 'region', 'pain_points', 'opportunities',
];

@Controller('api/v1/journeys')
export class JourneyExportController {
  constructor(private readonly journeys: JourneyService) {}

  /** One row per touchpoint, in map order; safe to open in a spreadsheet (formula injection neutralised). */
  @Roles('viewer')
  @Get(':id/export.csv')
  async exportCsv(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: Reply): Promise<unknown> {
    const map = await this.journeys.get(ctx, id);
    const rows = map.stages.flatMap((s) =>
      s.touchpoints.map((t) => [
        s.position + 1, s.name, t.position + 1, t.name, t.channel, t.customerAction, t.customerThought, t.expectation,
        t.emotion, t.momentOfTruth ? 'yes' : 'no', t.layer, t.slaMinutes, t.device, t.region,
        t.painPoints.map((p) => `${p.title} (${p.severity})`).join('; '),
        t.opportunities.map((o) => o.title).join('; '),
      ]),
    );
    const filename = `journey-${id}.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send('\uFEFF' + toCsv(HEADER, rows));
  }
}
