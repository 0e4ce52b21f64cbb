import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { toCsv } from '@opencx/domain';
import { ApiScopeOrRoles, OpenCxError, Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { FeedbackImportService, type ImportRequest } from '../services/feedback-import.service';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/** The raw request body: the API registers `text/csv` and `application/octet-stream` as streams (never buffered whole). */
function bodyStream(req: { body?: unknown }): Readable {
  const body = req.body as Readable | undefined;
  if (!body || typeof (body as Readable).pipe !== 'function') throw OpenCxError.badInput('content-type', 'send the CSV as the request body with Content-Type text/csv');
  return body;
}

/**
 * CSV imports. Machines use an API token with `feedback:write`; console users (editor and up)
 * use their session with `x-workspace-id`. Options ride in the query string because the body
 * is the file itself: `mode`, `encoding`, `mapping` (JSON), `source`, `fileName`.
 */
@Controller('api/v1/feedback/import')
export class FeedbackImportController {
  constructor(private readonly imports: FeedbackImportService) {}

  @ApiScopeOrRoles('feedback:write', 'editor')
  @Post()
  async start(@WorkspaceCtx() ctx: WorkspaceContext, @Req() req: { body?: unknown }, @Query() query: ImportRequest, @Res() reply: Reply): Promise<unknown> {
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const job = await this.imports.start(ctx, bodyStream(req), {
      mode: text(query.mode),
      encoding: text(query.encoding),
      mapping: text(query.mapping),
      source: text(query.source),
      fileName: text(query.fileName),
    });
    return reply.status(202).header('location', `/api/v1/feedback/import/${job.id}`).send(job);
  }

  /** The first rows of a file (send its first few KB) and the mapping proposed for its headers. */
  @ApiScopeOrRoles('feedback:write', 'editor')
  @Post('preview')
  async preview(@Req() req: { body?: unknown }, @Query('encoding') encoding: string | undefined, @Res() reply: Reply): Promise<unknown> {
    return reply.status(200).send(await this.imports.preview(bodyStream(req), typeof encoding === 'string' ? encoding : undefined));
  }

  @Roles('viewer')
  @Get(':id')
  async job(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<unknown> {
    return this.imports.model(ctx, id);
  }

  /** The rejected rows (first 1,000) with line, field and reason; cells are neutralised against formula injection. */
  @Roles('viewer')
  @Get(':id/errors.csv')
  async errors(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: Reply): Promise<unknown> {
    const { header, rows } = await this.imports.errorRows(ctx, id);
    return reply
      .status(200)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="import-${id}-errors.csv"`)
      .send('\uFEFF' + toCsv(header, rows));
  }
}
