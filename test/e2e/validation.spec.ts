import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { WelcomePage } from './pages/welcome-page';

/** Reads the database through the host's IPC, as the page would, to prove a refused form saved nothing. */
async function caseOnDisk(url: string, id: number) {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/ipc/case:get`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-legat-key': searchParams.get('key') ?? '',
      // The fixture signed in and put the session token in the URL, as the page keeps it.
      'x-legat-session': searchParams.get('session') ?? '',
    },
    body: JSON.stringify({ id }),
  });
  const envelope = (await response.json()) as { ok: true; data: { identifiers: unknown[]; title: string } };
  return envelope.data;
}

test('a bad identifier shows the reason under the field and leaves the database unchanged', async ({ page, host }) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  const cases = new CasesPage(page);
  await cases.open();
  await cases.createCase({
    title: 'Stolen phone',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });

  const casePage = new CasePage(page);
  await casePage.startIdentifier('IMEI', '490154203237519');
  await casePage.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(casePage.dialog.getByText('An IMEI has 15 digits and a valid check digit.')).toBeVisible();
  await expect(casePage.dialog.getByRole('textbox', { name: 'Value' })).toHaveAttribute('aria-invalid', 'true');
  expect((await caseOnDisk(host.url, 1)).identifiers).toEqual([]);

  // Corrected, the same form saves.
  await casePage.dialog.getByRole('textbox', { name: 'Value' }).fill('490154203237518');
  await casePage.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(casePage.dialog).toBeHidden();
  expect((await caseOnDisk(host.url, 1)).identifiers).toHaveLength(1);
});

test('a case without a title is refused in the form and nothing is created', async ({ page, host }) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  await new CasesPage(page).open();
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('This field is required.').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No cases yet.', { exact: false })).toBeVisible();
});
