import { Inject, Injectable, Optional } from '@nestjs/common';
import { FOLLOW_UP_OPERATORS, type FollowUpCondition, type SlaBasis } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { FollowUpRuleEntity } from '../entities/follow-up-rule.entity';
import { caseErrors } from '../cases.errors';
import type { EvaluableRule } from '../matching/rule-matching';
import { PLUGIN_FOLLOW_UP_RULES, type PluginFollowUpRules } from './plugin-follow-up-rules.port';

export interface FollowUpRuleFields {
  name: string;
  enabled: boolean;
  condition: FollowUpCondition | null;
  topics: string[];
  keywords: string[];
  journeyId: string | null;
  touchpointId: string | null;
  slaMinutes: number | null;
  slaBasis: SlaBasis;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  escalateToUserId: string | null;
}

const MAX_DEPTH = 4;

/** Problems of a condition tree, each naming its path under `field`. */
export function conditionIssues(condition: unknown, field: string, depth = 0): { field: string; message: string }[] {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return [{ field, message: 'must be a comparison { metric, op, value } or { any: [...] } / { all: [...] }' }];
  if (depth > MAX_DEPTH) return [{ field, message: `nests deeper than ${MAX_DEPTH} levels` }];
  const c = condition as Record<string, unknown>;
  const keys = Object.keys(c);
  for (const group of ['any', 'all'] as const) {
    if (group in c) {
      if (keys.length !== 1) return [{ field, message: `a group holds only "${group}"` }];
      const list = c[group];
      if (!Array.isArray(list) || !list.length || list.length > 20) return [{ field: `${field}.${group}`, message: 'must list 1 to 20 conditions' }];
      return list.flatMap((x, i) => conditionIssues(x, `${field}.${group}[${i}]`, depth + 1));
    }
  }
  const issues: { field: string; message: string }[] = [];
  const extra = keys.filter((k) => k !== 'metric' && k !== 'op' && k !== 'value');
  if (extra.length) issues.push({ field: `${field}.${extra[0]}`, message: 'is not part of a comparison { metric, op, value }' });
  if (typeof c.metric !== 'string' || !/^[a-z][a-z0-9_]{0,59}$/.test(c.metric)) issues.push({ field: `${field}.metric`, message: 'must be a metric key (snake_case)' });
  if (!FOLLOW_UP_OPERATORS.includes(c.op as never)) issues.push({ field: `${field}.op`, message: `must be one of ${FOLLOW_UP_OPERATORS.join(', ')}` });
  if (typeof c.value !== 'number' || !Number.isFinite(c.value)) issues.push({ field: `${field}.value`, message: 'must be a number' });
  return issues;
}

const ruleKey = (id: string) => `rule:${id}`;

