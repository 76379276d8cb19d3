/** A header or free-text value as compared: lower case, accents and outer spaces dropped, inner spaces single. */
export function foldHeader(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
