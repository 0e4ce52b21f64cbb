import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import type { TenantTx } from '@opencx/server-database';
import { JourneyEntity } from '../entities/journey.entity';

/** What the reviews context reads of a journey to know when its review falls due. */
export interface JourneyReviewSchedule {
  journeyId: string;
  name: string;
  ownerTeamId: string | null;
  /** null: the default cadence (monthly). */
  reviewCadenceDays: number | null;
  /** The first review's date as the team set it (YYYY-MM-DD), or null. */
  nextReviewAt: string | null;
  createdAt: Date;
}

/** The review cadence of the workspace's live journeys (not archived), inside the caller's tenant transaction. */
@Injectable()
export class JourneyReviewSchedules {
  async list(tx: TenantTx, journeyIds?: readonly string[]): Promise<JourneyReviewSchedule[]> {
    const rows = await tx.find(JourneyEntity, { status: Not('archived'), ...(journeyIds ? { id: In([...journeyIds]) } : {}) }, { order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((j) => ({ journeyId: j.id, name: j.name, ownerTeamId: j.ownerTeamId, reviewCadenceDays: j.reviewCadenceDays, nextReviewAt: j.nextReviewAt, createdAt: j.createdAt }));
  }
}
