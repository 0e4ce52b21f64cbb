import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { acceptInvitation, chooseOption, createWorkspace, documentId, inviteByLink, logOut, signUp } from './support';

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Popovers keep their last content while closing; act on the open one. */
const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

async function addStage(page: Page, name: string): Promise<void> {
  const before = await page.getByTestId('stage-column').count();
  await page.getByTestId('add-stage').click();
  await visible(page, 'new-stage-name').fill(name);
  await visible(page, 'new-stage-submit').click();
  await expect(visible(page, 'new-stage-form')).toHaveCount(0);
  await expect(page.getByTestId('stage-column')).toHaveCount(before + 1);
  await expect(page.getByTestId('stage-column').nth(before)).toContainText(name);
}

async function addTouchpoint(page: Page, stage: Locator, name: string): Promise<void> {
  const count = Number(await stage.getAttribute('data-touchpoints'));
  await stage.getByTestId('add-touchpoint').click();
  await visible(page, 'new-touchpoint-name').fill(name);
  await visible(page, 'new-touchpoint-submit').click();
  await expect(visible(page, 'new-touchpoint-form')).toHaveCount(0);
  await expect(stage).toHaveAttribute('data-touchpoints', String(count + 1));
  await expect(card(page, name)).toBeVisible();
}

// A desktop-sized window: a drag across stages keeps both cards on screen. Each test builds a map
// through popovers (with their open/close animations) and signs up with argon2: give it time.
test.use({ viewport: { width: 1680, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const card = (page: Page, name: string) => page.getByTestId('touchpoint-card').filter({ has: page.getByTestId('touchpoint-name').getByText(name, { exact: true }) });

/** dnd-kit listens to pointer events: press on the handle, move in steps past the threshold, release. */
async function drag(page: Page, handle: Locator, to: { x: number; y: number }): Promise<void> {
  const from = await handle.boundingBox();
  if (!from) throw new Error('drag handle not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await expect(page.getByTestId('drop-indicator')).toBeVisible();
  await page.mouse.up();
}

test('build a 4-stage map from an empty workspace, drag a touchpoint across stages, change an emotion, export a PNG', async ({ page }) => {
  // Sixteen popover round trips, a drag, two reloads and three exports: on a busy machine more than
  // the two minutes the other journey tests get (it ran out of time during the last export).
  test.slow();
  await signUp(page, { name: '旅程分析师', email: uniqueEmail('journey') });
  await createWorkspace(page, `旅程 ${Date.now().toString(36)}`);

  await page.goto('/journeys');
  await expect(page.getByTestId('journeys-table')).toContainText('还没有旅程');
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-form').getByLabel('名称').fill('线上购物旅程');
  await page.getByTestId('new-journey-submit').click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('journey-name')).toHaveText('线上购物旅程');
  await expect(page.getByTestId('stage-column')).toHaveCount(0);

  const stageNames = ['认知', '考虑', '购买', '使用'];
  for (const name of stageNames) await addStage(page, name);
  const stages = page.getByTestId('stage-column');
  for (let s = 0; s < 4; s++) {
    for (let n = 1; n <= 2; n++) await addTouchpoint(page, stages.nth(s), `${stageNames[s]}触点${n}`);
  }
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(8);
  const curve = page.getByTestId('emotion-curve');
  await expect(curve.getByTestId('emotion-point')).toHaveCount(8);
  await expect(page.getByTestId('journey-counts')).toContainText('4 个阶段 · 8 个触点');

  // Drag the first touchpoint of 认知 onto the right half of 购买's first card: it lands second in 购买.
  const purchaseStageId = await stages.nth(2).getAttribute('data-stage-id');
  const moved = card(page, '认知触点1');
  await page.getByTestId('journey-map').evaluate((scroller) => scroller.scrollTo({ left: 0 }));
  const target = await card(page, '购买触点1').boundingBox();
  if (!target) throw new Error('target card not visible');
  await drag(page, moved.getByTestId('touchpoint-drag-handle'), { x: target.x + target.width * 0.8, y: target.y + target.height / 2 });
  await expect(moved).toHaveAttribute('data-stage-id', purchaseStageId!);
  await expect(moved).toHaveAttribute('data-position', '1');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-saving', 'false');
  await expect(stages.nth(0)).toHaveAttribute('data-touchpoints', '1');
  await expect(stages.nth(2)).toHaveAttribute('data-touchpoints', '3');

  await page.reload();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(8);
  await expect(card(page, '认知触点1')).toHaveAttribute('data-stage-id', purchaseStageId!);
  await expect(card(page, '认知触点1')).toHaveAttribute('data-position', '1');
  await expect(page.getByTestId('stage-column').nth(2)).toHaveAttribute('data-touchpoints', '3');
  // Map order follows the move: the curve's points come in the new order.
  const order = await page.getByTestId('emotion-point').evaluateAll((points) => points.map((p) => p.getAttribute('data-touchpoint-id')));
  const cardOrder = await page.getByTestId('touchpoint-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-touchpoint-id')));
  expect(order).toEqual(cardOrder);

  // Emotion: 0 → −2 on 考虑触点2; its curve point moves down (larger y) and turns negative.
  const touchpointId = await card(page, '考虑触点2').getAttribute('data-touchpoint-id');
  const point = page.locator(`[data-testid="emotion-point"][data-touchpoint-id="${touchpointId}"]`);
  await expect(point).toHaveAttribute('data-emotion', '0');
  await expect(point).toHaveAttribute('data-tone', 'neutral');
  const yBefore = Number(await point.getAttribute('cy'));
  const pathBefore = await page.getByTestId('emotion-curve-path').getAttribute('d');
  const column = page.locator(`[data-testid="touchpoint-column"][data-touchpoint-id="${touchpointId}"]`);
  await column.getByTestId('emotion-cell').click();
  await page.getByTestId('emotion-option--2').click();
  await expect(point).toHaveAttribute('data-emotion', '-2');
  await expect(point).toHaveAttribute('data-tone', 'negative');
  const yAfter = Number(await point.getAttribute('cy'));
  expect(yAfter).toBeGreaterThan(yBefore);
  expect(await page.getByTestId('emotion-curve-path').getAttribute('d')).not.toBe(pathBefore);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-saving', 'false');
  await page.reload();
  await expect(page.locator(`[data-testid="emotion-point"][data-touchpoint-id="${touchpointId}"]`)).toHaveAttribute('data-emotion', '-2');

  // PNG export: a real PNG, as wide as the map (8 columns of 200 px plus the lane headers, at 2×).
  await page.getByTestId('export-menu').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^线上购物旅程 \d{4}-\d{2}-\d{2}\.png$/);
  const size = pngSize(readFileSync((await download.path())!));
  expect(size).not.toBeNull();
  expect(size!.width).toBeGreaterThanOrEqual(2 * (148 + 8 * 200));
  expect(size!.width).toBeLessThanOrEqual(16_000);
  expect(size!.height).toBeGreaterThanOrEqual(2 * 900);
  expect(size!.height).toBeLessThanOrEqual(4_000);

  // PDF: one page (8 columns fit on it). CSV through the console's proxy of the REST export: one row per touchpoint, in map order.
  await page.getByTestId('export-menu').click();
  const pdfDownloading = page.waitForEvent('download');
  await page.getByTestId('export-pdf').click();
  const pdf = readFileSync((await (await pdfDownloading).path())!).toString('latin1');
  expect(pdf.startsWith('%PDF-1.4')).toBe(true);
  expect(pdf).toMatch(/\/Count 1 >>/);
  expect(pdf).toContain('/Filter /DCTDecode');
  await page.getByTestId('export-menu').click();
  const csvDownloading = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csv = readFileSync((await (await csvDownloading).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(csv[0]).toMatch(/^stage_position,stage,touchpoint_position,touchpoint,channel/);
  expect(csv).toHaveLength(9);
  expect(csv.slice(1).map((row) => row.split(',')[3])).toEqual(['认知触点2', '考虑触点1', '考虑触点2', '购买触点1', '认知触点1', '购买触点2', '使用触点1', '使用触点2']);
});

test('a template preview page shows the map, persona and metric presets before any journey exists, with industry names from the manifest', async ({ page }) => {
  await signUp(page, { name: '模板预览', email: uniqueEmail('template-page') });
  await createWorkspace(page, `预览 ${Date.now().toString(36)}`);

  await page.goto('/journeys/templates');
  const repair = page.locator('[data-testid="template-card"][data-template-id="property-services/repair-request"]');
  // Industry names as the property-services manifest declares them (industryNames), not a console list.
  await expect(repair.getByTestId('template-industry')).toHaveText(['物业管理', '房地产']);
  await repair.getByTestId('template-page-link').click();
  await expect(page).toHaveURL(/\/journeys\/templates\/property-services\/repair-request$/);
  const preview = page.getByTestId('template-page');
  await expect(preview.getByTestId('template-preview-stage')).toHaveCount(5);
  await expect(preview.getByTestId('template-preview-stage').first()).toContainText('报修受理');
  await expect(preview.getByTestId('template-preview-touchpoint').first()).toContainText('微信小程序报修');
  await expect(page.getByTestId('template-page-persona')).toContainText('自住业主');
  await expect(page.getByTestId('template-page-metrics')).toContainText('报修响应时长');
  await expect(page.getByTestId('template-page-metrics')).toContainText('净推荐值 NPS');

  // In English: the same page and the manifest's English industry names.
  // For the whole site (a cookie set for this page's URL would only cover its folder, not /journeys/templates).
  await page.context().addCookies([{ name: 'opencx_locale', value: 'en', url: new URL('/', page.url()).toString() }]);
  await page.reload();
  await expect(page.getByTestId('template-page-persona')).toContainText('Owner-occupier');
  await expect(page.getByTestId('template-page-metrics')).toContainText('Repair response time');
  await expect(page.getByRole('link', { name: 'All templates' })).toBeVisible();
  await page.goto('/journeys/templates');
  await expect(repair.getByTestId('template-industry')).toHaveText(['Property management', 'Real estate']);
  // No journey was created by previewing.
  await page.goto('/journeys');
  await expect(page.getByTestId('journey-row')).toHaveCount(0);
});

test('create the property-services repair (报修) journey from the template gallery', async ({ page }) => {
  await signUp(page, { name: '物业经理', email: uniqueEmail('template') });
  await createWorkspace(page, `物业 ${Date.now().toString(36)}`);

  await page.goto('/journeys');
  await page.getByTestId('from-template').click();
  await expect(page).toHaveURL(/\/journeys\/templates$/);
  const repair = page.locator('[data-testid="template-card"][data-template-id="property-services/repair-request"]');
  await expect(repair).toContainText('报修');
  await expect(repair).toContainText('5 个阶段');

  // Filter by industry: property management keeps the repair template and drops retail ones.
  await page.getByTestId('industry-filter').getByText('物业管理').click();
  await expect(repair).toBeVisible();
  await expect(page.locator('[data-testid="template-card"][data-template-id^="retail/"]')).toHaveCount(0);

  await repair.getByTestId('template-preview-open').click();
  const preview = page.getByTestId('template-preview');
  await expect(preview.getByTestId('template-preview-stage')).toHaveCount(5);
  await expect(preview.getByTestId('template-preview-stage').first()).toContainText('报修受理');
  await expect(preview.getByTestId('template-preview-touchpoint').first()).toContainText('微信小程序报修');
  await expect(preview.getByTestId('template-moment-of-truth').first()).toBeVisible();
  await preview.getByTestId('use-template-from-preview').click();
  await page.getByRole('dialog').getByLabel('旅程名称').fill('1 号楼报修旅程');
  await page.getByTestId('create-from-template-submit').click();

  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('journey-name')).toHaveText('1 号楼报修旅程');
  // The template and its plugin by their names, never the internal `property-services/repair-request@…`.
  await expect(page.getByTestId('journey-template')).toContainText('报修 · 物业服务');
  await expect(page.getByTestId('journey-template')).not.toContainText('property-services');
  const stages = page.getByTestId('stage-column');
  await expect(stages).toHaveCount(5);
  await expect(stages.getByTestId('stage-name')).toHaveText(['报修受理', '派单', '上门维修', '验收', '回访']);
  await expect(card(page, '微信小程序报修')).toBeVisible();
  const points = page.getByTestId('emotion-point');
  expect(await points.count()).toBeGreaterThan(5);
  await expect(points.first()).toHaveAttribute('data-emotion', '-1');
  await expect(page.getByTestId('pain-point').first()).toBeVisible();

  // Drag the 派单 stage before 报修受理 (by its handle, onto the left half of the first header); it stays there after a reload.
  const first = await stages.nth(0).boundingBox();
  await drag(page, stages.nth(1).getByTestId('stage-drag-handle'), { x: first!.x + 24, y: first!.y + first!.height / 2 });
  await expect(stages.getByTestId('stage-name')).toHaveText(['派单', '报修受理', '上门维修', '验收', '回访']);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-saving', 'false');
  await page.reload();
  await expect(page.getByTestId('stage-column').getByTestId('stage-name')).toHaveText(['派单', '报修受理', '上门维修', '验收', '回访']);

  // Moments of truth only: the view switcher filters the map through touchpointFilter.
  const total = await points.count();
  await page.getByTestId('view-moments').click();
  await expect(page.getByTestId('filtered-notice')).toBeVisible();
  await expect(page.getByTestId('moment-of-truth').first()).toBeVisible();
  await expect.poll(() => page.getByTestId('emotion-point').count()).toBeLessThan(total);
  expect(await page.getByTestId('touchpoint-card').count()).toBe(await page.getByTestId('moment-of-truth').count());

  // The journey is in the list, with its persona and counts.
  await page.goto('/journeys');
  const row = page.getByTestId('journey-row').filter({ hasText: '1 号楼报修旅程' });
  await expect(row).toContainText('自住业主');
  await expect(row).toContainText('现状');

  // Settings → Plugins: turning retail off takes its templates out of the gallery; on again brings them back.
  await page.goto('/settings/plugins');
  const retail = page.locator('[data-testid="plugin-row"][data-plugin-id="retail"]');
  await expect(retail).toContainText('1.0.0');
  await retail.getByTestId('plugin-enabled').click();
  await expect(retail.getByTestId('plugin-enabled')).not.toBeChecked();
  await page.goto('/journeys/templates');
  await expect(page.locator('[data-testid="template-card"][data-template-id="property-services/repair-request"]')).toBeVisible();
  await expect(page.locator('[data-testid="template-card"][data-template-id^="retail/"]')).toHaveCount(0);
  await page.goto('/settings/plugins');
  await retail.getByTestId('plugin-enabled').click();
  await expect(retail.getByTestId('plugin-enabled')).toBeChecked();
  await page.goto('/journeys/templates');
  await expect(page.locator('[data-testid="template-card"][data-template-id^="retail/"]').first()).toBeVisible();
});

test('a stale edit of the same field shows both values, deletes ask first, history restores, and a JSON export imports back', async ({ page, context }) => {
  await signUp(page, { name: '体验负责人', email: uniqueEmail('history') });
  await createWorkspace(page, `历史 ${Date.now().toString(36)}`);
  await page.goto('/journeys');
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-form').getByLabel('名称').fill('投诉处理旅程');
  await page.getByTestId('new-journey-submit').click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await addStage(page, '提出投诉');
  await addStage(page, '处理反馈');
  const stages = page.getByTestId('stage-column');
  await addTouchpoint(page, stages.nth(0), '电话投诉');
  await addTouchpoint(page, stages.nth(0), '小程序投诉');
  await addTouchpoint(page, stages.nth(1), '结果回访');

  // The first tab starts renaming a card; meanwhile the same map open in a second tab renames it
  // first. The live map waits while the first tab types, so its edit is stale and the same field clashes.
  await card(page, '电话投诉').getByTestId('touchpoint-name').click();
  await page.getByTestId('touchpoint-name-input').fill('400 电话投诉');
  const other = await context.newPage();
  await other.goto(page.url());
  await other.locator('html[data-console-ready]').waitFor({ state: 'attached' });
  await card(other, '电话投诉').getByTestId('touchpoint-name').click();
  await other.getByTestId('touchpoint-name-input').fill('热线投诉');
  await other.getByTestId('touchpoint-name-input').press('Enter');
  await expect(card(other, '热线投诉')).toBeVisible();
  await expect(other.getByTestId('save-state')).toHaveAttribute('data-saving', 'false');
  await other.close();
  // The first tab is the active one again: a background tab gets no animation frames, and antd removes a
  // closed dialog only when its leave animation has run (once in CI the dialog stayed after "keep theirs").
  await page.bringToFront();

  await page.getByTestId('touchpoint-name-input').press('Enter');
  // The same field was changed by both: the draft is kept and both values are shown; keeping theirs discards mine.
  const clash = page.getByTestId('edit-conflict');
  await expect(clash.getByTestId('conflict-theirs')).toHaveText('热线投诉');
  await expect(clash.getByTestId('conflict-mine')).toHaveText('400 电话投诉');
  await page.getByTestId('conflict-keep-theirs').click();
  await expect(clash).toHaveCount(0);
  await expect(card(page, '热线投诉')).toBeVisible();
  await expect(card(page, '400 电话投诉')).toHaveCount(0);

  // Deleting asks for confirmation.
  await card(page, '小程序投诉').getByTestId('delete-touchpoint').click();
  await page.getByTestId('confirm-delete-touchpoint').click();
  await expect(card(page, '小程序投诉')).toHaveCount(0);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(2);

  // History: the latest revision is the delete; its diff says so; restoring the one before brings the card back.
  await page.getByTestId('open-history').click();
  const revisions = page.getByTestId('revision');
  await expect(revisions.first()).toContainText('删除了触点');
  await revisions.first().getByTestId('revision-show-diff').click();
  await expect(page.getByTestId('diff-row').filter({ hasText: '小程序投诉' })).toHaveAttribute('data-kind', 'removed');
  await revisions.nth(1).getByTestId('revision-restore').click();
  await page.getByTestId('confirm-restore').click();
  await expect(page.locator('.ant-message')).toContainText('已恢复到版本');
  await expect(revisions.first()).toContainText('恢复了一个版本');
  await page.keyboard.press('Escape');
  await expect(card(page, '小程序投诉')).toBeVisible();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);

  // Export JSON from the list, import it back: a new journey with the same stages and touchpoints.
  await page.goto('/journeys');
  await page.getByTestId('journey-actions').first().click();
  const exporting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 JSON' }).click();
  const file = (await (await exporting).path())!;
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'opencx.journey', journey: { name: '投诉处理旅程' } });
  await page.locator('input[type="file"]').setInputFiles({ name: '投诉处理旅程.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.locator('.ant-message')).toContainText('已导入“投诉处理旅程”');
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('stage-column').getByTestId('stage-name')).toHaveText(['提出投诉', '处理反馈']);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
  await page.goto('/journeys');
  await expect(page.getByTestId('journey-row')).toHaveCount(2);

  // Duplicate as a future-state map; archive it; it is listed again under 已归档.
  await page.getByTestId('journey-row').first().getByTestId('journey-actions').click();
  await visible(page, 'duplicate-journey').click();
  await expect(page.getByTestId('journey-row')).toHaveCount(3);
  // The first row's menu closes with an animation: wait until it is gone, so the next lookup can only
  // find the menu opened below (antd keeps closed menus in the DOM).
  await expect(visible(page, 'duplicate-journey')).toHaveCount(0);
  const future = page.getByTestId('journey-row').filter({ hasText: '未来' });
  await expect(future).toHaveCount(1);
  await future.getByTestId('journey-actions').click();
  await visible(page, 'archive-journey').click();
  await page.getByTestId('confirm-archive').click();
  await expect(page.getByTestId('journey-row')).toHaveCount(2);
  await expect(page.getByTestId('journey-row').filter({ hasText: '未来' })).toHaveCount(0);
  await chooseOption(page, page.getByTestId('journey-status-filter'), '已归档');
  await expect(page.getByTestId('journey-row')).toHaveCount(1);
  await expect(page.getByTestId('journey-row')).toContainText('已归档');

  // A file that is not an export is refused before it reaches the API.
  await page.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.locator('.ant-message')).toContainText('这不是 OpenCX 导出的旅程文件');
});

