import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

/** The request list in a real browser: rows are reached and opened from the keyboard alone. */
test('the request list moves between rows with the arrow keys and opens one with Enter', async ({ page, host }) => {
  await new WelcomePage(page).loadSampleOffice(host.url);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
  const table = page.getByRole('table', { name: 'Requests', exact: true });
  await expect(table).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ requests$/ })).toBeVisible();

  // Sorted by due date: the SIENA message is due first, the emergency disclosure next.
  const first = table.getByRole('row', { name: /SIENA message/ });
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row', { name: /Emergency disclosure/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Emergency disclosure: hosting account of the leak site' }),
  ).toBeVisible();
});
