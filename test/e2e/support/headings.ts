import type { Page } from '@playwright/test';

/**
 * What is wrong with the visible headings of the page: not exactly one h1, or a level skipped on the way
 * down (h1 then h3). Empty when the outline is sound.
 */
export function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) =>
      h.checkVisibility(),
    );
    const problems: string[] = [];
    const ones = headings.filter((h) => h.tagName === 'H1').length;
    if (ones !== 1) problems.push(`${ones} h1 elements`);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName.slice(1));
      if (level > previous + 1 && previous > 0)
        problems.push(`h${level} "${heading.textContent?.slice(0, 40)}" after h${previous}`);
      previous = level;
    }
    return problems;
  });
}
