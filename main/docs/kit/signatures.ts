/** Signature blocks: one signer on the right half, or two side by side. */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { DocContext } from './context';
import { NO_BORDERS, STYLE, mm } from './units';

export interface SignerLines {
  /** "Singaraja, 28 April 2025" (or a gap marker). */
  placeDate?: ParagraphChild[];
  /** "Mengetahui," and similar, above the jabatan. */
  above?: string;
  onBehalf?: string;
  jabatan: ParagraphChild[];
  name: ParagraphChild[];
  pangkat?: string;
  nip?: ParagraphChild[];
}

export function signerLine(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: STYLE.signature, alignment: AlignmentType.CENTER, ...extra, children });
}

/** Above the signing space: place and date, "Mengetahui,", a.n., jabatan (kept with the names below). */
export function signerTop(s: SignerLines): Paragraph[] {
  return [
    ...(s.placeDate ? [signerLine(s.placeDate, { keepNext: true })] : []),
    ...(s.above ? [signerLine([new TextRun(s.above)], { keepNext: true })] : []),
    ...(s.onBehalf ? s.onBehalf.split('\n').map((line) => signerLine([new TextRun(line)], { keepNext: true })) : []),
    signerLine(s.jabatan, { keepNext: true }),
  ];
}

/** Below the signing space: full name, pangkat, NIP. */
export function signerBottom(s: SignerLines): Paragraph[] {
  return [
    signerLine(s.name.map((c) => c), { spacing: { before: 1200 } }),
    ...(s.pangkat ? [signerLine([new TextRun(s.pangkat)])] : []),
    ...(s.nip ? [signerLine([new TextRun('NIP. '), ...s.nip])] : []),
  ];
}

/**
 * Signature block(s): one signer on the right half, or two side by side
 * (left: "Mengetahui" and the head of office; right: the lead). Two rows, the
 * upper aligned to its bottom, so both names sit on one line however many
 * lines each jabatan takes.
 */
export function signatureBlock(ctx: DocContext, right: SignerLines, left?: SignerLines): Table {
  const half = mm(ctx.textWidthMm / 2);
  const cell = (children: Paragraph[], bottom = false) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: bottom ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
      children,
    });
  const empty = () => [new Paragraph('')];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left ? signerTop(left) : empty(), true), cell(signerTop(right), true)] }),
      new TableRow({ cantSplit: true, children: [cell(left ? signerBottom(left) : empty()), cell(signerBottom(right))] }),
    ],
  });
}
