import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyService, type PdfLocale } from '@opencx/server-journeys';
import { JourneyReviewService } from '../services/journey-review.service';
import { renderDigestPdf, renderReviewPdf } from '../services/review-pdf';
import { WorkspaceDigestService } from '../services/workspace-digest.service';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: Buffer): unknown;
}

@Controller('api/v1/reviews')
export class JourneyReviewPdfController {
  constructor(
    private readonly reviews: JourneyReviewService,
    private readonly journeys: JourneyService,
    private readonly digests: WorkspaceDigestService,
  ) {}

  /** A held review as an A4 PDF (the stored snapshot, not today's figures). */
  @Roles('viewer')
  @Get(':id/review.pdf')
  async pdf(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Query('locale') locale: string | undefined, @Res() reply: Reply): Promise<unknown> {
    const review = await this.reviews.get(ctx, id);
    const journey = await this.journeys.get(ctx, review.journeyId);
    const pdf = await renderReviewPdf({ journeyName: journey.name, review, locale: (locale === 'zh-CN' ? 'zh-CN' : 'en') as PdfLocale });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="review-${id}.pdf"`).send(pdf);
  }

  /** A monthly workspace digest as an A4 PDF. */
  @Roles('viewer')
  @Get('digests/:id/digest.pdf')
  async digestPdf(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Query('locale') locale: string | undefined, @Res() reply: Reply): Promise<unknown> {
    const digest = await this.digests.get(ctx, id);
    const pdf = await renderDigestPdf({ digest, locale: (locale === 'zh-CN' ? 'zh-CN' : 'en') as PdfLocale });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="digest-${digest.month}.pdf"`).send(pdf);
  }
}
