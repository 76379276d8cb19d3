import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

/**
 * An attaché opens a request: where no statutory deadline applies the deadline card says why (here: the
 * United States is not bound by Directive 2023/977), and a preservation's end reads the same on the
 * Progress card as on the deadline card.
 */
const SHOTS = path.resolve('test-results', 'screens');

test('the request page says why no statutory deadline applies and shows one preservation end', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await new WelcomePage(page).loadSampleOffice(host.url);
  const open = async (caseTitle: RegExp, request: string) => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
    await page
      .getByRole('row', { name: caseTitle })
      .getByRole('link', { name: /^DEMO-\d{4}-\d{4}$/ })
      .click();
    await page.getByRole('tab', { name: 'Requests' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: request }).first().click();
    await expect(page.getByRole('heading', { name: request })).toBeVisible();
  };

  await open(/Corruption in public procurement/, 'I-24/7: company registration details');
  const deadlines = page.getByRole('region', { name: 'Deadlines' });
  await expect(deadlines.getByText('No statutory deadline applies to this request.')).toBeVisible();
  await expect(deadlines.getByText(/as it does not bind United States/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'request-no-statutory-deadline.png') });

  await open(/Romance fraud ring/, 'Preserve webmail account and login IPs');
  const expiry = page
    .getByRole('region', { name: 'Deadlines' })
    .getByText(/^Due \d/)
    .first();
  const due = /^Due (\d{2} \w{3} \d{4})/.exec((await expiry.textContent()) ?? '')?.[1] ?? '';
  expect(due).not.toBe('');
  const progress = page.locator('.mantine-Paper-root', { has: page.getByRole('heading', { name: 'Progress' }) });
  await expect(progress).toContainText(`Preservation until${due}`);
  await page.screenshot({ path: path.join(SHOTS, 'request-preservation-one-date.png') });
});
