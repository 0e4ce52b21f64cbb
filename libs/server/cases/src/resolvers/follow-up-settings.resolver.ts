import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FollowUpCondition, SlaBasis } from '@opencx/domain';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import type { BusinessCalendar } from '@opencx/domain';
import { CreateRootCauseCodeInput, FollowUpRuleInput, UpdateBusinessCalendarInput, UpdateFollowUpRuleInput } from '../inputs';
import { BusinessCalendarModel, FollowUpRuleModel, RootCauseCodeModel } from '../models';
import { BusinessCalendarService } from '../services/business-calendar.service';
import { FollowUpRuleService } from '../services/follow-up-rule.service';
import { RootCauseService } from '../services/root-cause.service';

function calendarModel(c: BusinessCalendar, years: number[]): BusinessCalendarModel {
  return {
    timeZone: c.timeZone,
    workingHours: [...c.workingHours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute),
    years: years.map((year) => ({ year, holidays: [...(c.years[String(year)]?.holidays ?? [])], workdays: [...(c.years[String(year)]?.workdays ?? [])] })),
  };
}

const defaultYears = () => {
  const y = new Date().getUTCFullYear();
  return [y - 1, y, y + 1];
};

/** Settings of the inner loop: follow-up rules, root-cause codes, the business calendar (admins configure; everyone reads). */
@Resolver()
export class FollowUpSettingsResolver {
  constructor(
    private readonly rules: FollowUpRuleService,
    private readonly rootCauses: RootCauseService,
    private readonly calendars: BusinessCalendarService,
  ) {}

  @Roles('viewer')
  @Query(() => [FollowUpRuleModel])
  followUpRules(@WorkspaceCtx() ctx: WorkspaceContext): Promise<FollowUpRuleModel[]> {
    return this.rules.list(ctx) as Promise<FollowUpRuleModel[]>;
  }

  @Roles('admin')
  @Mutation(() => FollowUpRuleModel)
  createFollowUpRule(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: FollowUpRuleInput): Promise<FollowUpRuleModel> {
    return this.rules.create(ctx, {
      name: input.name, enabled: input.enabled ?? true, condition: (input.condition ?? null) as FollowUpCondition | null, topics: input.topics ?? [], keywords: input.keywords ?? [],
      journeyId: input.journeyId ?? null, touchpointId: input.touchpointId ?? null, slaMinutes: input.slaMinutes ?? null, slaBasis: (input.slaBasis ?? 'business') as SlaBasis,
      assigneeUserId: input.assigneeUserId ?? null, assigneeTeamId: input.assigneeTeamId ?? null, escalateToUserId: input.escalateToUserId ?? null,
    }) as Promise<FollowUpRuleModel>;
  }

  @Roles('admin')
  @Mutation(() => FollowUpRuleModel)
  updateFollowUpRule(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateFollowUpRuleInput): Promise<FollowUpRuleModel> {
    const { id, condition, slaBasis, ...rest } = input;
    return this.rules.update(ctx, id, {
      ...rest,
      ...(condition !== undefined ? { condition: condition as FollowUpCondition | null } : {}),
      ...(slaBasis !== undefined ? { slaBasis: slaBasis as SlaBasis } : {}),
    }) as Promise<FollowUpRuleModel>;
  }

  @Roles('admin')
  @Mutation(() => Boolean)
  deleteFollowUpRule(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.rules.delete(ctx, id);
  }

  @Roles('viewer')
  @Query(() => [RootCauseCodeModel])
  rootCauseCodes(@WorkspaceCtx() ctx: WorkspaceContext, @Args('includeArchived', { nullable: true }) includeArchived?: boolean): Promise<RootCauseCodeModel[]> {
    return this.rootCauses.list(ctx, includeArchived ?? false);
  }

  @Roles('admin')
  @Mutation(() => RootCauseCodeModel)
  createRootCauseCode(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateRootCauseCodeInput): Promise<RootCauseCodeModel> {
    return this.rootCauses.create(ctx, input.code, input.label);
  }

  @Roles('admin')
  @Mutation(() => RootCauseCodeModel)
  archiveRootCauseCode(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string, @Args('archived', { nullable: true }) archived?: boolean): Promise<RootCauseCodeModel> {
    return this.rootCauses.setArchived(ctx, id, archived ?? true);
  }

  @Roles('viewer')
  @Query(() => BusinessCalendarModel, { description: 'The business calendar SLAs are counted on (default: Asia/Shanghai, Mon–Fri 09:00–18:00, mainland-China holidays and 调休)' })
  async businessCalendar(@WorkspaceCtx() ctx: WorkspaceContext, @Args('years', { type: () => [Int], nullable: true }) years?: number[]): Promise<BusinessCalendarModel> {
    return calendarModel(await this.calendars.get(ctx), (years?.length ? years : defaultYears()).slice(0, 10));
  }

  @Roles('admin')
  @Mutation(() => BusinessCalendarModel)
  async updateBusinessCalendar(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateBusinessCalendarInput): Promise<BusinessCalendarModel> {
    const calendar = await this.calendars.update(ctx, input);
    return calendarModel(calendar, [...new Set([...defaultYears(), ...(input.years ?? []).map((y) => y.year), ...(input.resetYears ?? [])])].sort());
  }
}
