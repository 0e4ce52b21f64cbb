import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { chooseOption, createWorkspace, documentId, inviteByLink, signUp } from './support';

async function call<T>(page: Page, operation: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId(operation), operationName: operation, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

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
  await expect(colleaguePage).toHaveURL(/\/workspaces\/new$/);
  await colleaguePage.goto(link);
  await colleaguePage.getByTestId('accept-invitation').click();
  // Sixteen suites share this machine: accepting may take a while, it is not a speed measure.
  await expect(colleaguePage).toHaveURL(/\/$/, { timeout: 90_000 });
  await expect(colleaguePage.getByTestId('notification-badge')).toHaveAttribute('data-count', '0');

  // The author comments on the first touchpoint and mentions the colleague.
  await page.goto(`/journeys/${journey.id}`);
  const card = page.getByTestId('touchpoint-card').first();
  const touchpointId = (await card.getAttribute('data-touchpoint-id')) as string;
  await card.getByTestId('comment-badge').click();
  const drawer = page.getByTestId('comments-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('暂无评论')).toBeVisible();
  await drawer.getByTestId('comment-input').fill('报修电话等待太久，@李工程师 请看一下');
  await chooseOption(page, drawer.getByTestId('comment-mentions'), `@${colleague.name}`);
  await drawer.getByTestId('comment-send').click();
  await expect(drawer.getByTestId('comment-body')).toHaveText('报修电话等待太久，@李工程师 请看一下');
  await expect(card.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');

  // The colleague's bell shows one unread notification (it polls, and refreshes on focus).
  await colleaguePage.reload();
  const badge = colleaguePage.getByTestId('notification-badge');
  await expect(badge).toHaveAttribute('data-count', '1');
  await colleaguePage.getByTestId('notification-bell').click();
  const item = colleaguePage.getByTestId('notification-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item).toContainText(`${author.name} 在`);
  await expect(item).toContainText('报修电话等待太久');

  // Opening it marks it read and opens the map at the thread.
  await item.click();
  await expect(colleaguePage).toHaveURL(new RegExp(`/journeys/${journey.id}\\?thread=[0-9a-f-]{36}&card=touchpoint:${touchpointId}$`));
  const opened = colleaguePage.getByTestId('comments-drawer');
  await expect(opened).toBeVisible();
  const thread = opened.getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('comment-body')).toHaveText('报修电话等待太久，@李工程师 请看一下');
  await expect(colleaguePage.getByTestId('notification-badge')).toHaveAttribute('data-count', '0');

  // The colleague (an editor) resolves it; the author's counter says so after a reload.
  await thread.getByTestId('comment-resolve').click();
  await expect(thread).toHaveAttribute('data-resolved', 'true');
  await page.reload();
  await expect(page.getByTestId('touchpoint-card').first().getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('touchpoint-card').first().getByTestId('comment-badge')).not.toHaveClass(/ open/);
  await other.close();
});
