import { expect, test } from './fixtures';
import { AdvisorPage } from './pages/advisor-page';
import { CasesPage } from './pages/case-pages';
import { RequestPage } from './pages/request-page';
import { WelcomePage } from './pages/welcome-page';

test('subscriber data at a US provider for a fraud case: advice, sources, and a preservation draft under the provider rule', async ({
  page,
  host,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Investment fraud',
    offence: 'Fraud',
    country: 'United States of America (US)',
    countrySearch: 'United States',
  });

  const advisor = new AdvisorPage(page);
  await advisor.open();
  await advisor.ask({ provider: 'Meta (Facebook, Instagram)', offence: 'Fraud' });

  // Which road: the direct request ranks first; MLA stands on the Budapest Convention (France and the US are parties).
  const direct = advisor.option('Direct request to the provider');
  await expect(direct.getByText('#1')).toBeVisible();
  const mla = advisor.option('Mutual legal assistance');
  await expect(mla.getByText(/^Convention on Cybercrime \(ETS No. 185\)/).first()).toBeVisible();
  await expect(mla.getByText(/Preserve now/)).toBeVisible();
  // How long, and on what basis: no office history yet, so the rule default says so.
  await expect(mla.getByText(/Rule default: 24 months/)).toBeVisible();
  // Where it comes from: the provider's own guidelines, with their as-of date.
  const preservation = page.getByRole('region', { name: 'Preservation' });
  await expect(
    preservation.getByText('Meta (Facebook, Instagram) preserves for 90 days', { exact: true }),
  ).toBeVisible();
  await expect(
    preservation.getByRole('link', { name: /Meta: Information for Law Enforcement Authorities/ }).first(),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Choose the case for the drafts' }).click();
  await page.getByRole('option', { name: /Investment fraud/ }).click();
  await mla.getByRole('button', { name: 'Create preservation + draft' }).click();

  // The preservation request opens first, linked to the MLA draft.
  await expect(page.getByRole('heading', { name: /Preservation: Meta/ })).toBeVisible();
  const links = page.getByRole('region', { name: 'Linked requests' });
  await expect(links.getByRole('link', { name: /Mutual legal assistance/ })).toBeVisible();

  const request = new RequestPage(page);
  await request.step('Submit to provider', undefined, {
    select: [['Submitted via', 'Provider portal']],
    override: 'Sent through the provider portal form',
  });
  await request.step('Confirm preservation');
  const deadlines = page.getByRole('region', { name: 'Deadlines' });
  await expect(
    deadlines.getByText('Meta (Facebook, Instagram): preservation period (provider policy)').first(),
  ).toBeVisible();
  await expect(
    deadlines.getByRole('link', { name: /Meta: Information for Law Enforcement Authorities.*preserves for 90 days/ }),
  ).toBeVisible();
});
