import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AttachmentsPanel, type FilePayload } from './pages/attachments-panel';
import { CasePage, CasesPage } from './pages/case-pages';
import { choose } from './pages/controls';
import { WelcomePage } from './pages/welcome-page';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

const response: FilePayload = {
  name: 'provider-response.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('account,login_ip,seen_at\nvictim@example.org,203.0.113.7,2026-11-01T10:00Z\n'),
};
const corrected: FilePayload = {
  name: 'provider-response-corrected.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('account,login_ip,seen_at\nvictim@example.org,203.0.113.9,2026-11-01T10:00Z\n'),
};

test('a file attached to a case is listed with its SHA-256, gets a new version and downloads intact', async ({
  page,
  host,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Webmail takeover',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });
  await new CasePage(page).tab('Attachments');
  const panel = new AttachmentsPanel(page);
  await expect(page.getByText('No files yet.')).toBeVisible();

  await panel.add(response, 'Evidence', 'provider response');
  const first = panel.row(response.name);
  await expect(first).toContainText('provider response');
  await expect(first).toContainText('Evidence');
  await expect(first).toContainText(sha256(response.buffer).slice(0, 12));
  await expect(first.getByLabel(`SHA-256: ${sha256(response.buffer)}`)).toBeVisible();
  await expect(first).toContainText('America/New_York');
  await expect(first).toContainText('by Claire Martin');
  await expect(first).toContainText('v1');

  await panel.addVersion(response.name, corrected, 'provider response, corrected IP');
  const second = panel.row(corrected.name);
  await expect(second).toContainText('v2');
  await expect(second).toContainText(sha256(corrected.buffer).slice(0, 12));
  await expect(panel.row(response.name)).toContainText('Superseded');
  // Only the newest version can be superseded again.
  await expect(panel.row(response.name).getByRole('button', { name: /^New version of/ })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await second.getByRole('button', { name: `Save a copy of ${corrected.name}` }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(corrected.name);
  expect(sha256(await readFile(await saved.path()))).toBe(sha256(corrected.buffer));

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText(`File added: ${response.name}`)).toBeVisible();
  await expect(page.getByText(`New version of a file: ${corrected.name}`)).toBeVisible();
});

test('a file over the size limit set in Settings is refused with the limit named', async ({ page, host }) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Attachments' });
  await card.getByRole('textbox', { name: 'Largest file' }).fill('1');
  await choose(card, 'Unit', 'MiB');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('Currently 1 MiB.')).toBeVisible();

  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({ title: 'Large dump', offence: 'Fraud', country: 'Germany (DE)', countrySearch: 'Germany' });
  await new CasePage(page).tab('Attachments');
  const panel = new AttachmentsPanel(page);
  await panel.startAdding([
    { name: 'mailbox.mbox', mimeType: 'application/mbox', buffer: Buffer.alloc(1024 * 1024 + 1) },
  ]);
  await expect(panel.dialog.getByRole('alert')).toHaveText(
    'mailbox.mbox is larger than the limit of 1 MiB per file, set in Settings. It was not added.',
  );
  await expect(panel.dialog.getByRole('button', { name: /^Register/ })).toBeDisabled();
  await panel.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No files yet.')).toBeVisible();
});

test('a file dropped on a request page is attached to that request, and its description can be edited', async ({
  page,
  host,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Extortion by e-mail',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });
  const casePage = new CasePage(page);
  const dialog = await casePage.startRequest('Direct to provider', 'Subscriber data of the sender');
  await choose(dialog, 'Request kind', 'Preservation');
  await dialog.getByRole('combobox', { name: 'Provider (legal entity)' }).fill('Example Mail Inc.');
  await casePage.saveRequest();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Subscriber data of the sender' }).click();
  await expect(page.getByRole('heading', { name: 'Subscriber data of the sender' })).toBeVisible();

  const panel = new AttachmentsPanel(page);
  await panel.drop([response]);
  await panel.describeAndRegister(response.name, 'Evidence', 'first answer');
  await expect(panel.row(response.name)).toContainText('first answer');

  await panel
    .row(response.name)
    .getByRole('button', { name: `Edit description of ${response.name}` })
    .press('Enter');
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Description' })
    .fill('Provider response, subscriber data');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(panel.row(response.name)).toContainText('Provider response, subscriber data');

  // The case lists the request's file too, saying where it sits.
  await page
    .getByRole('link', { name: /^[A-Z]+-\d{4}-\d{4}$/ })
    .first()
    .click();
  await casePage.tab('Attachments');
  await expect(panel.row(response.name)).toContainText('On request: Subscriber data of the sender');
});
