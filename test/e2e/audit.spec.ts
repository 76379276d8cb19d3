import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AuditPage } from './pages/audit-page';

test('the audit trail of the sample office verifies and filters by action', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  const audit = new AuditPage(page);
  await audit.open();
  const rows = audit.table.locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();

  await audit.verify();
  await expect(page.getByRole('status').filter({ hasText: /Chain intact: \d+ entries verified\./ })).toBeVisible();
  mkdirSync(path.resolve('test-results', 'screens'), { recursive: true });
  await page.screenshot({ path: path.resolve('test-results', 'screens', 'audit.png') });

  await audit.filterByAction('case.create');
  await expect(audit.table.getByRole('row', { name: /request\.create/ })).toHaveCount(0);
  await expect(rows.first()).toContainText('case.create');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('case.create');
});
