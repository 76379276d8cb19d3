import ICAL from 'ical.js';
import Papa from 'papaparse';
import { foldHeader } from '../import/header-words';

/**
 * Outlook's "Export to a file → Comma Separated Values" contact list, turned into vCard 3.0 cards so
 * it goes through the same reading, preview and duplicate check as a .vcf. Headers are matched in
 * the English, French and Spanish versions Outlook writes, ignoring case and accents.
 */
const COLUMNS = {
  given: ['first name', 'prenom', 'nombre'],
  middle: ['middle name', 'deuxieme prenom', 'segundo nombre'],
  family: ['last name', 'nom', 'apellidos'],
  company: ['company', 'societe', 'organizacion', 'compania', 'empresa'],
  department: ['department', 'service', 'departamento'],
  title: ['job title', 'fonction', 'puesto', 'cargo'],
  country: ['business country/region', 'pays/region (bureau)', 'pais o region de la oficina', 'business country'],
  note: ['notes', 'notas'],
  email: [
    'e-mail address',
    'e-mail 2 address',
    'e-mail 3 address',
    'adresse de messagerie',
    'adresse de messagerie 2',
    'adresse de messagerie 3',
    'direccion de correo electronico',
    'direccion de correo electronico 2',
    'direccion de correo electronico 3',
  ],
  phone: [
    'business phone',
    'business phone 2',
    'mobile phone',
    'primary phone',
    'home phone',
    'telephone (bureau)',
    'telephone (bureau) 2',
    'tel. mobile',
    'telephone principal',
    'telefono del trabajo',
    'telefono del trabajo 2',
    'telefono movil',
    'telefono principal',
  ],
} as const;

type Field = keyof typeof COLUMNS;

/** Whether a decoded text is an Outlook contact export rather than vCards. */
export function looksLikeOutlookCsv(text: string): boolean {
  if (/^BEGIN:VCARD/im.test(text)) return false;
  const header = (text.split(/\r\n|\r|\n/, 1)[0] ?? '').split(',').map((h) => foldHeader(h.replace(/"/g, '')));
  return (
    header.some((h) => (COLUMNS.given as readonly string[]).includes(h)) &&
    header.some((h) => (COLUMNS.family as readonly string[]).includes(h))
  );
}

function columnsOf(headers: string[]): Map<Field, number[]> {
  const map = new Map<Field, number[]>();
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    for (const [field, names] of Object.entries(COLUMNS) as [Field, readonly string[]][]) {
      if (names.includes(folded)) map.set(field, [...(map.get(field) ?? []), index]);
    }
  });
  return map;
}

/** The Outlook export as a vCard 3.0 file, one card per row that names someone. */
export function outlookCsvToVcards(text: string): string {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  const columns = columnsOf(headers);
  const values = (row: string[], field: Field) =>
    (columns.get(field) ?? []).map((i) => (row[i] ?? '').trim()).filter(Boolean);
  const one = (row: string[], field: Field) => values(row, field)[0] ?? '';
  return rows
    .map((row) => {
      const card = new ICAL.Component(['vcard', [], []]);
      card.addPropertyWithValue('version', '3.0');
      const given = [one(row, 'given'), one(row, 'middle')].filter(Boolean).join(' ');
      const fn = [given, one(row, 'family')].filter(Boolean).join(' ') || one(row, 'company');
      card.addPropertyWithValue('fn', fn);
      const n = new ICAL.Property('n', card);
      n.setValue([one(row, 'family'), one(row, 'given'), one(row, 'middle'), '', '']);
      card.addProperty(n);
      const org = one(row, 'company');
      if (org) {
        const property = new ICAL.Property('org', card);
        property.setValue([org]);
        card.addProperty(property);
      }
      if (one(row, 'title')) card.addPropertyWithValue('title', one(row, 'title'));
      values(row, 'phone').forEach((phone) => card.addPropertyWithValue('tel', phone));
      values(row, 'email').forEach((email) => card.addPropertyWithValue('email', email));
      if (one(row, 'note')) card.addPropertyWithValue('note', one(row, 'note'));
      const country = one(row, 'country');
      if (country) {
        const adr = new ICAL.Property('adr', card);
        adr.setValue(['', '', '', '', '', '', country]);
        card.addProperty(adr);
      }
      return card.toString() + '\r\n';
    })
    .join('');
}
