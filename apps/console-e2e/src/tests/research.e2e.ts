import { expect, test, uniqueEmail } from '../fixtures';
import { call, chooseOption, createWorkspace, signUp } from './support';

test.use({ viewport: { width: 1600, height: 1100 } });
// The console builds its pages on a machine shared by many builds: generous, not a speed measure.
test.describe.configure({ timeout: 600_000 });

test('a research step is updated, an interview quote is attached to a touchpoint and turned into a pain point that shows on the map', async ({ page }) => {
  await signUp(page, { name: '研究员', email: uniqueEmail('research') });
  await createWorkspace(page, `研究 ${Date.now().toString(36)}`);
  const { createJourneyFromTemplate: journey } = await call<{ createJourneyFromTemplate: { id: string } }>(page, 'CreateJourneyFromTemplate', { input: { templateKey: 'property-services/repair-request' } });
  const { journey: map } = await call<{ journey: { stages: { name: string; touchpoints: { id: string; name: string }[] }[] } }>(page, 'ResearchWorkspace', { journeyId: journey.id });
  const stage = map.stages[0];
  const touchpoint = stage.touchpoints[0];

  // From the map to its research page.
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByTestId('open-research')).toHaveAttribute('href', `/journeys/${journey.id}/research`, { timeout: 60_000 });
  await page.goto(`/journeys/${journey.id}/research`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('研究');

  // The first step of the plan is done: the progress counts it.
  const step = page.locator('[data-testid="research-step"][data-step="goal_scope"]');
  await expect(step).toHaveAttribute('data-status', 'todo');
  await chooseOption(page, step.getByTestId('step-status'), '已完成');
  await expect(step).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('research-progress')).toContainText('1/7');

  // An interview quote at the first touchpoint, with the participant's consent.
  const quote = '师傅第二次上门还是没带配件，我请了两天假';
  const form = page.getByTestId('add-evidence-form');
  await chooseOption(page, form.getByTestId('evidence-touchpoint'), `${stage.name} · ${touchpoint.name}`);
  await form.getByLabel('内容').fill(quote);
  await form.getByTestId('evidence-consent').check();
  await form.getByTestId('add-evidence').click();
  const item = page.getByTestId('evidence-item').filter({ hasText: quote });
  await expect(item).toBeVisible();
  await expect(item).toContainText(touchpoint.name);
  await expect(item).toContainText('已同意');

  // Searching by a word of it finds it; a word it lacks finds nothing.
  await page.getByTestId('evidence-search').locator('input').fill('配件');
  await page.getByTestId('evidence-search').locator('input').press('Enter');
  await expect(page.getByTestId('evidence-item')).toHaveCount(1);
  await page.getByTestId('evidence-search').locator('input').fill('退款');
  await page.getByTestId('evidence-search').locator('input').press('Enter');
  await expect(page.getByTestId('evidence-item')).toHaveCount(0);
  await page.getByTestId('evidence-search').locator('input').fill('');
  await page.getByTestId('evidence-search').locator('input').press('Enter');

  // One step turns it into a pain point, which cites it.
  await item.getByTestId('turn-into-pain-point').click();
  const dialog = page.getByRole('dialog', { name: '由证据新建痛点' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirm-pain-point').click();
  await expect(page.getByTestId('pain-point-created')).toBeVisible();
  await expect(item.getByTestId('citation-count')).toContainText('1');
  const backed = page.getByTestId('pain-point-evidence').filter({ hasText: quote });
  await expect(backed.getByTestId('evidence-total')).toHaveText('1 条证据');

  // The map shows the new pain point on that touchpoint.
  await page.getByTestId('pain-point-created').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/journeys/${journey.id}$`));
  await expect(page.locator(`[data-testid="pain-point"][data-touchpoint-id="${touchpoint.id}"]`).filter({ hasText: quote })).toBeVisible({ timeout: 60_000 });
});
