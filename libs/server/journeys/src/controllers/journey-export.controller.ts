import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { journeyCsv, type CsvStage } from '@opencx/domain';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyService } from '../services/journey.service';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: string): unknown;
}

@Controller('api/v1/journeys')
export class JourneyExportController {
  constructor(private readonly journeys: JourneyService) {}

  /** One row per touchpoint, in map order, with the touchpoint fields declared for CSV; safe to open in a spreadsheet (formula injection neutralised). */
  @Roles('viewer')
  @Get(':id/export.csv')
  async exportCsv(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: Reply): Promise<unknown> {
    const map = await this.journeys.get(ctx, id);
    const filename = `journey-${id}.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send('\uFEFF' + journeyCsv(map.stages as unknown as CsvStage[]));
  }
}
