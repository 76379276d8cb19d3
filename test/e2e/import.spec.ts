import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { frenchRegister, xlsx } from '../support/sheet-fixtures';

const SHOTS = path.resolve('test-results', 'screens');

test('register import: from the file to the imported requests on the dashboard', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });

  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('heading', { name: "Import the office's register" })).toBeVisible();
  await shot('import-1-file');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'registre.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await xlsx(frenchRegister()),
  });

  // The suggested mapping and value table: French headers and words recognised.
  await expect(page.getByText('File: registre.xlsx')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Canal' })).toHaveValue('Channel');
  await expect(page.getByRole('combobox', { name: 'Legat value for “en attente”' })).toHaveValue(/Acknowledged/i);
  const counts = page.getByRole('status').filter({ hasText: 'to create' });
  await expect(counts).toContainText('2 to create');
  await expect(counts).toContainText('1 with problems');
  const preview = page.getByRole('table', { name: 'Every row' });
  await expect(preview).toContainText('unknown country');
  await expect(preview).toContainText('a step date in the future');
  await shot('import-2-preview');
  await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await page.getByRole('button', { name: 'Skip the row with problems' }).click();
  await expect(counts).toContainText('1 skipped');
  await shot('import-3-ready');
  await page.getByRole('button', { name: 'Import 2 requests' }).click();
  await expect(page.getByText('2 created, 0 updated, 0 unchanged, 1 skipped; 1 new cases.')).toBeVisible();
  await shot('import-4-done');

  await page.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText("Demande d'entraide — perquisition").first()).toBeVisible();
  await shot('import-5-dashboard');
});
