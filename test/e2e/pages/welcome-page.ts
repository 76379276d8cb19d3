import { expect, type Page } from '@playwright/test';
import { choose } from './controls';

export class WelcomePage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Create the office profile' })).toBeVisible();
  }

  /** The first-run screen's sample office, signed in, on its dashboard. */
  async loadSampleOffice(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('button', { name: 'Load sample data' }).click();
    await expect(this.page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  }

  async createOffice(office: { name: string; officer: string }): Promise<void> {
    const page = this.page;
    await page.getByLabel('Office name').fill(office.name);
    await choose(page, 'Home country', 'France (FR)', 'France');
    await choose(page, 'Host country', 'United States of America (US)', 'United States');
    await choose(page, 'Time zone', 'America/New_York', 'New_York');
    await page.getByLabel('Officer name').first().fill(office.officer);
    await page.getByRole('button', { name: 'Create office' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  }
}
