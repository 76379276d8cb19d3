import { expect, test } from './fixtures';
import { CountingKeyboard } from './support/keyboard';

/** Keyboard first (issue 19): what an attaché does all day without reaching for the mouse. */

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('a preservation request to a US provider from the dashboard takes at most 15 control keys', async ({ page }) => {
  const keys = new CountingKeyboard(page);
  await keys.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  await keys.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New request' });
  await expect(dialog.getByRole('combobox', { name: 'Case' })).toBeFocused();
  await keys.type('Romance');
  await expect(page.getByRole('option', { name: /Romance fraud ring/ })).toBeVisible();
  await keys.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Case' })).toHaveValue(/Romance fraud ring/);
  // The case's counterpart country comes with it.
  await expect(dialog.getByRole('combobox', { name: 'Counterpart country' })).toHaveValue(/United States/);
  await keys.press('Tab'); // channel: Provider (the default)
  await keys.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await keys.type('Preserve the suspect webmail account');
  // direction, urgency, starting status, country (set), authority, kind (Preservation, the first), provider
  for (let field = 0; field < 7; field += 1) await keys.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Provider' })).toBeFocused();
  await keys.type('Example Mail Inc.');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Preserve the suspect webmail account' })).toBeVisible();
  await expect(page.getByText('Preservation').first()).toBeVisible();
  await expect(page.getByText('Example Mail Inc.').first()).toBeVisible();
  console.log(`Preservation request from the dashboard: ${keys.count} control keys (${keys.pressed.join(', ')})`);
  expect(keys.count).toBeLessThanOrEqual(15);
});
