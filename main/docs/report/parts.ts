/** Paragraph helpers of the report: the outline indents, body text, lists typed in the texts, the lead signer. */
import { AlignmentType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { DocContext} from '../common';
import { OUTLINE_MM, STYLE, listItem, mm, type ListKind, type SignerLines } from '../common';
import { formatNip } from '../../../shared/directory/nip';
import { leadGap, textLines } from '../conditions';
import { cleanText as clean, leadOf, nameOf, pangkatOf } from '../format';
import { nipMissing, placeRun, signDateRun } from '../parts';
import type { GapCode } from '../readiness';
import type { DocData } from '../model';

/** Left edges, in mm from the margin: a chapter's text, a sub-heading's text (the body), a part's text (1., 2.). */
export const SUB: number = OUTLINE_MM[0].left;

export const BODY: number = OUTLINE_MM[1].left;

export const PART: number = OUTLINE_MM[2].left;

/** A list's number hangs this far before its text. */
export const LIST_HANG = 7;

/** Tables start under the sub-heading letters. */
export const TABLE_INDENT = SUB;

/** The Lampiran counts its own I, II, III. */
export const LAMPIRAN_OUTLINE = 2;

/** A body paragraph (Body Text, justified, the first line indented) at the body's left edge. */
export function body(children: ParagraphChild[] | string, opts: { leftMm?: number; firstLine?: boolean; keepNext?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: opts.after ?? 120 },
    indent: { left: mm(opts.leftMm ?? BODY), firstLine: opts.firstLine === false ? undefined : mm(10) },
    children: typeof children === 'string' ? [new TextRun(children)] : children,
  });
}

/** A Word list: each call to item() adds one entry, the number hanging before `leftMm`'s text edge + 7 mm. */
export function wordList(ctx: DocContext, kind: ListKind, leftMm: number) {
  const instance = ctx.nextList();
  return (children: ParagraphChild[], opts: { justify?: boolean; keepNext?: boolean } = {}) =>
    listItem(children, { kind, instance, leftMm: leftMm + LIST_HANG, hangMm: LIST_HANG, justify: opts.justify, keepNext: opts.keepNext });
}

export const LIST_LINE = /^\s*(\d{1,3}|[a-z])[.)]\s+(.*)$|^\s*[-•–*]\s+(.*)$/;

/**
 * The user's (or the draft's) text: each line a paragraph; lines starting
 * "1." / "a." / "-" become items of Word lists (numbered by Word: the typed
 * marker is dropped). A list goes on where the typed numbers go on ("3." after
 * "2."), even past a paragraph between; "1." starts a new one.
 */
export function textBlock(ctx: DocContext, text: string, code: GapCode, what: string, leftMm = BODY, opts: { firstLine?: boolean } = {}): Paragraph[] {
  const lines = textLines(text);
  if (lines.length === 0) return [body([ctx.gap(code, what)], { leftMm, firstLine: false })];
  const lists = new Map<ListKind, { add: ReturnType<typeof wordList>; count: number }>();
  let last: ListKind | null = null;
  return lines.map((line) => {
    const m = LIST_LINE.exec(line);
    if (!m) {
      last = null;
      return body(line, { leftMm, firstLine: opts.firstLine });
    }
    const marker = m[1];
    const kind: ListKind = marker === undefined ? 'bullet' : /\d/.test(marker) ? 'decimal' : 'letter';
    const n = marker === undefined ? 0 : /\d/.test(marker) ? Number(marker) : marker.charCodeAt(0) - 96;
    let list = lists.get(kind);
    const goesOn = list !== undefined && (kind === 'bullet' ? last === 'bullet' : n === list.count + 1);
    if (!list || !goesOn) {
      list = { add: wordList(ctx, kind, leftMm), count: 0 };
      lists.set(kind, list);
    }
    list.count += 1;
    last = kind;
    return list.add([new TextRun((kind === 'bullet' ? m[3] : m[2]) ?? '')]);
  });
}

/** A paragraph between two tables (adjacent tables merge) that also gives some air. */
export const spacer = (after = 120) => new Paragraph({ spacing: { after }, children: [] });

/** "BULELENG" → "Buleleng" (words already mixed-case stay as written). */
export function titleCase(s: string): string {
  return s.replace(/\S+/g, (w) => (w === w.toUpperCase() && w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}

export function lowerFirst(s: string): string {
  const t = clean(s);
  // Keep acronyms and names ("SPBE …", "Kota Malang …") as written.
  if (/^[A-Z]{2}/.test(t) || /^(Kota|Kabupaten|Pemerintah|Provinsi)\b/.test(t)) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

export const centred = (children: ParagraphChild[], opts: { before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: opts.before ?? 0, after: opts.after ?? 0 }, indent: { left: mm(8), right: mm(8) }, children });

export const big = (text: string, size: number) => new TextRun({ text, bold: true, size });

/** The delegation lead as the signature shows him: "Ketua Rombongan," his jabatan, name, pangkat, NIP. */
export function leadSigner(ctx: DocContext, data: DocData, placeDate?: ParagraphChild[]): SignerLines {
  const lead = leadOf(data.detail.members);
  const nameRun = (value: string) => (clean(value) ? new TextRun({ text: clean(value), bold: true, underline: {} }) : ctx.gap('membersWithoutName', 'Nama ketua rombongan'));
  return {
    placeDate,
    above: 'Ketua Rombongan,',
    jabatan: lead && clean(lead.person.jabatan) ? [new TextRun(clean(lead.person.jabatan))] : [new TextRun('')],
    name: [lead ? nameRun(nameOf(lead)) : ctx.gap(leadGap(data.detail.members), 'Ketua rombongan')],
    pangkat: lead ? pangkatOf(lead) || undefined : undefined,
    nip:
      lead && clean(lead.person.nip)
        ? [new TextRun(formatNip(clean(lead.person.nip), lead.person.employment === 'pppk' ? 'pppk' : 'pns'))]
        : lead && nipMissing(lead)
          ? [ctx.gap('membersWithoutNip', 'NIP')]
          : undefined,
  };
}

/** "Singaraja, 28 April 2025": the report's place and date (never the day of export). */
export function placeDate(ctx: DocContext, data: DocData): ParagraphChild[] {
  const s = data.signing.report;
  return [placeRun(ctx, s), new TextRun(', '), signDateRun(ctx, s)];
}
