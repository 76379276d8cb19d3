import { expect, type Page } from '@playwright/test';
import { choose } from './controls';

/** The set-up, recovery-key and lock screens. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  get lockHeading() {
    return this.page.getByRole('heading', { name: 'Legat is locked' });
  }

  async setUp(name: string, passphrase: string): Promise<string> {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Secure Legat on this computer' })).toBeVisible();
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel(/^Passphrase/).fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Secure and continue' }).click();
    await expect(page.getByRole('heading', { name: 'The office recovery key' })).toBeVisible();
    return (await page.getByTestId('recovery-key').innerText()).trim();
  }

  async confirmRecoveryKeyKept(): Promise<void> {
    const page = this.page;
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next).toBeDisabled();
    await page.getByLabel('I have printed or written down the recovery key').check();
    await next.click();
  }

  async signIn(officer: string, passphrase: string): Promise<void> {
    await expect(this.lockHeading).toBeVisible();
    await choose(this.page, 'Officer', officer);
    await this.page.getByLabel(/^Passphrase/).fill(passphrase);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
