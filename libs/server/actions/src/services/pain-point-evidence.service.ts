import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';
import { In } from 'typeorm';
import { PainPointEvidenceEntity } from '../entities/improvement-action.entity';

/** What other contexts may read of the responses pain points were accepted from (research shows a pain point's sources). */
@Injectable()
export class PainPointEvidenceService {
  /** Response ids per pain point, for many pain points in one statement. */
  async responsesOf(tx: TenantTx, painPointIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!painPointIds.length) return out;
    const rows = await tx.find(PainPointEvidenceEntity, { painPointId: In([...new Set(painPointIds)]) }, { order: { painPointId: 'ASC', responseId: 'ASC' } });
    for (const r of rows) out.set(r.painPointId, [...(out.get(r.painPointId) ?? []), r.responseId]);
    return out;
  }
}
