import { Injectable } from '@nestjs/common';
import { In, LessThanOrEqual, Not, type FindOptionsWhere } from 'typeorm';
import { slaMinutesLeft } from '@opencx/domain';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { CaseNoteEntity } from '../entities/case-note.entity';
import { FollowUpCaseEntity, type CaseStatus } from '../entities/follow-up-case.entity';
import { RootCauseCodeEntity } from '../entities/root-cause-code.entity';
import { caseErrors } from '../cases.errors';
import { BusinessCalendarService } from './business-calendar.service';

/** The status machine: open → contacted → resolved | closed (a case nobody could reach may be closed from open). */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['contacted', 'closed'],
  contacted: ['resolved', 'closed'],
  resolved: [],
  closed: [],
};

export type CaseScope = 'mine' | 'team' | 'all';

export interface CaseFilter {
  scope?: CaseScope;
  statuses?: CaseStatus[];
  overdue?: boolean;
}

export interface CaseUpdate {
  id: string;
  status?: CaseStatus;
  outcome?: string | null;
  rootCauseCodeId?: string | null;
}

export interface CaseNoteInput {
  caseId: string;
  kind: 'note' | 'contact_attempt';
  body: string;
  channel?: string | null;
  reached?: boolean | null;
}

/** A case with its countdown: minutes left as its SLA counts them (business minutes on the workspace calendar), negative when overdue. */
export interface CaseView extends FollowUpCaseEntity {
  minutesLeft: number | null;
  overdue: boolean;
  resurveySent: boolean;
}

