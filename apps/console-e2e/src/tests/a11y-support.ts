import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, uniqueEmail } from '../fixtures';
import { call, createWorkspace, signUp } from './support';

// What the axe-core spec (src/tests/a11y-pages.e2e.ts) uses: a member with a
// 12-stage map, one page audited, every violation written to test-results/screenshots/axe-<test>.json.

export const SHOTS = join(__dirname, '../../test-results/screenshots');
export const LOCALES = ['zh-CN', 'en'] as const;
export const STAGES = 12;

export type Found = { locale: string; path: string; rule: string; impact: string | null | undefined; nodes: number; sample: string };

export const touchpoint = (name: string, channel: string, emotion: number, severity: number) => ({
  name, channel, customerAction: `${name}：客户的行为`, customerThought: '希望尽快解决', expectation: '', emotion, momentOfTruth: severity === 4,
  layer: 'front_stage', slaMinutes: 1440, device: null, region: null,
  painPoints: [{ title: `${name}等待太久`, description: '', severity, source: 'manual', evidenceCount: 0 }],
  personaEmotions: [{ persona: 0, emotion: -emotion }],
  opportunities: [{ title: `${name}：主动告知进度`, description: '', painPointIndex: 0 }],
});

/** A 12-stage map with a persona and a further one, a pain point of every severity and an opportunity on each card (one import). */
export async function importMap(page: Page): Promise<{ journeyId: string; touchpointId: string }> {
  const channels = ['phone', 'wechat', 'in_person', 'app', 'web'];
  const stages = Array.from({ length: STAGES }, (_, i) => ({
    name: `阶段 ${i + 1}`,
    description: '',
    touchpoints: [touchpoint(`触点 ${i + 1}`, channels[i % channels.length], (i % 7) - 3, (i % 4) + 1)],
  }));
  const persona = { name: '上班族业主', description: '工作日白天不在家', goals: ['一次修好'], needs: ['晚上上门'], frustrations: ['反复打电话'], segmentKey: null };
  const personas = [{ name: '老年业主', description: '', goals: [], needs: ['电话沟通'], frustrations: [], segmentKey: null }];
  const document = { format: 'opencx.journey', version: 1, journey: { name: '报修旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona, personas, stages } };
  const imported = await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document, name: '报修旅程' });
  const journeyId = imported.importJourney.id;
  const journey = await call<{ journey: { stages: { touchpoints: { id: string }[] }[] } }>(page, 'FeedbackJourneyTouchpoints', { id: journeyId });
  expect(journey.journey.stages).toHaveLength(STAGES);
  return { journeyId, touchpointId: journey.journey.stages[0].touchpoints[0].id };
}

/** axe over one page already on screen; every violation is written down. */
export async function audit(page: Page, locale: string, path: string, found: Found[]): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? /^en/ : /^zh/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 60_000 });
  // Let antd's entrance animations settle: a half-faded element has a lower contrast than it will have.
  await page.waitForTimeout(800);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  for (const v of result.violations) {
    found.push({ locale, path, rule: v.id, impact: v.impact, nodes: v.nodes.length, sample: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ') });
  }
}

/** Writes every violation found so far; returns the serious and critical ones. */
export function record(name: string, found: Found[]): Found[] {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `axe-${name}.json`), JSON.stringify(found, null, 2));
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export type Ids = { journeyId: string; touchpointId: string; template: string };

/** A fresh member with a workspace and the 12-stage map. */
export async function member(page: Page, name: string): Promise<Ids> {
  await signUp(page, { name: '无障碍检查', email: uniqueEmail(name) });
  await createWorkspace(page, `无障碍 ${Date.now().toString(36)}`);
  const ids = await importMap(page);
  const templates = await call<{ journeyTemplates: { pluginId: string; key: string }[] }>(page, 'JourneyTemplates', {});
  expect(templates.journeyTemplates.length).toBeGreaterThan(0);
  return { ...ids, template: `${templates.journeyTemplates[0].pluginId}/${templates.journeyTemplates[0].key}` };
}

/** Every path, in both languages, for a signed-in member; `ready` waits for what a page loads after its heading. */
export async function auditPages(page: Page, name: string, paths: string[], ready?: (path: string) => Promise<void>): Promise<void> {
  const found: Found[] = [];
  for (const locale of LOCALES) {
    // The cookie at the site's root: a cookie set for the current (deeper) path would be a second one.
    await page.context().addCookies([{ name: 'opencx_locale', value: locale, url: new URL('/', page.url()).href }]);
    for (const path of paths) {
      await page.goto(path);
      await ready?.(path);
      await audit(page, locale, path, found);
      record(name, found);
    }
  }
  expect(record(name, found)).toEqual([]);
}
