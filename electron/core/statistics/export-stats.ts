import writeExcelFile from 'write-excel-file/node';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { dateInZone } from '../../../shared/domain/dates';
import { EXPORT_WORDS } from '../../../shared/domain/statistics/labels';
import type { AppContext } from '../context';
import { loadFonts } from '../drafting/fonts';
import { requireOffice } from '../office/office-repo';
import { writeReportPdf } from './report-pdf';
import { statsOverview } from './overview';
import { overviewTable, toCsv } from './stats-table';

const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/**
 * The statistics as a file, returned as bytes: the page saves it where the officer chooses, and no
 * plaintext copy is left in the data folder (exports of the case data are sealed there).
 */
export async function exportStats(
  ctx: AppContext,
  input: ParsedInput<'stats:export'>,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const overview = statsOverview(ctx, input.filter);
  const office = requireOffice(ctx.db.orm);
  const name = `statistics-${input.filter.from}-${input.filter.to}.${input.format}`;
  let bytes: Buffer;
  switch (input.format) {
    case 'csv':
      // A byte-order mark so spreadsheet programs read the accents of the headings as UTF-8.
      bytes = Buffer.from(`\uFEFF${toCsv(overviewTable(overview, input.language))}`, 'utf8');
      break;
    case 'xlsx': {
      const table = overviewTable(overview, input.language);
      bytes = await writeExcelFile(
        table.map((row, index) =>
          row.map((value) =>
            value === null ? null : { value, fontWeight: index === 0 ? ('bold' as const) : undefined },
          ),
        ),
        { sheet: EXPORT_WORDS[input.language].title.slice(0, 31) },
      ).toBuffer();
      break;
    }
    case 'pdf':
      bytes = Buffer.from(
        await writeReportPdf(
          overview,
          {
            officeName: office.name,
            language: input.language,
            generatedOn: dateInZone(ctx.clock.now(), office.timeZone),
          },
          loadFonts(ctx.paths),
          ctx.clock.now(),
        ),
      );
      break;
  }
  return { fileName: name, mediaType: MEDIA_TYPES[input.format], bytes };
}
