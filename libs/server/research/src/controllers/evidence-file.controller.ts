import { Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { EvidenceFileService } from '../services/evidence-file.service';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/**
 * Evidence files over REST, behind the same session/workspace/role rules as GraphQL. The body is
 * the file itself (Content-Type its type, or application/octet-stream with `?type=`); `?name=` is
 * its file name.
 */
@Controller('api/v1/evidence')
export class EvidenceFileController {
  constructor(private readonly files: EvidenceFileService) {}

  @Roles('editor')
  @Post(':id/file')
  async upload(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: { body?: unknown },
    @Headers('content-type') contentType: string | undefined,
    @Query() query: Record<string, unknown>,
    @Res() reply: Reply,
  ): Promise<unknown> {
    const body = req.body as Readable | undefined;
    if (!body || typeof body.pipe !== 'function') throw OpenCxError.badInput('file', 'send the file as the request body (Content-Type image/png, image/jpeg, image/webp, application/pdf or application/octet-stream)');
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const declaredType = contentType && !contentType.startsWith('application/octet-stream') ? contentType : text(query['type']);
    const item = await this.files.attach(ctx, id, { body, declaredType, fileName: text(query['name']) });
    return reply.status(201).send(item);
  }

  @Roles('viewer')
  @Get(':id/file')
  async download(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: Reply): Promise<unknown> {
    const file = await this.files.read(ctx, id);
    return reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.bytes.length))
      .header('content-disposition', `${file.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  }
}
