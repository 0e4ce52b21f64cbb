import { expect, test } from '../fixtures';
import { auditPages, member, STAGES } from './a11y-support';

// WCAG 2 A/AA (axe-core) on the journey routes (the other routes: src/pending/a11y-pages.e2e.ts, not yet passed), zh-CN and en, a full 12-stage map with a
// persona, pain points and opportunities included. Split so each test stays well within its timeout under load.
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
