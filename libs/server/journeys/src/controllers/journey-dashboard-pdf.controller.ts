import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { KpiGranularity, KpiScope, KpiService } from '@opencx/server-metrics';
import { JourneyService } from '../services/journey.service';
import { renderDashboardPdf, type PdfLocale } from '../services/dashboard-pdf';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: Buffer): unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('api/v1/journeys')
export class JourneyDashboardPdfController {
  constructor(
    private readonly journeys: JourneyService,
    private readonly kpis: KpiService,
  ) {}

  /** The journey's KPI dashboard as an A4 landscape PDF with its filters printed (same figures as `kpis`). */
  @Roles('viewer')
  @Get(':id/dashboard.pdf')
  async pdf(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: Record<string, string | undefined>,
    @Res() reply: Reply,
  ): Promise<unknown> {
    const granularity = (query['granularity'] ?? 'WEEK') as KpiGranularity;
    if (!Object.values(KpiGranularity).includes(granularity)) throw OpenCxError.badInput('granularity', 'must be DAY, WEEK or MONTH');
    const site = query['site'] || undefined;
    if (site && !UUID.test(site)) throw OpenCxError.badInput('site', 'must be a site id');
    const segment = query['segment']?.trim().slice(0, 80) || undefined;
    const locale: PdfLocale = query['locale'] === 'zh-CN' ? 'zh-CN' : 'en';
    if (!query['from'] || !query['to']) throw OpenCxError.badInput(query['from'] ? 'to' : 'from', 'must be a date YYYY-MM-DD');
    const journey = await this.journeys.get(ctx, id);
    const report = await this.kpis.report(ctx, { scope: KpiScope.JOURNEY, id, from: query['from'], to: query['to'], granularity, segment, site });
    const pdf = await renderDashboardPdf({ journeyName: journey.name, locale, filters: { from: report.from, to: report.to, granularity, segment: segment ?? null, site: site ?? null }, report, generatedAt: new Date() });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="dashboard-${id}.pdf"`).send(pdf);
  }
}
