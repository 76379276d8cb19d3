/**
 * Text files from other programs arrive in whatever encoding Windows wrote them in. A byte-order mark
 * decides; without one, strict UTF-8 is tried first and Windows-1252 (what Excel and Outlook write for
 * western languages) is the fallback, since every byte sequence is valid in it.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, œ…). Node 20's
 * TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters (nodejs/node#56542),
 * so that range is mapped here, from the WHATWG encoding index; undefined bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
    );
    text += chunk.join('');
  }
  return text;
}

const WESTERN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'iso-8859-15']);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // UTF-16 without a mark still shows as ASCII letters with a zero byte beside each.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Decodes bytes in a charset a file named (vCard 2.1 CHARSET=…), falling back to Windows-1252 for a label Node does not know. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  if (WESTERN.has(charset.toLowerCase())) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
