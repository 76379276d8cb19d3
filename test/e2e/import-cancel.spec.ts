import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { frenchRegister, xlsx } from '../support/sheet-fixtures';

const SHOTS = path.resolve('test-results', 'screens');
/** Enough rows that the write takes several slices, so its progress shows and Cancel is heard. */
const ROWS = 1500;

/** The French register's first request, repeated with its own reference and subject per row. */
function longRegister() {
  const [title, header, first] = frenchRegister();
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const row = [...first!];
    row[2] = `Conservation du compte ${i}`;
    row[7] = `ASI/2025/${1000 + i}`;
    return row;
  });
  return [title!, header!, ...rows];
}

test('register import: a long import shows its progress and Cancel leaves nothing', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });

  await page.keyboard.press('Alt+I');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'registre-long.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await xlsx(longRegister()),
  });
  await page.getByRole('button', { name: `Import ${ROWS} requests` }).click();

  const writing = page.getByRole('status').filter({ hasText: 'Writing the import' });
  await expect(writing).toContainText(`of ${(ROWS * 2).toLocaleString('en')} steps`);
  await page.screenshot({ path: path.join(SHOTS, 'import-6-writing.png') });
  await writing.getByRole('button', { name: 'Cancel the import' }).click();
  await expect(page.getByText(/^Import cancelled: nothing was imported\./)).toBeVisible();
  await expect(page.getByText('Working')).toBeHidden();
  await expect(writing).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'import-7-cancelled.png') });

  await page.goto(`${host.url}/#/requests`);
  await expect(page.getByText('Conservation du compte 0')).toBeHidden();
});
