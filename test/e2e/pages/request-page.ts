import { expect, type Page } from '@playwright/test';
import { choose } from './controls';

export class RequestPage {
  constructor(private readonly page: Page) {}

  /** Records a workflow step through its button and modal, dated `on`. */
  async step(button: string, on: string, fields: { select?: [string, string][] } = {}): Promise<void> {
    await this.page.getByRole('group', { name: 'Next step' }).getByRole('button', { name: button }).click();
    await this.fillStep(on, fields);
  }

  async fillStep(on: string, fields: { select?: [string, string][] } = {}): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Date of this step').fill(on);
    for (const [label, option] of fields.select ?? []) await choose(dialog, label, option);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
}
