import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { SiteEntity } from '../entities/site.entity';
import type { CreateSiteInput } from '../inputs';

/** Sites of a workspace; ingestion names them by code, KPIs by id. */
@Injectable()
export class SiteService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(ctx: WorkspaceContext): Promise<SiteEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(SiteEntity, {}, { order: { code: 'ASC' } }));
  }

  create(ctx: WorkspaceContext, input: CreateSiteInput): Promise<SiteEntity> {
    return this.db.write(ctx, async (tx) => {
      const code = input.code.trim();
      if (await tx.findOne(SiteEntity, { code })) throw OpenCxError.badInput('code', `a site with code "${code}" exists already`);
      if (input.parentId) await tx.findOneOrFail(SiteEntity, { id: input.parentId }, () => OpenCxError.badInput('parentId', 'is not a site of this workspace'));
      const site = await tx.insert(SiteEntity, { code, name: input.name.trim(), region: input.region?.trim() || null, parentId: input.parentId ?? null });
      await this.audit.record(tx, { action: 'site.create', entityType: 'site', entityId: site.id, after: site });
      return site;
    });
  }

  /** Site ids by code, one statement; unknown codes are missing from the map. */
  async idsByCode(tx: TenantTx, codes: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes)];
    if (!wanted.length) return new Map();
    const rows = await tx.find(SiteEntity, { code: In(wanted) });
    return new Map(rows.map((s) => [s.code, s.id]));
  }

  /** Site names by id for a page of responses, one statement. */
  async namesByIds(tx: TenantTx, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    const rows = await tx.find(SiteEntity, { id: In(wanted) });
    return new Map(rows.map((s) => [s.id, s.name]));
  }
}
