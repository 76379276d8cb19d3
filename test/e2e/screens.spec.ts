import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Walks every screen of the sample office as an attaché would, checking each renders its content and
 * no error, and keeps a 1280×800 screenshot of each in test-results/screens for review.
 */
const SHOTS = path.resolve('test-results', 'screens');

test('every screen of the sample office renders without an error', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  const shot = async (name: string) => {
    // Error alerts only: reminder notices raised at start are expected on the sample office.
    await expect(page.locator('.mantine-Alert-root')).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText('FICTIONAL SAMPLE DATA')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Emergency disclosure: hosting account of the leak site').first()).toBeVisible();
  await shot('dashboard');

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Cases' }).click();
  const romance = page.getByRole('row', { name: /Romance fraud ring/ });
  await expect(romance).toBeVisible();
  await shot('cases');

  await romance.getByRole('link', { name: /^DEMO-\d{4}-\d{4}$/ }).click();
  await expect(page.getByRole('heading', { name: /Romance fraud ring/ })).toBeVisible();
  await shot('case-overview');
  for (const [tab, name] of [
    ['Subjects & identifiers', 'case-identifiers'],
    ['Requests', 'case-requests'],
    ['Timeline', 'case-timeline'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await shot(name);
  }
  await page.getByRole('tab', { name: 'Requests' }).click();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Preserve webmail account and login IPs' }).click();
  await expect(page.getByRole('heading', { name: 'Preserve webmail account and login IPs' })).toBeVisible();
  await shot('request');

  await nav.getByRole('link', { name: 'Requests' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await shot('requests');

  await nav.getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('link', { name: 'Inspector Jo Placeholder' })).toBeVisible();
  await shot('contacts');
  await page.getByRole('link', { name: 'Inspector Jo Placeholder' }).click();
  await expect(page.getByRole('heading', { name: 'Inspector Jo Placeholder' })).toBeVisible();
  await shot('contact');

  await nav.getByRole('link', { name: 'Reminders' }).click();
  await expect(page.getByRole('region', { name: 'Overdue' })).toBeVisible();
  await shot('reminders');

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(/2703\(f\)/).first()).toBeVisible();
  await shot('settings');

  await nav.getByRole('link', { name: 'Office' }).click();
  await expect(page.getByText('About this installation')).toBeVisible();
  await shot('office');
});
