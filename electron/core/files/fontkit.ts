import type Fontkit from '@pdf-lib/fontkit';

/**
 * fontkit unpacks its compressed tables as soon as it is loaded, the largest single cost of starting
 * the host (about a fifth of it); it is loaded when the first PDF is written instead.
 */
export async function loadFontkit(): Promise<typeof Fontkit> {
  return (await import('@pdf-lib/fontkit')).default;
}
