import { expect, type Page } from '@playwright/test';
import { choose } from './controls';

/** The Audit screen: filters, the chain check and the trail itself. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit' }).click();
    await expect(this.page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Audit trail entries' });
  }

  async verify(): Promise<void> {
    await this.page.getByRole('button', { name: 'Verify chain' }).click();
  }

  async filterByAction(action: string): Promise<void> {
    await choose(this.page, 'Action', action, action);
  }
}
