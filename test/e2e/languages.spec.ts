import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { choose } from './pages/controls';
import { HOST_OFFICER, HOST_PASSPHRASE } from '../support/host-session';

const SHOTS = path.resolve('test-results', 'screens', 'i18n');

/**
 * An officer picks their language on the sign-in screen, before signing in, and changes it in Settings
 * afterwards; the computer's sign-in screen then opens in the last one chosen.
 */
test('the language chosen on the sign-in screen and in Settings is the one the interface speaks', async ({
  page,
  host,
}) => {
  await new WelcomePage(page).loadSampleOffice(host.url);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Legat is locked' })).toBeVisible();

  // Before signing in: Spanish, from a picker that names each language in itself.
  await choose(page, 'Language', 'Español');
  await expect(page.getByRole('heading', { name: 'Legat está bloqueado' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'es-sign-in.png') });
  await choose(page, 'Funcionario', HOST_OFFICER);
  await page.getByLabel(/^Frase de contraseña/).fill(HOST_PASSPHRASE);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();

  await expect(page.getByText('DATOS DE EJEMPLO FICTICIOS')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navegación principal' });
  await expect(nav.getByRole('link', { name: 'Expedientes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Panel' })).toBeVisible();

  // In Settings: French, kept with the officer.
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Ajustes', exact: true })).toBeVisible();
  const saved = page.waitForResponse((response) => response.url().includes('/ipc/officer%3AsetLanguage'));
  await choose(page.getByRole('region', { name: 'Idioma de la interfaz' }), 'Idioma', 'Français');
  expect((await saved).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Paramètres', exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'fr-settings.png') });
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(navigation.getByRole('link', { name: 'Dossiers' })).toBeVisible();

  // Locked, the sign-in screen of this computer stays in French.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Legat est verrouillé' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Legat est verrouillé' })).toBeVisible();

  // On a computer that remembers nothing, the sign-in screen follows the browser; the officer's own
  // language comes back with them as they sign in.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Legat is locked' })).toBeVisible();
  await choose(page, 'Officer', HOST_OFFICER);
  await page.getByLabel(/^Passphrase/).fill(HOST_PASSPHRASE);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres', exact: true })).toBeVisible();
  await expect(page.getByText(`Connecté : ${HOST_OFFICER}`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
