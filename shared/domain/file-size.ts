/** Sizes in binary units, as file managers on every OS the office uses can show them. */
const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

export const KIB = 1024;
export const MIB = 1024 * KIB;
export const GIB = 1024 * MIB;

export function formatBytes(bytes: number): string {
  if (bytes < KIB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Whole numbers stay whole (8 GiB, not 8.0 GiB); otherwise one decimal is as precise as a glance needs.
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${UNITS[unit]}`;
}
