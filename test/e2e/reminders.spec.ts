import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { choose } from './pages/controls';
import { daysFromToday, shown } from './pages/dates';
import { RequestPage } from './pages/request-page';
import { WelcomePage } from './pages/welcome-page';

async function officeWithCase(page: Page, url: string) {
  const welcome = new WelcomePage(page);
  await welcome.open(url);
  await welcome.createOffice({ name: 'Legal Attaché Office, Washington', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Bank fraud by a court officer',
    offence: 'Fraud',
    country: 'United States of America (US)',
    countrySearch: 'United States',
  });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

test('a letter rogatory transmitted 13 months ago is overdue, raises a notification, and the notification opens it', async ({
  page,
  host,
}) => {
  await officeWithCase(page, host.url);
  const casePage = new CasePage(page);
  await casePage.startRequest('Letter rogatory', 'Letter rogatory: testimony of the bank officer');
  await casePage.saveRequest();
  await page
    .getByRole('tabpanel')
    .getByRole('link', { name: 'Letter rogatory: testimony of the bank officer' })
    .click();

  const request = new RequestPage(page);
  await request.step('Record signature and seal', daysFromToday(-405));
  await request.step('Transmit to foreign ministry', daysFromToday(-396), { override: 'Drafted outside Legat' });
  await expect(page.getByText(/7 FAM 931/).first()).toBeVisible();
  await expect(page.getByText(/overdue by \d+ days/).first()).toBeVisible();

  await nav(page, 'Dashboard');
  await expect(
    page.getByRole('link', { name: 'Letter rogatory: testimony of the bank officer' }).first(),
  ).toBeVisible();

  await nav(page, 'Reminders');
  await expect(
    page
      .getByRole('region', { name: 'Overdue' })
      .getByRole('link', { name: 'Letter rogatory: testimony of the bank officer' })
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/reminder-centre.png' });

  await page.getByRole('button', { name: 'Check now' }).click();
  const toast = page.locator('.mantine-Notification-root', { hasText: 'Overdue' }).first();
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Open request' }).click();
  await expect(page.getByRole('heading', { name: 'Letter rogatory: testimony of the bank officer' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/letter-rogatory.png', fullPage: true });
});

test('a preservation confirmed 80 days ago offers its extension, and recording it moves the expiry', async ({
  page,
  host,
}) => {
  await officeWithCase(page, host.url);
  const casePage = new CasePage(page);
  const dialog = await casePage.startRequest('Direct to provider', 'Preserve the suspect mailbox');
  await choose(dialog, 'Request kind', 'Preservation');
  await dialog.getByRole('combobox', { name: 'Provider (legal entity)' }).fill('Example Mail Inc.');
  await casePage.saveRequest();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Preserve the suspect mailbox' }).click();

  const request = new RequestPage(page);
  await request.step('Submit to provider', daysFromToday(-82), {
    select: [['Submitted via', 'Provider portal']],
    override: 'Drafted outside Legat',
  });
  await request.step('Confirm preservation', daysFromToday(-80));
  await expect(page.getByText(`Due ${shown(daysFromToday(10))}`)).toBeVisible();
  await expect(page.getByText(/2703\(f\)/).first()).toBeVisible();

  // The reminder itself offers the extension as the next step.
  await page.getByRole('region', { name: 'Deadlines' }).getByRole('button', { name: 'Record extension' }).click();
  await request.fillStep(daysFromToday(0));
  await expect(page.getByText(`Due ${shown(daysFromToday(100))}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record extension' })).toHaveCount(0);
});
