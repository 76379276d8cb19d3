import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { choose } from './pages/controls';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');

test('the knowledge screen shows each fact with its source and as-of date; an office edit is marked local and reverts', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Knowledge' })).toBeVisible();

  await page.getByRole('button', { name: /Convention on Cybercrime \(ETS No. 185\)/ }).click();
  await expect(
    page.getByRole('link', { name: /chart of signatures and ratifications of Treaty 185/ }).first(),
  ).toBeVisible();
  await expect(page.getByText(/as of 2026-04-25/).first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'knowledge-treaties.png') });

  await page.getByRole('tab', { name: 'Providers' }).click();
  await page.getByRole('button', { name: 'X (formerly Twitter)' }).click();
  await page.getByRole('button', { name: 'Edit: Preservation period (days)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Preservation period (days)' }).fill('60');
  await dialog.getByRole('textbox', { name: 'Your source or note' }).fill('Confirmed by X, 2026-11-29');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('60 days')).toBeVisible();
  await expect(page.getByText('Pack: 90 days')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'knowledge-providers.png') });
  await page.getByRole('button', { name: 'Revert to pack: Preservation period (days)' }).click();
  await expect(page.getByText('Pack: 90 days')).toBeHidden();

  await page.getByRole('tab', { name: 'Countries' }).click();
  await choose(page, 'Country profile', 'Brazil (BR)', 'Brazil');
  await expect(page.getByText('Not known').first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'knowledge-countries.png') });

  await page.getByRole('button', { name: 'Import pack…' }).click();
  await page.screenshot({ path: path.join(SHOTS, 'knowledge-import.png') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Knowledge publishers' })).toBeVisible();
  await page.getByRole('heading', { name: 'Knowledge publishers' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('F00A D11F CC9A 5605 6F79 7301 206E F4B8')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'settings-publishers.png') });

  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Channel advisor' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'advisor-form.png') });
});
