import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { choose } from './pages/controls';
import { WelcomePage } from './pages/welcome-page';

test('an attaché sets up the office, opens a case, sends a request on each channel and finds them again', async ({
  page,
  host,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Legal Attaché Office, Washington', officer: 'Claire Martin' });

  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Sextortion of minors via webmail',
    offence: 'Extortion',
    country: 'United States of America (US)',
    countrySearch: 'United States',
  });
  await expect(page.getByText('LGT-2026-0001').first()).toBeVisible();

  const casePage = new CasePage(page);
  await casePage.addIdentifier('E-mail', 'Suspect.Mailbox@example.com');
  await casePage.addIdentifier('Phone (E.164)', '+1 202 555 0143');
  await expect(page.getByText('suspect.mailbox@example.com')).toBeVisible();
  await expect(page.getByText('+1 202 555 0143')).toBeVisible();

  let dialog = await casePage.startRequest('Direct to provider', 'Preserve the webmail account');
  await choose(dialog, 'Request kind', 'Preservation');
  await dialog.getByRole('combobox', { name: 'Provider (legal entity)' }).fill('Example Mail Inc.');
  await casePage.saveRequest();

  dialog = await casePage.startRequest('Police-to-police', 'I-24/7 message on the suspect');
  await choose(dialog, 'Route', 'Interpol I-24/7 (NCB)');
  await casePage.saveRequest();

  dialog = await casePage.startRequest('Letter rogatory', 'Letter rogatory for the bank officer');
  await dialog.getByRole('checkbox', { name: 'Evidence from witnesses' }).check();
  await casePage.saveRequest();

  dialog = await casePage.startRequest('Mutual legal assistance', 'MLA request for mailbox content');
  await dialog.getByRole('checkbox', { name: 'Search and seizure' }).check();
  await casePage.saveRequest();

  const requestsOfCase = page.getByRole('tabpanel');
  for (const title of [
    'Preserve the webmail account',
    'I-24/7 message on the suspect',
    'Letter rogatory for the bank officer',
    'MLA request for mailbox content',
  ]) {
    await expect(requestsOfCase.getByRole('link', { name: title })).toBeVisible();
  }

  await casePage.tab('Timeline');
  await expect(
    page
      .getByRole('tabpanel')
      .getByText(/created/i)
      .first(),
  ).toBeVisible();

  // Find them through the requests list's filters.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: /Preserve the webmail account/ })).toBeVisible();
  await choose(page, 'Channel', 'Letter rogatory');
  await page.keyboard.press('Escape');
  await expect(table.getByRole('link', { name: 'Letter rogatory for the bank officer' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'MLA request for mailbox content' })).toBeHidden();

  // Close the app and start it again on the same data: everything is still there.
  const restarted = await host.restart();
  await page.goto(restarted.url);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: 'LGT-2026-0001' }).click();
  await casePage.tab('Requests');
  await expect(page.getByRole('tabpanel').getByRole('link')).toHaveCount(4);
  await casePage.tab('Subjects & identifiers');
  await expect(page.getByText('suspect.mailbox@example.com')).toBeVisible();
  await page.reload();
  await expect(page.getByText('suspect.mailbox@example.com')).toBeVisible();
});
