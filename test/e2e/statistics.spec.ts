import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { StatisticsPage } from './pages/statistics-page';

/** Records through the host's IPC, as the page does (the fixture put the key and session in the URL). */
async function ipc(url: string, channel: string, input: unknown): Promise<{ id: number }> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/ipc/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-legat-key': searchParams.get('key') ?? '',
      'x-legat-session': searchParams.get('session') ?? '',
    },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; data: { id: number } };
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope)}`);
  return envelope.data;
}

/** Hides the reminders the sample raises (they come and go on their own), so they do not cover the screenshots. */
async function dismissNotifications(page: Page) {
  // Through the CSSOM: the page's CSP refuses an injected style sheet, as it should.
  await page.evaluate(() => {
    for (const root of document.querySelectorAll<HTMLElement>('.mantine-Notifications-root'))
      root.style.display = 'none';
  });
}

/** Screenshots for the closing note, outside the repository. */
const SCREENS = process.env.LEGAT_SCREENS_DIR ?? path.resolve('test-results', 'screens');

test('statistics of the sample office: filter, drill down to the requests, export Excel and read it back', async ({
  page,
  host,
}) => {
  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await new WelcomePage(page).loadSampleOffice(host.url);

  const stats = new StatisticsPage(page);
  await stats.openWithShortcut();
  await expect(stats.breakdown('Channel')).toBeVisible();
  const all = await stats.total();
  expect(all).toBeGreaterThan(0);
  await dismissNotifications(page);
  await page.screenshot({ path: path.join(SCREENS, 'statistics-overview.png'), animations: 'disabled' });

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
});

test('the two official returns of the sample office, with what they cannot compute and the links to fix it', async ({
  page,
  host,
}) => {
  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await new WelcomePage(page).loadSampleOffice(host.url);
  // The sample's provider requests go to US companies; two orders to an Irish provider make the EU return show.
  const order = async (kind: string, title: string, categories: string[], steps: [string, string][]) => {
    const request = await ipc(host.url, 'request:create', {
      caseId: 1,
      channel: 'provider',
      kind,
      title,
      counterpartCountry: 'IE',
      provider: 'Meta Platforms Ireland Ltd',
      dataCategories: categories,
    });
    for (const [action, occurredOn] of steps) {
      await ipc(host.url, 'request:transition', {
        requestId: request.id,
        action,
        occurredOn,
        payload: action === 'submit' ? { submittedVia: 'portal' } : {},
        overrideReason: 'Issued through the national e-evidence platform',
      });
    }
  };
  await order(
    'content_legal_process',
    'EPOC: messages of the suspect account',
    ['content'],
    [
      ['submit', '2026-10-01'],
      ['disclose', '2026-10-09'],
    ],
  );
  await order(
    'preservation',
    'EPOC-PR: preserve the suspect account',
    [],
    [
      ['submit', '2026-09-20'],
      ['confirm_preservation', '2026-09-21'],
    ],
  );

  const stats = new StatisticsPage(page);
  await stats.openWithShortcut();
  await stats.tab('Official returns');
  const issued = page.getByRole('region', { name: /^\(a\) EPOCs and EPOC-PRs issued/ });
  await expect(issued.getByRole('row')).toHaveCount(3);
  await expect(issued.getByText('Incomplete')).toBeVisible();
  const fix = issued.getByRole('link', { name: 'EPOC-PR: preserve the suspect account' });
  await dismissNotifications(page);
  await page.screenshot({
    path: path.join(SCREENS, 'return-reg-2023-1543.png'),
    fullPage: true,
    animations: 'disabled',
  });

  await page.getByText('Dir. (EU) 2023/977 art. 18').click();
  await expect(page.getByRole('region', { name: /^\(a\) Requests for information submitted/ })).toBeVisible();
  await dismissNotifications(page);
  await page.screenshot({
    path: path.join(SCREENS, 'return-dir-2023-977.png'),
    fullPage: true,
    animations: 'disabled',
  });

  await page.getByText('Reg. (EU) 2023/1543 art. 28(2)').click();
  await fix.click();
  await expect(page.getByRole('heading', { name: 'EPOC-PR: preserve the suspect account' })).toBeVisible();
});
