/**
 * An attaché drafts an MLA request from a case: the checker blocks it, the officer fixes the fields
 * it points to, generates the DOCX, and finds it filed on the request with its SHA-256.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');

test('draft an MLA request, see the checker block it, fix it, generate the DOCX and find it on the request', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Attaché Office Madrid', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({ title: 'Server takeover', offence: 'Fraud', country: 'Spain (ES)', countrySearch: 'Spain' });
  const casePage = new CasePage(page);
  await casePage.addIdentifier('E-mail', 'zoe.suspect@example.org');
  await casePage.startRequest('Mutual legal assistance', 'Search of the server in Madrid');
  await casePage.saveRequest();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Search of the server in Madrid' }).click();

  await page.getByRole('link', { name: 'Drafting' }).click();
  await expect(page.getByRole('heading', { name: /Drafting: Search of the server in Madrid/ })).toBeVisible();
  // The language defaults from the requested country.
  await expect(page.getByLabel('Language of the document')).toHaveValue('Spanish');
  const checker = page.getByRole('list', { name: 'Completeness check' });
  await expect(checker.getByText('No legal basis is stated.')).toBeVisible();
  await expect(page.getByText(/blocking findings: fix them or override them/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate DOCX' })).toBeDisabled();
  await page.screenshot({ path: path.join(SHOTS, 'drafting-blocked.png'), fullPage: false });

  // Each finding's Fix button takes the officer to the field that fixes it.
  await checker
    .getByRole('listitem')
    .filter({ hasText: 'Summary of the facts is missing' })
    .getByRole('button', { name: 'Fix' })
    .click();
  const facts = page.getByRole('textbox', { name: 'Summary of the facts' });
  await expect(facts).toBeFocused();
  await facts.fill(
    'Between March and May 2026 the suspect took over the webmail accounts of 41 victims by phishing and diverted invoice payments of €312,000 to accounts controlled from a server in Madrid.',
  );
  await page.getByRole('textbox', { name: 'Addressee', exact: true }).fill('Ministerio de Justicia');
  await page.getByRole('textbox', { name: 'Legal basis' }).fill('Budapest Convention on Cybercrime, art. 25 and 27');
  await page
    .getByRole('textbox', { name: 'Offences and penalties' })
    .fill('Fraude informatique, cinq ans d’emprisonnement');
  await page
    .getByRole('textbox', { name: 'Assistance sought and why' })
    .fill('Search of the server and seizure of its logs.');
  await page
    .getByRole('textbox', { name: 'Why the evidence is in the requested state' })
    .fill('The server is hosted in Madrid.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/blocking finding/)).toHaveCount(0);
  await expect(checker.getByText('Blocking')).toHaveCount(0);

  await page.getByRole('button', { name: 'Generate DOCX' }).click();
  await expect(page.getByText('DOCX generated and filed on the request.')).toBeVisible();
  const versions = page.getByRole('table', { name: 'Generated files' });
  await expect(versions.getByText('LGT-2026-0001-mla-request-es.docx')).toBeVisible();
  const hash = (await versions.getByTestId('output-sha256').first().textContent()) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await page.screenshot({ path: path.join(SHOTS, 'drafting-generated.png'), fullPage: false });

  // On the request, the file is an attachment with the same hash.
  await page.getByRole('link', { name: 'Back to the request' }).click();
  await expect(page.getByText('LGT-2026-0001-mla-request-es.docx')).toBeVisible();
  await expect(page.getByLabel(`SHA-256: ${hash}`)).toBeVisible();

  await page.goto(`${host.url}#/settings/templates`);
  await expect(page.getByRole('heading', { name: 'Document wording' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Section mla_intro' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'drafting-templates.png'), fullPage: false });
});
