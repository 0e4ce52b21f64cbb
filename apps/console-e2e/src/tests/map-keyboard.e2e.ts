import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { createWorkspace, documentId, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 240_000 });

const SHOTS = join(__dirname, '../../test-results/screenshots');

const touchpoint = (name: string, emotion: number) => ({
  name,
  channel: 'wechat',
  customerAction: `${name}的行为`,
  customerThought: '',
  expectation: '',
  emotion,
  momentOfTruth: false,
  layer: 'front_stage',
  slaMinutes: null,
  device: null,
  region: null,
  painPoints: [],
  opportunities: [],
});

const PERSONA = { name: '王女士', description: '修好就行，别让我跑两趟。', goals: ['一次修好'], needs: ['准时上门', '进度可查'], frustrations: ['反复打电话'], segmentKey: null };

/** Three stages, four cards: 报修 (−1), 派单 (0) in stage 1; 上门 (+1) in stage 2; 回访 (+2) in stage 3. */
async function importMap(page: Page): Promise<string> {
  const stages = [
    { name: '提交报修', description: '', touchpoints: [touchpoint('报修', -1), touchpoint('派单', 0)] },
    { name: '上门维修', description: '', touchpoints: [touchpoint('上门', 1)] },
    { name: '回访评价', description: '', touchpoints: [touchpoint('回访', 2)] },
  ];
  const document = { format: 'opencx.journey', version: 1, journey: { name: '键盘旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: PERSONA, stages } };
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId('ImportJourney'), operationName: 'ImportJourney', variables: { document, name: '键盘旅程' } } });
  const body = (await res.json()) as { data?: { importJourney: { id: string } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!.importJourney.id;
}

const column = (page: Page, index: number) => page.locator(`[data-testid="touchpoint-column"][data-index="${index}"]`);

test('the map by keyboard alone: one Tab stop, arrow keys between cards and lanes, Enter edits, Escape and Enter return focus, the emotion picker, focus back from the history drawer', async ({ page }) => {
  await signUp(page, { name: '键盘用户', email: uniqueEmail('keys') });
  await createWorkspace(page, `键盘 ${Date.now().toString(36)}`);
  const journeyId = await importMap(page);
  await page.goto(`/journeys/${journeyId}`);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
  const map = page.getByTestId('journey-map');

  // The persona pinned above the map: initials, name, quote, goals and needs.
  const persona = page.getByTestId('persona-card');
  await expect(persona.getByTestId('persona-initials')).toHaveText('王女');
  await expect(persona.getByTestId('persona-card-name')).toHaveText('王女士');
  await expect(persona.getByTestId('persona-card-quote')).toContainText('修好就行，别让我跑两趟。');
  await expect(persona.getByTestId('persona-card-goals').locator('li')).toHaveText(['一次修好']);
  await expect(persona.getByTestId('persona-card-needs').locator('li')).toHaveText(['准时上门', '进度可查']);
  const personaBox = (await persona.boundingBox())!;
  const mapBox = (await map.boundingBox())!;
  expect(personaBox.y + personaBox.height).toBeLessThanOrEqual(mapBox.y);
  expect(personaBox.x).toBeLessThanOrEqual(mapBox.x + 1);

  // One Tab stop for the cells: of all editable texts on the map, only the first card's name is in the Tab order.
  await expect(map.locator('.jm-editable[tabindex="0"]')).toHaveCount(1);
  await expect(map.locator('.jm-editable[tabindex="0"]')).toHaveAttribute('data-testid', 'touchpoint-name');

  const firstName = column(page, 0).getByTestId('touchpoint-name');
  await firstName.focus();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 1).getByTestId('touchpoint-name')).toBeFocused();
  // The roving stop moved with the focus.
  await expect(map.locator('.jm-editable[tabindex="0"]')).toHaveCount(1);

  // Down to the customer-action lane, Enter edits, Enter saves and focus stays on the cell.
  await page.keyboard.press('ArrowDown');
  const action = column(page, 1).getByTestId('touchpoint-action');
  await expect(action).toBeFocused();
  await page.keyboard.press('Enter');
  const input = column(page, 1).getByTestId('touchpoint-action-input');
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('用键盘写的行为');
  await page.keyboard.press('Enter');
  await expect(action).toBeFocused();
  await expect(action).toHaveText('用键盘写的行为');

  // Escape cancels an edit and also returns focus to the text.
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await page.keyboard.type('不要保存');
  await page.keyboard.press('Escape');
  await expect(action).toBeFocused();
  await expect(action).toHaveText('用键盘写的行为');

  // The emotion lane: the picker opens on the current value, arrows move without saving, Enter saves.
  await page.keyboard.press('ArrowDown'); // thought
  await page.keyboard.press('ArrowDown'); // expectation
  await page.keyboard.press('ArrowDown'); // emotion
  const emotionCell = column(page, 1).getByTestId('emotion-cell');
  await expect(emotionCell).toBeFocused();
  await page.keyboard.press('Enter');
  const options = page.getByTestId('emotion-options');
  await expect(options.locator('button[aria-pressed="true"]')).toBeFocused();
  await expect(options.locator('button[aria-pressed="true"]')).toHaveAccessibleName(/^0 /);
  await page.keyboard.press('ArrowRight');
  // Moving the focus did not save.
  await expect(column(page, 1).getByTestId('emotion-value')).toHaveAttribute('data-emotion', '0');
  await page.keyboard.press('Enter');
  await expect(column(page, 1).getByTestId('emotion-value')).toHaveAttribute('data-emotion', '-1');
  await expect(emotionCell).toBeFocused();
  await expect(page.locator('[data-testid="emotion-point"]').nth(1)).toHaveAttribute('data-emotion', '-1');

  // Up from the card to its stage's header, right to the next stage, down to that stage's first card.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(column(page, 1).getByTestId('touchpoint-name')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('stage-column').nth(0).getByTestId('stage-name')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stage-column').nth(1).getByTestId('stage-name')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(column(page, 2).getByTestId('touchpoint-name')).toBeFocused();
  await expect(column(page, 2).getByTestId('touchpoint-name')).toHaveText('上门');

  // Tab from a card reaches its own controls (menu, delete), not the next card.
  await page.keyboard.press('Shift+Tab');
  const focusedInCard = await page.evaluate(() => document.activeElement?.closest('[data-testid="touchpoint-card"]')?.getAttribute('data-position') ?? null);
  expect(focusedInCard).not.toBeNull();

  // The emotion curve's data as a table (visually hidden): one row per touchpoint, in map order.
  const rows = page.getByTestId('emotion-table-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('派单');
  await expect(rows.nth(1)).toContainText('−1');
  await expect(rows.nth(3)).toContainText('+2');
  const tableBox = await page.getByTestId('emotion-table').boundingBox();
  expect(tableBox!.width).toBeLessThanOrEqual(1);

  // Closing a drawer returns focus to the button that opened it.
  const history = page.getByTestId('open-history');
  await history.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-drawer-open')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await expect(history).toBeFocused();

  await page.screenshot({ path: join(SHOTS, 'map-keyboard-zh-CN.png') });

  // A dialog traps focus: twenty Tabs inside the new-journey dialog never leave it.
  await page.goto('/journeys');
  await page.getByTestId('new-journey').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.ant-modal')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-journey')).toBeFocused();
});

