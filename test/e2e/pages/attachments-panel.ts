import { expect, type Locator, type Page } from '@playwright/test';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The Attachments panel of a case or request page, driven through its buttons and the file chooser. */
export class AttachmentsPanel {
  constructor(
    private readonly page: Page,
    private readonly root: Locator = page.getByRole('region', { name: 'Attachments' }),
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.root.getByRole('row').filter({ hasText: name });
  }

  /**
   * Presses `button` from the keyboard (reminder toasts may cover the table's last column) and
   * answers the browser's file chooser with `files`.
   */
  async choose(button: Locator, files: FilePayload[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await button.press('Enter');
    await (await chooser).setFiles(files);
  }

  /** Drops `files` on the panel as the OS would after a drag from the file manager. */
  async drop(files: FilePayload[]): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (payloads) => {
        const data = new DataTransfer();
        for (const p of payloads) data.items.add(new File([p.text], p.name, { type: p.mimeType }));
        return data;
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString('utf8') })),
    );
    const zone = this.root.getByRole('region', { name: 'Drop zone for attachments' });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  async startAdding(files: FilePayload[]): Promise<void> {
    await this.choose(this.root.getByRole('button', { name: 'Add files' }), files);
  }

  /** Says what the file is once it has arrived, then registers it. */
  async describeAndRegister(name: string, kind: 'Evidence' | 'Document', description: string): Promise<void> {
    const dialog = this.dialog;
    await expect(dialog.getByText(/· Received/)).toBeVisible();
    await dialog
      .getByRole('radiogroup', { name: `Kind of ${name}` })
      .getByText(kind, { exact: true })
      .click();
    await dialog.getByRole('textbox', { name: `Description of ${name}` }).fill(description);
    await dialog.getByRole('button', { name: /^Register/ }).click();
    await expect(dialog).toBeHidden();
  }

  async add(file: FilePayload, kind: 'Evidence' | 'Document', description: string): Promise<void> {
    await this.startAdding([file]);
    await this.describeAndRegister(file.name, kind, description);
  }

  async addVersion(
    of: string,
    file: FilePayload,
    description: string,
    kind: 'Evidence' | 'Document' = 'Evidence',
  ): Promise<void> {
    await this.choose(this.root.getByRole('button', { name: `New version of ${of}` }), [file]);
    await expect(this.dialog.getByRole('heading', { name: `New version of ${of}` })).toBeVisible();
    await this.describeAndRegister(file.name, kind, description);
  }
}
