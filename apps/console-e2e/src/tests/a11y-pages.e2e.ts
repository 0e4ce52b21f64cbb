import type { Browser, Page } from '@playwright/test';
import { expect, test, uniqueEmail } from '../fixtures';
import { audit, auditPages, LOCALES, member, record, STAGES, type Found } from './a11y-support';
import { call, inviteByLink } from './support';

// WCAG 2 A/AA (axe-core) on every console route, zh-CN and en, a full 12-stage map with a persona, pain points and
// opportunities included; the public pages as a signed-out visitor. Split so each test stays well within its timeout under load.
// Every violation is written to test-results/screenshots/axe-<test>.json; serious and critical ones fail.
test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 600_000 });

test('the 12-stage map, its research and its suggestions: no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  const { journeyId } = await member(page, 'axe-map');
  await auditPages(page, 'map', [`/journeys/${journeyId}`, `/journeys/${journeyId}/research`, `/journeys/${journeyId}/suggestions`], async (path) => {
    if (path !== `/journeys/${journeyId}`) return;
    await expect(page.getByTestId('stage-column')).toHaveCount(STAGES);
    // The columns scrolled out of view are not drawn: the cards on screen.
    await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  });
});

test('home, the journey list, the template gallery and a template: no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  const { template } = await member(page, 'axe-journeys');
  await auditPages(page, 'journeys', ['/', '/journeys', '/journeys/templates', `/journeys/templates/${template}`], async (path) => {
    if (path === '/') await expect(page.getByTestId('home-recent-journey').first()).toBeVisible();
  });
});

test('dashboards and reviews (a held review included): no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  const { journeyId } = await member(page, 'axe-insights');
  const review = await call<{ createJourneyReview: { id: string } }>(page, 'CreateJourneyReview', { input: { journeyId, decisions: ['加派一名水电师傅'], notes: '' } });
  await auditPages(page, 'insights', ['/dashboard', `/dashboard/${journeyId}`, '/reviews', `/reviews/${review.createJourneyReview.id}`]);
});

test('feedback, cases, actions and a new workspace: no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  await member(page, 'axe-work');
  await auditPages(page, 'work', ['/feedback', '/cases', '/actions', '/workspaces/new']);
});

test('settings (general, members, teams, plugins, API tokens): no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  await member(page, 'axe-settings');
  await auditPages(page, 'settings', ['/settings', '/settings/members', '/settings/teams', '/settings/plugins', '/settings/api-tokens']);
});

test('settings (calendar, follow-up rules, security, system): no serious or critical axe-core violation, zh-CN and en', async ({ page }) => {
  await member(page, 'axe-settings-2');
  await auditPages(page, 'settings-2', ['/settings/calendar', '/settings/follow-up-rules', '/settings/security', '/settings/system']);
});

/** A signed-out browser in `locale`: the public pages are opened by people without a session. */
async function guest(browser: Browser, baseURL: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, baseURL, viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ name: 'opencx_locale', value: locale, url: baseURL }]);
  return context.newPage();
}

test('the public pages (log-in, sign-up, invitation, share link, survey): no serious or critical axe-core violation, zh-CN and en', async ({ page, browser, baseURL }) => {
  const { journeyId, touchpointId } = await member(page, 'axe-public');
  const share = await call<{ createShareLink: { token: string } }>(page, 'CreateShareLink', { input: { journeyId, target: 'map' } });
  const survey = await call<{ createCollectionLink: { token: string } }>(page, 'CreateCollectionLink', { input: { touchpointId } });
  await page.goto('/settings/members');
  const invite = new URL(await inviteByLink(page, uniqueEmail('invitee'), '编辑者')).pathname;

  const found: Found[] = [];
  for (const locale of LOCALES) {
    const visitor = await guest(browser, baseURL ?? '', locale);
    for (const path of ['/login', '/signup', invite, `/share/${share.createShareLink.token}`, `/f/${survey.createCollectionLink.token}`]) {
      await visitor.goto(path);
      // The shared view is the read-only map: its last stage drawn.
      if (path.startsWith('/share/')) await expect(visitor.getByText(`阶段 ${STAGES}`, { exact: true })).toBeVisible();
      await audit(visitor, locale, path.split('/').slice(0, 2).join('/'), found);
      record('public', found);
    }
    await visitor.context().close();
  }
  expect(record('public', found)).toEqual([]);
});
