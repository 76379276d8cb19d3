import { describe, expect, it } from 'vitest';
import { mediaTypeOf, originalNameOf } from '../../electron/core/attachments/file-names';
import { contentDisposition } from '../../electron/host/file-routes';
import { formatBytes, GIB, KIB, MIB } from '../../shared/domain/file-size';

describe('file sizes in binary units', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [KIB, '1 KiB'],
    [1536, '1.5 KiB'],
    [MIB, '1 MiB'],
    [15.25 * MIB, '15 MiB'],
    [8 * GIB, '8 GiB'],
    [1024 * GIB, '1 TiB'],
  ])('%d bytes reads %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('original names and media types', () => {
  it.each([
    ['scan.pdf', 'scan.pdf'],
    ['/home/anne/Downloads/scan.pdf', 'scan.pdf'],
    ['C:\\Users\\anne\\réponse.pdf', 'réponse.pdf'],
    ['bad\u0000name\u001b.txt', 'badname.txt'],
    ['..', 'unnamed'],
    ['   ', 'unnamed'],
  ])('%j is kept as %j', (raw, kept) => {
    expect(originalNameOf(raw)).toBe(kept);
  });

  it('shortens an over-long name but keeps its extension', () => {
    const name = originalNameOf(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it.each([
    ['x.pdf', 'application/pdf', 'application/pdf'],
    ['x.pdf', 'application/octet-stream', 'application/pdf'],
    ['x.CSV', '', 'text/csv'],
    ['x.bin', 'text/html; charset=utf-8', 'text/html'],
    ['x.unknown', 'not a type', 'application/octet-stream'],
  ])('%s declared as %j is labelled %s', (name, declared, type) => {
    expect(mediaTypeOf(name, declared)).toBe(type);
  });
});

describe('download headers', () => {
  it('keeps quotes, backslashes and line breaks out of the header and the UTF-8 name intact', () => {
    expect(contentDisposition('rapport "final".pdf')).toBe(
      `attachment; filename="rapport _final_.pdf"; filename*=UTF-8''rapport%20%22final%22.pdf`,
    );
    expect(contentDisposition('Übersetzung.pdf')).toContain(`filename*=UTF-8''%C3%9Cbersetzung.pdf`);
    expect(contentDisposition('x\r\nSet-Cookie: y')).not.toMatch(/[\r\n]/);
  });
});
