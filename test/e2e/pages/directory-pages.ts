import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

/** The organisations list and the organisation form. */
export class OrganisationsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Organisations' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Organisations', level: 1 })).toBeVisible();
  }

  /** Creates an organisation from the list and lands on its page. */
  async create(org: { name: string; kind: string; country: string; countrySearch: string }): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'New organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.getByLabel('Name').fill(org.name);
    await choose(dialog, 'Kind', org.kind);
    await choose(dialog, 'Country', org.country, org.countrySearch);
    await dialog.getByRole('button', { name: 'Add organisation' }).click();
    await expect(page.getByRole('heading', { name: org.name, level: 1 })).toBeVisible();
  }
}

/** The contact form, opened from an organisation's page or the contacts list. */
export class ContactForm {
  readonly dialog: Locator;
  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New contact' });
  }

  async fill(person: { kind: string; name: string; email: string }): Promise<void> {
    await choose(this.dialog, 'Kind', person.kind);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
    const emails = this.dialog.getByRole('combobox', { name: 'E-mail addresses' });
    await emails.fill(person.email);
    await emails.press('Enter');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
