/**
 * The printable annual activity report: the drafting pipeline's pdf-lib with its embedded fonts
 * (electron/core/drafting/fonts.ts), bar charts drawn with plain rectangles so nothing else is needed.
 */
import { loadFontkit } from '../files/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { StatsOverview } from '../../../shared/contract/statistics';
import { EXPORT_WORDS, type ExportLanguage } from '../../../shared/domain/statistics/labels';
import type { FontFiles } from '../drafting/fonts';

const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 56;
const RIGHT = PAGE.width - 56;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.45, 0.45, 0.45);
const BAR = rgb(0.13, 0.4, 0.7);
/** Bars per chart: a long tail (dozens of countries) would not be read anyway; the table has it all. */
const MAX_BARS = 10;

interface Pen {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
}

function ensure(pen: Pen, height: number) {
  if (pen.y - height < 56) {
    pen.page = pen.pdf.addPage([PAGE.width, PAGE.height]);
    pen.y = PAGE.height - 56;
  }
}

function text(pen: Pen, line: string, options: { size?: number; bold?: boolean; x?: number; color?: typeof INK } = {}) {
  const size = options.size ?? 10;
  ensure(pen, size * 1.5);
  pen.page.drawText(line, {
    x: options.x ?? LEFT,
    y: pen.y - size,
    size,
    font: options.bold ? pen.bold : pen.regular,
    color: options.color ?? INK,
  });
  pen.y -= size * 1.5;
}

/** A horizontal bar chart: label, bar scaled to the largest value, the value after it. */
function barChart(pen: Pen, title: string, bars: { label: string; value: number }[]) {
  const shown = bars.slice(0, MAX_BARS);
  const rowHeight = 14;
  ensure(pen, 30 + shown.length * rowHeight);
  text(pen, title, { size: 11, bold: true });
  const labelWidth = 150;
  const max = Math.max(1, ...shown.map((b) => b.value));
  const barSpace = RIGHT - LEFT - labelWidth - 40;
  for (const bar of shown) {
    const y = pen.y - rowHeight + 3;
    const label = bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label;
    pen.page.drawText(label, { x: LEFT, y: y + 2, size: 8.5, font: pen.regular, color: INK });
    const width = Math.max(1, (bar.value / max) * barSpace);
    pen.page.drawRectangle({ x: LEFT + labelWidth, y, width, height: rowHeight - 5, color: BAR });
    pen.page.drawText(String(bar.value), {
      x: LEFT + labelWidth + width + 4,
      y: y + 2,
      size: 8.5,
      font: pen.regular,
      color: GREY,
    });
    pen.y -= rowHeight;
  }
  if (bars.length > shown.length) text(pen, `+ ${bars.length - shown.length}`, { size: 8, color: GREY });
  pen.y -= 10;
}

export async function writeReportPdf(
  overview: StatsOverview,
  context: { officeName: string; language: ExportLanguage; generatedOn: string },
  fonts: FontFiles,
  createdAt: Date,
): Promise<Uint8Array> {
  const w = EXPORT_WORDS[context.language];
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(await loadFontkit());
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  pdf.setTitle(`${w.title} — ${context.officeName}`);
  pdf.setLanguage(context.language);
  pdf.setCreator('Legat');
  pdf.setProducer('Legat');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  const pen: Pen = { pdf, page: pdf.addPage([PAGE.width, PAGE.height]), y: PAGE.height - 56, regular, bold };

  text(pen, w.title, { size: 18, bold: true });
  text(pen, context.officeName, { size: 12 });
  text(
    pen,
    `${w.period}: ${overview.filter.from} – ${overview.filter.to}   ·   ${w.generated}: ${context.generatedOn}`,
    {
      size: 9,
      color: GREY,
    },
  );
  pen.y -= 8;
  const t = overview.total;
  const share = t.decided === 0 ? '–' : `${Math.round((t.onTime / t.decided) * 100)} %`;
  const days = (n: number | null) => (n === null ? '–' : `${n} ${w.days}`);
  for (const [label, value] of [
    [w.count, String(t.count)],
    [w.answered, String(t.answered)],
    [w.median, days(t.medianDays)],
    [w.p90, days(t.p90Days)],
    [w.mean, days(t.meanDays)],
    [w.share, share],
  ] as const) {
    ensure(pen, 15);
    pen.page.drawText(label, { x: LEFT, y: pen.y - 10, size: 10, font: regular, color: INK });
    pen.page.drawText(value, { x: LEFT + 200, y: pen.y - 10, size: 10, font: bold, color: INK });
    pen.y -= 15;
  }
  pen.y -= 12;
  barChart(
    pen,
    w.trend,
    overview.months.map((m) => ({ label: m.key, value: m.count })),
  );
  for (const b of overview.breakdowns) {
    barChart(
      pen,
      w.dimensions[b.dimension] ?? b.dimension,
      b.groups.map((g) => ({ label: g.key, value: g.count })),
    );
  }
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const footer = `${context.officeName} · ${index + 1} / ${pages.length}`;
    const width = regular.widthOfTextAtSize(footer, 7.5);
    page.drawText(footer, { x: (PAGE.width - width) / 2, y: 28, size: 7.5, font: regular, color: GREY });
  });
  return pdf.save();
}
