import { join } from 'node:path';
import { expect, test, uniqueEmail } from '../fixtures';
import { call, chooseOption, createWorkspace, pickEmotion, setLanguage, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 240_000 });

const SHOTS = join(__dirname, '../../test-results/screenshots');

const touchpoint = (name: string, emotion: number) => ({ name, channel: 'app', customerAction: '', customerThought: '', expectation: '', emotion, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] });

test('the map by persona: an editor adds two personas, sets their emotions on the map, switches between them and compares two curves', async ({ page }) => {
  await signUp(page, { name: '画像编辑', email: uniqueEmail('personas') });
  await createWorkspace(page, `画像 ${Date.now().toString(36)}`);
  const document = {
    format: 'opencx.journey',
    version: 1,
    journey: {
      name: '网购旅程', description: '', state: 'current', shape: 'linear', status: 'draft',
      persona: { name: '白领', description: '', goals: [], needs: [], frustrations: [], segmentKey: null },
      stages: [{ name: '浏览', description: '', touchpoints: [touchpoint('首页', 1), touchpoint('搜索', 0)] }, { name: '下单', description: '', touchpoints: [touchpoint('结算', -1)] }],
    },
  };
  const journeyId = (await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document, name: '网购旅程' })).importJourney.id;
  for (const name of ['老人', '学生']) await call(page, 'CreatePersona', { input: { name } });

  await page.goto(`/journeys/${journeyId}`);
  const points = page.getByTestId('emotion-point');
  const curve = async () => points.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-emotion'))));
  await expect(points).toHaveCount(3);
  await expect.poll(curve).toEqual([1, 0, -1]);

  // Two further personas on the journey.
  await page.getByTestId('persona-lens-manage').click();
  const select = page.getByTestId('persona-lens-select');
  await chooseOption(page, select, '老人');
  await expect(page.getByTestId('persona-lens-option')).toHaveText(['白领', '老人']);
  await chooseOption(page, select, '学生');
  const options = page.getByTestId('persona-lens-option');
  await expect(options).toHaveText(['白领', '老人', '学生']);
  await page.getByTestId('persona-lens-manage').click();

  const setEmotion = (index: number, value: number) => pickEmotion(page, index, value);
  // The senior: until set, the journey's own; then −2 at 首页 and −3 at 结算.
  await options.filter({ hasText: '老人' }).click();
  await expect(page.getByTestId('persona-lens')).toHaveAttribute('data-persona', /[0-9a-f-]{36}/);
  await expect(page.getByTestId('persona-lens-notice')).toBeVisible();
  await expect.poll(curve).toEqual([1, 0, -1]);
  await setEmotion(0, -2);
  await expect.poll(curve).toEqual([-2, 0, -1]);
  await setEmotion(2, -3);
  await expect.poll(curve).toEqual([-2, 0, -3]);
  // The student: +3 at 搜索.
  await options.filter({ hasText: '学生' }).click();
  await expect.poll(curve).toEqual([1, 0, -1]);
  await setEmotion(1, 3);
  await expect.poll(curve).toEqual([1, 3, -1]);
  await page.screenshot({ path: join(SHOTS, 'map-by-persona-switcher.zh-CN.png') });
  // The primary persona's curve (the touchpoints' own emotions) did not move.
  await options.filter({ hasText: '白领' }).click();
  await expect(page.getByTestId('persona-lens-notice')).toHaveCount(0);
  await expect.poll(curve).toEqual([1, 0, -1]);

  // Compare the senior with the student: both curves on one chart, the figures beside it.
  await options.filter({ hasText: '老人' }).click();
  await page.getByTestId('persona-compare-toggle').click();
  const comparison = page.getByTestId('persona-comparison');
  await expect(comparison).toBeVisible();
  await chooseOption(page, comparison.getByTestId('persona-compare-with'), '学生');
  const senior = [-2, 0, -3];
  const student = [1, 3, -1];
  const rows = comparison.getByTestId('persona-compare-row');
  await expect(rows).toHaveCount(3);
  const read = (attr: string) => rows.evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);
  await expect.poll(() => read('data-a')).toEqual(senior);
  await expect.poll(() => read('data-b')).toEqual(student);
  expect(await read('data-gap')).toEqual(student.map((b, i) => b - (senior[i] ?? 0)));
  await expect(comparison.getByTestId('persona-compare-chart')).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: join(SHOTS, 'map-by-persona-compare.zh-CN.png') });

  // Saved: after a reload the personas and their emotions are there.
  await page.reload();
  await expect(options).toHaveText(['白领', '老人', '学生']);
  await options.filter({ hasText: '老人' }).click();
  await expect.poll(curve).toEqual([-2, 0, -3]);

  // The same views in English.
  await setLanguage(page, 'English');
  await expect(page.getByTestId('persona-lens-notice')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'map-by-persona-switcher.en.png') });
  await page.getByTestId('persona-compare-toggle').click();
  await chooseOption(page, comparison.getByTestId('persona-compare-with'), '学生');
  await expect.poll(() => read('data-b')).toEqual(student);
  await expect(comparison.getByTestId('persona-compare-chart')).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: join(SHOTS, 'map-by-persona-compare.en.png') });
});

test('future state side by side: a future-state copy opens next to its current-state map, curves overlaid and the change listed', async ({ page }) => {
  await signUp(page, { name: '未来状态', email: uniqueEmail('future') });
  await createWorkspace(page, `未来 ${Date.now().toString(36)}`);
  const document = { format: 'opencx.journey', version: 1, journey: { name: '报修旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: '报修', description: '', touchpoints: [touchpoint('电话', -2), touchpoint('上门', -3)] }] } };
  const currentId = (await call<{ importJourney: { id: string } }>(page, 'ImportJourney', { document, name: '报修旅程' })).importJourney.id;
  const futureId = (await call<{ duplicateJourney: { id: string } }>(page, 'DuplicateJourney', { input: { id: currentId, state: 'future' } })).duplicateJourney.id;

  // The future state designs 电话 at +1.
  await page.goto(`/journeys/${futureId}`);
  await pickEmotion(page, 0, 1);
  await expect(page.getByTestId('emotion-point').first()).toHaveAttribute('data-emotion', '1');

  await page.getByTestId('open-state-pair').click();
  const pair = page.getByTestId('state-pair');
  const emotions = (testId: string) => pair.getByTestId(testId).getByTestId('state-pair-touchpoint').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-emotion'))));
  await expect.poll(() => emotions('state-pair-current')).toEqual([-2, -3]);
  await expect.poll(() => emotions('state-pair-future')).toEqual([1, -3]);
  const changes = pair.getByTestId('state-pair-change');
  await expect(changes).toHaveCount(1);
  await expect(changes).toHaveAttribute('data-change', String(1 - -2));
  await expect(pair.getByTestId('state-pair-chart')).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: join(SHOTS, 'future-state-side-by-side.zh-CN.png') });

  // The current-state map opens the same view.
  await page.goto(`/journeys/${currentId}`);
  await page.getByTestId('open-state-pair').click();
  await expect.poll(() => emotions('state-pair-future')).toEqual([1, -3]);

  // In English.
  await page.keyboard.press('Escape');
  await expect(pair).toHaveCount(0);
  await setLanguage(page, 'English');
  await page.getByTestId('open-state-pair').click();
  await expect.poll(() => emotions('state-pair-current')).toEqual([-2, -3]);
  await expect(pair.getByTestId('state-pair-chart')).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: join(SHOTS, 'future-state-side-by-side.en.png') });
});
