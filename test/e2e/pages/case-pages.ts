import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

export class CasesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
    await expect(this.page.getByRole('heading', { name: 'Cases', exact: true })).toBeVisible();
  }

  async createCase(c: { title: string; offence: string; country: string; countrySearch: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title' }).fill(c.title);
    await choose(dialog, 'Offence category', c.offence);
    await choose(dialog, 'Counterpart country', c.country, c.countrySearch);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
}

export class CasePage {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async tab(name: 'Overview' | 'Subjects & identifiers' | 'Requests' | 'Attachments' | 'Timeline'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async startIdentifier(kind: string, value: string): Promise<void> {
    await this.tab('Subjects & identifiers');
    await this.page.getByRole('button', { name: 'Add identifier' }).click();
    await choose(this.dialog, 'Kind', kind);
    await this.dialog.getByRole('textbox', { name: 'Value' }).fill(value);
  }

  async addIdentifier(kind: string, value: string): Promise<void> {
    await this.startIdentifier(kind, value);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Opens the request form on the given channel and fills what every request needs. */
  async startRequest(channel: string, title: string): Promise<Locator> {
    await this.tab('Requests');
    await this.page.getByRole('button', { name: 'Add request' }).click();
    const dialog = this.dialog;
    await dialog.getByText(channel, { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    return dialog;
  }

  async saveRequest(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
