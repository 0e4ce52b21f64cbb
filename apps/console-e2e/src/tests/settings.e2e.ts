import { expect, test, uniqueEmail } from '../fixtures';
import { chooseOption, createWorkspace, signUp, switchWorkspace } from './support';

test('an owner manages teams and API tokens (secret shown once, then revoked)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const owner = { name: 'Owner', email: uniqueEmail('admin') };
  await signUp(page, owner);
  await createWorkspace(page, `Settings ${Date.now().toString(36)}`);

  // Teams: create one, add the owner to it.
  await page.goto('/settings/teams');
  await page.getByTestId('create-team').click();
  const createDialog = page.getByRole('dialog', { name: '新建团队' });
  await createDialog.getByLabel('名称').fill('体验运营');
  await createDialog.getByLabel('描述').fill('负责客户旅程的日常运营');
  await createDialog.getByRole('button', { name: /创\s?建/ }).click();
  await expect(page.getByTestId('teams-table')).toContainText('体验运营');
  await expect(page.getByTestId('teams-table')).toContainText('暂无成员');
  await page.getByTestId('teams-table').getByRole('button', { name: '添加成员' }).click();
  const addDialog = page.getByRole('dialog', { name: '向 体验运营 添加成员' });
  await chooseOption(page, addDialog.locator('.ant-select'), `Owner <${owner.email}>`);
  await addDialog.getByRole('button', { name: /添\s?加/ }).click();
  await expect(page.getByTestId('teams-table')).toContainText('Owner');

  // API tokens: the secret appears once, can be copied, and the token can be revoked after confirming.
  await page.getByRole('link', { name: 'API 令牌' }).click();
  await page.getByTestId('create-api-token').click();
  const tokenDialog = page.getByRole('dialog', { name: '新建 API 令牌' });
  await tokenDialog.getByLabel('名称').fill('问卷平台');
  await tokenDialog.getByRole('button', { name: '创建令牌' }).click();
  const secret = page.getByTestId('api-token-secret');
  await expect(secret).toBeVisible();
  const secretText = (await secret.innerText()).trim();
  expect(secretText.length).toBeGreaterThan(20);
  await page.getByTestId('api-token-copy').click();
  await expect(page.locator('.ant-message').getByText('已复制', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secretText);
  await page.getByTestId('api-token-secret-done').click();
  await expect(secret).toHaveCount(0);
  expect(await page.content()).not.toContain(secretText);

  const table = page.getByTestId('api-tokens-table');
  await expect(table).toContainText('问卷平台');
  await expect(table).toContainText('有效');
  await expect(table).not.toContainText(secretText);
  await table.getByRole('button', { name: /吊\s?销/ }).click();
  await page.getByRole('dialog', { name: '吊销令牌？' }).getByRole('button', { name: /吊\s?销/ }).click();
  await expect(table).toContainText('已吊销');
});

test('the workspace switcher moves between workspaces and remembers the choice', async ({ page }) => {
  const first = `甲 ${Date.now().toString(36)}`;
  const second = `乙 ${Date.now().toString(36)}`;
  await signUp(page, { name: 'Switcher', email: uniqueEmail('switch') });
  await createWorkspace(page, first);

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '新建工作空间' }).click();
  await expect(page.getByTestId('create-workspace-form')).toBeVisible();
  await page.getByTestId('create-workspace-form').getByLabel('工作空间名称').fill(second);
  await page.getByTestId('create-workspace-form').getByRole('button', { name: '创建工作空间' }).click();
  await expect(page.getByTestId('workspace-switcher')).toContainText(second);
  await expect(page.getByText(`当前工作空间：${second}。`)).toBeVisible();

  await switchWorkspace(page, first);
  await expect(page.getByText(`当前工作空间：${first}。`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('workspace-switcher')).toContainText(first);
});
