import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { StatisticsPage } from './pages/statistics-page';

/** Screenshots for the closing note, outside the repository. */
const SCREENS = process.env.LEGAT_SCREENS_DIR ?? path.resolve('test-results', 'screens');

test('statistics of the sample office: filter, drill down to the requests, export Excel and read it back', async ({
  page,
  host,
}) => {
  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  const stats = new StatisticsPage(page);
  await stats.openWithShortcut();
  await expect(stats.breakdown('Channel')).toBeVisible();
  const all = await stats.total();
  expect(all).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SCREENS, 'statistics-overview.png') });

  await stats.filterChannel('Police');
  await expect.poll(() => stats.total()).toBeLessThan(all);
  const police = await stats.total();
  const channel = stats.breakdown('Channel');
  await expect(channel.getByRole('row')).toHaveCount(2);

  const drawer = await stats.drill('Channel', 'Police');
  await expect(drawer.getByText(police === 1 ? '1 request' : `${police} requests`)).toBeVisible();
  // Each row links to its request (first cell) and its case.
  const rows = drawer.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(police);
  const link = rows.first().getByRole('link').first();
  const title = await link.innerText();
  await link.click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  await stats.openWithShortcut();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^statistics-\d{4}-01-01-\d{4}-12-31\.xlsx$/);
  const sheet = await readSheet(await file.path());
  expect(sheet[0]?.slice(0, 3)).toEqual(['Breakdown', 'Value', 'Requests']);
  expect(sheet[1]?.slice(0, 3)).toEqual(['Total', null, all]);
  expect(sheet.filter((row) => row[0] === 'Channel').reduce((s, row) => s + Number(row[2]), 0)).toBe(all);

  await stats.tab('Official returns');
  await expect(page.getByRole('region', { name: /^\(a\) EPOCs and EPOC-PRs issued/ })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, 'return-reg-2023-1543.png'), fullPage: true });
  await page.getByText('Dir. (EU) 2023/977 art. 18').click();
  await expect(page.getByRole('region', { name: /^\(a\) Requests for information submitted/ })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, 'return-dir-2023-977.png'), fullPage: true });
});
