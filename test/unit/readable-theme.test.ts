import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, firstReadable, mix } from '../../renderer/src/app/contrast';
import { readableColorVariables, readablePalettes } from '../../renderer/src/app/theme';

const AA = 4.5;
/** The grey of striped and hovered rows: the darkest surface the app puts text on. */
const STRIPE = DEFAULT_THEME.colors.gray[1];
const palettes = readablePalettes();
const variables = readableColorVariables(palettes);

describe('the theme keeps text at WCAG AA contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2); // Mantine's stock dimmed grey
    expect(contrastRatio('#ffffff', '#fd7e14')).toBeCloseTo(2.57, 2); // white on a stock orange badge
  });

  it('darkens a colour only as far as it must', () => {
    expect(firstReadable(['#000000'], '#ffffff', AA)).toBe('#000000');
    const darkened = firstReadable(['#fd7e14'], '#ffffff', AA);
    expect(contrastRatio(darkened, '#ffffff')).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(mix(darkened, '#ffffff', 0.1), '#ffffff')).toBeLessThan(AA);
  });

  it.each(Object.keys(DEFAULT_THEME.colors))(
    '%s: shades 7 to 9 read on striped rows, each darker than the last',
    (name) => {
      const shades = palettes[name]!;
      for (const index of [7, 8, 9]) expect(contrastRatio(shades[index]!, STRIPE)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(shades[8], '#ffffff')).toBeGreaterThan(contrastRatio(shades[7], '#ffffff'));
      expect(contrastRatio(shades[9], '#ffffff')).toBeGreaterThan(contrastRatio(shades[8], '#ffffff'));
    },
  );

  it.each(Object.keys(DEFAULT_THEME.colors))('%s: filled, light and outline variants read at AA', (name) => {
    const shades = palettes[name]!;
    const filled = variables[`--mantine-color-${name}-filled`]!;
    expect(contrastRatio('#ffffff', filled)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(variables[`--mantine-color-${name}-light-color`]!, shades[1])).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(variables[`--mantine-color-${name}-outline`]!, STRIPE)).toBeGreaterThanOrEqual(AA);
  });

  it('dims text to a grey that reads on white and on the grey of striped rows', () => {
    const dimmed = variables['--mantine-color-dimmed']!;
    expect(contrastRatio(dimmed, '#ffffff')).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(dimmed, palettes.gray![1])).toBeGreaterThanOrEqual(AA);
    expect(dimmed).not.toBe('#000000');
  });
});
