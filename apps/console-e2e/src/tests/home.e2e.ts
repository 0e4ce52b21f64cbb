import { expect, test } from '../fixtures';

async function apiGraphql(body: unknown): Promise<{ status: number; body: { data?: { system?: { version: string } } | null; errors?: { extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${process.env.OPENCX_E2E_API_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

test('the home page shows visitors the live API status, and no versions', async ({ page }) => {
  // The harness runs the API with OPENCX_GRAPHQL_DOCUMENTS=trusted: text queries are refused, the console's ids work.
  const text = await apiGraphql({ query: '{ system { version } }' });
  expect(text.status).toBe(400);
  expect(text.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');

  await page.goto('/');
  const status = page.getByTestId('system-status');
  await expect(status).toBeVisible();
  await expect(page.getByTestId('system-api-version')).toHaveText(/^\d+\.\d+\.\d+$/);
  await expect(page.getByTestId('system-db-reachable')).toHaveText('连接正常');
  // PostgreSQL/Node versions and migrations are for workspace admins only.
  await expect(page.getByTestId('system-db-version')).toHaveCount(0);
  await expect(page.getByTestId('system-migrations-applied')).toHaveCount(0);
  await expect(status).not.toContainText('PostgreSQL');
  const version = await page.getByTestId('system-api-version').textContent();

  // The refresh button asks again from the browser, through the console's /api/graphql proxy, by document id.
  const proxied = page.waitForResponse((res) => res.url().endsWith('/api/graphql') && res.request().method() === 'POST');
  await status.getByRole('button', { name: '刷新' }).click();
  const response = await proxied;
  expect(response.status()).toBe(200);
  const sent = response.request().postDataJSON() as Record<string, unknown>;
  expect(sent.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(sent).not.toHaveProperty('query');
  await expect(page.getByTestId('system-api-version')).toHaveText(version!);
});

test('pages other than home send visitors to the login page', async ({ page }) => {
  await page.goto('/settings/members');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-form')).toBeVisible();
});
