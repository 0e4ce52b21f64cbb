import { expect, test, uniqueEmail } from '../fixtures';
import { chooseOption, createWorkspace, logOut, signUp } from './support';

test('an invited viewer signs up, joins the workspace and gets a read-only console', async ({ page }) => {
  const owner = { name: '王经理', email: uniqueEmail('owner') };
  const viewer = { name: '李分析', email: uniqueEmail('viewer') };
  const workspace = `华东客户体验 ${Date.now().toString(36)}`;

  // Owner: sign up → no workspace yet → create one → the shell shows it.
  await signUp(page, owner);
  await createWorkspace(page, workspace);
  await expect(page.getByTestId('role-badge')).toHaveText('所有者');
  await expect(page.getByTestId('read-only-badge')).toHaveCount(0);
  await expect(page.getByTestId('system-db-version')).toContainText('PostgreSQL');

  // Invite the viewer by email (no account yet → pending invitation).
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByTestId('members-table')).toContainText(owner.email);
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('邮箱').fill(viewer.email);
  await chooseOption(page, dialog.getByTestId('invite-role'), '查看者');
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  await expect(page.getByText(`已邀请 ${viewer.email}`)).toBeVisible();
  await expect(page.getByTestId('invitations-table')).toContainText(viewer.email);
  await expect(page.getByTestId('invitations-table')).toContainText('查看者');

  // Inviting the same email again: the API's BAD_USER_INPUT lands on the email field, translated.
  await page.getByTestId('invite-member').click();
  await dialog.getByLabel('邮箱').fill(viewer.email);
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  await expect(dialog.getByText('已有一个待接受的邀请')).toBeVisible();
  await dialog.getByRole('button', { name: /取\s?消/ }).click();

  await logOut(page);

  // Viewer: signing up with the invited email joins the workspace at once.
  await signUp(page, viewer);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('workspace-switcher')).toContainText(workspace);
  await expect(page.getByTestId('role-badge')).toHaveText('查看者');
  await expect(page.getByTestId('read-only-badge')).toBeVisible();
  await expect(page.getByTestId('read-only-badge')).toHaveText('只读');

  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByTestId('members-table')).toContainText(owner.email);
  await expect(page.getByTestId('members-table')).toContainText(viewer.email);
  await expect(page.getByTestId('members-read-only')).toBeVisible();
  await expect(page.getByTestId('invite-member')).toHaveCount(0);
  await expect(page.getByTestId('members-table').getByRole('button', { name: /移\s?除/ })).toHaveCount(0);
  await expect(page.getByTestId('members-table').getByRole('combobox')).toHaveCount(0);
  // Admin-only settings are not offered, and the page itself refuses.
  await expect(page.getByRole('link', { name: 'API 令牌' })).toHaveCount(0);
  await page.goto('/settings/api-tokens');
  await expect(page.getByTestId('api-tokens-forbidden')).toBeVisible();
  await page.goto('/settings/teams');
  await expect(page.getByTestId('create-team')).toHaveCount(0);
});

test('signing in with a wrong password shows the error on the form', async ({ page }) => {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('邮箱').fill(uniqueEmail('nobody'));
  await form.getByLabel('密码').fill('not-the-password');
  await form.getByRole('button', { name: /登\s?录/ }).click();
  await expect(form.getByText('邮箱或密码错误')).toBeVisible();
});
