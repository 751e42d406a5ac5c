/** Paragraphs: plain, narrative, headings, the outline and Word lists (numbering.xml). */
import { AlignmentType, LevelFormat, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { ListKind } from './units';
import { NUMBERING, OUTLINE_MM, STYLE, mm } from './units';

/** A paragraph of plain text; `\n` in the text becomes line breaks. */
export function para(content: string | ParagraphChild[], opts: Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean; size?: number } = {}): Paragraph {
  const { bold, size, ...rest } = opts;
  const children =
    typeof content === 'string'
      ? content.split('\n').map((line, i) => new TextRun({ text: line, bold, size, break: i > 0 ? 1 : undefined }))
      : content;
  return new Paragraph({ ...rest, children });
}

/** Multi-paragraph narrative text: blank lines split paragraphs; justified, first line indented. */
export function narrative(text: string, opts: { indentMm?: number } = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          style: STYLE.body,
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: mm(opts.indentMm ?? 0), firstLine: mm(10) },
          spacing: { after: 120 },
          children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
        }),
    );
}

export function heading(text: string, opts: { center?: boolean; size?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: opts.before ?? 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: opts.size })],
  });
}

export const outlineLevels = [
  { format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  { format: LevelFormat.UPPER_LETTER, text: '%2.' },
  { format: LevelFormat.DECIMAL, text: '%3.' },
  { format: LevelFormat.LOWER_LETTER, text: '%4.' },
].map((l, level) => ({
  level,
  format: l.format,
  text: l.text,
  alignment: AlignmentType.LEFT,
  style: {
    paragraph: { indent: { left: mm(OUTLINE_MM[level]?.left ?? 8), hanging: mm(OUTLINE_MM[level]?.hanging ?? 8) } },
    run: { bold: level < 2 },
  },
}));

export const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
  [0, 1, 2].map((level) => ({
    level,
    format,
    text: text(level + 1),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: mm(7 + level * 7), hanging: mm(7) } } },
  }));

export const numberingConfig = [
  { reference: NUMBERING.outline, levels: outlineLevels },
  { reference: NUMBERING.decimal, levels: listLevels(LevelFormat.DECIMAL, (n) => `%${n}.`) },
  { reference: NUMBERING.letter, levels: listLevels(LevelFormat.LOWER_LETTER, (n) => `%${n}.`) },
  { reference: NUMBERING.bullet, levels: listLevels(LevelFormat.BULLET, () => '•') },
];

/**
 * A heading of the outline: style Heading 1–3 (so the Navigation pane and the
 * daftar isi find it) numbered by Word (I. / A. / 1.), or unnumbered
 * (`numbered: false`: "KATA PENGANTAR", "LAMPIRAN"). `instance` restarts the
 * numbering (the Lampiran counts I, II again); `level` 0 is a chapter.
 */
export function outlineHeading(
  text: string | ParagraphChild[],
  opts: { level?: 0 | 1 | 2; numbered?: boolean; instance?: number; center?: boolean; before?: number; after?: number; pageBreakBefore?: boolean } = {},
): Paragraph {
  const level = opts.level ?? 0;
  const numbered = opts.numbered ?? true;
  const style = level === 0 ? STYLE.h1 : level === 1 ? STYLE.h2 : STYLE.h3;
  return new Paragraph({
    style,
    keepNext: true,
    keepLines: true,
    pageBreakBefore: opts.pageBreakBefore,
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    spacing: { before: opts.before ?? (level === 0 ? 280 : 200), after: opts.after ?? 100 },
    ...(numbered ? { numbering: { reference: NUMBERING.outline, level, instance: opts.instance ?? 1 } } : {}),
    ...(!numbered && !opts.center && level > 0 ? { indent: { left: mm(OUTLINE_MM[level - 1]?.left ?? 0) } } : {}),
    children: typeof text === 'string' ? [new TextRun(text)] : text,
  });
}

/**
 * One item of a Word list (numbering.xml): `instance` from ctx.nextList() per
 * list, so each list counts from 1; `leftMm` is where the text starts (the
 * number hangs 7 mm before it).
 */
export function listItem(
  children: ParagraphChild[],
  opts: { kind?: ListKind; instance: number; leftMm?: number; hangMm?: number; justify?: boolean; after?: number; keepNext?: boolean },
): Paragraph {
  const kind = opts.kind ?? 'decimal';
  const hang = opts.hangMm ?? 7;
  return new Paragraph({
    style: STYLE.body,
    alignment: opts.justify === false ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: opts.after ?? 60 },
    numbering: { reference: NUMBERING[kind], level: 0, instance: opts.instance },
    ...(opts.leftMm !== undefined ? { indent: { left: mm(opts.leftMm), hanging: mm(hang) } } : {}),
    children,
  });
}
