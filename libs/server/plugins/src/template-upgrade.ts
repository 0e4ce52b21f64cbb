import type { Locale, LocalizedText } from '@opencx/domain';
import type { JourneyTemplate, StageTemplate, TouchpointTemplate } from '@opencx/plugin-sdk';
import type { StageSnapshot, TouchpointSnapshot } from '@opencx/server-journeys';
import { contentHash } from './plugin-content-hash';
import type { TemplateCopy } from './template-document';

export type TemplateChangeKind = 'added' | 'removed' | 'changed';
export type TemplateChangeTarget = 'stage' | 'touchpoint';

/** One difference between two versions of a template; `id` is what the owner picks to apply it. */
export interface TemplateChange {
  id: string;
  kind: TemplateChangeKind;
  target: TemplateChangeTarget;
  key: string;
  /** The stage it is in (in the newer version when it is there). */
  stageKey: string;
  /** In the journey's language: the newer name, or the removed one. */
  name: string;
  /** For `changed`: the template fields that differ ('stage' when a touchpoint moved). */
  fields: string[];
}

const STAGE_DIFFED = ['name', 'description'] as const;
const TOUCHPOINT_DIFFED = ['name', 'channel', 'customerAction', 'customerThought', 'expectation', 'emotion', 'momentOfTruth', 'slaMinutes', 'layer', 'metricKeys', 'painPoints', 'opportunities'] as const;
/** Fields copied onto the journey's touchpoint when a change is applied (insights and metrics are handled apart). */
const TOUCHPOINT_COPIED = ['name', 'channel', 'customerAction', 'customerThought', 'expectation', 'emotion', 'momentOfTruth', 'slaMinutes', 'layer'] as const;

export const changeId = (target: TemplateChangeTarget, kind: TemplateChangeKind, key: string) => `${target}.${kind}:${key}`;

const same = (a: unknown, b: unknown) => contentHash(a ?? null) === contentHash(b ?? null);
const touchpointsOf = (t: JourneyTemplate) => t.stages.flatMap((stage) => stage.touchpoints.map((tp) => ({ stage, tp })));

/** Stages and touchpoints added, removed and changed from `before` to `after`, matched by key. */
export function diffTemplates(before: JourneyTemplate, after: JourneyTemplate, locale: Locale): TemplateChange[] {
  const text = (t: LocalizedText | undefined) => t?.[locale] ?? '';
  const changes: TemplateChange[] = [];
  const stageChange = (kind: TemplateChangeKind, s: StageTemplate, fields: string[] = []) =>
    changes.push({ id: changeId('stage', kind, s.key), kind, target: 'stage', key: s.key, stageKey: s.key, name: text(s.name), fields });
  for (const s of after.stages) {
    const old = before.stages.find((o) => o.key === s.key);
    if (!old) stageChange('added', s);
    else {
      const fields = STAGE_DIFFED.filter((f) => !same(old[f], s[f]));
      if (fields.length > 0) stageChange('changed', s, [...fields]);
    }
  }
  for (const s of before.stages) if (!after.stages.some((n) => n.key === s.key)) stageChange('removed', s);

  const oldTps = touchpointsOf(before);
  const newTps = touchpointsOf(after);
  const tpChange = (kind: TemplateChangeKind, stage: StageTemplate, tp: TouchpointTemplate, fields: string[] = []) =>
    changes.push({ id: changeId('touchpoint', kind, tp.key), kind, target: 'touchpoint', key: tp.key, stageKey: stage.key, name: text(tp.name), fields });
  for (const { stage, tp } of newTps) {
    const old = oldTps.find((o) => o.tp.key === tp.key);
    if (!old) tpChange('added', stage, tp);
    else {
      const fields: string[] = TOUCHPOINT_DIFFED.filter((f) => !same(old.tp[f], tp[f]));
      if (old.stage.key !== stage.key) fields.push('stage');
      if (fields.length > 0) tpChange('changed', stage, tp, fields);
    }
  }
  for (const { stage, tp } of oldTps) if (!newTps.some((n) => n.tp.key === tp.key)) tpChange('removed', stage, tp);
  return changes;
}

/** The newer template rendered in the journey's language (templateToDocument), with a metric binding per key. */
export interface RenderedTemplate {
  template: JourneyTemplate;
  copy: TemplateCopy;
  bindings: (key: string, position: number) => NonNullable<TouchpointSnapshot['metrics']>[number];
}

/**
 * The journey's stages with the chosen changes applied. Rows the owner made and rows no chosen
 * change touches stay as they are (same ids); a changed touchpoint takes the newer template's
 * fields and metrics and gains its new pain points and opportunities (none of the journey's own
 * insights are deleted); a removed stage goes only once no touchpoint is left in it.
 */
