import { expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Bundles screen and the export dialog of a case. */
export class BundlesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Bundles' }).click();
    await expect(this.page.getByRole('heading', { name: 'Case bundles', level: 1 })).toBeVisible();
  }

  /** From an open case page: export it, optionally with a passphrase, and download the file. */
  async exportOpenCase(passphrase?: string): Promise<{ path: string; sha256: string }> {
    const page = this.page;
    await page.getByRole('button', { name: 'Export bundle' }).click();
    const dialog = page.getByRole('dialog');
    if (passphrase) {
      await dialog.getByRole('switch', { name: 'Protect with a passphrase' }).check({ force: true });
      await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await dialog.getByLabel('Repeat the passphrase').fill(passphrase);
    }
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await this.page.screenshot({ path: join('test-results', 'screens', 'bundle-export-running.png') });
    await expect(dialog.getByText('Bundle written')).toBeVisible();
    await this.page.screenshot({ path: join('test-results', 'screens', 'bundle-export-done.png') });
    const sha256 = (await dialog.locator('code').nth(1).textContent()) ?? '';
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download bundle' }).click();
    const saved = await download;
    const path = join(mkdtempSync(join(tmpdir(), 'legat-bundle-')), saved.suggestedFilename());
    await saved.saveAs(path);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    return { path, sha256 };
  }

  async chooseBundle(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a bundle…' }).click();
    await (await chooser).setFiles(file);
  }

  /** Renames the case open on screen through its edit form. */
  async renameOpenCase(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { name: title })).toBeVisible();
  }
}
