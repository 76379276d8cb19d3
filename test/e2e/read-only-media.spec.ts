import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');

test('a data folder on read-only media: the banner says so and every screen still reads', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  await new WelcomePage(page).loadSampleOffice(host.url);

  let mounted = false;
  try {
    const restarted = await host.restart(() => {
      try {
        execFileSync('mount', ['--bind', host.dataDir, host.dataDir], { stdio: 'ignore' });
        mounted = true;
        execFileSync('mount', ['-o', 'remount,bind,ro', host.dataDir], { stdio: 'ignore' });
      } catch {
        console.warn('Skipped: this machine allows no bind mount (needs root with CAP_SYS_ADMIN).');
      }
    });
    test.skip(!mounted, 'no bind mount on this machine');
    await page.goto(restarted.url);
    const banner = page.getByRole('status', { name: 'Read-only media' });
    await expect(banner).toContainText(
      'This data folder is on read-only media: you can read everything; changes are refused.',
    );
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expect(banner).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'read-only-banner.png') });
  } finally {
    // The host must let go of the folder before it can be unmounted and removed.
    if (mounted) {
      await host.restart(() => execFileSync('umount', [host.dataDir]));
    }
  }
});
