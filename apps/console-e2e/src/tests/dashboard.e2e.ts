import { expect, test, uniqueEmail } from '../fixtures';
import { acceptInvitation, call, chooseOption, inviteByLink, logOut, pdfText, signUp } from './support';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 300_000 });
// Charts, the seeded roll-ups and a PDF with an embedded CJK font take longer than a form on a busy machine.
const slow = expect.configure({ timeout: 60_000 });

const daysAgo = (d: number) => new Date(Date.now() - d * 86400000).toISOString();

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
  const map = await call<{ journey: { stages: { touchpoints: { id: string }[] }[] } }>(page, 'JourneyDashboardPlaces', { id: journey.id });
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

test('the journey dashboard shows alerts with their trigger, topics with verbatims one click away, what to fix first, and the map badges it', async ({ page }) => {
  const apiUrl = process.env.OPENCX_E2E_API_URL;
  if (!apiUrl) throw new Error('OPENCX_E2E_API_URL is not set: run through the harness');
  await signUp(page, { name: '体验经理', email: uniqueEmail('dashinsights') });
  const workspace = `洞察 ${Date.now().toString(36)}`;
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await page.getByTestId('create-workspace-form').getByLabel('工作空间名称').fill(workspace);
  await page.getByTestId('create-workspace-form').getByRole('button', { name: '创建工作空间' }).click();
  await slow(page.getByTestId('workspace-switcher')).toContainText(workspace);
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string; name: string } }>(page, 'CreateJourneyFromTemplate', {
    input: { templateKey: 'property-services/repair-request' },
  });
  const map = await call<{ journey: { stages: { touchpoints: { id: string; name: string }[] }[] } }>(page, 'JourneyDashboardPlaces', { id: journey.id });
  const tps = map.journey.stages.flatMap((s) => s.touchpoints);
  const { createApiToken } = await call<{ createApiToken: { secret: string } }>(page, 'CreateApiToken', { input: { name: 'e2e', scopes: ['feedback:write'] } });
  // tps[4] 师傅上门 (CSAT), tps[6] 业主验收确认 (CSAT), tps[8] 满意度评价 (NPS), tps[0] 微信小程序报修 (CES).
  const [arrives, accepts, survey, report] = [tps[4], tps[6], tps[8], tps[0]];
  const responses: Record<string, unknown>[] = [];
  // An alert: CSAT at 师傅上门 from 95 % (60 answers, nine days ago) to 30 % (60 answers, two days ago), below the 75 % warning.
  for (let i = 0; i < 60; i++) responses.push({ touchpointId: arrives.id, occurredAt: daysAgo(9), externalId: `al-a-${i}`, csat: i < 57 ? 5 : 1 });
  for (let i = 0; i < 60; i++) responses.push({ touchpointId: arrives.id, occurredAt: daysAgo(2), externalId: `al-b-${i}`, csat: i < 18 ? 5 : 1 });
  // Comments: leaks, and one that looks like HTML (it must show as text).
  for (let i = 0; i < 12; i++) responses.push({ touchpointId: report.id, occurredAt: daysAgo(20 + (i % 5)), externalId: `cm-${i}`, ces: 6, comment: '楼上漏水，师傅一直没来' });
  responses.push({ touchpointId: report.id, occurredAt: daysAgo(21), externalId: 'cm-html', ces: 6, comment: '<b>电梯</b>又坏了 <img src=x onerror=alert(1)>' });
  // Linked customers for key drivers: NPS follows CSAT at 师傅上门 (2 points per point), 业主验收确认 a little.
  for (let c = 0; c < 60; c++) {
    const x = 1 + (c % 5);
    const other = 2 + ((c * 3) % 4);
    const nps = Math.max(0, Math.min(10, 2 * x - 1 + (other >= 4 ? 1 : 0) + (((c * 7) % 3) - 1)));
    const customerRef = `e2e-customer-${c}`;
    responses.push({ touchpointId: arrives.id, occurredAt: daysAgo(30), externalId: `kd-a-${c}`, customerRef, csat: x });
    responses.push({ touchpointId: accepts.id, occurredAt: daysAgo(30), externalId: `kd-b-${c}`, customerRef, csat: other });
    responses.push({ touchpointId: survey.id, occurredAt: daysAgo(29), externalId: `kd-c-${c}`, customerRef, nps });
  }
  const res = await page.request.post(`${apiUrl}/api/v1/feedback`, { headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'application/json' }, data: { source: 'e2e', responses } });
  expect(res.status()).toBe(201);
  const { checkKpiAlerts } = await call<{ checkKpiAlerts: { open: number; opened: number } }>(page, 'CheckKpiAlerts', {});
  expect(checkKpiAlerts.opened).toBeGreaterThanOrEqual(1);

  await page.goto(`/dashboard/${journey.id}`);
  await slow(page.getByRole('heading', { level: 1 })).toContainText(journey.name);

  // The alert says what triggered it: the figure, its n, the threshold it fell below, and the window before.
  const alert = page.getByTestId('dashboard-alert').filter({ hasText: arrives.name });
  await slow(alert).toHaveCount(1);
  await expect(alert.getByTestId('alert-trigger')).toContainText('30.0%（n 60），低于预警阈值 75%');
  await expect(alert).toContainText('95.0%（n 60）');

  // What to fix first: the planted driver, below target, heads the list.
  const priority = page.getByTestId('priority-list');
  await slow(priority.locator('tbody tr').first()).toContainText(arrives.name);

  // Topics → sample verbatims in a drawer, as text.
  const insights = page.getByTestId('comment-insights');
  await slow(insights.getByTestId('topic-leak')).toContainText('12');
  await insights.getByTestId('topic-leak-open').click();
  const drawer = page.getByTestId('verbatims-drawer');
  await expect(drawer.getByTestId('verbatim')).toHaveCount(12);
  await expect(drawer.getByTestId('verbatim').first()).toContainText('楼上漏水，师傅一直没来');
  await page.keyboard.press('Escape');
  await insights.getByTestId('topic-elevator-open').click();
  await expect(drawer.getByTestId('verbatim')).toHaveCount(1);
  await expect(drawer.getByTestId('verbatim')).toContainText('<b>电梯</b>又坏了 <img src=x onerror=alert(1)>');
  await expect(drawer.getByTestId('verbatim').locator('b, img')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(insights.getByTestId('sentiment-trend').locator('canvas')).toHaveCount(1);

  // The map's card of the planted driver carries the "fix first" badge; a card that is not a driver does not.
  await page.goto(`/journeys/${journey.id}`);
  const card = (id: string) => page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${id}"]`);
  await slow(card(arrives.id).getByTestId('fix-first-badge')).toHaveText('优先改进');
  await expect(card(report.id).getByTestId('fix-first-badge')).toHaveCount(0);
});
