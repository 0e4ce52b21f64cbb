import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyService } from '../services/journey.service';
import { renderJourneyMapPdf } from '../services/journey-map-pdf';
import type { PdfLocale, PdfPaper } from '../services/pdf-document';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: Buffer): unknown;
}

@Controller('api/v1/journeys')
export class JourneyMapPdfController {
  constructor(private readonly journeys: JourneyService) {}

  /** The journey map as A4 or A3 landscape pages of real text (title block, persona, legend, stages split at stage boundaries). */
  @Roles('viewer')
  @Get(':id/map.pdf')
  async pdf(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: Record<string, string | undefined>, @Res() reply: Reply): Promise<unknown> {
    const paper = (query['paper'] ?? 'A4').toUpperCase();
    if (paper !== 'A4' && paper !== 'A3') throw OpenCxError.badInput('paper', 'must be A4 or A3');
    const locale: PdfLocale = query['locale'] === 'en' ? 'en' : 'zh-CN';
    const map = await this.journeys.get(ctx, id);
    const pdf = await renderJourneyMapPdf({ map, locale, paper: paper as PdfPaper, generatedAt: new Date() });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="journey-${id}-${paper}.pdf"`).send(pdf);
  }
}
