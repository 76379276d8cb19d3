/**
 * A provider request names the pack's provider and addresses the legal entity serving the office's
 * users; its letters name the identifiers the officer ticks, starting from those the provider holds.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = process.env.FLOW_SHOTS ?? path.resolve('test-results', 'screens', 'flow');

test('the provider picker proposes the legal entity; the checklist starts from what the provider holds', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Attaché Office Washington', officer: 'Claire Martin' });

  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Sextortion on Instagram',
    offence: 'Fraud',
    country: 'France (FR)',
    countrySearch: 'France',
  });
  const casePage = new CasePage(page);
  await casePage.addIdentifier('E-mail', 'victim.lyon@gmail.com');
  await casePage.addIdentifier('Phone (E.164)', '+33478123456');
  await casePage.startIdentifier('Username / account URL', 'lyon_seller');
  await casePage.dialog.getByRole('textbox', { name: 'Platform' }).fill('Instagram');
  await casePage.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(casePage.dialog).toBeHidden();

  const dialog = await casePage.startRequest('Direct to provider', 'Preserve the Instagram account');
  const provider = dialog.getByRole('combobox', { name: 'Provider (legal entity)' });
  await provider.fill('Met');
  await page.getByRole('option', { name: 'Meta (Facebook, Instagram)' }).click();
  const proposal = dialog.getByTestId('provider-entity-proposal');
  await expect(proposal).toContainText('Users in France are served by Meta Platforms Ireland Limited');
  await page.screenshot({ path: path.join(SHOTS, 'provider-picker.png') });
  await proposal.getByRole('button', { name: 'address it' }).click();
  await expect(provider).toHaveValue('Meta Platforms Ireland Limited');
  await casePage.saveRequest();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Preserve the Instagram account' }).click();

  const checklist = page.getByRole('checkbox');
  await expect(page.getByRole('checkbox', { name: /lyon_seller/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /victim\.lyon@gmail\.com/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /\+33 4 78 12 34 56/ })).not.toBeChecked();
  await expect(checklist).toHaveCount(3);
  await page.getByRole('checkbox', { name: /victim\.lyon@gmail\.com/ }).check();
  await page.getByRole('button', { name: 'Save choice' }).click();
  await expect(page.getByText('Your choice: the letters name the ticked identifiers only.')).toBeVisible({
    timeout: 20_000,
  });
  await page.getByText("Identifiers in this request's letters").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'request-page-identifiers.png') });

  // The cases list has the next-due column and the Overdue filter too.
  await cases.open();
  await expect(page.getByRole('columnheader', { name: 'Next due' })).toBeVisible();
  await page.getByText('Overdue only').click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByText('Overdue only').click();
  await page.screenshot({ path: path.join(SHOTS, 'cases-list.png') });
});
