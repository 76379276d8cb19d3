import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataKeyFromSecret } from '../../electron/core/security/provision';
import { flipPageTypeByte, rootPageOf } from '../support/damage';
import { HOST_PASSPHRASE } from '../support/host-session';
import { expect, test } from './fixtures';

const SHOTS = path.resolve('test-results', 'screens');

test('back up now, then restore that backup after a change, from Settings', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup made' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByText('Verified')).toBeVisible();
  await expect(table.getByText('By hand')).toBeVisible();
  await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'settings-backups.png') });

  // A change after the backup, made through the host as the page would: the restore takes it away.
  const { searchParams } = new URL(host.url);
  const created = await page.request.post(`${host.origin}/ipc/case:create`, {
    headers: {
      'x-legat-key': searchParams.get('key') ?? '',
      'x-legat-session': searchParams.get('session') ?? '',
      origin: host.origin,
    },
    data: {
      title: 'Opened after the backup',
      offenceCategory: 'fraud',
      counterpartCountry: 'US',
      openedOn: '2026-11-30',
    },
  });
  expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Opened after the backup/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await table
    .getByRole('button', { name: /^Restore the backup made/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('kept first, as a backup of its own');
  // The modal fades in; the review shot waits for it to settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SHOTS, 'settings-backups-restore-confirm.png') });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toBeVisible();
  await expect(table.getByText('Before a restore')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Romance fraud ring/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Opened after the backup/ })).toHaveCount(0);
});

test('a damaged database: banner on every screen, writes refused, last good backup restored', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup made' })).toBeVisible();

  const file = path.join(host.dataDir, 'legat.sqlite');
  const requestsPage = rootPageOf(file, 'requests', (await dataKeyFromSecret(host.dataDir, HOST_PASSPHRASE))!);
  const restarted = await host.restart(() => flipPageTypeByte(file, requestsPage));
  await page.goto(restarted.url);
  // Reads that reach the damaged pages fail too, each with its own alert; the banner is the titled one.
  const banner = page.getByRole('alert', { name: /^The database is damaged:/ });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('found at start');
  await page.screenshot({ path: path.join(SHOTS, 'damaged-banner.png') });
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeHidden();

  await banner.getByRole('button', { name: /Restore the last good backup/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('The damaged file is kept');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toBeHidden();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
});
