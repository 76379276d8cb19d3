import { decodeText } from '../import/decode-text';
import { looksLikeOutlookCsv, outlookCsvToVcards } from './outlook-csv';
import { normaliseCard } from './vcard-legacy';
import { splitCards } from './vcard-read';

/**
 * Any contact file the directory imports, as vCard 3.0/4.0 text for the one reader (vcard-read.ts):
 * Outlook's CSV export becomes cards, vCard 2.1 cards are normalised, 3.0 and 4.0 pass through.
 */
export function contactFileText(input: { text?: string | undefined; base64?: string | undefined }): string {
  const text = input.base64 !== undefined ? decodeText(Buffer.from(input.base64, 'base64')).text : (input.text ?? '');
  const cards = looksLikeOutlookCsv(text) ? outlookCsvToVcards(text) : text;
  return splitCards(cards).map(normaliseCard).join('');
}