/** Workspace follow-up rules (admins configure them) and, with the enabled plugins' rules, the rules ingestion evaluates. */
@Injectable()
export class FollowUpRuleService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly touchpoints: TouchpointDirectory,
    @Optional() @Inject(PLUGIN_FOLLOW_UP_RULES) private readonly pluginRules: PluginFollowUpRules | null,
  ) {}

  list(ctx: WorkspaceContext): Promise<FollowUpRuleEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(FollowUpRuleEntity, {}, { order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  create(ctx: WorkspaceContext, fields: FollowUpRuleFields): Promise<FollowUpRuleEntity> {
    return this.db.write(ctx, async (tx) => {
      const clean = await this.validated(tx, fields);
      const row = await tx.insert(FollowUpRuleEntity, { ...clean, roundRobinNext: 0, updatedAt: new Date() });
      await this.audit.record(tx, { action: 'followUpRule.create', entityType: 'follow_up_rule', entityId: row.id, after: row });
      return row;
    });
  }

  update(ctx: WorkspaceContext, id: string, patch: Partial<FollowUpRuleFields>): Promise<FollowUpRuleEntity> {
    return this.db.write(ctx, async (tx) => {
      const before = await tx.findOneOrFail(FollowUpRuleEntity, { id }, () => caseErrors.notFound('FollowUpRule', id, 'id'), { lock: true });
      const merged = { ...pick(before), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as FollowUpRuleFields;
      const clean = await this.validated(tx, merged);
      await tx.update(FollowUpRuleEntity, { id }, { ...clean, updatedAt: new Date() });
      const after = (await tx.findOne(FollowUpRuleEntity, { id })) as FollowUpRuleEntity;
      await this.audit.record(tx, { action: 'followUpRule.update', entityType: 'follow_up_rule', entityId: id, before, after });
      return after;
    });
  }

  delete(ctx: WorkspaceContext, id: string): Promise<boolean> {
    return this.db.write(ctx, async (tx) => {
      const before = await tx.findOneOrFail(FollowUpRuleEntity, { id }, () => caseErrors.notFound('FollowUpRule', id, 'id'));
      await tx.delete(FollowUpRuleEntity, { id });
      await this.audit.record(tx, { action: 'followUpRule.delete', entityType: 'follow_up_rule', entityId: id, before });
      return true;
    });
  }

  /**
   * The rules ingestion evaluates, in the ingesting transaction: enabled workspace rules and the
   * enabled plugins' rules (those limited to templates only on journeys created from them).
   */
  async evaluable(tx: TenantTx, journeyIds: readonly string[]): Promise<EvaluableRule[]> {
    const own = (await tx.find(FollowUpRuleEntity, { enabled: true })).sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id));
    const plugin = this.pluginRules ? await this.pluginRules.forWorkspace(tx) : [];
    const rules: EvaluableRule[] = own.map((r) => ({
      key: ruleKey(r.id), ruleId: r.id, name: r.name, condition: r.condition, topics: r.topics, keywords: r.keywords, journeyId: r.journeyId, touchpointId: r.touchpointId,
      journeyIds: null, slaMinutes: r.slaMinutes, slaBasis: r.slaBasis, assigneeUserId: r.assigneeUserId, assigneeTeamId: r.assigneeTeamId, escalateToUserId: r.escalateToUserId,
    }));
    if (plugin.length) {
      const origins = plugin.some((p) => p.templateKeys) ? await this.touchpoints.journeyOrigins(tx, journeyIds) : new Map<string, { pluginId: string; templateKey: string }>();
      for (const p of plugin) {
        const journeys = p.templateKeys
          ? new Set([...origins].filter(([, o]) => o.pluginId === p.pluginId && p.templateKeys?.includes(o.templateKey)).map(([id]) => id))
          : null;
        rules.push({
          key: `plugin:${p.pluginId}:${p.key}`, ruleId: null, name: p.name, condition: p.when, topics: [], keywords: [], journeyId: null, touchpointId: null, journeyIds: journeys,
          // A plugin's SLA is in hours of the business calendar (a call-back is made in working time).
          slaMinutes: Math.round(p.slaHours * 60), slaBasis: 'business', assigneeUserId: null, assigneeTeamId: null, escalateToUserId: null,
        });
      }
    }
    return rules;
  }

  private async validated(tx: TenantTx, f: FollowUpRuleFields): Promise<FollowUpRuleFields> {
    const issues: { field: string; message: string }[] = [];
    const name = f.name.trim();
    if (!name) issues.push({ field: 'name', message: 'must not be blank' });
    if (f.condition !== null) issues.push(...conditionIssues(f.condition, 'condition'));
    const topics = [...new Set(f.topics.map((t) => t.trim()).filter(Boolean))];
    const keywords = [...new Set(f.keywords.map((t) => t.trim()).filter(Boolean))];
    if (f.condition === null && !topics.length && !keywords.length) issues.push({ field: 'condition', message: 'a rule needs a score condition, a topic or a keyword' });
    if (f.assigneeUserId && f.assigneeTeamId) issues.push({ field: 'assigneeTeamId', message: 'assign to a user or to a team, not both' });
    if (issues.length) throw OpenCxError.invalidFields(issues);
    await this.identity.assertMembers(tx, [f.assigneeUserId], 'assigneeUserId');
    await this.identity.assertMembers(tx, [f.escalateToUserId], 'escalateToUserId');
    await this.identity.assertTeams(tx, [f.assigneeTeamId], 'assigneeTeamId');
    if (f.journeyId && !(await this.touchpoints.knownJourneys(tx, [f.journeyId])).has(f.journeyId)) throw OpenCxError.badInput('journeyId', 'is not a journey of this workspace');
    if (f.touchpointId && !(await this.touchpoints.locate(tx, [f.touchpointId])).has(f.touchpointId)) throw OpenCxError.badInput('touchpointId', 'is not a touchpoint of this workspace');
    return { ...f, name, topics, keywords };
  }
}

function pick(r: FollowUpRuleEntity): FollowUpRuleFields {
  const { name, enabled, condition, topics, keywords, journeyId, touchpointId, slaMinutes, slaBasis, assigneeUserId, assigneeTeamId, escalateToUserId } = r;
  return { name, enabled, condition, topics, keywords, journeyId, touchpointId, slaMinutes, slaBasis, assigneeUserId, assigneeTeamId, escalateToUserId };
}
