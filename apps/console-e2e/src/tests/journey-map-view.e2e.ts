import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { createWorkspace, documentId, signUp } from './support';

// The window a CX team uses in a workshop (the issue measured the map at this size).
test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 180_000 });

const SHOTS = join(__dirname, '../../test-results/screenshots');
const LONG_NAME = ('受理与确认 Acknowledgement of the request ').repeat(6).slice(0, 200);
const STAGES = 12;

const touchpoint = (name: string, channel: string) => ({
  name,
  channel,
  customerAction: `${name}：客户的行为`,
  customerThought: '',
  expectation: '',
  emotion: name.length % 5 - 2,
  momentOfTruth: false,
  layer: 'front_stage',
  slaMinutes: 1440,
  device: null,
  region: null,
  painPoints: [],
  opportunities: [],
});

/** A 12-stage map made in one import: stage 1 has a 200-character name and two cards, the others one each. */
async function importTwelveStageMap(page: Page): Promise<string> {
  const stages = Array.from({ length: STAGES }, (_, i) => ({
    name: i === 0 ? LONG_NAME : `阶段 ${i + 1}`,
    description: '',
    touchpoints: i === 0 ? [touchpoint('首个触点', 'wechat'), touchpoint('第二个触点', 'wechat')] : [touchpoint(`触点 ${i + 1}`, i % 2 ? 'phone' : 'wechat')],
  }));
  const document = { format: 'opencx.journey', version: 1, journey: { name: '十二阶段旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId('ImportJourney'), operationName: 'ImportJourney', variables: { document, name: '十二阶段旅程' } } });
  const body = (await res.json()) as { data?: { importJourney: { id: string } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!.importJourney.id;
}

const card = (page: Page, name: string) => page.getByTestId('touchpoint-card').filter({ has: page.getByTestId('touchpoint-name').getByText(name, { exact: true }) });

test('a 12-stage map: channel once per card, a 200-character stage name stays in its header, fit-to-screen shows every stage, "Move to stage…" moves a card from the first to the last stage', async ({ page }) => {
  await signUp(page, { name: '体验经理', email: uniqueEmail('mapview') });
  await createWorkspace(page, `地图视图 ${Date.now().toString(36)}`);
  const journeyId = await importTwelveStageMap(page);
  await page.goto(`/journeys/${journeyId}`);
  const map = page.getByTestId('journey-map');
  await expect(page.getByTestId('stage-column')).toHaveCount(STAGES);

  // One scroll surface: the page itself does not scroll vertically, only the map box does.
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(1);

  // Each card shows its channel once (the export-only copy stays hidden on screen).
  const firstId = (await card(page, '首个触点').getAttribute('data-touchpoint-id'))!;
  // By id: while its name is being edited the card no longer shows the name as text.
  const first = page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${firstId}"]`);
  const headText = await first.locator('.jm-card-head').innerText();
  expect(headText.split('微信').length - 1).toBe(1);
  await expect(first.getByTestId('touchpoint-sla')).toHaveText('时限 1 天');

  // The 200-character name is clipped to two lines inside the header; its card is below it and clickable.
  const stage1 = page.getByTestId('stage-column').first();
  const name1 = stage1.getByTestId('stage-name');
  await expect(name1).toHaveAttribute('title', LONG_NAME);
  const [stageBox, nameBox, cardBox] = [await stage1.boundingBox(), await name1.boundingBox(), await first.boundingBox()];
  expect(nameBox!.y + nameBox!.height).toBeLessThanOrEqual(stageBox!.y + stageBox!.height + 0.5);
  // Two lines at most (a line of mixed Latin and CJK fonts is up to ~24 px high).
  expect(nameBox!.height).toBeLessThanOrEqual(2 * 24 + 2);
  expect(stageBox!.y + stageBox!.height).toBeLessThanOrEqual(cardBox!.y + 0.5);
  await first.getByTestId('touchpoint-name').click();
  await expect(first.getByTestId('touchpoint-name-input')).toBeFocused();
  await page.keyboard.press('Escape');

  await page.screenshot({ path: join(SHOTS, 'map-zh-CN-100.png') });

  // Fit to screen: every stage header and every card lies inside the map box.
  await page.getByTestId('zoom-fit').click();
  await expect(map).not.toHaveAttribute('data-zoom', '1');
  const box = (await map.boundingBox())!;
  const stageBoxes = await page.getByTestId('stage-column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(stageBoxes).toHaveLength(STAGES);
  for (const s of stageBoxes) {
    expect(s.left).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(s.right).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(STAGES + 1);
  for (const c of await page.getByTestId('touchpoint-card').all()) {
    const b = (await c.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  await page.screenshot({ path: join(SHOTS, 'map-zh-CN-fit.png') });

  // "Move to stage…" from the card menu: the first card goes to the last stage.
  const lastStage = page.getByTestId('stage-column').nth(STAGES - 1);
  const lastStageId = (await lastStage.getAttribute('data-stage-id'))!;
  await first.getByTestId('touchpoint-more').click();
  // The submenu opens on hover as well as on click, so a click landing after the hover has opened it
  // can close it again: open it until the option shows, then pick it.
  const option = page.locator(`[data-testid="move-to-stage-option"][data-stage-id="${lastStageId}"]`);
  await expect(async () => {
    if (!(await option.isVisible())) await page.getByTestId('move-to-stage').click();
    await expect(option).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  await option.click();
  await expect(card(page, '首个触点')).toHaveAttribute('data-stage-id', lastStageId);
  await expect(lastStage).toHaveAttribute('data-touchpoints', '2');

  // Not yet covered here (not verified in a run before the deadline): the same move by keyboard
  // through the antd menu, zoom keys, lane collapse and density surviving a reload, the stage navigator.
});

/** WCAG 2 A/AA rules (axe-core) on the main pages, both languages: every violation is written down; serious and critical ones fail. */
test('the main pages have an <h1>, a skip link, and no serious or critical axe-core violations (WCAG 2 A/AA), in zh-CN and en', async ({ page }) => {
  // axe-core over eight pages (one a 12-stage map) on a shared two-core machine.
  test.setTimeout(600_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await signUp(page, { name: '无障碍检查', email: uniqueEmail('axe') });
  await createWorkspace(page, `无障碍 ${Date.now().toString(36)}`);
  const journeyId = await importTwelveStageMap(page);
  const pages = ['/', '/journeys', `/journeys/${journeyId}`, '/journeys/templates'];
  const found: { locale: string; path: string; rule: string; impact: string | null | undefined; nodes: number; sample: string }[] = [];
  for (const locale of ['zh-CN', 'en']) {
    await page.context().addCookies([{ name: 'opencx_locale', value: locale, url: page.url() }]);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByTestId('skip-link')).toHaveAttribute('href', '#main-content');
      if (path === `/journeys/${journeyId}`) await expect(page.getByTestId('stage-column')).toHaveCount(STAGES);
      if (path === '/') await expect(page.getByTestId('home-recent-journey').first()).toBeVisible();
      // Let antd's entrance animations settle: a half-faded element has a lower contrast than it will have.
      await page.waitForTimeout(600);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of result.violations) found.push({ locale, path, rule: v.id, impact: v.impact, nodes: v.nodes.length, sample: v.nodes[0]?.target.join(' ') ?? '' });
    }
    if (locale === 'zh-CN') {
      await page.goto('/');
      await expect(page.getByTestId('home-pains')).toBeVisible();
      await page.screenshot({ path: join(SHOTS, 'home-zh-CN.png') });
    } else {
      await page.goto('/');
      await page.screenshot({ path: join(SHOTS, 'home-en.png') });
    }
  }
  await test.info().attach('axe-violations.json', { body: JSON.stringify(found, null, 2), contentType: 'application/json' });
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, 'axe-violations.json'), JSON.stringify(found, null, 2));
  // Every page, the 12-stage map and the template gallery included, in both languages.
  expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
