import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { createWorkspace, documentId, signUp } from './support';

test.describe.configure({ timeout: 300_000 });

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

/** Three stages, four cards: 报修 (−1), 派单 (0) in stage 1; 上门 (+1) in stage 2; 回访 (+2) in stage 3. */
async function importMap(page: Page): Promise<string> {
  const stages = [
    { name: '提交报修', description: '', touchpoints: [touchpoint('报修', -1), touchpoint('派单', 0)] },
    { name: '上门维修', description: '', touchpoints: [touchpoint('上门', 1)] },
    { name: '回访评价', description: '', touchpoints: [touchpoint('回访', 2)] },
  ];
  const document = { format: 'opencx.journey', version: 1, journey: { name: '键盘旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId('ImportJourney'), operationName: 'ImportJourney', variables: { document, name: '键盘旅程' } } });
  const body = (await res.json()) as { data?: { importJourney: { id: string } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  const id = body.data?.importJourney.id;
  expect(id).toBeTruthy();
  return id ?? '';
}

const column = (page: Page, index: number) => page.locator(`[data-testid="touchpoint-column"][data-index="${index}"]`);

/** What the focused element looks like: a keyboard user must see where focus is (WCAG 2.4.7). */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', focusVisible: false, outline: 'none', outlineWidth: 0, boxShadow: 'none' };
    const s = getComputedStyle(el);
    return { tag: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${el.className}`.slice(0, 120), focusVisible: el.matches(':focus-visible'), outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow };
  });
}

/** The element has focus, and the focus shows: an outline of 1 px or more, or a focus shadow. */
async function expectVisibleFocus(page: Page, target: Locator) {
  await expect(target).toBeFocused();
  const ring = await focusRing(page);
  const visible = ring.focusVisible && ((ring.outline !== 'none' && ring.outlineWidth >= 1) || ring.boxShadow !== 'none');
  expect(visible, JSON.stringify(ring)).toBe(true);
}

/** Presses a key until `target` has focus (at most `max` times): fails if focus never gets there. */
async function pressUntilFocused(page: Page, key: string, target: Locator, max: number): Promise<number> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
  return max;
}

/** In a focused antd menu, arrows until the focused item holds `inner`. */
async function arrowToMenuItem(page: Page, key: string, inner: string, max: number) {
  for (let i = 0; i <= max; i++) {
    const there = await page.evaluate((sel) => Boolean(document.activeElement?.querySelector(sel)), inner);
    if (there) return;
    await page.keyboard.press(key);
    // The menu moves focus asynchronously.
    await page.waitForTimeout(100);
  }
  expect(await page.evaluate((sel) => Boolean(document.activeElement?.querySelector(sel)), inner), `menu item ${inner} focused`).toBe(true);
}

test.describe('keyboard only, 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('edit a name and an emotion, add a pain point, move a card to another stage and export, by keyboard alone and with focus visible at every step', async ({ page }) => {
    await signUp(page, { name: '键盘用户', email: uniqueEmail('keys') });
    await createWorkspace(page, `键盘 ${Date.now().toString(36)}`);
    const journeyId = await importMap(page);
    await page.goto(`/journeys/${journeyId}`);
    await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
    const map = page.getByTestId('journey-map');
    const stageIds = await page.getByTestId('stage-column').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage-id') ?? ''));
    expect(stageIds).toHaveLength(3);

    // The first Tab stop is the skip link; it leads to the content, from where Tab reaches the map in a few steps.
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, page.getByTestId('skip-link'));
    await page.keyboard.press('Enter');
    const firstName = column(page, 0).getByTestId('touchpoint-name');
    const tabs = await pressUntilFocused(page, 'Tab', firstName, 60);
    expect(tabs).toBeLessThan(60);
    await expectVisibleFocus(page, firstName);
    // The map is one Tab stop: of all its editable texts, only the focused card's name is in the Tab order.
    await expect(map.locator('.jm-editable[tabindex="0"]')).toHaveCount(1);

    // ArrowRight: the next card's name (not its drag handle).
    await page.keyboard.press('ArrowRight');
    const name = column(page, 1).getByTestId('touchpoint-name');
    await expectVisibleFocus(page, name);
    await expect(map.locator('.jm-editable[tabindex="0"]')).toHaveCount(1);
    const movedId = await column(page, 1).getAttribute('data-touchpoint-id');
    expect(movedId).toBeTruthy();
    const card = page.locator(`[data-testid="touchpoint-column"][data-touchpoint-id="${movedId}"]`);

    // The name: Enter edits, Enter saves, focus comes back to the name.
    await page.keyboard.press('Enter');
    await expectVisibleFocus(page, card.getByTestId('touchpoint-name-input'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('键盘派单');
    await page.keyboard.press('Enter');
    await expectVisibleFocus(page, card.getByTestId('touchpoint-name'));
    await expect(card.getByTestId('touchpoint-name')).toHaveText('键盘派单');

    // The emotion: down the lanes to the emotion cell, Enter opens the choices on the current value (0),
    // ArrowRight moves to −1 without saving, Enter saves and returns focus to the cell.
    const emotionCell = card.getByTestId('emotion-cell');
    expect(await pressUntilFocused(page, 'ArrowDown', emotionCell, 6)).toBeLessThan(6);
    await expectVisibleFocus(page, emotionCell);
    await page.keyboard.press('Enter');
    const current = page.getByTestId('emotion-options').locator('button[aria-pressed="true"]');
    await expectVisibleFocus(page, current);
    await expect(current).toHaveAccessibleName(/^0 /);
    await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page, page.getByTestId('emotion-options').getByRole('button', { name: /^−1 / }));
    await expect(card.getByTestId('emotion-value')).toHaveAttribute('data-emotion', '0');
    await page.keyboard.press('Enter');
    await expect(card.getByTestId('emotion-value')).toHaveAttribute('data-emotion', '-1');
    await expectVisibleFocus(page, emotionCell);

    // A pain point: down to the pain-point lane's add button, Enter opens the form with the title focused,
    // Tab to Save, Enter saves; focus returns to the add button.
    await page.keyboard.press('ArrowDown');
    const addPain = card.getByTestId('add-pain-point');
    await expectVisibleFocus(page, addPain);
    await page.keyboard.press('Enter');
    const form = page.getByTestId('painPoint-form');
    await expectVisibleFocus(page, form.locator('textarea'));
    await page.keyboard.type('电话总是占线');
    expect(await pressUntilFocused(page, 'Tab', form.getByTestId('painPoint-save'), 6)).toBeLessThan(6);
    await expectVisibleFocus(page, form.getByTestId('painPoint-save'));
    await page.keyboard.press('Enter');
    await expect(card.getByTestId('pain-point')).toHaveText(/电话总是占线/);
    await expectVisibleFocus(page, addPain);

    // Move to stage…: back up to the name, Shift+Tab to the card's menu, Enter opens it with focus in it,
    // arrows to "Move to stage…", ArrowRight into its stages, Enter on the third stage.
    await pressUntilFocused(page, 'ArrowUp', card.getByTestId('touchpoint-name'), 8);
    const more = card.getByTestId('touchpoint-more');
    expect(await pressUntilFocused(page, 'Shift+Tab', more, 6)).toBeLessThan(6);
    await expectVisibleFocus(page, more);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.ant-dropdown')))).toBe(true);
    await arrowToMenuItem(page, 'ArrowDown', '[data-testid="move-to-stage"]', 6);
    expect((await focusRing(page)).focusVisible).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.jm-move-menu')))).toBe(true);
    await arrowToMenuItem(page, 'ArrowDown', `[data-testid="move-to-stage-option"][data-stage-id="${stageIds[2]}"]`, 6);
    const ring = await focusRing(page);
    expect(ring.focusVisible && (ring.outlineWidth >= 1 || ring.boxShadow !== 'none'), JSON.stringify(ring)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(card.getByTestId('touchpoint-card')).toHaveAttribute('data-stage-id', stageIds[2]);
    await expect(page.getByTestId('stage-column').nth(2)).toHaveAttribute('data-touchpoints', '2');
    // Focus follows the card to its new place.
    await expectVisibleFocus(page, card.getByTestId('touchpoint-name'));

    await page.screenshot({ path: join(SHOTS, 'map-keyboard-zh-CN.png') });

    // Export: Shift+Tab out of the map to the Export button, Enter opens its menu, arrows to JSON, Enter downloads.
    const exportButton = page.getByTestId('export-menu');
    expect(await pressUntilFocused(page, 'Shift+Tab', exportButton, 40)).toBeLessThan(40);
    await expectVisibleFocus(page, exportButton);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.ant-dropdown')))).toBe(true);
    await arrowToMenuItem(page, 'ArrowDown', '[data-testid="export-json"]', 8);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    const path = await download.path();
    expect(path).toBeTruthy();
    const exported = JSON.parse(readFileSync(path ?? '', 'utf8')) as { journey: { stages: { name: string; touchpoints: { name: string; emotion: number; painPoints: { title: string }[] }[] }[] } };
    // Every keyboard edit is in the export: the renamed card is the last of stage 3, at −1, with its pain point.
    const stages = exported.journey.stages;
    expect(stages.map((s) => s.touchpoints.map((t) => t.name))).toEqual([['报修'], ['上门'], ['回访', '键盘派单']]);
    const moved = stages[2]?.touchpoints[1];
    expect(moved?.emotion).toBe(-1);
    expect(moved?.painPoints.map((p) => p.title)).toEqual(['电话总是占线']);
    // Focus is back on the button, not on the page body.
    await expectVisibleFocus(page, exportButton);

    // The edits are on the server: a reload shows them.
    await page.reload();
    await expect(card.getByTestId('touchpoint-name')).toHaveText('键盘派单');
    await expect(card.getByTestId('emotion-value')).toHaveAttribute('data-emotion', '-1');
    await expect(card.getByTestId('pain-point')).toHaveText(/电话总是占线/);

    // The map at 1440×900 in English, for the record.
    await page.context().addCookies([{ name: 'opencx_locale', value: 'en', url: page.url() }]);
    await page.reload();
    await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
    await page.screenshot({ path: join(SHOTS, 'map-keyboard-en.png') });
  });
});

/**
 * Reflow (WCAG 1.4.10): at 720 CSS px (1440×900 at 200 % zoom: the same CSS width, twice the device
 * pixels) and at 320 CSS px (a phone) the page never scrolls sideways and the header's workspace,
 * language switch and user menu (log-out) are on screen. The map surface scrolls in its own box.
 */
for (const size of [
  { label: '200 % zoom of 1440×900', viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
  { label: '320 CSS px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
]) {
  test.describe(`reflow at ${size.label}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`reflow at ${size.label}: no page-level horizontal scroll, header, language switch and log-out within the window, in zh-CN and en`, async ({ page }) => {
      await signUp(page, { name: '窄屏用户', email: uniqueEmail('reflow') });
      await createWorkspace(page, `窄屏 ${Date.now().toString(36)}`);
      const journeyId = await importMap(page);
      const problems: unknown[] = [];
      for (const locale of ['zh-CN', 'en']) {
        await page.context().addCookies([{ name: 'opencx_locale', value: locale, url: page.url() }]);
        for (const path of ['/', '/journeys', '/journeys/templates', `/journeys/${journeyId}`, '/settings']) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
          if (path.endsWith(journeyId)) await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
          // Let antd's entrance animations and the sider's breakpoint settle.
          await page.waitForTimeout(400);
          const layout = await page.evaluate(() => {
            const root = document.documentElement;
            const width = root.clientWidth;
            const box = (testId: string) => {
              const el = document.querySelector(`[data-testid="${testId}"]`);
              const r = el?.getBoundingClientRect();
              return r ? { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top), bottom: Math.round(r.bottom) } : null;
            };
            // What sticks out, for the report: the outermost elements wider than the window.
            const wide = [...document.querySelectorAll<HTMLElement>('body *')]
              .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.jm-scroller, .ant-table-content, .jm-navigator, [aria-hidden="true"]'))
              .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}[${el.dataset.testid ?? ''}] right=${Math.round(el.getBoundingClientRect().right)}`);
            return { scrollWidth: root.scrollWidth, clientWidth: width, innerHeight: window.innerHeight, workspace: box('workspace-switcher'), language: box('language-switch'), user: box('user-menu'), wide };
          });
          const inside = (b: { left: number; right: number } | null) => b !== null && b.left >= 0 && b.right <= layout.clientWidth;
          if (layout.scrollWidth > layout.clientWidth || !inside(layout.workspace) || !inside(layout.language) || !inside(layout.user)) problems.push({ locale, path, ...layout });
          if (path.endsWith(journeyId)) await page.screenshot({ path: join(SHOTS, `map-reflow-${size.viewport.width}-${locale}.png`), fullPage: true });
          if (path === '/journeys/templates') await page.screenshot({ path: join(SHOTS, `templates-reflow-${size.viewport.width}-${locale}.png`), fullPage: true });
        }
      }
      expect(problems).toEqual([]);

      // Log-out itself is reachable: the user menu opens with the item inside the window.
      await page.goto('/');
      await page.getByTestId('user-menu').click();
      const logout = page.getByTestId('logout');
      await expect(logout).toBeVisible();
      const box = await logout.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.viewport.width).toBe(true);
      await page.screenshot({ path: join(SHOTS, `home-reflow-${size.viewport.width}.png`) });
    });
  });
}
