import { expect, type Page } from '@playwright/test';
import { choose } from './controls';

export interface StepFields {
  select?: [string, string][];
  text?: [string, string][];
  radio?: [string, string][];
  /** Marking sent past the drafting check: the reason recorded as an override (drafting.spec covers the check). */
  override?: string;
}

export class RequestPage {
  constructor(private readonly page: Page) {}

  /** Records a workflow step through its button and modal, dated `on` (today when omitted). */
  async step(button: string, on?: string, fields: StepFields = {}): Promise<void> {
    await this.page.getByRole('group', { name: 'Next step' }).getByRole('button', { name: button }).click();
    await this.fillStep(on, fields);
  }

  async fillStep(on?: string, fields: StepFields = {}): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    if (on) await dialog.getByLabel('Date of this step').fill(on);
    for (const [label, option] of fields.select ?? []) await choose(dialog, label, option);
    for (const [label, value] of fields.text ?? []) await dialog.getByRole('textbox', { name: label }).fill(value);
    for (const [group, option] of fields.radio ?? [])
      await dialog.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    if (fields.override) {
      await dialog.getByRole('textbox', { name: /Reason to send anyway/ }).fill(fields.override);
      await dialog.getByRole('button', { name: 'Save' }).click();
    }
    await expect(dialog).toBeHidden();
  }
}
