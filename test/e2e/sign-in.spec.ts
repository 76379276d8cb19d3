import path from 'node:path';
import { expect, test } from './fixtures';
import { choose } from './pages/controls';
import { SignInPage } from './pages/sign-in-page';
import { WelcomePage } from './pages/welcome-page';

const SHOTS = path.resolve('test-results', 'screens');
const CLAIRE = { name: 'Claire Martin', passphrase: 'claire walks the long corridor' };
const MARC = { name: 'Marc Durand', passphrase: 'marc prefers green tea at noon' };

test.describe('sign-in on a fresh installation', () => {
  // This spec signs in itself, and waits for an idle lock that is seconds, not minutes, long.
  test.use({ autoSignIn: false, hostEnv: { LEGAT_IDLE_SECONDS: '4' } });

  test('set-up of two officers, idle lock, and each signing in as themselves', async ({ page, host }) => {
    const signIn = new SignInPage(page);
    await page.goto(host.url);
    await page.screenshot({ path: path.join(SHOTS, 'auth-setup.png') });
    const recoveryKey = await signIn.setUp(CLAIRE.name, CLAIRE.passphrase);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.screenshot({ path: path.join(SHOTS, 'auth-recovery-key.png') });
    await signIn.confirmRecoveryKeyKept();

    // The office profile follows, with the officer who just set up sign-in as its first officer.
    await expect(page.getByRole('heading', { name: 'Create the office profile' })).toBeVisible();
    await expect(page.getByLabel('Officer name').first()).toHaveValue(CLAIRE.name);
    await new WelcomePage(page).createOffice({ name: 'Embassy desk, Washington', officer: CLAIRE.name });
    await expect(page.getByText(`Signed in as ${CLAIRE.name}`)).toBeVisible();

    // A second officer, who types their own passphrase at this screen.
    await page.getByRole('link', { name: 'Office' }).click();
    await page.getByRole('button', { name: 'Add an officer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill(MARC.name);
    await dialog.getByLabel('Their passphrase (typed by them)').fill(MARC.passphrase);
    await dialog.getByLabel('Repeat the passphrase').fill(MARC.passphrase);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const card = page.getByRole('region', { name: 'Who can sign in on this computer' });
    await expect(card.getByRole('row', { name: new RegExp(MARC.name) })).toContainText('Can sign in');
    // …and into the office profile's officers.
    await expect(page.getByLabel(/^Officer name/).nth(1)).toHaveValue(MARC.name);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'auth-office-officers.png') });

    // Left alone, Legat locks, and the lock screen shows nothing of the office.
    await expect(signIn.lockHeading).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Embassy desk, Washington')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS, 'auth-lock.png') });
    await page.getByRole('button', { name: 'Forgot your passphrase? Use the office recovery key' }).click();
    await expect(page.getByRole('heading', { name: 'Set a new passphrase with the recovery key' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'auth-recover.png') });
    await page.getByRole('button', { name: 'Back to sign-in' }).click();

    await signIn.signIn(MARC.name, MARC.passphrase);
    await expect(page.getByText(`Signed in as ${MARC.name}`)).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    await signIn.signIn(CLAIRE.name, CLAIRE.passphrase);
    await expect(page.getByText(`Signed in as ${CLAIRE.name}`)).toBeVisible();

    // Claire forgets her passphrase: the office's recovery key sets a new one.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Forgot your passphrase? Use the office recovery key' }).click();
    await page.getByLabel(/^Office recovery key/).fill(recoveryKey.toLowerCase());
    await choose(page, 'New passphrase for', CLAIRE.name);
    await page.getByLabel(/^New passphrase \*/).fill('claire now uses another passphrase');
    await page.getByLabel(/^Repeat the new passphrase/).fill('claire now uses another passphrase');
    await page.getByRole('button', { name: 'Set passphrase and sign in' }).click();
    await expect(page.getByText(`Signed in as ${CLAIRE.name}`)).toBeVisible();
  });
});

test('five wrong passphrases lock sign-in, and the right one is then refused too', async ({ page, host }) => {
  await new WelcomePage(page).loadSampleOffice(host.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Sign-in and locking' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'auth-settings.png') });
  await page.getByRole('button', { name: 'Lock' }).click();

  const signIn = new SignInPage(page);
  await expect(signIn.lockHeading).toBeVisible();
  await choose(page, 'Officer', 'Test Officer');
  const field = page.getByLabel(/^Passphrase/);
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await field.fill(`wrong guess number ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const left = 5 - attempt;
    await expect(page.getByRole('alert')).toHaveText(
      `Wrong passphrase. ${left} attempt${left === 1 ? '' : 's'} left before sign-in is locked for 10 minutes.`,
    );
  }
  await field.fill('wrong guess number 5');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/Too many failed attempts\. Sign-in is locked until \d\d:\d\d/);
  await page.screenshot({ path: path.join(SHOTS, 'auth-locked-out.png') });
  await field.fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many failed attempts');
  await expect(signIn.lockHeading).toBeVisible();
});
