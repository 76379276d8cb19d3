import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { AttachmentsPanel } from './pages/attachments-panel';

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
  // Reminder toasts from the start-up sweep cover the right-hand column of the attachment tables; the
  // shots of those tables leave the passing toasts out (the page object reaches the buttons by keyboard).
  // A constructed style sheet: the CSP refuses a <style> element without the launch's nonce.
  const toasts = (display: 'none' | '') =>
    page.evaluate((value) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(value ? `.mantine-Notifications-root { display: ${value}; }` : '');
      document.adoptedStyleSheets = [sheet];
    }, display);
  await toasts('none');
  await page.getByRole('tab', { name: 'Attachments' }).click();
  const caseFiles = new AttachmentsPanel(page);
  await caseFiles.startAdding([
    { name: 'mlat-request-signed.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 request') },
  ]);
  await expect(caseFiles.dialog.getByText(/· Received/)).toBeVisible();
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await shot('case-attachments-add');
  await caseFiles.describeAndRegister(
    'mlat-request-signed.pdf',
    'Document',
    'Signed MLA request as sent to the central authority',
  );
  await caseFiles.add(
    { name: 'translation-de.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 draft') },
    'Document',
    'Translation',
  );
  await caseFiles.addVersion(
    'translation-de.pdf',
    { name: 'translation-de-certified.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 certified') },
    'Certified translation',
    'Document',
  );
  await shot('case-attachments');

  await page.getByRole('tab', { name: 'Requests' }).click();
  // The request table comes first; the counterparts section below links the same request again.
  await page
    .getByRole('tabpanel')
    .getByRole('link', { name: 'Preserve webmail account and login IPs' })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Preserve webmail account and login IPs' })).toBeVisible();
  await shot('request');
  const requestFiles = new AttachmentsPanel(page);
  await requestFiles.add(
    {
      name: 'provider-response-subscriber-and-login-ips.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('account,ip\nvictim@example.org,203.0.113.7\n'),
    },
    'Evidence',
    'Provider response: subscriber data and login IPs',
  );
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await shot('request-attachments');
  await toasts('');

  await nav.getByRole('link', { name: 'Requests' }).click();
  // The request page just left holds two tables of its own; wait for the list to replace it.
  await expect(page.getByRole('heading', { name: 'Requests', exact: true })).toBeVisible();
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
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.getByText('Currently 8 GiB.')).toBeVisible();
  await expect(page.getByText(/2703\(f\)/).first()).toBeVisible();
  await shot('settings');

  await nav.getByRole('link', { name: 'Office' }).click();
  await expect(page.getByText('About this installation')).toBeVisible();
  await shot('office');
});

test('an address no screen answers to says so inside the shell and leads back to the dashboard', async ({
  page,
  host,
}) => {
  await new WelcomePage(page).loadSampleOffice(host.url);
  await page.evaluate(() => (window.location.hash = '#/deadlines-old-bookmark'));
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  // The menu stays: every screen is one click away.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Cases' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'not-found.png') });
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