export function applyTemplateChanges(stages: StageSnapshot[], before: JourneyTemplate, rendered: RenderedTemplate, chosen: readonly TemplateChange[]): StageSnapshot[] {
  const after = rendered.template;
  const pick = (target: TemplateChangeTarget, kind: TemplateChangeKind) => new Set(chosen.filter((c) => c.target === target && c.kind === kind).map((c) => c.key));
  const stageKeyOf = new Map([...touchpointsOf(before), ...touchpointsOf(after)].map(({ stage, tp }) => [tp.key, stage.key]));
  // A journey stage stands for the template stage that holds its first template touchpoint.
  const mapped = (s: StageSnapshot) => {
    const first = s.touchpoints.find((t) => t.templateKey && stageKeyOf.has(t.templateKey));
    return first ? stageKeyOf.get(first.templateKey as string) : undefined;
  };
  const newTouchpoint = (key: string): TouchpointSnapshot => {
    const si = after.stages.findIndex((s) => s.touchpoints.some((tp) => tp.key === key));
    const ti = after.stages[si].touchpoints.findIndex((tp) => tp.key === key);
    const doc = rendered.copy.document.journey.stages[si].touchpoints[ti];
    return { ...doc, templateKey: key, metrics: rendered.copy.metricKeys[si][ti].map((k, position) => rendered.bindings(k, position)) };
  };

  const removed = pick('touchpoint', 'removed');
  const changed = pick('touchpoint', 'changed');
  let result = stages.map((s) => ({ ...s, stageKey: mapped(s), touchpoints: s.touchpoints.filter((t) => !(t.templateKey && removed.has(t.templateKey))) }));

  // Changed touchpoints: newer fields, metrics and insights; a moved one goes to its new stage (when the journey has it).
  const moving: TouchpointSnapshot[] = [];
  result = result.map((s) => ({
    ...s,
    touchpoints: s.touchpoints.flatMap((t) => {
      if (!t.templateKey || !changed.has(t.templateKey)) return [t];
      const fresh = newTouchpoint(t.templateKey);
      const updated: TouchpointSnapshot = {
        ...t,
        ...Object.fromEntries(TOUCHPOINT_COPIED.map((f) => [f, fresh[f]])),
        metrics: fresh.metrics,
        painPoints: [...t.painPoints, ...fresh.painPoints.filter((p) => !t.painPoints.some((q) => q.title === p.title))],
        opportunities: [...t.opportunities, ...fresh.opportunities.filter((o) => !t.opportunities.some((q) => q.title === o.title))],
      };
      if (stageKeyOf.get(t.templateKey) !== s.stageKey && result.some((r) => r.stageKey === stageKeyOf.get(t.templateKey as string))) {
        moving.push(updated);
        return [];
      }
      return [updated];
    }),
  }));
  for (const t of moving) result.find((r) => r.stageKey === stageKeyOf.get(t.templateKey as string))?.touchpoints.push(t);

  for (const key of pick('stage', 'changed')) {
    const i = after.stages.findIndex((s) => s.key === key);
    const doc = rendered.copy.document.journey.stages[i];
    result = result.map((s) => (s.stageKey === key ? { ...s, name: doc.name, description: doc.description } : s));
  }

  // Added stages and touchpoints go after their predecessor in the newer template (or first).
  const ensureStage = (key: string) => {
    const existing = result.find((s) => s.stageKey === key);
    if (existing) return existing;
    const i = after.stages.findIndex((s) => s.key === key);
    const doc = rendered.copy.document.journey.stages[i];
    const prior = after.stages.slice(0, i).map((s) => s.key);
    const at = result.map((s) => prior.includes(s.stageKey ?? '')).lastIndexOf(true) + 1;
    const stage = { name: doc.name, description: doc.description, stageKey: key, touchpoints: [] as TouchpointSnapshot[] };
    result.splice(at, 0, stage);
    return stage;
  };
  for (const key of pick('stage', 'added')) ensureStage(key);
  for (const key of pick('touchpoint', 'added')) {
    const stageKey = stageKeyOf.get(key) as string;
    const stage = ensureStage(stageKey);
    const siblings = after.stages.find((s) => s.key === stageKey)?.touchpoints.map((tp) => tp.key) ?? [];
    const prior = siblings.slice(0, siblings.indexOf(key));
    const at = stage.touchpoints.map((t) => prior.includes(t.templateKey ?? '')).lastIndexOf(true) + 1;
    stage.touchpoints.splice(at, 0, newTouchpoint(key));
  }

  const removedStages = pick('stage', 'removed');
  return result.filter((s) => !(s.stageKey && removedStages.has(s.stageKey) && s.touchpoints.length === 0)).map(({ stageKey: _k, ...s }) => s);
}
