/**
 * The everyday flow as a new attaché meets it: the checker follows typing, the Submit dialog names
 * what holds a request back with the link that fixes it, and the requests list shows what is late.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { WelcomePage } from './pages/welcome-page';

/** Screens for the closing note; kept out of the repository. */
const SHOTS = process.env.FLOW_SHOTS ?? path.resolve('test-results', 'screens', 'flow');

test('the checker follows typing, Submit names each blocking finding, the list marks what is overdue', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Attaché Office Madrid', officer: 'Claire Martin' });

  // The empty dashboard invites to create a first case.
  await page.goto(`${host.url}#/`);
  await page.getByRole('link', { name: 'Create the first case' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({ title: 'Server takeover', offence: 'Fraud', country: 'Spain (ES)', countrySearch: 'Spain' });
  const casePage = new CasePage(page);
  await casePage.addIdentifier('E-mail', 'zoe.suspect@example.org');
  await casePage.startRequest('Mutual legal assistance', 'Search of the server in Madrid');
  await casePage.saveRequest();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Search of the server in Madrid' }).click();

  await page.getByRole('link', { name: 'Drafting' }).click();
  const checker = page.getByRole('list', { name: 'Completeness check' });
  await expect(checker.getByText('No legal basis is stated.')).toBeVisible();
  // Typing, not saving, clears the finding.
  await page.getByRole('textbox', { name: 'Legal basis' }).fill('Budapest Convention on Cybercrime, art. 25 and 27');
  await expect(checker.getByText('No legal basis is stated.')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'drafting-page.png') });

  // Leave without saving: on the request, marking it sent names each blocking finding with its Fix link.
  await page.getByRole('link', { name: 'Back to the request' }).click();
  const next = page.getByRole('group', { name: 'Next step' });
  await next.getByRole('button', { name: 'Send to central authority' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await next.getByRole('button', { name: 'Record transmission' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: "Our central authority's reference" })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const findings = dialog.getByRole('list', { name: 'What holds the request back' });
  await expect(findings.getByText('No legal basis is stated.')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'request-page-submit-findings.png') });
  await findings.getByRole('listitem').filter({ hasText: 'No legal basis is stated.' }).getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Legal basis' })).toBeFocused();

  await page.getByRole('link', { name: 'Back to the request' }).click();
  await expect(page.getByRole('heading', { name: /Search of the server in Madrid/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'request-page.png') });

  await page.goto(`${host.url}#/requests`);
  await expect(page.getByRole('table', { name: 'Requests' })).toBeVisible();
  await page.getByText('Overdue only').click();
  await expect(page.getByText('Search of the server in Madrid')).toHaveCount(0);
  await page.getByText('Overdue only').click();
  await expect(page.getByText('Search of the server in Madrid')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'requests-list.png') });
});
