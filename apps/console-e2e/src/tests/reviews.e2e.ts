import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { call, chooseOption, createWorkspace, pdfText, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 300_000 });
// KPI roll-ups and PDFs with an embedded CJK font take longer than a form on a loaded machine.
const slow = expect.configure({ timeout: 60_000 });

/** Downloads a PDF link of the console (its proxy of the API) and answers its text, after checking it is a PDF. */
async function downloadPdf(page: Page, href: string | null): Promise<string> {
  expect(href).toBeTruthy();
  const res = await page.request.get(href as string);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/pdf/);
  const body = await res.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfText(body);
}

// Hand-computed KPI math, independent of the API: NPS = % promoters (9–10) − % detractors (0–6); CSAT = % top-2-box (4–5).
const npsOf = (xs: number[]) => (100 * (xs.filter((x) => x >= 9).length - xs.filter((x) => x <= 6).length)) / xs.length;
const csatOf = (xs: number[]) => (100 * xs.filter((x) => x >= 4).length) / xs.length;
const f1 = (v: number) => v.toFixed(1);

/** A calendar day in Asia/Shanghai (the workspace's default time zone), YYYY-MM-DD. */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const DAY = 86_400_000;

test('a review is held for a journey with feedback, its KPI snapshot matches the answers sent, and the review and monthly digest PDFs download', async ({ page }) => {
  const apiUrl = process.env.OPENCX_E2E_API_URL;
  if (!apiUrl) throw new Error('OPENCX_E2E_API_URL is not set: run through the harness');
  await signUp(page, { name: '体验负责人', email: uniqueEmail('reviews') });
  await createWorkspace(page, `复盘 ${Date.now().toString(36)}`);
  const journeyName = `报修复盘 ${Math.random().toString(36).slice(2, 6)}`;
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string; name: string } }>(page, 'CreateJourneyFromTemplate', {
    input: { templateKey: 'property-services/repair-request', name: journeyName },
  });
  expect(journey.name).toBe(journeyName);
  const map = await call<{ journey: { stages: { touchpoints: { id: string }[] }[] } }>(page, 'JourneyDashboardPlaces', { id: journey.id });
  const touchpointId = map.journey.stages[0].touchpoints[0].id;
  const { createApiToken } = await call<{ createApiToken: { secret: string } }>(page, 'CreateApiToken', { input: { name: 'e2e', scopes: ['feedback:write'] } });

  // Two known batches at the journey's first touchpoint: twelve answers yesterday, eight on the 15th of last month (noon in Shanghai).
  const now = new Date();
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15).toISOString().slice(0, 7);
  const recent = { nps: [10, 10, 10, 9, 9, 8, 7, 6, 5, 3, 10, 9], csat: [5, 5, 4, 4, 3, 2, 5, 4, 1, 5, 4, 4], at: new Date(now.getTime() - DAY) };
  const earlier = { nps: [9, 9, 10, 6, 2, 8, 10, 3], csat: [5, 4, 2, 1, 5, 5, 3, 4], at: new Date(`${lastMonth}-15T12:00:00+08:00`) };
  const responses = [recent, earlier].flatMap((batch, b) =>
    batch.nps.map((nps, i) => ({ touchpointId, occurredAt: batch.at.toISOString(), externalId: `rv-${b}-${i}`, nps, csat: batch.csat[i] })),
  );
  const sent = await page.request.post(`${apiUrl}/api/v1/feedback`, {
    headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'application/json' },
    data: { source: 'e2e', responses },
  });
  expect(sent.status()).toBe(201);

  // The review covers the last 30 days in Shanghai (the journey sets no cadence: monthly): yesterday's batch, and last month's if it falls inside.
  const today = shanghaiDay(now);
  const periodFrom = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * DAY).toISOString().slice(0, 10);
  const inWindow = [recent, earlier].filter((batch) => shanghaiDay(batch.at) >= periodFrom && shanghaiDay(batch.at) <= today);
  const reviewNps = inWindow.flatMap((b) => b.nps);
  const reviewCsat = inWindow.flatMap((b) => b.csat);

  // The user holds the review on /reviews and records two decisions.
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('旅程复盘');
  await page.getByTestId('hold-review').click();
  const dialog = page.getByRole('dialog', { name: '开始复盘' });
  await chooseOption(page, dialog.locator('.ant-select').first(), journeyName);
  await dialog.getByLabel('决定').fill('加派一名水电师傅\n漏水工单 2 小时内上门');
  await dialog.getByRole('button', { name: '保存复盘' }).click();

  // The report opens: the KPI snapshot is what this test computes from the answers it sent.
  const report = page.getByTestId('review-report');
  await slow(report).toBeVisible();
  await expect(page.getByText(`复盘报告：${journeyName}`)).toBeVisible();
  await expect(report).toContainText(`周期 ${periodFrom} – ${today}`);
  const kpiCells = async (metric: string) => report.locator('tr', { hasText: metric }).locator('td');
  const nps = await kpiCells('净推荐值 NPS');
  await expect(nps.nth(1)).toHaveText(f1(npsOf(reviewNps)));
  await expect(nps.nth(2)).toHaveText(String(reviewNps.length));
  const csat = await kpiCells('客户满意度 CSAT');
  await expect(csat.nth(1)).toHaveText(f1(csatOf(reviewCsat)));
  await expect(csat.nth(2)).toHaveText(String(reviewCsat.length));
  await expect(report.locator('.ant-list-item')).toContainText(['加派一名水电师傅', '漏水工单 2 小时内上门']);

  // The review PDF: a real PDF with the journey's name, the decisions and the NPS figure in its text.
  const reviewText = await downloadPdf(page, await report.getByRole('link', { name: /导出 PDF/ }).getAttribute('href'));
  expect(reviewText).toContain(`旅程复盘：${journeyName}`);
  expect(reviewText).toContain('加派一名水电师傅');
  expect(reviewText).toContain(f1(npsOf(reviewNps)));

  // The held review is listed with its decisions counted.
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  const held = page.locator('.ant-table-row', { hasText: journeyName });
  await expect(held).toContainText(`${periodFrom} – ${today}`);
  await expect(held.locator('td').nth(3)).toHaveText('2');

  // The journey's review cadence: every 14 days instead of the monthly default, kept after a reload.
  const cadence = page.getByTestId('review-cadence');
  await expect(cadence.getByRole('combobox')).toBeVisible();
  await expect(cadence).toContainText(journeyName);
  await cadence.getByRole('spinbutton').fill('14');
  await cadence.getByRole('button', { name: '保存周期' }).click();
  await expect(page.getByText('复盘周期已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('review-cadence').getByRole('spinbutton')).toHaveValue('14');
  const reviewPage = await page.locator('.ant-table-row', { hasText: journeyName }).getByTestId('review-page-link').getAttribute('href');
  expect(reviewPage).toMatch(/^\/reviews\/[0-9a-f-]{36}$/);

  // The monthly digest for last month: its line for the journey shows last month's figures, from the answers whose Shanghai day falls in it.
  const inMonth = [recent, earlier].filter((batch) => shanghaiDay(batch.at).startsWith(lastMonth));
  const monthNps = inMonth.flatMap((b) => b.nps);
  const monthCsat = inMonth.flatMap((b) => b.csat);
  await page.getByRole('tab', { name: '月度摘要' }).click();
  const digests = page.getByRole('tabpanel', { name: '月度摘要' });
  await digests.getByRole('button', { name: `生成 ${lastMonth} 摘要` }).click();
  const digestRow = digests.locator('.ant-table-row', { hasText: lastMonth });
  await slow(digestRow).toBeVisible();
  await digestRow.locator('.ant-table-row-expand-icon').click();
  const npsLine = digests.locator('.ant-table-expanded-row tr', { hasText: '净推荐值 NPS' });
  await expect(npsLine).toContainText(journeyName);
  await expect(npsLine).toContainText(`${f1(npsOf(monthNps))} (n ${monthNps.length})`);
  const csatLine = digests.locator('.ant-table-expanded-row tr', { hasText: '客户满意度 CSAT' });
  await expect(csatLine).toContainText(`${f1(csatOf(monthCsat))} (n ${monthCsat.length})`);

  const digestText = await downloadPdf(page, await digestRow.getByRole('link', { name: /PDF/ }).getAttribute('href'));
  expect(digestText).toContain(`月度摘要 ${lastMonth}`);
  expect(digestText).toContain(journeyName);

  // The review report is its own page, opened by its URL: the same snapshot and decisions, printable.
  await page.goto(reviewPage as string);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`复盘报告：${journeyName}`);
  const standalone = page.getByTestId('review-report');
  await expect(standalone).toContainText(`周期 ${periodFrom} – ${today}`);
  const pageNps = standalone.locator('tr', { hasText: '净推荐值 NPS' }).locator('td');
  await expect(pageNps.nth(1)).toHaveText(f1(npsOf(reviewNps)));
  await expect(pageNps.nth(2)).toHaveText(String(reviewNps.length));
  await expect(standalone.getByTestId('review-decision')).toHaveText(['加派一名水电师傅', '漏水工单 2 小时内上门']);
  await expect(page.getByTestId('print-review')).toBeVisible();
});
