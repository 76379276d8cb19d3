import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { choose } from './pages/controls';

/**
 * The dashboard, an MLA request and its drafting page of the sample office in French and Spanish, kept
 * at 1280×800 in test-results/screens/i18n for review: French and Spanish run longer than English.
 */
const SHOTS = path.resolve('test-results', 'screens', 'i18n');

const LANGUAGES = [
  {
    code: 'fr',
    name: 'Français',
    region: 'Langue de l’interface',
    label: 'Langue',
    settings: 'Paramètres',
    dashboard: 'Tableau de bord',
    requests: 'Demandes',
    drafting: 'Rédaction',
    channel: 'Entraide judiciaire',
  },
  {
    code: 'es',
    name: 'Español',
    region: 'Idioma de la interfaz',
    label: 'Idioma',
    settings: 'Ajustes',
    dashboard: 'Panel',
    requests: 'Solicitudes',
    drafting: 'Redacción',
    channel: 'Asistencia judicial mutua',
  },
] as const;

const ENGLISH = { region: 'Interface language', label: 'Language' };

/** Settings → language, as the officer does it; the settings heading then reads in that language. */
async function switchTo(page: Page, from: { region: string; label: string }, to: (typeof LANGUAGES)[number]) {
  await page.keyboard.press('Alt+0');
  await choose(page.getByRole('region', { name: from.region }), from.label, to.name);
  await expect(page.getByRole('heading', { name: to.settings, exact: true })).toBeVisible();
}

test('the sample office reads in French and Spanish on the dashboard, a request and its drafting page', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await new WelcomePage(page).loadSampleOffice(host.url);
  // Start-up reminder toasts would cover the right-hand column of every shot.
  const hideToasts = () =>
    page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.mantine-Notifications-root { display: none; }');
      document.adoptedStyleSheets = [sheet];
    });

  let from: { region: string; label: string } = ENGLISH;
  for (const language of LANGUAGES) {
    await switchTo(page, from, language);
    from = language;
    await hideToasts();
    await page.getByRole('navigation').getByRole('link', { name: language.dashboard, exact: true }).click();
    await expect(page.getByRole('heading', { name: language.dashboard, exact: true })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `${language.code}-dashboard.png`) });

    await page.getByRole('navigation').getByRole('link', { name: language.requests, exact: true }).click();
    await page.getByRole('link', { name: 'MLA request for content of the webmail account' }).click();
    await expect(page.getByRole('heading', { name: /MLA request for content of the webmail account/ })).toBeVisible();
    await expect(page.getByText(language.channel).first()).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `${language.code}-request.png`) });

    await page.getByRole('link', { name: language.drafting, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`${language.drafting}`) })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `${language.code}-drafting.png`) });
  }
});
