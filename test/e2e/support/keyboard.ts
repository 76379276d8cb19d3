import type { Page } from '@playwright/test';

/**
 * The keyboard as an officer uses it, counting the control keys (Tab, Enter, arrows, Escape, shortcuts)
 * apart from the text typed, which is the same whatever the app does.
 */
export class CountingKeyboard {
  readonly pressed: string[] = [];

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.pressed.push(key);
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  get count(): number {
    return this.pressed.length;
  }
}

/** The accessible name of what has focus, for assertions on where Tab and Escape leave it. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const byId = labelledBy ? document.getElementById(labelledBy.split(' ')[0] ?? '')?.textContent : null;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '').trim();
  });
}
