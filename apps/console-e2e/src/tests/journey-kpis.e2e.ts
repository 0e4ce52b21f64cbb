import { expect, test, uniqueEmail } from '../fixtures';
import { call, createWorkspace, signUp } from './support';

test.use({ viewport: { width: 1680, height: 1100 } });
test.describe.configure({ timeout: 120_000 });

const daysAgo = (d: number) => new Date(Date.now() - d * 86400000).toISOString();

test('the map shows live KPI chips and the measured emotion curve that match the feedback sent', async ({ page }) => {
  const apiUrl = process.env.OPENCX_E2E_API_URL;
  if (!apiUrl) throw new Error('OPENCX_E2E_API_URL is not set: run through the harness');
  await signUp(page, { name: '指标', email: uniqueEmail('mapkpi') });
  await createWorkspace(page, `指标 ${Date.now().toString(36)}`);
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string } }>(page, 'CreateJourneyFromTemplate', { input: { templateKey: 'property-services/repair-request' } });
  const { createApiToken } = await call<{ createApiToken: { secret: string } }>(page, 'CreateApiToken', { input: { name: 'e2e', scopes: ['feedback:write'] } });

  await page.goto(`/journeys/${journey.id}`);
  const cards = page.getByTestId('touchpoint-card');
  await expect(cards.first()).toBeVisible();
  // Nothing measured yet: no chips, no measured points, and the bar says so.
  await expect(page.getByTestId('kpi-empty')).toBeVisible();
  await expect(page.getByTestId('kpi-chip')).toHaveCount(0);
  const [a, b] = await cards.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('data-touchpoint-id') as string));

  // A known batch: 40 answers at A two days ago (and 10 more sixty days ago), 5 at B (a low sample).
  const csatA = Array.from({ length: 40 }, (_, i) => (i < 26 ? 5 : i < 32 ? 4 : i < 36 ? 3 : 1));
  const npsA = Array.from({ length: 40 }, (_, i) => (i < 20 ? 10 : i < 30 ? 8 : 3));
  const csatB = [2, 3, 4, 1, 2];
  const responses = [
    ...csatA.map((csat, i) => ({ touchpointId: a, occurredAt: daysAgo(2), externalId: `a-${i}`, csat, nps: npsA[i] })),
    ...Array.from({ length: 10 }, (_, i) => ({ touchpointId: a, occurredAt: daysAgo(60), externalId: `a-old-${i}`, csat: 1 })),
    ...csatB.map((csat, i) => ({ touchpointId: b, occurredAt: daysAgo(3), externalId: `b-${i}`, csat })),
  ];
  const res = await page.request.post(`${apiUrl}/api/v1/feedback`, { headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'application/json' }, data: { source: 'e2e', responses } });
  expect(res.status()).toBe(201);

  // What the chips must say, computed here from the answers sent (last 30 days: the 40 recent at A).
  const share = (xs: number[]) => (100 * xs.filter((x) => x >= 4).length) / xs.length;
  const npsValue = (100 * (npsA.filter((x) => x >= 9).length - npsA.filter((x) => x <= 6).length)) / npsA.length;
  const emotion = (nps: number | null, csat: number) => (nps === null ? (csat - 3) / 2 : ((nps - 5) / 5 + (csat - 3) / 2) / 2);
  const emotionA30 = (3 * csatA.reduce((sum, c, i) => sum + emotion(npsA[i], c), 0)) / csatA.length;
  const emotionA90 = (3 * (csatA.reduce((sum, c, i) => sum + emotion(npsA[i], c), 0) + 10 * emotion(null, 1))) / 50;

  await page.reload();
  const chip = (tp: string, key: string) => page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${tp}"] [data-testid="kpi-chip"][data-metric-key="${key}"]`);
  const point = (tp: string) => page.locator(`[data-testid="measured-emotion-point"][data-touchpoint-id="${tp}"]`);

  // The default period (90 days) holds all 50 answers at A.
  await expect(chip(a, 'csat')).toHaveAttribute('data-n', '50');
  expect(Number(await chip(a, 'csat').getAttribute('data-value'))).toBeCloseTo(share([...csatA, ...Array(10).fill(1)]), 9);
  expect(Number(await point(a).getAttribute('data-value'))).toBeCloseTo(emotionA90, 9);

  await page.getByTestId('kpi-period-30').click();
  await expect(chip(a, 'csat')).toHaveAttribute('data-n', '40');
  const csatChip = chip(a, 'csat');
  expect(Number(await csatChip.getAttribute('data-value'))).toBeCloseTo(share(csatA), 9);
  await expect(csatChip).toContainText(`${Math.round(share(csatA))}%`);
  await expect(csatChip).toContainText('n=40');
  await expect(csatChip).not.toHaveAttribute('data-tone', 'low');
  await expect(chip(a, 'nps')).toHaveAttribute('data-value', String(npsValue));
  await expect(chip(a, 'nps')).toContainText(`+${Math.round(npsValue)}`);

  // B: five answers, greyed with the n<30 hint; its measured point is drawn faded.
  await expect(chip(b, 'csat')).toHaveAttribute('data-tone', 'low');
  await expect(chip(b, 'csat')).toContainText('n=5<30');
  expect(Number(await chip(b, 'csat').getAttribute('data-value'))).toBeCloseTo(share(csatB), 9);
  await expect(point(b)).toHaveAttribute('data-low-sample', 'true');

  // The measured curve: points only where customers answered, at the emotion the answers give.
  await expect(page.getByTestId('measured-emotion-point')).toHaveCount(2);
  expect(Number(await point(a).getAttribute('data-value'))).toBeCloseTo(emotionA30, 9);
  expect(Number(await point(b).getAttribute('data-value'))).toBeCloseTo((3 * csatB.reduce((s, c) => s + emotion(null, c), 0)) / csatB.length, 9);
  await expect(page.getByTestId('emotion-legend')).toContainText('实测情绪');
  // A touchpoint nobody rated has no chip (absent, not 0).
  const third = cards.nth(2);
  await expect(third.getByTestId('kpi-chip')).toHaveCount(0);
});
