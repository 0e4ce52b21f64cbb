import { expect, type Page } from '@playwright/test';
import { PASSWORD } from '../fixtures';

/** UI steps shared by the identity tests (the console starts in zh-CN). */
export async function signUp(page: Page, user: { name: string; email: string }): Promise<void> {
  await page.goto('/signup');
  const form = page.getByTestId('signup-form');
  await form.getByLabel('姓名').fill(user.name);
  await form.getByLabel('邮箱').fill(user.email);
  await form.getByLabel('密码').fill(PASSWORD);
  await form.getByRole('button', { name: /注\s?册/ }).click();
}

export async function createWorkspace(page: Page, name: string): Promise<void> {
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  const form = page.getByTestId('create-workspace-form');
  await form.getByLabel('工作空间名称').fill(name);
  await form.getByRole('button', { name: '创建工作空间' }).click();
  await expect(page.getByTestId('workspace-switcher')).toContainText(name);
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Picks an option of an antd Select (they render outside the form, in a popup). */
export async function chooseOption(page: Page, select: ReturnType<Page['getByTestId']>, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}
