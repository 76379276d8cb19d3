/**
 * Lays a document out as an A4 PDF with pdf-lib, the fonts embedded (subset) so accents and
 * non-Latin names print as typed. Headings stay with the text after them, and a signature block
 * (with the court's seal beside it) is never split across pages.
 */
import { loadFontkit } from '../files/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DocBlock, DocModel } from '../../../shared/domain/drafting';
import type { FontFiles } from './fonts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 72, right: 72, top: 64, bottom: 72 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 10.5;
const LEADING = 1.4;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.45, 0.45, 0.45);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

class Layout {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }
  ensure(height: number) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }
  text(line: string, options: { font?: PDFFont; size?: number; x?: number; align?: 'left' | 'center' | 'right' } = {}) {
    const font = options.font ?? this.regular;
    const size = options.size ?? BODY;
    const lineHeight = size * LEADING;
    this.ensure(lineHeight);
    const width = font.widthOfTextAtSize(line, size);
    const x =
      options.align === 'center'
        ? MARGIN.left + (WIDTH - width) / 2
        : options.align === 'right'
          ? PAGE.width - MARGIN.right - width
          : (options.x ?? MARGIN.left);
    this.page.drawText(line, { x, y: this.y - size, size, font, color: INK });
    this.y -= lineHeight;
  }
  wrapped(text: string, options: { font?: PDFFont; size?: number; indent?: number; align?: 'left' | 'center' } = {}) {
    const font = options.font ?? this.regular;
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    for (const line of wrap(text, font, size, WIDTH - indent)) {
      this.text(line, { font, size, x: MARGIN.left + indent, align: options.align });
    }
  }
  gap(points: number) {
    this.y -= points;
  }
}

/** Height a signature block needs: space to sign, the line, the names and the date line. */
function signatureHeight(lines: number): number {
  return 40 + (lines + 2) * BODY * LEADING;
}

function drawSignature(layout: Layout, block: Extract<DocBlock, { kind: 'signature' }>, withSeal: boolean) {
  layout.ensure(Math.max(signatureHeight(block.lines.length), withSeal ? 150 : 0) + 10);
  layout.gap(36);
  const top = layout.y;
  layout.page.drawLine({
    start: { x: MARGIN.left, y: layout.y },
    end: { x: MARGIN.left + 210, y: layout.y },
    thickness: 0.6,
    color: INK,
  });
  layout.gap(4);
  layout.text(`(${block.label})`, { size: 8 });
  for (const line of block.lines) layout.text(line, { font: line === block.lines[0] ? layout.bold : layout.regular });
  layout.gap(6);
  layout.text(`${block.dateLabel} ____________________`);
  return top;
}

function drawSeal(layout: Layout, block: Extract<DocBlock, { kind: 'seal' }>, top: number | null) {
  const size = 118;
  const x = PAGE.width - MARGIN.right - size;
  let y: number;
  if (top !== null) {
    y = top + 30 - size;
  } else {
    layout.ensure(size + 20);
    layout.gap(20);
    y = layout.y - size;
    layout.y = y;
  }
  const cx = x + size / 2;
  const cy = y + size / 2;
  layout.page.drawCircle({
    x: cx,
    y: cy,
    size: size / 2,
    borderColor: GREY,
    borderWidth: 0.8,
    borderDashArray: [4, 3],
  });
  const label = wrap(block.text, layout.regular, 8.5, size - 30);
  label.forEach((line, index) => {
    const width = layout.regular.widthOfTextAtSize(line, 8.5);
    const lineY = cy + ((label.length - 1) / 2 - index) * 11 - 3;
    layout.page.drawText(line, { x: cx - width / 2, y: lineY, size: 8.5, font: layout.regular, color: GREY });
  });
}

function drawBlock(
  layout: Layout,
  block: DocBlock,
  next: DocBlock | undefined,
  state: { signatureTop: number | null },
) {
  switch (block.kind) {
    case 'letterhead':
      block.lines.forEach((line, i) =>
        layout.text(line, { font: layout.bold, size: i === 0 ? 14 : 11, align: 'center' }),
      );
      layout.gap(4);
      layout.page.drawLine({
        start: { x: MARGIN.left, y: layout.y },
        end: { x: PAGE.width - MARGIN.right, y: layout.y },
        thickness: 0.8,
        color: INK,
      });
      layout.gap(16);
      return;
    case 'address':
      block.lines.forEach((line, i) => layout.text(line, { font: i === 1 ? layout.bold : layout.regular }));
      layout.gap(10);
      return;
    case 'meta':
      for (const line of block.lines) layout.text(line, { size: 9.5, align: 'right' });
      layout.gap(14);
      return;
    case 'title':
      layout.ensure(60);
      layout.wrapped(block.text, { font: layout.bold, size: 13, align: 'center' });
      layout.gap(14);
      return;
    case 'heading':
      // Keep a heading with at least two lines of what follows it.
      layout.ensure(BODY * LEADING * 4 + 10);
      layout.gap(6);
      layout.wrapped(block.text, { font: layout.bold, size: 11 });
      layout.gap(2);
      return;
    case 'paragraph':
      for (const line of block.lines) layout.wrapped(line);
      layout.gap(next?.kind === 'heading' ? 4 : 7);
      return;
    case 'list':
      for (const item of block.items) {
        const lines = wrap(item, layout.regular, BODY, WIDTH - 16);
        lines.forEach((line, i) => {
          if (i === 0) {
            layout.ensure(BODY * LEADING);
            layout.page.drawText('•', { x: MARGIN.left + 4, y: layout.y - BODY, size: BODY, font: layout.regular });
          }
          layout.text(line, { x: MARGIN.left + 16 });
        });
      }
      layout.gap(7);
      return;
    case 'signature': {
      const top = drawSignature(layout, block, next?.kind === 'seal');
      // The seal is drawn beside the signature it authenticates, not below it.
      state.signatureTop = next?.kind === 'seal' ? top : null;
      return;
    }
    case 'seal':
      drawSeal(layout, block, state.signatureTop);
      state.signatureTop = null;
      return;
  }
}

export async function writePdf(model: DocModel, fonts: FontFiles, createdAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(await loadFontkit());
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  pdf.setTitle(model.title);
  pdf.setLanguage(model.language);
  pdf.setCreator('Legat');
  pdf.setProducer('Legat');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  const layout = new Layout(pdf, regular, bold);
  const state = { signatureTop: null as number | null };
  model.blocks.forEach((block, index) => drawBlock(layout, block, model.blocks[index + 1], state));
  const total = layout.pages.length;
  layout.pages.forEach((page, index) => {
    const text = `${model.footer}   ·   ${model.pageWord} ${index + 1} / ${total}`;
    const size = 7.5;
    const width = regular.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (PAGE.width - width) / 2, y: MARGIN.bottom / 2, size, font: regular, color: GREY });
  });
  return pdf.save();
}
