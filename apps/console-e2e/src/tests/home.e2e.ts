import { expect, test } from '../fixtures';

async function apiSystem(): Promise<{ version: string; database: { serverVersion: string; migrationsApplied: number } }> {
  const res = await fetch(`${process.env.OPENCX_E2E_API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ system { version database { serverVersion migrationsApplied } } }' }),
  });
  return ((await res.json()) as { data: { system: Awaited<ReturnType<typeof apiSystem>> } }).data.system;
}

test('the home page shows live API and PostgreSQL status', async ({ page }) => {
  const system = await apiSystem();
  await page.goto('/');
  const status = page.getByTestId('system-status');
  await expect(status).toBeVisible();
  await expect(page.getByTestId('system-api-version')).toHaveText(system.version);
  await expect(page.getByTestId('system-db-version')).toHaveText(/^PostgreSQL 1[4-9](\.\d+)?/);
  await expect(page.getByTestId('system-db-version')).toHaveText(`PostgreSQL ${system.database.serverVersion}`);
  await expect(page.getByTestId('system-db-reachable')).toHaveText('连接正常');
  await expect(page.getByTestId('system-migrations-applied')).toHaveText(String(system.database.migrationsApplied));

  // The refresh button asks again from the browser, through the console's /api/graphql proxy.
  const proxied = page.waitForResponse((res) => res.url().endsWith('/api/graphql') && res.request().method() === 'POST');
  await status.getByRole('button', { name: '刷新' }).click();
  expect((await proxied).status()).toBe(200);
  await expect(page.getByTestId('system-api-version')).toHaveText(system.version);
});

test('pages other than home send visitors to the login page', async ({ page }) => {
  await page.goto('/settings/members');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-form')).toBeVisible();
});
