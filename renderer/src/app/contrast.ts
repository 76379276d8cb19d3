/** WCAG 2.x contrast arithmetic on `#rrggbb` colours, for a theme that cannot drift below AA. */

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!value) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` moved towards `toward` by `amount` (0…1), channel by channel. */
export function mix(hex: string, toward: string, amount: number): string {
  const from = parse(hex);
  const to = parse(toward);
  return format(from.map((c, i) => c + (to[i]! - c) * amount) as Rgb);
}

/**
 * The first of `candidates` that reaches `ratio` against `background`; failing all, the last one darkened
 * step by step until it does. Candidates run light to dark, so the colour changes as little as it can.
 */
export function firstReadable(candidates: readonly string[], background: string, ratio: number): string {
  for (const colour of candidates) if (contrastRatio(colour, background) >= ratio) return colour;
  let colour = candidates[candidates.length - 1] ?? '#000000';
  for (let step = 0; step < 20 && contrastRatio(colour, background) < ratio; step += 1)
    colour = mix(colour, '#000000', 0.08);
  return colour;
}
