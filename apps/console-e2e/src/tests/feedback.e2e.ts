import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { chooseOption, createWorkspace, setLanguage, signUp } from './support';

const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });
const shot = (name: string) => `apps/console-e2e/test-results/screens/${name}.png`;

async function addStage(page: Page, name: string): Promise<void> {
  await page.getByTestId('add-stage').click();
  await visible(page, 'new-stage-name').fill(name);
  await visible(page, 'new-stage-submit').click();
  await expect(visible(page, 'new-stage-form')).toHaveCount(0);
}

async function addTouchpoint(page: Page, stage: Locator, name: string): Promise<void> {
  await stage.getByTestId('add-touchpoint').click();
  await visible(page, 'new-touchpoint-name').fill(name);
  await visible(page, 'new-touchpoint-submit').click();
  await expect(visible(page, 'new-touchpoint-form')).toHaveCount(0);
}

test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test('a customer answers a collection link on a phone and the answer reaches the inbox, where it becomes a pain point', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const workspace = `物业 ${Date.now().toString(36)}`;
  await signUp(page, { name: '客服主管', email: uniqueEmail('inbox') });
  await createWorkspace(page, workspace);

  // A journey with the touchpoint the poster will ask about.
  await page.goto('/journeys');
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-form').getByLabel('名称').fill('报修旅程');
  await page.getByTestId('new-journey-submit').click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await addStage(page, '上门服务');
  await addTouchpoint(page, page.getByTestId('stage-column').first(), '师傅上门维修');

  // Collection links: create one for the touchpoint, copy it, see its QR code.
  await page.goto('/feedback?tab=links');
  await expect(page.getByRole('heading', { level: 1, name: '反馈' })).toBeVisible();
  await page.getByTestId('create-collection-link').click();
  const dialog = page.getByRole('dialog', { name: '新建收集链接' });
  await chooseOption(page, dialog.getByTestId('link-journey'), '报修旅程');
  await chooseOption(page, dialog.getByTestId('link-touchpoint'), '师傅上门维修');
  await dialog.getByLabel('备注').fill('3 号楼大堂海报');
  await dialog.getByRole('button', { name: '创建链接' }).click();
  const table = page.getByTestId('collection-links-table');
  await expect(table).toContainText('师傅上门维修');
  await expect(table).toContainText('3 号楼大堂海报');
  await table.getByTestId('copy-link').click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/\/f\/[0-9a-f-]{36}\.ocx_f_[A-Za-z0-9_-]{32}$/);
  await table.getByTestId('show-qr').click();
  await expect(page.getByTestId('qr-image')).toBeVisible();
  await expect(page.getByTestId('qr-image')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.getByTestId('survey-url')).toContainText(url);
  // The dialog's zoom-in has finished before the picture is taken.
  await expect(page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter')).toHaveCount(0);
  await page.screenshot({ path: shot('links-zh-CN') });
  await page.keyboard.press('Escape');

  // A customer on a phone, not signed in, answers through the link.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const customer = await phone.newPage();
  await customer.goto(url);
  await expect(customer.getByTestId('survey-touchpoint')).toContainText('师傅上门维修');
  const body = await customer.locator('body').innerText();
  for (const secret of [workspace, '报修旅程', '上门服务', '3 号楼大堂海报']) expect(body).not.toContain(secret);
  // The NPS scale fits the phone's width: no sideways scrolling.
  expect(await customer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await customer.getByTestId('scale-nps').getByRole('radio', { name: '3', exact: true }).tap();
  await expect(customer.getByTestId('scale-nps').getByRole('radio', { name: '3', exact: true })).toHaveAttribute('aria-checked', 'true');
  await customer.getByTestId('survey-comment').fill('<b>师傅</b>迟到了一个小时');
  await customer.getByTestId('survey-consent').click();
  await customer.screenshot({ path: shot('survey-phone-zh-CN'), fullPage: true });
  // A double tap sends once.
  await customer.getByTestId('survey-submit').dblclick();
  await expect(customer.getByTestId('survey-thanks')).toBeVisible();
  await customer.screenshot({ path: shot('survey-phone-thanks-zh-CN') });

  // The inbox shows the answer as text, with its score and touchpoint.
  await page.goto('/feedback');
  const item = page.getByTestId('feedback-item').filter({ hasText: '迟到了一个小时' });
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('feedback-comment')).toHaveText('<b>师傅</b>迟到了一个小时');
  await expect(item.getByTestId('score-nps')).toHaveText('NPS 3/10');
  await expect(item.getByTestId('feedback-touchpoint')).toHaveText('师傅上门维修');
  await expect(item).toContainText('问卷链接');
  await expect(item).toContainText('同意联系');

  // Filters live in the URL: detractors keep it, promoters do not.
  await chooseOption(page, page.getByTestId('filter-score-band'), 'NPS 贬损者（0–6）');
  await expect(page).toHaveURL(/scoreBand=NPS_DETRACTOR/);
  await expect(item).toHaveCount(1);
  await page.goto('/feedback?scoreBand=NPS_PROMOTER');
  await expect(page.getByTestId('feedback-list')).toContainText('没有符合筛选条件的反馈');
  await page.goto('/feedback?search=%E8%BF%9F%E5%88%B0');
  await expect(item).toHaveCount(1);
  await page.screenshot({ path: shot('inbox-zh-CN') });

  // A pain point from the response, visible on the map.
  await item.getByTestId('create-pain-point').click();
  const painDialog = page.getByRole('dialog', { name: '从这条反馈创建痛点' });
  await expect(painDialog.getByTestId('pain-title')).toHaveValue('<b>师傅</b>迟到了一个小时');
  await painDialog.getByTestId('pain-title').fill('师傅迟到');
  await painDialog.getByRole('button', { name: '创建痛点' }).click();
  await expect(page.locator('.ant-message')).toContainText('已将痛点添加到“师傅上门维修”');
  await item.getByRole('link', { name: '报修旅程' }).click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByText('师傅迟到').first()).toBeVisible();

  // English screens.
  await page.goto('/feedback');
  await setLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await expect(item).toContainText('Survey link');
  await page.screenshot({ path: shot('inbox-en') });
  await page.goto('/feedback?tab=links');
  await expect(page.getByTestId('collection-links-table')).toContainText('师傅上门维修');
  await page.screenshot({ path: shot('links-en') });
  const englishPhone = await phone.newPage();
  await phone.addCookies((await context.cookies()).filter((c) => c.name.includes('locale')));
  await englishPhone.goto(url);
  await expect(englishPhone.getByRole('heading', { level: 1 })).toHaveText('How was your experience?');
  await englishPhone.screenshot({ path: shot('survey-phone-en'), fullPage: true });

  // Revoked: the poster's link says so, and nothing else.
  await page.getByTestId('collection-links-table').getByTestId('revoke-link').click();
  await page.getByRole('dialog', { name: 'Revoke this link?' }).getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByTestId('collection-links-table')).toContainText('Revoked');
  await customer.goto(url);
  await expect(customer.getByTestId('survey-gone')).toBeVisible();
  await expect(customer.getByTestId('survey-gone')).toContainText('This survey is not available');
  await customer.screenshot({ path: shot('survey-phone-gone-en') });
  await phone.close();
});
