import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { choose } from './pages/controls';
import { ContactForm, OrganisationsPage } from './pages/directory-pages';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');

test('directory: organisations with their people, a duplicate warning, a move kept in history, vCard out and back in', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  await hideToasts(page);

  const organisations = new OrganisationsPage(page);
  await organisations.open();
  await organisations.create({
    name: 'Office of International Affairs',
    kind: 'Central authority',
    country: 'United States of America (US)',
    countrySearch: 'United States',
  });

  // A person added from the organisation's page belongs to it.
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = new ContactForm(page);
  await expect(form.dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue(
    'Office of International Affairs',
  );
  await form.fill({ kind: 'Central authority', name: 'Jane Roe', email: 'jane.roe@example.gov' });
  await form.save();
  await expect(page.getByRole('table', { name: 'People' }).getByRole('link', { name: 'Jane Roe' })).toBeVisible();

  // A second organisation, found by the country's code in the picker.
  await organisations.open();
  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByLabel('Name').fill('NCB Washington');
  await choose(dialog, 'Kind', 'Interpol NCB');
  await choose(dialog, 'Country', 'United States of America (US)', 'us');
  await dialog.getByRole('button', { name: 'Add organisation' }).click();
  await expect(page.getByRole('heading', { name: 'NCB Washington', level: 1 })).toBeVisible();
  await organisations.open();
  await expect(page.getByRole('row', { name: /Office of International Affairs/ })).toContainText('1');
  await shot('directory-organisations');

  // The same e-mail, typed in another case, is flagged before saving; saving takes the explicit tick.
  await page.getByRole('link', { name: 'NCB Washington' }).click();
  await shot('directory-organisation');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await form.fill({ kind: 'Interpol NCB', name: 'J. Roe', email: 'JANE.ROE@example.gov' });
  const warning = form.dialog.getByRole('alert').filter({ hasText: 'Possible duplicate' });
  await expect(warning.getByRole('link', { name: 'Jane Roe' })).toBeVisible();
  await expect(form.dialog.getByRole('button', { name: 'Create contact' })).toBeDisabled();
  await shot('directory-duplicate-warning');
  await form.dialog.getByRole('button', { name: 'Cancel' }).click();

  // Jane moves to the NCB: the history keeps the old membership.
  await organisations.open();
  await page.getByRole('link', { name: 'Office of International Affairs' }).click();
  await page.getByRole('table', { name: 'People' }).getByRole('link', { name: 'Jane Roe' }).click();
  await expect(page.getByRole('heading', { name: 'Jane Roe', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Move to another organisation' }).click();
  const move = page.getByRole('dialog', { name: 'Move Jane Roe' });
  await choose(move, 'New organisation', 'NCB Washington (US)', 'NCB');
  await move.getByLabel('Title or role there').fill('Liaison officer');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  const history = page.getByRole('table', { name: 'Organisations over time' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('NCB Washington');
  await expect(history.getByRole('row').nth(1)).toContainText('Current');
  await expect(history.getByRole('row').nth(2)).toContainText('Office of International Affairs');
  await shot('directory-contact-history');

  // Export her vCard, then import it back: the preview recognises her.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export vCard' }).click();
  const download = await downloading;
  const file = path.join(host.dataDir, 'roundtrip.vcf');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('FN:Jane Roe');
  expect(text).toContain('ORG:NCB Washington');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Import vCards' }).click();
  const importer = page.getByRole('dialog', { name: 'Import contacts from a vCard file' });
  const fresh =
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max Muster\r\nORG:BKA\r\nEMAIL;TYPE=INTERNET:max@example.de\r\nEND:VCARD\r\n';
  const broken = 'BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n';
  await importer.locator('input[type="file"]').setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(text + fresh + broken),
  });
  const preview = importer.getByRole('table', { name: 'Cards in the file' });
  await expect(preview.getByRole('row', { name: /Jane Roe/ })).toContainText('Possible duplicate');
  await expect(preview.getByRole('row', { name: /Max Muster/ })).toContainText('New');
  await expect(preview.getByRole('row', { name: /no name/ })).toContainText('The card has no name');
  await shot('directory-vcard-preview');
  await importer.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByRole('row', { name: /Max Muster/ })).toContainText('BKA');
  await expect(page.getByRole('row', { name: /Jane Roe/ })).toHaveCount(1);
});

test('directory on the sample office: contacts due for verification, case counterparts, the setting', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await new WelcomePage(page).loadSampleOffice(host.url);
  await hideToasts(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });

  await nav.getByRole('link', { name: 'Reminders' }).click();
  const due = page.getByRole('table', { name: 'Contacts to verify' });
  await expect(due.getByRole('row')).toHaveCount(3);
  await due.scrollIntoViewIfNeeded();
  await shot('directory-verification-due');
  const first = due.getByRole('row').nth(1);
  const name = (await first.getByRole('link').textContent()) ?? '';
  await first.getByRole('button', { name: `Mark verified today for ${name}` }).click();
  await expect(due.getByRole('row')).toHaveCount(2);

  await nav.getByRole('link', { name: 'Cases' }).click();
  await page
    .getByRole('row', { name: /Romance fraud ring/ })
    .getByRole('link', { name: /^DEMO-/ })
    .click();
  await page.getByRole('tab', { name: 'Requests' }).click();
  const counterparts = page.getByRole('table', { name: 'Counterparts' });
  await expect(counterparts.getByRole('row').nth(1)).toBeVisible();
  await counterparts.scrollIntoViewIfNeeded();
  await shot('directory-case-counterparts');

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Verify again after (months)').fill('6');
  await page.getByRole('region', { name: 'Contact verification' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Verify again after (months)')).toHaveValue('6');
  await nav.getByRole('link', { name: 'Reminders' }).click();
  await expect(page.getByText('not verified for 6 months or more')).toBeVisible();

  await nav.getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('button', { name: 'Import vCards' })).toBeVisible();
  await shot('directory-contacts-list');
});

/** Toasts would cover the buttons this journey clicks; a constructed style sheet hides them within the CSP. */
async function hideToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.mantine-Notifications-root { display: none; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}
