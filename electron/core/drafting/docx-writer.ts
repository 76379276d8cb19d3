/**
 * Writes a document as DOCX for final editing and signature in a word processor. The same block
 * model as the PDF, so both say exactly the same thing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocBlock, DocModel } from '../../../shared/domain/drafting';

const FONT = 'DejaVu Serif';
/** Half-points. */
const BODY = 21;

function lines(texts: string[], options: { bold?: boolean; boldFirst?: boolean } = {}): ParagraphChild[] {
  return texts.map(
    (text, index) =>
      new TextRun({
        text,
        bold: options.bold || (options.boldFirst === true && index === 0),
        break: index > 0 ? 1 : 0,
      }),
  );
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function signatureParagraphs(block: Extract<DocBlock, { kind: 'signature' }>): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 720 }, children: [new TextRun('______________________________')] }),
    new Paragraph({ children: [new TextRun({ text: `(${block.label})`, size: 16 })] }),
    new Paragraph({ children: lines(block.lines, { boldFirst: true }) }),
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun(`${block.dateLabel} ____________________`)] }),
  ];
}

/** The judge's signature on the left and a box for the court's seal on the right, side by side. */
function signatureWithSeal(
  signature: Extract<DocBlock, { kind: 'signature' }>,
  seal: Extract<DocBlock, { kind: 'seal' }>,
): Table {
  const sealBorder = { style: BorderStyle.DASHED, size: 6, color: '777777' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: noBorder,
      bottom: noBorder,
      left: noBorder,
      right: noBorder,
      insideHorizontal: noBorder,
      insideVertical: noBorder,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 62, type: WidthType.PERCENTAGE },
            borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder },
            children: signatureParagraphs(signature),
          }),
          new TableCell({
            width: { size: 38, type: WidthType.PERCENTAGE },
            borders: { top: sealBorder, bottom: sealBorder, left: sealBorder, right: sealBorder },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 900, after: 900 },
                children: [new TextRun({ text: seal.text, color: '777777' })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

function blockToDocx(block: DocBlock, next: DocBlock | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'letterhead':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '222222', space: 6 } },
          spacing: { after: 300 },
          children: lines(block.lines, { bold: true }),
        }),
      ];
    case 'address':
      return [new Paragraph({ spacing: { after: 200 }, children: lines(block.lines) })];
    case 'meta':
      return [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: lines(block.lines) })];
    case 'title':
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: block.text, bold: true, size: 26 })],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          spacing: { before: 200, after: 80 },
          children: [new TextRun({ text: block.text, bold: true, size: 22 })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 140 }, children: lines(block.lines) })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'signature':
      if (next?.kind === 'seal') return [signatureWithSeal(block, next)];
      return signatureParagraphs(block);
    case 'seal':
      // Drawn with the signature before it; a seal on its own gets its own box.
      return [];
  }
}

export async function writeDocx(model: DocModel): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  model.blocks.forEach((block, index) => {
    const previous = model.blocks[index - 1];
    if (block.kind === 'seal' && previous?.kind !== 'signature') {
      children.push(signatureWithSealOnly(block));
      return;
    }
    children.push(...blockToDocx(block, model.blocks[index + 1]));
  });
  const doc = new Document({
    creator: 'Legat',
    title: model.title,
    lastModifiedBy: 'Legat',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1280, bottom: 1440, left: 1440, right: 1440 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 15,
                    color: '777777',
                    children: [
                      `${model.footer}   ·   ${model.pageWord} `,
                      PageNumber.CURRENT,
                      ' / ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function signatureWithSealOnly(seal: Extract<DocBlock, { kind: 'seal' }>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 400 },
    children: [new TextRun({ text: `[ ${seal.label}: ${seal.text} ]`, color: '777777' })],
  });
}
