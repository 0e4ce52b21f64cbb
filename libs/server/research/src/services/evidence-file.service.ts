import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { EVIDENCE_FILE_TYPES, RESEARCH_LIMITS, sniffEvidenceType, type EvidenceFileType } from '@opencx/domain';
import { AuditService } from '@opencx/server-audit';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { ResearchFileEntity, ResearchItemEntity } from '../entities/research.entities';
import type { ResearchItemModel } from '../models';
import { researchErrors } from '../research.errors';
import { RESEARCH_OPTIONS, type ResearchOptions } from '../research-options';
import { ResearchItemService, searchWordsOf } from './research-item.service';

export interface EvidenceUpload {
  body: Readable;
  /** What the client says it sends (Content-Type, or `type` for application/octet-stream); checked against the bytes. */
  declaredType: string | null;
  fileName: string | null;
}

export interface EvidenceFile {
  bytes: Buffer;
  contentType: EvidenceFileType;
  fileName: string;
}

/** How far past the limit an upload is still read (and dropped) so the client hears the answer rather than a reset. */
const DRAIN_FACTOR = 4;

/** Files of research items (PNG, JPEG, WebP, PDF up to OPENCX_EVIDENCE_MAX_BYTES), their bytes in PostgreSQL. */
@Injectable()
export class EvidenceFileService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly items: ResearchItemService,
    @Inject(RESEARCH_OPTIONS) private readonly options: ResearchOptions,
  ) {}

  async attach(ctx: WorkspaceContext, itemId: string, upload: EvidenceUpload): Promise<ResearchItemModel> {
    // The item is checked before the upload is read: no bytes are taken for an item the caller cannot see.
    await this.db.read(ctx, (tx) => this.items.byIdIn(tx, itemId));
    const bytes = await this.readLimited(upload.body);
    const sniffed = sniffEvidenceType(bytes.subarray(0, 16));
    if (!sniffed) throw OpenCxError.badInput('file', `must be one of ${EVIDENCE_FILE_TYPES.join(', ')} (the content is none of them)`);
    const declared = upload.declaredType?.split(';')[0].trim().toLowerCase() || null;
    if (declared && declared !== 'application/octet-stream' && declared !== sniffed) throw OpenCxError.badInput('file', `the content is ${sniffed}, not the declared ${declared}`);
    const fileName = (upload.fileName?.trim() || `evidence.${sniffed.split('/')[1]}`).slice(0, RESEARCH_LIMITS.fileName);
    return this.db.write(ctx, async (tx) => {
      const item = await tx.findOneOrFail(ResearchItemEntity, { id: itemId }, () => researchErrors.notFound('ResearchItem', itemId, 'id'), { lock: true });
      if (await tx.findOne(ResearchFileEntity, { itemId })) await tx.update(ResearchFileEntity, { itemId }, { bytes });
      else await tx.insert(ResearchFileEntity, { itemId, bytes });
      await tx.update(ResearchItemEntity, { id: itemId }, { fileName, contentType: sniffed, byteSize: bytes.length, searchWords: searchWordsOf({ ...item, fileName }) });
      await this.audit.record(tx, { action: 'researchItem.attachFile', entityType: 'research_item', entityId: itemId, after: { fileName, contentType: sniffed, byteSize: bytes.length } });
      return this.items.byIdIn(tx, itemId);
    });
  }

  /** The file of an item of the caller's workspace; NOT_FOUND for anything else (another workspace's item included). */
  read(ctx: WorkspaceContext, itemId: string): Promise<EvidenceFile> {
    return this.db.read(ctx, async (tx) => {
      const [item, file] = await tx.all([() => tx.findOne(ResearchItemEntity, { id: itemId }), () => tx.findOne(ResearchFileEntity, { itemId })] as const);
      if (!item || !file || !item.contentType) throw researchErrors.notFound('EvidenceFile', itemId, 'id');
      return { bytes: file.bytes, contentType: item.contentType as EvidenceFileType, fileName: item.fileName ?? 'evidence' };
    });
  }

  private async readLimited(body: Readable): Promise<Buffer> {
    const max = this.options.evidenceMaxBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size <= max) chunks.push(chunk as Buffer);
      else if (size > max * DRAIN_FACTOR) {
        body.destroy();
        break;
      }
    }
    if (size > max) throw OpenCxError.badInput('file', `must be at most ${max} bytes`);
    if (size === 0) throw OpenCxError.badInput('file', 'is empty');
    return Buffer.concat(chunks);
  }
}
