import type { Dialogs } from '../../electron/core/ports';

/** The desktop dialogs as a test scripts them: the next answers are queued, and every call is kept. */
export class FakeDialogs implements Dialogs {
  readonly opened: string[] = [];
  readonly saved: string[] = [];
  private nextOpen: string[][] = [];
  private nextSave: (string | null)[] = [];

  willOpen(paths: string[]): this {
    this.nextOpen.push(paths);
    return this;
  }

  willSave(destination: string | null): this {
    this.nextSave.push(destination);
    return this;
  }

  openFiles(options: { title: string }): Promise<string[]> {
    this.opened.push(options.title);
    return Promise.resolve(this.nextOpen.shift() ?? []);
  }

  saveFile(options: { title: string; defaultName: string }): Promise<string | null> {
    this.saved.push(options.defaultName);
    return Promise.resolve(this.nextSave.length > 0 ? this.nextSave.shift()! : null);
  }
}
