import { expect, test, uniqueEmail } from '../fixtures';
import { createWorkspace, fillSignUp, inviteByLink, logOut, signUp } from './support';

test('an invited viewer follows the link, signs up, accepts and gets a read-only console', async ({ page }) => {
  const owner = { name: '王经理', email: uniqueEmail('owner') };
  const viewer = { name: '李分析', email: uniqueEmail('viewer') };
  const workspace = `华东客户体验 ${Date.now().toString(36)}`;
  // Two accounts, a dozen pages: more than one default test's worth of work.
  test.slow();

  // Owner: sign up → no workspace yet → create one → the shell shows it.
  await signUp(page, owner);
  await createWorkspace(page, workspace);
  await expect(page.getByTestId('role-badge')).toHaveText('所有者');
  await expect(page.getByTestId('read-only-badge')).toHaveCount(0);
  // The home is for CX work now; a first visit says "Welcome". Versions moved to Settings → System (admins).
  await expect(page.getByTestId('home-greeting')).toHaveText(`欢迎，${owner.name}`);
  await expect(page.getByTestId('home-recent')).toBeVisible();
  await page.goto('/settings/system');
  await expect(page.getByTestId('system-db-version')).toContainText('PostgreSQL');
  await page.goto('/');
  await expect(page.getByTestId('home-greeting')).toHaveText(`欢迎回来，${owner.name}`);

  // Invite the viewer: a one-time link, shown once; nobody joins yet.
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByTestId('members-table')).toContainText(owner.email);
  const link = await inviteByLink(page, viewer.email, '查看者');
  await expect(page.getByText(`已为 ${viewer.email} 生成邀请链接`)).toBeVisible();
  await expect(page.getByTestId('invitations-table')).toContainText(viewer.email);
  await expect(page.getByTestId('invitations-table')).toContainText('查看者');
  await expect(page.getByTestId('members-table')).not.toContainText(viewer.email);

  // Inviting the same email again: the API's BAD_USER_INPUT lands on the email field, translated.
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('邮箱').fill(viewer.email);
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  await expect(dialog.getByText('已有一个待接受的邀请')).toBeVisible();
  await dialog.getByRole('button', { name: /取\s?消/ }).click();

  await logOut(page);

  // Viewer: the link, signed out, leads to sign-up and back; accepting joins the workspace.
  await page.goto(link);
  await page.getByTestId('invitation-sign-in').getByRole('link', { name: '注册账号' }).click();
  await expect(page).toHaveURL(/\/signup\?next=/);
  await fillSignUp(page, viewer);
  await expect(page.getByTestId('invitation-workspace')).toHaveText(workspace);
  await expect(page.getByTestId('invitation-role')).toHaveText('查看者');
  await page.getByTestId('accept-invitation').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('workspace-switcher')).toContainText(workspace);
  await expect(page.getByTestId('role-badge')).toHaveText('查看者');
  await expect(page.getByTestId('read-only-badge')).toBeVisible();
  await expect(page.getByTestId('read-only-badge')).toHaveText('只读');

  // The link worked once.
  await page.goto(link);
  await expect(page.getByTestId('invitation-unusable')).toContainText('已被使用');

  await page.goto('/');
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

test('an admin withdraws a pending invitation and reads the security log', async ({ page }) => {
  const admin = { name: '赵管理', email: uniqueEmail('withdrawer') };
  test.slow();
  await signUp(page, admin);
  await createWorkspace(page, `撤回邀请 ${Date.now().toString(36)}`);
  await page.goto('/settings/members');
  const kept = uniqueEmail('kept');
  await inviteByLink(page, kept, '查看者');
  const withdrawn = uniqueEmail('withdrawn');
  const withdrawnLink = await inviteByLink(page, withdrawn, '编辑者');
  await page.getByTestId('invitations-table').getByRole('row').filter({ hasText: withdrawn }).getByTestId('invitation-revoke').click();
  await page.getByRole('dialog').getByRole('button', { name: /撤\s?回/ }).click();
  await expect(page.getByTestId('invitations-table')).not.toContainText(withdrawn);
  await expect(page.getByTestId('invitations-table')).toContainText(kept);

  // The withdrawn link no longer works.
  await page.goto(withdrawnLink);
  await expect(page.getByTestId('invitation-unusable')).toContainText('已被撤回');
  await expect(page.getByTestId('accept-invitation')).toHaveCount(0);

  // Settings → Security log: the admin's own sign-up, with the account it belongs to.
  await page.goto('/settings/security');
  await expect(page.getByRole('menu', { name: '设置' }).getByRole('link', { name: '安全日志' })).toBeVisible();
  const row = page.getByTestId('security-log-table').getByRole('row').filter({ hasText: admin.email });
  await expect(row.filter({ hasText: '注册' })).toHaveCount(1);
});

test('signing in with a wrong password shows the error on the form', async ({ page }) => {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('邮箱').fill(uniqueEmail('nobody'));
  await form.getByLabel('密码').fill('not-the-password');
  await form.getByRole('button', { name: /登\s?录/ }).click();
  await expect(form.getByText('邮箱或密码错误')).toBeVisible();
});
