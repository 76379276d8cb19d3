import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeFindings, describeFindings } from './support/axe';
import { headingProblems } from './support/headings';
import { expectLanguage, LANGUAGES, SCREENS, tr, useLanguage } from './support/screens';

/**
 * WCAG 2.2 AA (issue 19): axe-core's WCAG 2.0-2.2 A/AA rules find nothing critical or serious on any
 * screen of the sample office, in every interface language, nor with the main dialogs open; each screen
 * has one h1 and no skipped heading level; focus goes back where it was when a dialog closes.
 */

async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Colours are measured once dialogs and toasts have finished fading in. Toasts from the start-up
  // reminder sweep belong to the page like anything else: they are checked too.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const findings = await axeFindings(page);
  expect(findings, describeFindings(screen, findings)).toEqual([]);
}

async function loadSample(page: Page, url: string, lang: string): Promise<void> {
  await useLanguage(page, lang);
  await page.goto(url);
  await expectLanguage(page, lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await page.getByRole('button', { name: tr(lang, 'welcome.sample.submit') }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Opens a dialog from `opener` by keyboard, checks it, closes it with Escape and checks where focus went. */
async function checkDialog(page: Page, name: string, opener: Locator): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expectAccessible(page, `${name} dialog`);
  // A searchable first field opens its list on focus: the first Escape closes the list, as in any combobox.
  if ((await dialog.locator('[aria-expanded="true"]').count()) > 0) {
    await page.keyboard.press('Escape');
    await expect(dialog.locator('[aria-expanded="true"]')).toHaveCount(0);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener, `focus back on the button that opened the ${name} dialog`).toBeFocused();
}

for (const lang of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test('every screen passes axe with one h1 and ordered headings', async ({ page, host }) => {
      test.setTimeout(180_000);
      await loadSample(page, host.url, lang);
      for (const screen of SCREENS) {
        await screen.open(page);
        expect(await headingProblems(page), `headings of ${screen.name}`).toEqual([]);
        await expectAccessible(page, screen.name);
      }
      await page.getByRole('button', { name: tr(lang, 'auth.header.lock') }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'auth.lock.title') })).toBeVisible();
      await expectAccessible(page, 'lock');
    });

    test('the main dialogs pass axe and give focus back when they close', async ({ page, host }) => {
      test.setTimeout(120_000);
      await loadSample(page, host.url, lang);
      const main = page.getByRole('main');
      const button = (key: string) => main.getByRole('button', { name: tr(lang, key), exact: true });

      await page.keyboard.press('Control+K');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAccessible(page, 'search palette');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await SCREENS.find((s) => s.name === 'cases')!.open(page);
      await checkDialog(page, 'new case', button('cases.newCase'));
      await SCREENS.find((s) => s.name === 'requests')!.open(page);
      await checkDialog(page, 'new request', button('requests.newRequest'));
      await SCREENS.find((s) => s.name === 'contacts')!.open(page);
      await checkDialog(page, 'new contact', button('contacts.list.new'));
      await SCREENS.find((s) => s.name === 'organisations')!.open(page);
      await checkDialog(page, 'new organisation', button('directory.organisations.new'));
      await SCREENS.find((s) => s.name === 'case')!.open(page);
      await checkDialog(page, 'edit case', button('common.edit'));
      await checkDialog(page, 'export bundle', button('bundles.export.button'));
      await main.getByRole('tab', { name: tr(lang, 'cases.tabs.subjects') }).click();
      await checkDialog(page, 'add identifier', button('cases.identifiers.add'));
      await main.getByRole('tab', { name: tr(lang, 'cases.tabs.requests') }).click();
      await checkDialog(page, 'add request', button('requests.addRequest'));
    });
  });
}

test.describe('before sign-in', () => {
  test.use({ autoSignIn: false });
  for (const lang of LANGUAGES) {
    test(`the set-up screen passes axe in ${lang}`, async ({ page, host }) => {
      await useLanguage(page, lang);
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'auth.setup.title') })).toBeVisible();
      expect(await headingProblems(page)).toEqual([]);
      await expectAccessible(page, 'set-up');
    });
  }
});

test('the skip link is the first Tab stop and takes focus to the main content', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Tab');
  // The next stop is inside the screen, not back in the header or the navigation.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
