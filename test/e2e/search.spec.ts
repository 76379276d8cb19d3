import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

/** The command palette: Ctrl+K from anywhere, results as you type, the keyboard all the way to the record. */
test('Ctrl+K finds a request as you type and opens it from the keyboard', async ({ page, host }) => {
  await new WelcomePage(page).loadSampleOffice(host.url);

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search Legat' });
  const field = palette.getByRole('combobox', { name: 'Search Legat' });
  await expect(field).toBeFocused();
  await expect(palette.getByText(/Type a reference/)).toBeVisible();

  await field.pressSequentially('leak');
  const results = palette.getByRole('listbox', { name: 'Search results' });
  const target = results.getByRole('option', { name: /SIENA message: infrastructure of the leak site/ });
  await expect(target).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/leak/i);
  await expect(palette.getByRole('status')).toHaveText(/result|Showing the best/);

  // The first hit is active; walk down with the arrow keys until the SIENA message is.
  await expect(results.getByRole('option', { selected: true })).toHaveCount(1);
  for (let step = 0; step < 30 && (await target.getAttribute('aria-selected')) !== 'true'; step++) {
    await field.press('ArrowDown');
  }
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await target.getAttribute('id')) ?? '');
  await field.press('Enter');

  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/#\/requests\/\d+$/);
  await expect(page.getByRole('heading', { name: 'SIENA message: infrastructure of the leak site' })).toBeVisible();

  // Escape closes it again without going anywhere; nothing matching says so.
  await page.getByRole('button', { name: /^Search/ }).click();
  await field.fill('zzqxv');
  await expect(palette.getByText('No results for “zzqxv”')).toBeVisible();
  await field.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'SIENA message: infrastructure of the leak site' })).toBeVisible();
});
