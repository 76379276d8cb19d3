import type { Locator, Page } from '@playwright/test';

/** Picks an option of a Mantine Select found by its label; types first when the select is searchable. */
export async function choose(scope: Page | Locator, label: string, option: string, search?: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label, exact: true });
  // A MultiSelect's own box sits over its input: click through it as a user would.
  await input.click({ force: true });
  if (search !== undefined) await input.fill(search);
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}
