import { Injectable } from '@nestjs/common';
import { calendarIssues, DEFAULT_TIME_ZONE, DEFAULT_WORKING_HOURS, defaultBusinessCalendar, type BusinessCalendar, type CalendarYear, type WorkingHours } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { BusinessCalendarEntity } from '../entities/business-calendar.entity';

export interface CalendarUpdate {
  timeZone?: string;
  workingHours?: WorkingHours[];
  /** Years to replace (holidays and make-up days); a year absent keeps its current list. */
  years?: { year: number; holidays: string[]; workdays: string[] }[];
  /** Years to reset to the default mainland-China calendar. */
  resetYears?: number[];
}

/** The workspace's business calendar: its stored overrides over the default mainland-China calendar. */
@Injectable()
export class BusinessCalendarService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async forTx(tx: TenantTx): Promise<BusinessCalendar> {
    const row = await tx.findOne(BusinessCalendarEntity, {});
    return row ? defaultBusinessCalendar(row.years, row.timeZone, row.workingHours) : defaultBusinessCalendar();
  }

  get(ctx: WorkspaceContext): Promise<BusinessCalendar> {
    return this.db.read(ctx, (tx) => this.forTx(tx));
  }

  update(ctx: WorkspaceContext, input: CalendarUpdate): Promise<BusinessCalendar> {
    return this.db.write(ctx, async (tx) => {
      const row = await tx.findOne(BusinessCalendarEntity, {}, { lock: true });
      const before = { timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE, workingHours: row?.workingHours ?? [...DEFAULT_WORKING_HOURS], years: row?.years ?? {} };
      const years: Record<string, CalendarYear> = { ...before.years };
      for (const y of input.resetYears ?? []) delete years[String(y)];
      for (const y of input.years ?? []) years[String(y.year)] = { holidays: [...new Set(y.holidays)].sort(), workdays: [...new Set(y.workdays)].sort() };
      const after = { timeZone: input.timeZone ?? before.timeZone, workingHours: input.workingHours ?? before.workingHours, years };
      const issues = calendarIssues(after);
      for (const [year, y] of Object.entries(years)) {
        const both = y.holidays.filter((d) => y.workdays.includes(d));
        if (both.length) issues.push({ field: `years.${year}.workdays`, message: `${both.join(', ')} cannot be both a holiday and a working day` });
      }
      if (issues.length) throw OpenCxError.invalidFields(issues);
      if (row) await tx.update(BusinessCalendarEntity, { workspaceId: tx.workspaceId }, { ...after, updatedAt: new Date() });
      else await tx.insert(BusinessCalendarEntity, { ...after, updatedAt: new Date() });
      await this.audit.record(tx, { action: 'businessCalendar.update', entityType: 'business_calendar', entityId: tx.workspaceId, before, after });
      return defaultBusinessCalendar(after.years, after.timeZone, after.workingHours);
    });
  }
}
