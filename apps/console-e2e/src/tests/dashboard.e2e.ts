import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { acceptInvitation, chooseOption, documentId, inviteByLink, logOut, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 300_000 });
// Charts, the seeded roll-ups and a PDF with an embedded CJK font take longer than a form on a busy machine.
const slow = expect.configure({ timeout: 60_000 });

async function call<T>(page: Page, operation: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId(operation), operationName: operation, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const daysAgo = (d: number) => new Date(Date.now() - d * 86400000).toISOString();

/** pdf-parse in the runner's Node: the PDF's text layer, Chinese included. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

test('a viewer opens the executive view, drills into a journey, filters by URL and exports the PDF', async ({ page }) => {
  const apiUrl = process.env.OPENCX_E2E_API_URL;
  if (!apiUrl) throw new Error('OPENCX_E2E_API_URL is not set: run through the harness');
  const viewer = { name: '高管', email: uniqueEmail('dashviewer') };
  await signUp(page, { name: '分析师', email: uniqueEmail('dashowner') });
  const workspace = `仪表盘 ${Date.now().toString(36)}`;
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await page.getByTestId('create-workspace-form').getByLabel('工作空间名称').fill(workspace);
  await page.getByTestId('create-workspace-form').getByRole('button', { name: '创建工作空间' }).click();
  // Creating a workspace seeds its metrics and roles: give it time on a loaded machine.
  await slow(page.getByTestId('workspace-switcher')).toContainText(workspace);
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string; name: string } }>(page, 'CreateJourneyFromTemplate', {
    input: { templateKey: 'property-services/repair-request' },
  });
  const map = await call<{ journey: { stages: { touchpoints: { id: string }[] }[] } }>(page, 'JourneyDashboard', { id: journey.id, from: '2026-01-01', to: '2026-01-02', granularity: 'DAY' });
  const { createApiToken } = await call<{ createApiToken: { secret: string } }>(page, 'CreateApiToken', { input: { name: 'e2e', scopes: ['feedback:write'] } });
  const touchpoint = map.journey.stages[0].touchpoints[0].id;
  // A planted change: CSAT 50 % (100 answers) ten days ago, 90 % (100 answers) three days ago, all in segment VIP.
  const responses = [10, 3].flatMap((ago, w) =>
    Array.from({ length: 100 }, (_, i) => ({ touchpointId: touchpoint, occurredAt: daysAgo(ago), externalId: `d-${w}-${i}`, segment: 'VIP', csat: i < (w ? 90 : 50) ? 5 : 2 })),
  );
  const res = await page.request.post(`${apiUrl}/api/v1/feedback`, { headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'application/json' }, data: { source: 'e2e', responses } });
  expect(res.status()).toBe(201);

  await page.goto('/settings/members');
  const link = await inviteByLink(page, viewer.email, '查看者');
  await logOut(page);
  await signUp(page, viewer);
  // Signed in (no workspace yet) before the invitation is opened.
  await slow(page).toHaveURL(/\/workspaces\/new$/);
  await acceptInvitation(page, link);
  await expect(page.getByTestId('role-badge')).toHaveText('查看者');

  // The executive view: the journey's row, CSAT with n, and a way in.
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('管理层总览');
  const row = page.getByTestId('executive-journeys').locator('tr', { hasText: journey.name });
  await slow(row).toContainText('n 200');
  await row.getByTestId('executive-journey-link').click();

  // The journey's dashboard carries the window in its URL; the CSAT trend names the significant rise.
  await expect(page).toHaveURL(new RegExp(`/dashboard/${journey.id}\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&granularity=WEEK`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(journey.name);
  const csat = page.getByTestId('trend-csat');
  await slow(csat).toContainText('n 200');
  await slow(csat.getByTestId('change-marker')).toContainText('显著上升 +40.0');
  await slow(csat.getByTestId('chart-' + `dashboard-${journey.id.slice(0, 8)}-csat`).locator('canvas')).toHaveCount(1);

  // Filters go into the URL, and a reload keeps them.
  await chooseOption(page, page.getByTestId('filter-granularity'), '月');
  await expect(page).toHaveURL(/granularity=MONTH/);
  await page.getByTestId('filter-segment').locator('input').fill('VIP');
  await page.getByTestId('filter-segment').locator('input').press('Enter');
  await expect(page).toHaveURL(/granularity=MONTH&segment=VIP/);
  await page.reload();
  await expect(page.getByTestId('filter-granularity')).toContainText('月');
  await slow(page.getByTestId('trend-csat')).toContainText('n 200');

  // The PDF export carries the same filters and prints them, in Chinese.
  const href = await page.getByTestId('export-pdf').getAttribute('href');
  expect(href).toMatch(/granularity=MONTH&segment=VIP/);
  const pdf = await page.request.get(href as string);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(/application\/pdf/);
  const text = await pdfText(await pdf.body());
  expect(text).toContain(`KPI 仪表盘：${journey.name}`);
  expect(text).toContain('筛选条件');
  expect(text).toContain('时间粒度 MONTH');
  expect(text).toContain('客群 VIP');
  expect(text).toContain('客户满意度');
});
