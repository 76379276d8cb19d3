import { expect, test } from './fixtures';
import { cutLabels } from './support/overflow';
import { expectLanguage, LANGUAGES, SCREENS, tr, useLanguage } from './support/screens';

/**
 * No cut text (issue 19): on a 13-inch laptop (1280×800) and a small one (1024×768), in every interface
 * language, no button, badge, tab or table header on any screen of the sample office shows its label cut.
 */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];

for (const lang of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`no label is cut at ${viewport.width}×${viewport.height} in ${lang}`, async ({ page, host }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await useLanguage(page, lang);
      await page.goto(host.url);
      await expectLanguage(page, lang);
      await page.getByRole('button', { name: tr(lang, 'welcome.sample.submit') }).click();
      await expect(page.getByRole('navigation')).toBeVisible();
      const found: string[] = [];
      for (const screen of SCREENS) {
        await screen.open(page);
        found.push(...(await cutLabels(page)).map((label) => `${screen.name}: ${label}`));
      }
      expect(found, `cut labels at ${viewport.width}×${viewport.height} in ${lang}`).toEqual([]);
    });
  }
}
