import { join } from 'node:path';
import { expect, test, uniqueEmail } from '../fixtures';
import { call, chooseOption, createWorkspace, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 180_000 });

const SHOTS = join(__dirname, '../../test-results/screenshots');

const touchpoint = (name: string) => ({ name, channel: 'phone', customerAction: '', customerThought: '', expectation: '', emotion: 0, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] });

test('custom lanes: an editor adds "Backstage process" and "Systems", fills a card\'s entries, reorders the lanes; they survive a reload and travel in the export, in zh-CN and en', async ({ page }) => {
  await signUp(page, { name: '泳道编辑', email: uniqueEmail('lanes') });
  await createWorkspace(page, `泳道 ${Date.now().toString(36)}`);
  const document = { format: 'opencx.journey', version: 1, journey: { name: '泳道旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: '报修', description: '', touchpoints: [touchpoint('电话报修'), touchpoint('微信报修')] }] } };
  const journeyId = (await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document, name: '泳道旅程' })).importJourney.id;
  await page.goto(`/journeys/${journeyId}`);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(2);

  // Add two lanes in the lane manager (names in both languages).
  await page.getByTestId('open-lane-manager').click();
  const dialog = page.getByRole('dialog');
  for (const [zh, en] of [['后台流程', 'Backstage process'], ['系统', 'Systems']]) {
    await dialog.getByTestId('lane-add').click();
    await dialog.getByTestId('lane-name-zh').last().fill(zh!);
    await dialog.getByTestId('lane-name-en').last().fill(en!);
  }
  await dialog.getByTestId('lane-manager-save').click();
  await expect(dialog).toBeHidden();
  const labels = page.locator('[data-testid="lane-header"][data-custom-lane]');
  await expect(labels).toHaveText(['后台流程', '系统']);

  // Fill the first card's "后台流程" entries: one per line.
  const column = page.locator('[data-testid="touchpoint-column"][data-index="0"]');
  const backstage = column.getByTestId('custom-lane-cell').first().getByTestId('custom-lane-text');
  await backstage.click();
  const input = column.getByTestId('custom-lane-text-input');
  await input.fill('客服登记工单\n派单系统自动分配');
  await page.keyboard.press('Enter');
  await expect(backstage).toHaveText('客服登记工单\n派单系统自动分配', { useInnerText: true });

  // The lane cells sit below the built-in lanes, inside the column, and each lane label lines up with its cells.
  const cellBox = (await column.getByTestId('custom-lane-cell').first().boundingBox())!;
  const labelBox = (await labels.first().boundingBox())!;
  expect(Math.abs(cellBox.y - labelBox.y)).toBeLessThanOrEqual(1);

  // Reorder: Systems first.
  await page.getByTestId('open-lane-manager').click();
  await dialog.getByTestId('lane-up').nth(1).click();
  await dialog.getByTestId('lane-manager-save').click();
  await expect(dialog).toBeHidden();
  await expect(labels).toHaveText(['系统', '后台流程']);

  await page.reload();
  await expect(labels).toHaveText(['系统', '后台流程']);
  await expect(column.locator('[data-testid="custom-lane-cell"]').nth(1).getByTestId('custom-lane-text')).toHaveText('客服登记工单\n派单系统自动分配', { useInnerText: true });
  await page.screenshot({ path: join(SHOTS, 'map-lanes-zh-CN.png') });

  // The export carries the lanes (both names, in order) and the entries.
  const doc = (await call<{ exportJourney: { journey: { lanes: { nameZh: string; nameEn: string }[]; stages: { touchpoints: { laneValues?: Record<string, string[]> }[] }[] } } }>(page, 'ExportJourney', { id: journeyId })).exportJourney;
  expect(doc.journey.lanes.map((l) => [l.nameZh, l.nameEn])).toEqual([['系统', 'Systems'], ['后台流程', 'Backstage process']]);
  expect(Object.values(doc.journey.stages[0]!.touchpoints[0]!.laneValues ?? {})).toEqual([['客服登记工单', '派单系统自动分配']]);

  // A named view: zoom out twice and save it; back at 100 %, opening the view puts the zoom back.
  const map = page.getByTestId('journey-map');
  await page.getByTestId('zoom-out').click();
  await page.getByTestId('zoom-out').click();
  const zoomed = (await map.getAttribute('data-zoom'))!;
  expect(Number(zoomed)).toBeLessThan(1);
  await page.getByTestId('save-view').click();
  await page.getByTestId('view-name').fill('工作坊总览');
  await page.getByTestId('view-shared').check();
  await page.getByTestId('save-view-ok').click();
  await expect(page.getByTestId('view-name')).toBeHidden();
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await expect(map).toHaveAttribute('data-zoom', '1');
  await page.getByTestId('named-view-select').click();
  await page.locator('.ant-select-dropdown:visible').getByText('工作坊总览', { exact: true }).click();
  await expect(map).toHaveAttribute('data-zoom', zoomed);

  // The printable PDF (made by the API): A4 landscape, Chinese text.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf-a4').click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const pdf = readFileSync(file);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');

  // In English the lanes are named in English.
  await page.context().addCookies([{ name: 'opencx_locale', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(labels).toHaveText(['Systems', 'Backstage process']);
  await page.screenshot({ path: join(SHOTS, 'map-lanes-en.png') });
});

/** A real 1×1 PNG (red), as a file a user picks. */
const RED_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

test('an image lane: an editor adds a lane of pictures and a screenshot to a card; it survives a reload, export → import, and a restore after its removal', async ({ page }) => {
  await signUp(page, { name: '图片泳道', email: uniqueEmail('image-lane') });
  await createWorkspace(page, `图片 ${Date.now().toString(36)}`);
  const document = { format: 'opencx.journey', version: 1, journey: { name: '截图旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: '报修', description: '', touchpoints: [touchpoint('电话报修'), touchpoint('微信报修')] }] } };
  const journeyId = (await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document, name: '截图旅程' })).importJourney.id;
  await page.goto(`/journeys/${journeyId}`);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(2);

  // The lane manager: a lane of kind "图片".
  await page.getByTestId('open-lane-manager').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('lane-add').click();
  await dialog.getByTestId('lane-name-zh').last().fill('截图');
  await dialog.getByTestId('lane-name-en').last().fill('Screenshots');
  await chooseOption(page, dialog.getByTestId('lane-kind').last(), '图片');
  await dialog.getByTestId('lane-manager-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-testid="lane-header"][data-custom-lane]')).toHaveText(['截图']);

  // A picture for the first card, chosen as a file: shown in the cell with a name that says whose it is.
  const cell = page.locator('[data-testid="touchpoint-column"][data-index="0"]').getByTestId('custom-lane-cell');
  await cell.getByTestId('lane-picture-input').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: RED_PIXEL });
  const picture = cell.getByTestId('lane-picture');
  await expect(picture).toHaveCount(1);
  await expect(picture).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await expect(picture).toHaveAttribute('alt', '电话报修 的截图 第 1 张');
  // The browser decoded it: a 1×1 picture.
  expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1, 1]);
  const src = await picture.getAttribute('src');

  await page.reload();
  await expect(cell.getByTestId('lane-picture')).toHaveAttribute('src', src ?? '');

  // Export → import: the copy has the lane (kind image) and the same picture.
  const doc = (await call<{ exportJourney: { journey: { lanes: { kind: string }[]; stages: { touchpoints: { laneValues?: Record<string, string[]> }[] }[] } } }>(page, 'ExportJourney', { id: journeyId })).exportJourney;
  expect(doc.journey.lanes.map((l) => l.kind)).toEqual(['image']);
  expect(Object.values(doc.journey.stages[0]?.touchpoints[0]?.laneValues ?? {})).toEqual([[src]]);
  const copyId = (await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document: doc, name: '截图旅程（导入）' })).importJourney.id;
  await page.goto(`/journeys/${copyId}`);
  await expect(cell.getByTestId('lane-picture')).toHaveAttribute('src', src ?? '');

  // Removed, then restored from history: the picture is back.
  await page.goto(`/journeys/${journeyId}`);
  await cell.getByTestId('lane-picture-remove').click();
  await expect(cell.getByTestId('lane-picture')).toHaveCount(0);
  await page.getByTestId('open-history').click();
  const revisions = page.getByTestId('revision');
  await revisions.nth(1).getByTestId('revision-restore').click();
  await page.getByTestId('confirm-restore').click();
  await expect(page.locator('.ant-message')).toContainText('已恢复到版本');
  await page.keyboard.press('Escape');
  await expect(cell.getByTestId('lane-picture')).toHaveAttribute('src', src ?? '');
  await page.screenshot({ path: join(SHOTS, 'map-image-lane-zh-CN.png') });
});
