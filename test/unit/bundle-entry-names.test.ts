import { describe, expect, it } from 'vitest';
import {
  collisionKey,
  decodeEntryName,
  NameRegistry,
  unsafeNameReason,
} from '../../electron/core/bundles/format/entry-names';

describe('bundle entry names', () => {
  it.each([
    ['manifest.json'],
    ['case.json'],
    ['summary.html'],
    [`attachments/${'ab'.repeat(32)}`],
    ['attachments/Lettre rogatoire – réponse.pdf'],
  ])('accepts %s', (name) => {
    expect(unsafeNameReason(name)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['../evil', /"\.\." segment/],
    ['a/../../b', /"\.\." segment/],
    ['/etc/passwd', /absolute/],
    ['C:/x', /drive letter/],
    ['c:x', /drive letter/],
    ['C:\\x', /backslash/],
    ['a\\b', /backslash/],
    ['a\u0000b', /control/],
    ['a\nb', /control/],
    ['dir/', /directory/],
    ['a//b', /empty or "\." segment/],
    ['./a', /empty or "\." segment/],
    ['a/b.', /Windows/],
    ['ab:c', /Windows/],
    ['a|b', /Windows/],
    ['aux.txt', /device/],
    ['x'.repeat(513), /longer than 512 bytes/],
  ])('refuses %j', (name, reason) => {
    expect(unsafeNameReason(name)).toMatch(reason);
  });

  it('treats names that one file system would merge as duplicates', () => {
    expect(collisionKey('Readme.txt')).toBe(collisionKey('README.TXT'));
    expect(collisionKey('caf\u00e9')).toBe(collisionKey('cafe\u0301'));
    expect(collisionKey('straße')).toBe(collisionKey('STRASSE'));
    const names = new NameRegistry();
    names.add('Readme.txt');
    expect(() => names.add('README.TXT')).toThrow(/collides with "Readme.txt"/);
    expect(() => names.add('Readme.txt')).toThrow(/appears twice/);
    names.add('readme.md');
  });

  it('decodes UTF-8 names only when flagged, and only when valid', () => {
    expect(decodeEntryName(Buffer.from('caf\u00e9', 'utf8'), 0x800)).toBe('caf\u00e9');
    expect(decodeEntryName(Buffer.from('plain.txt'), 0)).toBe('plain.txt');
    expect(() => decodeEntryName(Buffer.from('caf\u00e9', 'utf8'), 0)).toThrow(/not marked UTF-8/);
    expect(() => decodeEntryName(Buffer.from([0xc3, 0x28]), 0x800)).toThrow(/not valid UTF-8/);
  });
});
