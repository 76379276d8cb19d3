/**
 * jsdom lays nothing out: these give elements the size of a 1280×800 window's list area, a scroll
 * position that can be set, and the browser APIs Mantine expects (matchMedia, ResizeObserver).
 */
export const VIEW_HEIGHT = 600;
const VIEW_WIDTH = 1200;

export function installLayoutStubs(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, value: NoResizeObserver });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEW_HEIGHT });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => VIEW_WIDTH });
  // Content taller than any list under test, so a scroll to its last row is never clamped.
  Object.defineProperty(Element.prototype, 'scrollHeight', { configurable: true, get: () => 100_000_000 });
  const scrollTops = new WeakMap<Element, number>();
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return scrollTops.get(this) ?? 0;
    },
    set(this: Element, value: number) {
      scrollTops.set(this, value);
    },
  });
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'number' ? options : (options?.top ?? 0);
    scrollTops.set(this, top);
    this.dispatchEvent(new Event('scroll'));
  };
}

/** Scrolls a scroll container as a user's wheel would: the position moves, then the browser fires scroll. */
export function scrollTo(element: Element, top: number): void {
  element.scrollTop = top;
  element.dispatchEvent(new Event('scroll'));
}
