import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

/** The Statistics screen: the filters, a breakdown's table, the drill-down drawer and the exports. */
export class StatisticsPage {
  constructor(private readonly page: Page) {}

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+S');
    await expect(this.page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
  }

  breakdown(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The request count of the period, as the summary shows it. */
  async total(): Promise<number> {
    const summary = this.page.getByRole('region', { name: 'All requests in the period' });
    return Number(await summary.getByRole('button').first().innerText());
  }

  async filterChannel(label: string): Promise<void> {
    await choose(this.page, 'Channel', label);
  }

  /** Opens the requests behind one row of a breakdown (its count is the button). */
  async drill(breakdown: string, rowLabel: string): Promise<Locator> {
    await this.breakdown(breakdown)
      .getByRole('button', { name: new RegExp(`^${rowLabel}: \\d+$`) })
      .click();
    const drawer = this.page.getByRole('dialog');
    await expect(drawer).toBeVisible();
    return drawer;
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }
}