test('a viewer reads journey maps and plugins but gets no editing controls', async ({ page }) => {
  const owner = { name: '负责人', email: uniqueEmail('jowner') };
  const viewer = { name: '高管', email: uniqueEmail('jviewer') };
  await signUp(page, owner);
  await createWorkspace(page, `只读 ${Date.now().toString(36)}`);
  await page.goto('/journeys/templates');
  await page.locator('[data-testid="template-card"][data-template-id="property-services/repair-request"]').getByTestId('use-template').click();
  await page.getByTestId('create-from-template-submit').click();
  await expect(page.getByTestId('stage-column')).toHaveCount(5);
  await page.goto('/settings/members');
  const link = await inviteByLink(page, viewer.email, '查看者');
  await expect(page.getByTestId('invitations-table')).toContainText(viewer.email);
  await logOut(page);

  await signUp(page, viewer);
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await acceptInvitation(page, link);
  await expect(page.getByTestId('role-badge')).toHaveText('查看者');
  await page.goto('/journeys');
  await expect(page.getByTestId('new-journey')).toHaveCount(0);
  await expect(page.getByTestId('import-journey')).toHaveCount(0);
  await page.getByTestId('journey-link').first().click();
  await expect(page.getByTestId('stage-column')).toHaveCount(5);
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await expect(page.getByTestId('journey-map')).toHaveAttribute('data-dnd', 'off');
  for (const control of ['add-stage', 'add-touchpoint', 'delete-stage', 'delete-touchpoint', 'touchpoint-drag-handle', 'stage-drag-handle', 'emotion-cell', 'add-pain-point', 'add-opportunity', 'touchpoint-owner']) {
    await expect(page.getByTestId(control)).toHaveCount(0);
  }
  await expect(page.getByTestId('emotion-value').first()).toBeVisible();
  // Clicking text does not open an editor.
  await page.getByTestId('touchpoint-action').first().click();
  await expect(page.getByTestId('touchpoint-action-input')).toHaveCount(0);
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('revision').first()).toBeVisible();
  await expect(page.getByTestId('revision-restore')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.goto('/settings/plugins');
  // The three built-in plugins and the clinic plugin the harness runs in the dev loop (harness/dev-plugin.ts).
  await expect(page.getByTestId('plugin-row')).toHaveCount(4);
  await expect(page.getByTestId('plugin-enabled').first()).toBeDisabled();
});

test('the journey list shows a page at a time and loads the rest on demand', async ({ page }) => {
  await signUp(page, { name: '分页', email: uniqueEmail('jpages') });
  await createWorkspace(page, `分页 ${Date.now().toString(36)}`);
  // More journeys than one page (50): created through the console's own GraphQL route, as the signed-in
  // owner, with the console's persisted CreateJourney (the API takes no query text in this suite).
  for (let i = 1; i <= 52; i++) {
    const res = await page.request.post('/api/graphql', {
      data: { documentId: documentId('CreateJourney'), operationName: 'CreateJourney', variables: { input: { name: `旅程 ${String(i).padStart(2, '0')}` } } },
    });
    expect(((await res.json()) as { errors?: unknown[] }).errors).toBeUndefined();
  }
  await page.goto('/journeys');
  const rows = page.getByTestId('journey-row');
  await expect(rows).toHaveCount(50);
  // Most recently changed first: the last one created heads the list.
  await expect(rows.first()).toContainText('旅程 52');
  await page.getByTestId('load-more-journeys').click();
  await expect(rows).toHaveCount(52);
  await expect(rows.last()).toContainText('旅程 01');
  await expect(page.getByTestId('load-more-journeys')).toHaveCount(0);
});
