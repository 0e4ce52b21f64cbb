import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Client } from 'pg';
import { readState } from '../harness/e2e-env';
import { expect, PASSWORD, test, uniqueEmail } from '../fixtures';
import { createWorkspace, documentId, signUp } from './support';

const FORGED = '203.0.113.66';

/** Records every CSP violation the page reports (the policy must be one the console really satisfies). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

async function query<T>(db: Client, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

test('pages carry a nonce CSP and anti-framing headers, and the console renders with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const home = await page.goto('/');
  const headers = home!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // A fresh nonce per request.
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(csp);
  await expect(page.getByTestId('system-status')).toBeVisible();
  await page.screenshot({ path: join(__dirname, '../../test-results/csp-home.png'), fullPage: true });

  // Signed in, on the journey map (antd CSS-in-JS, ECharts, drag and drop): styles intact, nothing blocked.
  await signUp(page, { name: '安全审计', email: uniqueEmail('csp') });
  await createWorkspace(page, `CSP ${Date.now().toString(36)}`);
  await page.goto('/journeys/templates');
  const repair = page.locator('[data-testid="template-card"][data-template-id="property-services/repair-request"]');
  await repair.getByTestId('template-preview-open').click();
  await page.getByTestId('template-preview').getByTestId('use-template-from-preview').click();
  await page.getByRole('dialog').getByLabel('旅程名称').fill('CSP 报修旅程');
  await page.getByTestId('create-from-template-submit').click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('stage-column')).toHaveCount(5);
  await expect(page.getByTestId('emotion-point').first()).toBeVisible();
  // antd's injected styles apply: the role tag is a tinted, padded badge, not bare inline text.
  const badge = page.getByTestId('role-badge');
  await expect(badge).toBeVisible();
  const style = await badge.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, padding: getComputedStyle(el).paddingLeft }));
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.padding).not.toBe('0px');
  await page.screenshot({ path: join(__dirname, '../../test-results/csp-journey-map.png'), fullPage: true });
  expect(await violations()).toEqual([]);
  // The watcher does see a violation: an inline event handler (what an injected payload would use) is blocked.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.setAttribute('onclick', 'window.__probeRan = true');
    document.body.append(probe);
    probe.click();
  });
  await expect.poll(violations).toContain('script-src-attr inline');
  expect(await page.evaluate(() => (window as unknown as { __probeRan?: boolean }).__probeRan)).toBeUndefined();

  // The CSV export proxy: data, never a document.
  const journeyId = /\/journeys\/([0-9a-f-]{36})$/.exec(page.url())![1];
  const csv = await page.request.get(`/api/journeys/${journeyId}/export.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(csv.headers()['x-content-type-options']).toBe('nosniff');
  expect(csv.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(csv.headers()['x-frame-options']).toBe('DENY');
});

test('a forged X-Forwarded-For sent to the console does not choose the address the API counts', async ({ playwright, baseURL }) => {
  const state = readState();
  if (!state) throw new Error('this test reads the harness database: run it through the harness, not OPENCX_CONSOLE_URL');
  const db = new Client({ connectionString: state.databaseUrl });
  await db.connect();
  const client = await playwright.request.newContext({ baseURL });
  try {
    const email = uniqueEmail('forged');
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': `${FORGED}, 198.51.100.23`, 'x-forwarded-proto': 'https' };
    const signUpRes = await client.post('/api/graphql', {
      headers,
      data: { documentId: documentId('SignUp'), operationName: 'SignUp', variables: { input: { email, password: PASSWORD, displayName: 'Forger' } } },
    });
    expect(signUpRes.status()).toBe(200);
    // A client's "X-Forwarded-Proto: https" over plain HTTP does not make the console claim HTTPS either.
    expect(signUpRes.headers()['set-cookie']).not.toMatch(/;\s*Secure/i);
    const login = await client.post('/api/graphql', {
      headers,
      data: { documentId: documentId('Login'), operationName: 'Login', variables: { input: { email, password: PASSWORD } } },
    });
    expect(((await login.json()) as { errors?: unknown }).errors).toBeUndefined();

    const sessions = await query<{ ip: string }>(db, `SELECT s.ip FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE lower(u.email) = lower($1)`, [email]);
    expect(sessions.length).toBeGreaterThan(0);
    for (const { ip } of sessions) expect(ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    expect(await query(db, `SELECT key FROM rate_limit_bucket WHERE key LIKE $1 OR key LIKE $2`, [`%${FORGED}%`, '%198.51.100.23%'])).toEqual([]);
    // …while the real address is what the limits count.
    expect((await query(db, `SELECT key FROM rate_limit_bucket WHERE key LIKE '%127.0.0.1%'`, [])).length).toBeGreaterThan(0);
  } finally {
    await client.dispose();
    await db.end();
  }
});
