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
  await expect(page.getByRole('option').first()).toHaveText(/Romance fraud ring/);
  // Down marks the first match (the core's answer replaces the list as it arrives), Enter takes it.
  await keys.press('ArrowDown');
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
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toBeFocused();
  await keys.type('Example Mail Inc.');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Preserve the suspect webmail account' })).toBeVisible();
  await expect(page.getByText('Preservation').first()).toBeVisible();
  await expect(page.getByText('Example Mail Inc.').first()).toBeVisible();
  console.log(`Preservation request from the dashboard: ${keys.count} control keys (${keys.pressed.join(', ')})`);
  expect(keys.count).toBeLessThanOrEqual(15);
});

test('Alt shortcuts work while focus is in a field', async ({ page }) => {
  await page.keyboard.press('Alt+4');
  const search = page.getByRole('main').getByRole('textbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('webmail');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  // Alt+N from inside the cases search opens nothing of the requests list behind; on the contacts list it
  // opens New contact even with focus in the search field.
  await page.keyboard.press('Alt+6');
  // The officer types once the screen is there (each screen's code arrives when first opened).
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await page.getByRole('main').getByRole('textbox').first().focus();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('dialog', { name: 'New contact' })).toBeVisible();
});

test('New request has Alt+N on a case, from any of its tabs, and says so', async ({ page }) => {
  await page.keyboard.press('Alt+3');
  await page.getByRole('main').locator('a[href*="#/cases/"]').first().click();
  await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New request' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  // Created on this case: no case to choose.
  await expect(dialog.getByRole('combobox', { name: 'Case' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /^Requests/ }).click();
  const add = page.getByRole('button', { name: 'Add request' });
  await expect(add).toHaveAttribute('title', 'New request (Alt+N)');
  await expect(add).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('button', { name: 'New request' })).toHaveAttribute('title', 'New request (Alt+N)');
});

test('Enter submits a form from a closed select, and a request needs its case', async ({ page }) => {
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New request' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Subscriber data for the leak-site account');
  await dialog.getByRole('combobox', { name: 'Provider' }).fill('Example Hosting LLC');
  const urgency = dialog.getByRole('combobox', { name: 'Urgency' });
  await urgency.focus();
  await expect(urgency).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  // Submitted: the form answers that the case is missing, and nothing was created.
  await expect(dialog.getByText('Choose the case this request belongs to.')).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: 'Case' });
  await picker.focus();
  await page.keyboard.type('romance');
  await expect(page.getByRole('option').first()).toHaveText(/Romance fraud ring/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(/Romance fraud ring/);
  await urgency.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Subscriber data for the leak-site account' }),
  ).toBeVisible();
});

test('a combobox opens, filters and chooses by keyboard alone', async ({ page }) => {
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: 'New case' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New case' });
  const country = dialog.getByRole('combobox', { name: 'Counterpart country' });
  await country.focus();
  // Type to filter, Enter takes the first match.
  await page.keyboard.type('germ');
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('Germany (DE)');
  // Arrows open the list and move through it; Escape closes it and keeps the choice.
  const offence = dialog.getByRole('combobox', { name: 'Offence category' });
  await offence.focus();
  const list = page.getByRole('listbox');
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  const chosen = await offence.inputValue();
  expect(chosen).not.toBe('');
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(offence).toHaveValue(chosen);
  // The dialog is still open: Escape closed the list only.
  await expect(dialog).toBeVisible();
});
