import { decodeCharset } from '../import/decode-text';

/**
 * vCard 2.1, as Outlook writes it, turned into vCard 3.0 text for ical.js (which reads 3.0 and 4.0
 * only). Only what 2.1 does differently is rewritten: quoted-printable values and their soft line
 * breaks, CHARSET parameters, bare type parameters (TEL;WORK;VOICE), and unescaped commas. Parsing
 * the result stays ical.js's job.
 */

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);
/** Binary properties carry nothing a contact stores; dropping them avoids re-encoding 2.1 base64. */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
/** Properties whose value is a list of components separated by ';' (kept as separators). */
const STRUCTURED = new Set(['N', 'ADR', 'ORG']);

interface Legacy {
  group: string;
  name: string;
  types: string[];
  other: string[];
  encoding: string;
  charset: string;
  value: string;
}

const isQuotedPrintable = (line: string) => /;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line.split(/:/)[0] + ':');

/** Joins folded lines and quoted-printable soft line breaks into one line per property. */
function logicalLines(card: string): string[] {
  const out: string[] = [];
  const raw = card.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i += 1) {
    let line = raw[i]!;
    if (line.trim() === '') continue;
    if (/^[ \t]/.test(line) && out.length > 0) {
      out[out.length - 1] += line.slice(1);
      continue;
    }
    while (isQuotedPrintable(line) && line.endsWith('=') && i + 1 < raw.length) {
      i += 1;
      line = line.slice(0, -1) + raw[i]!;
    }
    out.push(line);
  }
  return out;
}

function parseLine(line: string): Legacy | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const [head = '', ...params] = line.slice(0, colon).split(';');
  const dot = head.lastIndexOf('.');
  const result: Legacy = {
    group: dot >= 0 ? head.slice(0, dot + 1) : '',
    name: head.slice(dot + 1).toUpperCase(),
    types: [],
    other: [],
    encoding: '',
    charset: '',
    value: line.slice(colon + 1),
  };
  for (const param of params) {
    const eq = param.indexOf('=');
    const key = (eq < 0 ? '' : param.slice(0, eq)).toUpperCase();
    const value = eq < 0 ? param : param.slice(eq + 1);
    if (key === 'ENCODING' || (key === '' && BARE_ENCODINGS.has(value.toUpperCase())))
      result.encoding = value.toUpperCase();
    else if (key === 'CHARSET') result.charset = value;
    else if (key === 'TYPE' || key === '') result.types.push(...value.split(',').filter(Boolean));
    else result.other.push(param);
  }
  return result;
}

function quotedPrintableBytes(value: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  return Uint8Array.from(bytes);
}

/** 2.1 escapes only ';'; 3.0 text also escapes ',' and writes line breaks as \n. */
function escapeFor30(name: string, value: string): string {
  const lines = value.replace(/\r\n|\r|\n/g, '\\n');
  const commas = lines.replace(/(?<!\\),/g, '\\,');
  return STRUCTURED.has(name) ? commas : commas.replace(/(?<!\\);/g, '\\;');
}

function convertLine(line: string): string | null {
  const prop = parseLine(line);
  if (!prop) return null;
  if (prop.name === 'VERSION') return 'VERSION:3.0';
  if (prop.name === 'BEGIN' || prop.name === 'END') return line;
  if (BINARY.has(prop.name)) return null;
  let value = prop.value;
  // An 8-bit value in another charset was decoded with the whole file (decodeText); only QP carries raw bytes.
  if (prop.encoding === 'QUOTED-PRINTABLE') value = decodeCharset(quotedPrintableBytes(value), prop.charset || 'utf-8');
  const params = [...(prop.types.length > 0 ? [`TYPE=${prop.types.join(',')}`] : []), ...prop.other];
  return `${prop.group}${prop.name}${params.map((p) => `;${p}`).join('')}:${escapeFor30(prop.name, value)}`;
}

export const isVcard21 = (card: string) => /^VERSION:2\.1\s*$/im.test(card);

/** One card of vCard 2.1 as vCard 3.0 text; other versions pass through untouched. */
export function normaliseCard(card: string): string {
  if (!isVcard21(card)) return card;
  return (
    logicalLines(card)
      .map(convertLine)
      .filter((line): line is string => line !== null)
      .join('\r\n') + '\r\n'
  );
}
