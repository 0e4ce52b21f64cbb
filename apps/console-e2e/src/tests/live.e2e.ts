import type { Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { createWorkspace, documentId, fillSignUp, inviteByLink, signUp } from './support';

test.describe.configure({ timeout: 180_000 });

const card = (page: Page, name: string) => page.getByTestId('touchpoint-card').filter({ has: page.getByTestId('touchpoint-name').getByText(name, { exact: true }) });

const ready = (p: Page) => p.locator('html[data-console-ready]').waitFor({ state: 'attached' });

const touchpoint = (name: string) => ({
  name,
  channel: 'phone',
  customerAction: '',
  customerThought: '',
  expectation: '',
  emotion: 0,
  momentOfTruth: false,
  layer: 'front_stage',
  slaMinutes: null,
  device: null,
  region: null,
  painPoints: [],
  opportunities: [],
});

test('two members on one map: the second sees the first present, the card they edit, and their change without reloading', async ({ page, browser, baseURL }) => {
  const owner = { name: '体验经理', email: uniqueEmail('live-owner') };
  const editor = { name: '运营专员', email: uniqueEmail('live-editor') };
  await signUp(page, owner);
  await createWorkspace(page, `实时协作 ${Date.now().toString(36)}`);
  const document = {
    format: 'opencx.journey',
    version: 1,
    journey: { name: '报修旅程', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: '报修', description: '', touchpoints: [touchpoint('电话报修'), touchpoint('小程序报修')] }] },
  };
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId('ImportJourney'), operationName: 'ImportJourney', variables: { document, name: '报修旅程' } } });
  const journeyId = ((await res.json()) as { data: { importJourney: { id: string } } }).data.importJourney.id;
  await page.goto('/settings/members');
  const link = await inviteByLink(page, editor.email, '编辑者');

  // The second member, in a browser of their own.
  const second = await browser.newContext({ locale: 'zh-CN', baseURL });
  const other = await second.newPage();
  await other.goto('/signup');
  await ready(other);
  await fillSignUp(other, editor);
  await expect(other).toHaveURL(/\/workspaces\/new$/);
  await other.goto(link);
  await ready(other);
  await other.getByTestId('accept-invitation').click();
  await expect(other).toHaveURL(/\/$/);
  await other.goto(`/journeys/${journeyId}`);
  await ready(other);
  await expect(card(other, '电话报修')).toBeVisible();

  // The first member opens the same map: each sees the other present.
  await page.goto(`/journeys/${journeyId}`);
  await expect(card(page, '电话报修')).toBeVisible();
  await expect(other.getByTestId('live-colleague')).toHaveCount(1);
  await expect(other.getByTestId('live-colleague')).toHaveAttribute('aria-label', `${owner.name} 正在查看此旅程图`);
  await expect(page.getByTestId('live-colleague')).toHaveAttribute('aria-label', `${editor.name} 正在查看此旅程图`);

  // The first member starts renaming a card: the second sees which card.
  await card(page, '电话报修').getByTestId('touchpoint-name').click();
  await page.getByTestId('touchpoint-name-input').fill('热线报修');
  await expect(other.getByTestId('live-editing')).toHaveText(`${owner.name} 正在编辑“电话报修”`);

  // Saved: the second member's map shows it without reloading the page.
  const revisionBefore = Number(await other.getByTestId('journey-map-screen').getAttribute('data-revision'));
  await page.getByTestId('touchpoint-name-input').press('Enter');
  await expect(card(page, '热线报修')).toBeVisible();
  await expect(card(other, '热线报修')).toBeVisible();
  await expect(card(other, '电话报修')).toHaveCount(0);
  expect(Number(await other.getByTestId('journey-map-screen').getAttribute('data-revision'))).toBeGreaterThan(revisionBefore);
  await expect(other.getByTestId('live-editing')).toHaveCount(0);

  // The first member leaves the map: the second no longer shows them.
  await page.goto('/journeys');
  await expect(other.getByTestId('live-colleague')).toHaveCount(0);
  await second.close();

  // A read-only share link of the map, opened in a signed-out browser: the map, nothing to edit.
  await page.goto(`/journeys/${journeyId}`);
  await page.getByTestId('open-share-links').click();
  await page.getByTestId('create-share-link').click();
  const url = ((await page.getByTestId('share-url').textContent()) ?? '').trim();
  expect(url).toMatch(/\/share\/[0-9a-f-]{36}\.ocx_sh_[A-Za-z0-9_-]{32}$/);
  await expect(page.getByTestId('share-link')).toHaveCount(1);
  const outside = await browser.newContext({ locale: 'zh-CN' });
  const guest = await outside.newPage();
  await guest.goto(url);
  await expect(guest.getByTestId('shared-journey-name')).toHaveText('报修旅程');
  await expect(guest.getByTestId('shared-read-only')).toBeVisible();
  await expect(guest.getByTestId('shared-touchpoint-name')).toHaveText(['热线报修', '小程序报修']);
  await expect(guest.getByTestId('shared-view').locator('input, textarea, button, [contenteditable]')).toHaveCount(0);
  const text = await guest.locator('body').innerText();
  expect(text).not.toContain('实时协作');

  // Revoked: the same address shows nothing any more.
  await page.getByTestId('revoke-share-link').click();
  // The confirmation's own button (the trigger carries the same label; antd spaces it as "撤 销").
  await page.locator('.ant-popconfirm').getByRole('button', { name: /^撤\s*销$/ }).last().click();
  await expect(page.getByTestId('share-link')).toHaveAttribute('data-active', 'false');
  await guest.reload();
  await expect(guest.getByTestId('shared-gone')).toBeVisible();
  await expect(guest.getByTestId('shared-journey-name')).toHaveCount(0);
  await outside.close();
});
