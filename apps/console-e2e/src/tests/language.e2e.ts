import { expect, test } from '../fixtures';

test('the language switch changes the UI between zh-CN and en and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '欢迎使用 OpenCX' })).toBeVisible();
  await expect(page.getByText('系统状态')).toBeVisible();

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Welcome to OpenCX' })).toBeVisible();
  await expect(page.getByText('System status')).toBeVisible();
  await expect(page.getByTestId('system-db-reachable')).toHaveText('Reachable');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice lives in the opencx_locale cookie: other pages and reloads keep it.
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Enter your email address')).toBeVisible();

  await page.getByTestId('language-switch').getByText('中文').click();
  // antd spaces out two-character Chinese button labels ("登 录").
  await expect(page.getByRole('button', { name: /登\s?录/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
