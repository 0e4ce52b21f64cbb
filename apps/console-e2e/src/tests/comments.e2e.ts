import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { call, chooseOption, signUp } from './support';

/** A page of a second browser context, waiting for hydration after each navigation like the `page` fixture does. */
function hydrating(page: Page): Page {
  const ready = () => page.locator('html[data-console-ready]').waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
  return page;
}

/**
 * The shared machine runs many suites at once (load average far above its cores): every wait here
 * allows 90 s. These are not speed measures; each still fails if the thing never appears.
 */
const eventually = expect.configure({ timeout: 90_000 });

async function createWorkspace(page: Page, name: string): Promise<void> {
  await eventually(page).toHaveURL(/\/workspaces\/new$/);
  const form = page.getByTestId('create-workspace-form');
  await form.getByLabel('工作空间名称').fill(name);
  await form.getByRole('button', { name: '创建工作空间' }).click();
  await eventually(page.getByTestId('workspace-switcher')).toContainText(name);
}

async function inviteByLink(page: Page, email: string, roleLabel: string): Promise<string> {
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('邮箱').fill(email);
  await chooseOption(page, dialog.getByTestId('invite-role'), roleLabel);
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  const shown = page.getByTestId('invitation-link');
  await eventually(shown).toHaveText(/\/invite\/[0-9a-f-]{36}\.ocx_i_[A-Za-z0-9_-]{43}$/);
  const link = ((await shown.textContent()) ?? '').trim();
  await page.getByTestId('invitation-link-done').click();
  return link;
}

test.use({ viewport: { width: 1600, height: 1000 } });
// Two accounts in two browser contexts, each building pages on a shared machine: generous, not a speed measure.
test.describe.configure({ timeout: 600_000 });

test('a comment on a touchpoint that mentions a colleague reaches the colleague’s bell and opens the thread', async ({ page, browser }) => {
  const author = { name: '王经理', email: uniqueEmail('author') };
  const colleague = { name: '李工程师', email: uniqueEmail('colleague') };
  await signUp(page, author);
  await createWorkspace(page, `协作 ${Date.now().toString(36)}`);
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string } }>(page, 'CreateJourneyFromTemplate', { input: { templateKey: 'property-services/repair-request' } });
  await page.goto('/settings/members');
  const link = await inviteByLink(page, colleague.email, '编辑者');

  // The colleague signs up and joins in a browser of their own.
  const other = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  const colleaguePage = hydrating(await other.newPage());
  await signUp(colleaguePage, colleague);
  await eventually(colleaguePage).toHaveURL(/\/workspaces\/new$/);
  await colleaguePage.goto(link);
  await colleaguePage.getByTestId('accept-invitation').click();
  // Sixteen suites share this machine: accepting may take a while, it is not a speed measure.
  await eventually(colleaguePage).toHaveURL(/\/$/, { timeout: 90_000 });
  await eventually(colleaguePage.getByTestId('notification-badge')).toHaveAttribute('data-count', '0');

  // The author comments on the first touchpoint and mentions the colleague.
  await page.goto(`/journeys/${journey.id}`);
  const card = page.getByTestId('touchpoint-card').first();
  const touchpointId = (await card.getAttribute('data-touchpoint-id')) as string;
  await card.getByTestId('comment-badge').click();
  const drawer = page.getByTestId('comments-drawer');
  await eventually(drawer).toBeVisible();
  await eventually(drawer.getByText('暂无评论')).toBeVisible();
  await drawer.getByTestId('comment-input').fill('报修电话等待太久，@李工程师 请看一下');
  await chooseOption(page, drawer.getByTestId('comment-mentions'), `@${colleague.name}`);
  // A multiple select keeps its list open after a pick: click back into the text to close it.
  await drawer.getByTestId('comment-input').click();
  await eventually(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await drawer.getByTestId('comment-send').click();
  await eventually(drawer.getByTestId('comment-body')).toHaveText('报修电话等待太久，@李工程师 请看一下');
  await eventually(card.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');

  // The colleague's bell shows one unread notification (it polls, and refreshes on focus).
  await colleaguePage.reload();
  const badge = colleaguePage.getByTestId('notification-badge');
  await eventually(badge).toHaveAttribute('data-count', '1');
  await colleaguePage.getByTestId('notification-bell').click();
  const item = colleaguePage.getByTestId('notification-item');
  await eventually(item).toHaveCount(1);
  await eventually(item).toHaveAttribute('data-read', 'false');
  await eventually(item).toContainText(`${author.name} 在`);
  await eventually(item).toContainText('报修电话等待太久');

  // Opening it marks it read and opens the map at the thread.
  await item.click();
  await eventually(colleaguePage).toHaveURL(new RegExp(`/journeys/${journey.id}\\?thread=[0-9a-f-]{36}&card=touchpoint:${touchpointId}$`));
  const opened = colleaguePage.getByTestId('comments-drawer');
  await eventually(opened).toBeVisible();
  const thread = opened.getByTestId('comment-thread');
  await eventually(thread).toHaveCount(1);
  await eventually(thread.getByTestId('comment-body')).toHaveText('报修电话等待太久，@李工程师 请看一下');
  await eventually(colleaguePage.getByTestId('notification-badge')).toHaveAttribute('data-count', '0');

  // The colleague (an editor) resolves it; the author's counter says so after a reload.
  await thread.getByTestId('comment-resolve').click();
  await eventually(thread).toHaveAttribute('data-resolved', 'true');
  await page.reload();
  await eventually(page.getByTestId('touchpoint-card').first().getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await eventually(page.getByTestId('touchpoint-card').first().getByTestId('comment-badge')).not.toHaveClass(/ open/);
  await other.close();
});
