import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AttachmentsPanel } from './pages/attachments-panel';
import { BundlesPage } from './pages/bundles-page';
import { CasePage, CasesPage } from './pages/case-pages';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');

const evidence = {
  name: 'subscriber-records.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('account,created,ip\nvictim@example.org,2025-02-01,198.51.100.4\n'),
};

test('a case exported on one laptop is verified, previewed and imported on another', async ({
  page,
  host,
  otherHost,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Embassy desk, Washington', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Romance fraud ring',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });
  await new CasePage(page).tab('Attachments');
  await new AttachmentsPanel(page).add(evidence, 'Evidence', 'provider response');
  const bundles = new BundlesPage(page);
  const exported = await bundles.exportOpenCase('a long enough passphrase');
  expect(
    createHash('sha256')
      .update(await readFile(exported.path))
      .digest('hex'),
  ).toBe(exported.sha256);
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText(/Case exported in bundle .*\.legat/)).toBeVisible();

  // The other office's laptop.
  await welcome.open(otherHost.url);
  await welcome.createOffice({ name: 'Headquarters, Paris', officer: 'Marc Durand' });
  await bundles.open();
  await bundles.chooseBundle(exported.path);
  // An encrypted bundle is asked for its passphrase, not refused first.
  await expect(page.getByText(/encrypted: enter the passphrase/)).toBeVisible();
  await expect(page.getByText('The bundle was refused; nothing was imported')).toHaveCount(0);
  await page.getByLabel('Passphrase of the bundle').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Open', exact: true }).click();

  await expect(page.getByRole('heading', { name: /What importing .*\.legat would do/ })).toBeVisible();
  await expect(page.getByText('Signed by a key this office does not trust yet')).toBeVisible();
  const caseRow = page.getByRole('row', { name: /^LGT-\d{4}-\d{4} Romance fraud ring/ });
  await expect(caseRow).toContainText('New');
  await expect(page.getByText(/files: 1 \(/)).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await page.getByLabel(/I compared the fingerprint/).check();
  await shot('bundle-import-preview');
  await importButton.click();

  await expect(page.getByText('Bundle imported')).toBeVisible();
  await shot('bundle-import-result');
  await page
    .getByRole('link', { name: /^LGT-\d{4}-\d{4}$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Romance fraud ring' })).toBeVisible();
  await new CasePage(page).tab('Attachments');
  await expect(new AttachmentsPanel(page).row(evidence.name)).toContainText('provider response');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Case imported from a bundle signed by Embassy desk, Washington')).toBeVisible();

  // The sender's key is now trusted, with its fingerprint, in Settings.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('row', { name: /Embassy desk, Washington/ })).toBeVisible();
  await page.getByRole('heading', { name: 'Bundle signing keys' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'bundle-keys.png') });
});

test('a case edited on both laptops shows the conflicting field side by side and merges as chosen', async ({
  page,
  host,
  otherHost,
}) => {
  const welcome = new WelcomePage(page);
  const bundles = new BundlesPage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Field office', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Account takeover',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });
  const first = await bundles.exportOpenCase();

  await welcome.open(otherHost.url);
  await welcome.createOffice({ name: 'Headquarters', officer: 'Marc Durand' });
  await bundles.open();
  await bundles.chooseBundle(first.path);
  await page.getByLabel(/I compared the fingerprint/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByRole('link', { name: /^LGT-\d{4}-\d{4}$/ })
    .first()
    .click();
  await bundles.renameOpenCase('Account takeover (HQ view)');

  await page.goto(`${host.url}#/cases/1`);
  await bundles.renameOpenCase('Account takeover of a webmail user');
  const second = await bundles.exportOpenCase();

  await page.goto(`${otherHost.url}#/bundles`);
  await bundles.chooseBundle(second.path);
  // Trusted since the first import: no fingerprint to vouch for this time.
  await expect(page.getByText('Signed by a trusted office')).toBeVisible();
  await expect(page.getByText('1 record changed on both sides')).toBeVisible();
  const field = page.getByRole('row', { name: /Account takeover \(HQ view\)/ });
  await expect(field).toContainText('Account takeover of a webmail user');
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: path.join(SHOTS, 'bundle-conflict.png'), fullPage: true });
  await field.getByText('Bundle', { exact: true }).click();
  await importButton.click();
  await expect(page.getByText(/merged as chosen: 1/)).toBeVisible();
  await page
    .getByRole('link', { name: /^LGT-\d{4}-\d{4}$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Account takeover of a webmail user' })).toBeVisible();
});
