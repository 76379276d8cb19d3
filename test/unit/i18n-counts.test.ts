/**
 * Counts read right ("1 closed request", "2 closed requests") and country names are never put in the
 * possessive ("The Netherlands's"): checked over every English UI string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('renderer/src/i18n/en');

function strings(node: unknown, key: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[key.join('.'), node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, [...key, k]));
  return [];
}

const all = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => strings(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')), [f.replace('.json', '')]));

describe('English UI strings', () => {
  it('give every count its plural forms', () => {
    const missing = all.filter(
      // "{{count}} entries" needs forms; a bare number in brackets ("Parties (3)") does not.
      ([key, text]) => /\{\{count\}\} \p{L}/u.test(text) && !/_(zero|one|two|few|many|other)$/.test(key),
    );
    expect(missing).toEqual([]);
  });

  it('never write "(s)" for a plural', () => {
    expect(all.filter(([, text]) => text.includes('(s)'))).toEqual([]);
  });

  it('never put a filled-in name in the possessive', () => {
    expect(all.filter(([, text]) => /\}\}['’]s\b/.test(text))).toEqual([]);
  });
});
