import { Injectable } from '@nestjs/common';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { RootCauseCodeEntity } from '../entities/root-cause-code.entity';
import { caseErrors } from '../cases.errors';

/** The workspace's list of root-cause codes (admins keep it; resolving a case picks one). */
@Injectable()
export class RootCauseService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(ctx: WorkspaceContext, includeArchived = false): Promise<RootCauseCodeEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(RootCauseCodeEntity, includeArchived ? {} : { archived: false }, { order: { code: 'ASC', id: 'ASC' } }));
  }

  create(ctx: WorkspaceContext, code: string, label: string): Promise<RootCauseCodeEntity> {
    const c = code.trim();
    const l = label.trim();
    if (!/^[\p{L}\p{N}_.-]{1,60}$/u.test(c)) throw OpenCxError.badInput('code', 'must be 1 to 60 letters, digits, "_", "." or "-"');
    if (!l) throw OpenCxError.badInput('label', 'must not be blank');
    return this.db.write(ctx, async (tx) => {
      if (await tx.findOne(RootCauseCodeEntity, { code: c })) throw caseErrors.conflict('RootCauseCode', `root-cause code "${c}" exists`, { field: 'code', reason: 'duplicate' });
      const row = await tx.insert(RootCauseCodeEntity, { code: c, label: l, archived: false });
      await this.audit.record(tx, { action: 'rootCauseCode.create', entityType: 'root_cause_code', entityId: row.id, after: row });
      return row;
    });
  }

  setArchived(ctx: WorkspaceContext, id: string, archived: boolean): Promise<RootCauseCodeEntity> {
    return this.db.write(ctx, async (tx) => {
      const before = await tx.findOneOrFail(RootCauseCodeEntity, { id }, () => caseErrors.notFound('RootCauseCode', id, 'id'), { lock: true });
      await tx.update(RootCauseCodeEntity, { id }, { archived });
      const after = { ...before, archived };
      await this.audit.record(tx, { action: 'rootCauseCode.archive', entityType: 'root_cause_code', entityId: id, before, after });
      return after;
    });
  }
}
