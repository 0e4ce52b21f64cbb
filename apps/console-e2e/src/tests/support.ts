import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PASSWORD } from '../fixtures';

const MANIFEST = join(__dirname, '../../../../libs/console/graphql/src/generated/persisted-documents.json');

/** The console's own persisted id of an operation (the only way to call the API in this suite: it runs in trusted mode); a document may start with its fragments. */
export function documentId(operation: string): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const id = Object.keys(manifest).find((key) => new RegExp(`(?:^|\\s)(query|mutation) ${operation}\\b`).test(manifest[key]));
  if (!id) throw new Error(`no trusted document for ${operation}`);
  return `sha256:${id}`;
}

/** Calls the API as the signed-in browser user with the console's trusted document of `operation`; fails the test on any GraphQL error. */
export async function call<T>(page: Page, operation: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/api/graphql', { data: { documentId: documentId(operation), operationName: operation, variables } });
  const body = (await res.json().catch(async () => ({ errors: [`HTTP ${res.status()}: ${await res.text()}`] }))) as { data?: T; errors?: unknown[] };
  expect(body.errors, `${operation} answered errors`).toBeUndefined();
  expect(body.data, `${operation} answered no data`).toBeDefined();
  return body.data as T;
}

/** pdf-parse in the runner's Node: the PDF's text layer, Chinese included. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** UI steps shared by the identity tests (the console starts in zh-CN). */
export async function signUp(page: Page, user: { name: string; email: string }): Promise<void> {
  await page.goto('/signup');
  await fillSignUp(page, user);
}

/** Fills and submits the sign-up form already on screen. */
export async function fillSignUp(page: Page, user: { name: string; email: string }): Promise<void> {
  const form = page.getByTestId('signup-form');
  await form.getByLabel('姓名').fill(user.name);
  await form.getByLabel('邮箱').fill(user.email);
  await form.getByLabel('密码').fill(PASSWORD);
  await form.getByRole('button', { name: /注\s?册/ }).click();
}

export async function createWorkspace(page: Page, name: string): Promise<void> {
  // After sign-up: hashing the password takes a while on a loaded machine.
  await expect(page).toHaveURL(/\/workspaces\/new$/, { timeout: 60_000 });
  const form = page.getByTestId('create-workspace-form');
  await form.getByLabel('工作空间名称').fill(name);
  await form.getByRole('button', { name: '创建工作空间' }).click();
  await expect(page.getByTestId('workspace-switcher')).toContainText(name, { timeout: 60_000 });
}

/** The header's workspace switcher (a menu button): opens it and picks a workspace by name. */
export async function switchWorkspace(page: Page, name: string): Promise<void> {
  await page.getByTestId('workspace-switcher').click();
  await page.getByRole('menu', { name: '工作空间' }).getByRole('menuitemradio', { name, exact: true }).click();
  await expect(page.getByTestId('workspace-switcher')).toContainText(name);
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * Picks an option of an antd Select (they render outside the form, in a popup), and checks that the
 * select shows it: on a loaded machine a click on an option that is still animating in can be lost,
 * so a pick that did not take is made again (at most three times) instead of going on without it.
 */
export async function chooseOption(page: Page, select: ReturnType<Page['getByTestId']>, option: string): Promise<void> {
  // A popup closed a moment ago stays visible while it animates out; wait for it, so the options
  // found below belong to this select's popup only.
  const popups = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    await expect(popups).toHaveCount(0);
    await select.click();
    await popups.getByTitle(option, { exact: true }).click();
    // A multiple select keeps its popup open by design, and once in CI (loaded machine) a single select's popup
    // stayed visible for 15 s after the click. Escape closes it, as a user would: the select, which has the
    // focus, stops the key from reaching an enclosing dialog while its popup is open.
    await expect(popups).toHaveCount(0, { timeout: 3_000 }).catch(async () => {
      await page.keyboard.press('Escape');
      await expect(popups).toHaveCount(0);
    });
    const taken = await expect(select).toContainText(option, { timeout: 5_000 }).then(
      () => true,
      (error: unknown) => {
        if (attempt >= 3) throw error;
        return false;
      },
    );
    if (taken) return;
  }
}

/** Settings → Members: invites an email with a role and returns the one-time link shown once. */
export async function inviteByLink(page: Page, email: string, roleLabel: string): Promise<string> {
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('邮箱').fill(email);
  await chooseOption(page, dialog.getByTestId('invite-role'), roleLabel);
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  const link = (await page.getByTestId('invitation-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/invite\/[0-9a-f-]{36}\.ocx_i_[A-Za-z0-9_-]{43}$/);
  await page.getByTestId('invitation-link-done').click();
  await expect(page.getByTestId('invitation-link-modal')).toHaveCount(0);
  return link;
}

/** Opens an invitation link while signed in and accepts it. */
export async function acceptInvitation(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('accept-invitation').click();
  await expect(page).toHaveURL(/\/$/);
}

/**
 * Journey map: sets the emotion of the touchpoint column at `index` through its picker. Only a visible
 * picker counts (a closed popover may stay in the DOM, hidden), so the option clicked is this column's.
 */
export async function pickEmotion(page: Page, index: number, value: number): Promise<void> {
  const pickers = page.locator('[data-testid="emotion-options"]:visible');
  await expect(pickers).toHaveCount(0);
  await page.locator(`[data-testid="touchpoint-column"][data-index="${index}"]`).getByTestId('emotion-cell').click();
  await pickers.getByTestId(`emotion-option-${value}`).click();
  await expect(pickers).toHaveCount(0);
}

/** Switches the console's language with the header switch and waits until the page is in it. */
export async function setLanguage(page: Page, label: 'English' | '中文'): Promise<void> {
  const name = label === 'English' ? /English|EN/ : /中文|简体/;
  await page.getByTestId('language-switch').getByText(name).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', label === 'English' ? 'en' : 'zh-CN');
}
