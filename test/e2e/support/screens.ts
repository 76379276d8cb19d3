import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const I18N = path.resolve('renderer', 'src', 'i18n');

/** Every interface language the app ships: a folder of renderer/src/i18n each. */
export const LANGUAGES = readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/**
 * The seam the specs use to run in a language: the key the language choice keeps in localStorage, read
 * at start. The page's `lang` must follow, which proves the choice took (see renderer/DECISIONS.md).
 */
export const LANGUAGE_KEY = 'legat.language';

export async function useLanguage(page: Page, lang: string): Promise<void> {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [LANGUAGE_KEY, lang]);
}

export async function expectLanguage(page: Page, lang: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
}

/** A user-visible string of `lang` by its i18n key, so the specs find buttons in any language. */
export function tr(lang: string, key: string): string {
  const [namespace, ...rest] = key.split('.');
  const file = path.join(I18N, lang, `${namespace}.json`);
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of rest) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no string at ${key} in ${lang}`);
  return node;
}

export interface Screen {
  name: string;
  /** Opens the screen from anywhere in the signed-in app and waits for its content. */
  open(page: Page): Promise<void>;
}

async function route(page: Page, hash: string): Promise<void> {
  const before = await page.evaluate(() => ({
    hash: window.location.hash,
    title: document.querySelector('main h1')?.textContent ?? null,
  }));
  await page.evaluate((next) => (window.location.hash = next), hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The screen left behind keeps its h1 for a moment: wait until the h1 is the new screen's own.
  const same = (a: string, b: string) => a.replace(/^#?\/?/, '#/') === b.replace(/^#?\/?/, '#/');
  if (!same(before.hash, hash) && before.title !== null) {
    await page.waitForFunction((old) => {
      const titles = [...document.querySelectorAll('main h1')].map((h) => h.textContent);
      return titles.length > 0 && titles.every((title) => title !== old);
    }, before.title);
  }
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/** The first record of the list at `hash` (`#/cases` …), opened by its link as an officer opens it. */
async function firstRecord(page: Page, hash: string): Promise<void> {
  await route(page, hash);
  const listTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.locator(`main a[href*="${hash}/"]`).first().click();
  await page.waitForFunction((list) => new RegExp(`^${list}/\\d+$`).test(window.location.hash), hash);
  // The list's h1 can outlive the click for a moment: wait for the record's own.
  await page.waitForFunction((old) => {
    const titles = [...document.querySelectorAll('main h1')].map((h) => h.textContent);
    return titles.length > 0 && titles.every((title) => title !== old);
  }, listTitle);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/** Every screen of the signed-in app on the sample office. */
export const SCREENS: Screen[] = [
  { name: 'dashboard', open: (page) => route(page, '#/') },
  { name: 'reminders', open: (page) => route(page, '#/reminders') },
  { name: 'cases', open: (page) => route(page, '#/cases') },
  { name: 'case', open: (page) => firstRecord(page, '#/cases') },
  { name: 'requests', open: (page) => route(page, '#/requests') },
  { name: 'request', open: (page) => firstRecord(page, '#/requests') },
  {
    name: 'drafting',
    open: async (page) => {
      await firstRecord(page, '#/requests');
      await route(page, `${await page.evaluate(() => window.location.hash)}/drafting`);
      // The request page's h1 stays until the drafting page has drawn its own: wait for the draft's fields.
      await expect(page.locator('main textarea').first()).toBeVisible();
    },
  },
  { name: 'advisor', open: (page) => route(page, '#/advisor') },
  { name: 'contacts', open: (page) => route(page, '#/contacts') },
  { name: 'contact', open: (page) => firstRecord(page, '#/contacts') },
  { name: 'organisations', open: (page) => route(page, '#/organisations') },
  { name: 'organisation', open: (page) => firstRecord(page, '#/organisations') },
  { name: 'knowledge', open: (page) => route(page, '#/knowledge') },
  { name: 'bundles', open: (page) => route(page, '#/bundles') },
  { name: 'import', open: (page) => route(page, '#/import') },
  { name: 'statistics', open: (page) => route(page, '#/statistics') },
  { name: 'audit', open: (page) => route(page, '#/audit') },
  { name: 'office', open: (page) => route(page, '#/office') },
  { name: 'settings', open: (page) => route(page, '#/settings') },
  { name: 'templates', open: (page) => route(page, '#/settings/templates') },
];