const CASE_LIST: PagedList<FollowUpCaseEntity> = {
  keys: [
    { property: 'openedAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  defaultFirst: 20,
  maxFirst: 100,
};
const ACTIVE: CaseStatus[] = ['open', 'contacted'];

/** Working a follow-up case: the queue, the status machine, notes and contact attempts, assignment. */
@Injectable()
export class FollowUpCaseService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly calendars: BusinessCalendarService,
    private readonly notifier: Notifier,
  ) {}

  list(ctx: WorkspaceContext, filter: CaseFilter, page: PageArgs): Promise<Connection<CaseView>> {
    const request = pageRequest(CASE_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const where: FindOptionsWhere<FollowUpCaseEntity>[] = [];
      const base: FindOptionsWhere<FollowUpCaseEntity> = {};
      if (filter.statuses?.length) base.status = In(filter.statuses);
      if (filter.overdue) {
        base.status = In(filter.statuses?.length ? filter.statuses.filter((s) => ACTIVE.includes(s)) : ACTIVE);
        base.dueAt = LessThanOrEqual(new Date());
      }
      const scope = filter.scope ?? 'all';
      if (scope !== 'all' && !ctx.actor.userId) throw OpenCxError.badInput('filter.scope', 'mine and team need a signed-in user');
      if (scope === 'mine') where.push({ ...base, assigneeUserId: ctx.actor.userId as string });
      else if (scope === 'team') {
        const teams = await this.identity.teamsOf(tx, ctx.actor.userId as string);
        if (!teams.length) return toConnection(CASE_LIST, { rows: [], hasNextPage: false, endKey: null }, []);
        where.push({ ...base, assigneeTeamId: In(teams) });
      } else where.push(base);
      const found = await tx.findPage(FollowUpCaseEntity, where.length === 1 ? where[0] : where, request);
      const calendar = await this.calendars.forTx(tx);
      return toConnection(CASE_LIST, found, found.rows.map((c) => view(c, calendar)));
    });
  }

  get(ctx: WorkspaceContext, id: string): Promise<CaseView> {
    return this.db.read(ctx, async (tx) => view(await this.find(tx, id), await this.calendars.forTx(tx)));
  }

  /** The same customer's other cases (matched on the pseudonymous customer hash), newest first: what they went through before. */
  customerHistory(ctx: WorkspaceContext, caseId: string): Promise<CaseView[]> {
    return this.db.read(ctx, async (tx) => {
      const c = await this.find(tx, caseId);
      if (!c.customerHash) return [];
      const others = await tx.find(FollowUpCaseEntity, { customerHash: c.customerHash, id: Not(caseId) }, { order: { occurredAt: 'DESC', id: 'DESC' }, take: 20 });
      const calendar = await this.calendars.forTx(tx);
      return others.map((o) => view(o, calendar));
    });
  }

  notes(ctx: WorkspaceContext, caseId: string): Promise<CaseNoteEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(CaseNoteEntity, { caseId }, { order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  update(ctx: WorkspaceContext, input: CaseUpdate): Promise<CaseView> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.find(tx, input.id, true);
      const patch: Partial<FollowUpCaseEntity> = {};
      const now = new Date();
      if (input.outcome !== undefined) patch.outcome = input.outcome?.trim() || null;
      if (input.rootCauseCodeId !== undefined) {
        if (input.rootCauseCodeId) {
          const code = await tx.findOne(RootCauseCodeEntity, { id: input.rootCauseCodeId });
          if (!code || code.archived) throw OpenCxError.badInput('rootCauseCodeId', 'is not an active root-cause code of this workspace');
        }
        patch.rootCauseCodeId = input.rootCauseCodeId;
      }
      if (input.status !== undefined && input.status !== before.status) {
        const allowed = CASE_TRANSITIONS[before.status];
        if (!allowed.includes(input.status)) {
          throw OpenCxError.badInput('status', `a ${before.status} case cannot become ${input.status}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is final)'}`);
        }
        patch.status = input.status;
        if (input.status === 'contacted') patch.firstContactedAt = before.firstContactedAt ?? now;
        if (input.status === 'resolved') {
          if (!(patch.rootCauseCodeId ?? before.rootCauseCodeId)) throw OpenCxError.badInput('rootCauseCodeId', 'a root-cause code is required to resolve a case');
          patch.resolvedAt = now;
        }
        if (input.status === 'closed') patch.closedAt = now;
      } else if (input.status === undefined && (before.status === 'resolved' || before.status === 'closed') && Object.keys(patch).length) {
        throw OpenCxError.badInput('status', `a ${before.status} case is final and cannot be edited`);
      }
      if (!Object.keys(patch).length) return view(before, await this.calendars.forTx(tx));
      await tx.update(FollowUpCaseEntity, { id: input.id }, { ...patch, version: before.version + 1, updatedAt: now });
      const after = await this.find(tx, input.id);
      await this.audit.record(tx, { action: 'followUpCase.update', entityType: 'follow_up_case', entityId: input.id, before: slim(before), after: slim(after) });
      return view(after, await this.calendars.forTx(tx));
    });
  }

  addNote(ctx: WorkspaceContext, input: CaseNoteInput): Promise<CaseNoteEntity> {
    return this.db.write(ctx, async (tx) => {
      const current = await this.find(tx, input.caseId, true);
      const body = input.body.trim();
      if (!body && input.kind === 'note') throw OpenCxError.badInput('body', 'must not be blank');
      if (input.kind === 'contact_attempt' && (input.reached === null || input.reached === undefined)) throw OpenCxError.badInput('reached', 'say whether the customer was reached');
      const note = await tx.insert(CaseNoteEntity, {
        caseId: input.caseId, kind: input.kind, body, channel: input.kind === 'contact_attempt' ? (input.channel?.trim() || null) : null,
        reached: input.kind === 'contact_attempt' ? (input.reached ?? null) : null, authorUserId: ctx.actor.userId,
      });
      // Time to first contact counts from the first attempt that reached the customer.
      if (input.kind === 'contact_attempt' && input.reached && !current.firstContactedAt) {
        await tx.update(FollowUpCaseEntity, { id: input.caseId }, { firstContactedAt: note.createdAt, updatedAt: new Date(), version: current.version + 1 });
      }
      await this.audit.record(tx, { action: 'followUpCase.addNote', entityType: 'follow_up_case', entityId: input.caseId, after: { noteId: note.id, kind: note.kind, reached: note.reached } });
      return note;
    });
  }

  assign(ctx: WorkspaceContext, caseIds: string[], assigneeUserId: string | null, assigneeTeamId: string | null): Promise<CaseView[]> {
    return this.db.write(ctx, async (tx) => {
      const ids = [...new Set(caseIds)];
      if (!ids.length || ids.length > 200) throw OpenCxError.badInput('caseIds', 'list 1 to 200 cases');
      await this.identity.assertMembers(tx, [assigneeUserId], 'assigneeUserId');
      await this.identity.assertTeams(tx, [assigneeTeamId], 'assigneeTeamId');
      const found = await tx.find(FollowUpCaseEntity, { id: In(ids) });
      if (found.length !== ids.length) throw caseErrors.notFound('FollowUpCase', ids.find((id) => !found.some((c) => c.id === id)), 'caseIds');
      await tx.query(
        `UPDATE follow_up_case SET assignee_user_id = $3, assignee_team_id = $4, version = version + 1, updated_at = now() WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
        [ids, assigneeUserId, assigneeTeamId],
      );
      await this.audit.record(tx, { action: 'followUpCase.assign', entityType: 'follow_up_case', entityId: ids[0], after: { caseIds: ids, assigneeUserId, assigneeTeamId } });
      // The assignee hears of each case once per assignment (a team without a person: its members).
      for (const c of found) {
        await this.notifier.notify(tx, {
          kind: 'assignment',
          recipients: assigneeUserId ? { userIds: [assigneeUserId] } : { teamIds: [assigneeTeamId] },
          title: c.ruleName,
          body: c.comment ?? '',
          link: `/cases?case=${c.id}`,
          entityType: 'follow_up_case',
          entityId: c.id,
          dedupeKey: `case-assign:${c.id}:${c.version + 1}`,
        });
      }
      const calendar = await this.calendars.forTx(tx);
      return (await tx.find(FollowUpCaseEntity, { id: In(ids) }, { order: { openedAt: 'DESC', id: 'DESC' } })).map((c) => view(c, calendar));
    });
  }

  private find(tx: TenantTx, id: string, lock = false): Promise<FollowUpCaseEntity> {
    return tx.findOneOrFail(FollowUpCaseEntity, { id }, () => caseErrors.notFound('FollowUpCase', id, 'id'), { lock });
  }
}

function view(c: FollowUpCaseEntity, calendar: Parameters<typeof slaMinutesLeft>[3]): CaseView {
  const active = c.status === 'open' || c.status === 'contacted';
  const minutesLeft = active ? Math.round(slaMinutesLeft(new Date(), c.dueAt, c.slaBasis, calendar)) : null;
  return Object.assign(c, { minutesLeft, overdue: active && c.dueAt.getTime() <= Date.now(), resurveySent: c.resurveyLinkId !== null });
}

function slim(c: FollowUpCaseEntity) {
  return { status: c.status, outcome: c.outcome, rootCauseCodeId: c.rootCauseCodeId, assigneeUserId: c.assigneeUserId, assigneeTeamId: c.assigneeTeamId };
}
