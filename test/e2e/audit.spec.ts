import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { dataKeyFromSecret } from '../../electron/core/security/provision';
import { HOST_PASSPHRASE } from '../support/host-session';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { AuditPage } from './pages/audit-page';

test('the audit trail of the sample office verifies and filters by action', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await new WelcomePage(page).loadSampleOffice(host.url);

  const audit = new AuditPage(page);
  await audit.open();
  const rows = audit.table.locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();

  await audit.verify();
  await expect(page.getByRole('status').filter({ hasText: /Chain intact: \d+ entries verified\./ })).toBeVisible();
  mkdirSync(path.resolve('test-results', 'screens'), { recursive: true });
  await page.screenshot({ path: path.resolve('test-results', 'screens', 'audit.png') });

  // "Print anchor": the signed chain head as text for the paper file, the office key's fingerprint first.
  await page.getByRole('button', { name: 'Print anchor' }).click();
  const anchor = page.getByRole('dialog', { name: 'Audit anchor for the paper file' });
  await expect(anchor.getByText(/^Office key fingerprint: ([0-9A-F]{4} ){7}[0-9A-F]{4}$/)).toBeVisible();
  await expect(anchor).toContainText('Legat audit anchor');
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: path.resolve('test-results', 'screens', 'audit-anchor.png') });
  await anchor.getByRole('button', { name: 'Close', exact: true }).click();

  await audit.filterByAction('Case opened');
  await expect(audit.table.getByRole('row', { name: /Contact added/ })).toHaveCount(0);
  await expect(rows.first()).toContainText('Case opened');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Case opened');
});

test('an edited audit entry is reported and shown at its row', async ({ page, host }) => {
  await new WelcomePage(page).loadSampleOffice(host.url);
  // Someone with the database file and a passphrase rewrites who created the first case.
  const db = new Database(path.join(host.dataDir, 'legat.sqlite'));
  applyDatabaseKey(db, (await dataKeyFromSecret(host.dataDir, HOST_PASSPHRASE))!);
  const { id } = db.prepare("SELECT min(id) AS id FROM audit_log WHERE action = 'case.create'").get() as { id: number };
  db.prepare("UPDATE audit_log SET actor = 'Nobody' WHERE id = ?").run(id);
  db.close();

  const audit = new AuditPage(page);
  await audit.open();
  await audit.verify();
  const alert = page.getByRole('alert').filter({ hasText: `Chain broken at entry ${id}` });
  await expect(alert).toContainText('it was edited');
  await alert.getByRole('button', { name: 'Show this entry' }).click();
  const first = audit.table.locator('tbody tr[data-index="0"]');
  await expect(first).toContainText('Nobody');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: path.resolve('test-results', 'screens', 'audit-broken.png') });
});
