import type { Page } from '@playwright/test';

/** Buttons, badges, tabs, segmented choices and table headers: the short labels that must never be cut. */
const LABELLED = [
  'button',
  '[role="button"]',
  '[role="tab"]',
  '.mantine-Button-root',
  '.mantine-Badge-root',
  '.mantine-SegmentedControl-label',
  'th',
].join(', ');

/** Where their text sits, when not in the element itself. */
const LABEL_PARTS = '.mantine-Button-label, .mantine-Badge-label, .mantine-Tabs-tabLabel';

/**
 * The visible labels whose text does not fit (scrollWidth beyond clientWidth, on the element or on its
 * label span): "Ope" for Open, "Docum…" for Document. Each as `text (what it is)`.
 */
export function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(
    ([labelled, parts]) => {
      const cut: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(labelled!)) {
        if (!element.checkVisibility() || element.clientWidth === 0) continue;
        const pieces = [element, ...element.querySelectorAll<HTMLElement>(parts!)];
        // One pixel of slack: sub-pixel widths round differently in scrollWidth and clientWidth.
        if (pieces.some((piece) => piece.clientWidth > 0 && piece.scrollWidth > piece.clientWidth + 1)) {
          const kind =
            element.tagName === 'TH'
              ? 'header'
              : (element.className.match(/mantine-(\w+)-root/)?.[1] ?? element.tagName);
          cut.push(
            `“${(element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 60)}” (${kind.toLowerCase()})`,
          );
        }
      }
      return cut;
    },
    [LABELLED, LABEL_PARTS],
  );
}
