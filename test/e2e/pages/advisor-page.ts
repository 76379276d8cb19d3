import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

export class AdvisorPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Advisor' }).click();
    await expect(this.page.getByRole('heading', { name: 'Channel advisor' })).toBeVisible();
  }

  async ask(need: { provider: string; offence: string }): Promise<void> {
    await choose(this.page, 'Provider', need.provider);
    await choose(this.page, 'Offence category', need.offence);
    await this.page.getByRole('button', { name: 'Advise' }).click();
  }

  option(name: string): Locator {
    return this.page.getByRole('article', { name });
  }
}