test('reflow at 320 px (WCAG 1.4.10): no page-level horizontal scroll on home, journeys, the template gallery and the map, in zh-CN and en', async ({ page }) => {
  await signUp(page, { name: '窄屏用户', email: uniqueEmail('reflow') });
  await createWorkspace(page, `窄屏 ${Date.now().toString(36)}`);
  const journeyId = await importMap(page);
  await page.setViewportSize({ width: 320, height: 720 });
  const wide: { locale: string; path: string; scrollWidth: number }[] = [];
  for (const locale of ['zh-CN', 'en']) {
    await page.context().addCookies([{ name: 'opencx_locale', value: locale, url: page.url() }]);
    for (const path of ['/', '/journeys', '/journeys/templates', `/journeys/${journeyId}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      if (path.endsWith(journeyId)) await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
      await page.waitForTimeout(300);
      // The map surface scrolls in its own box; the page must not.
      const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (scrollWidth > 321) wide.push({ locale, path, scrollWidth });
      if (path.endsWith(journeyId)) await page.screenshot({ path: join(SHOTS, `map-320-${locale}.png`), fullPage: true });
      if (path === '/journeys/templates') await page.screenshot({ path: join(SHOTS, `templates-320-${locale}.png`), fullPage: true });
    }
  }
  expect(wide).toEqual([]);
});
