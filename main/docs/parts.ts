/**
 * Pieces the letters share (SPT, surat permohonan, jadwal acara, daftar hadir,
 * siaran pers): tab-aligned "Label : 1. text" lists as naskah dinas write
 * them, a member's NIP / pangkat / jabatan with gap markers where an official's
 * data is missing, and names of offices derived from the kop's government line.
 */
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { Member } from '../../shared/delegation/schemas';
import { isJournalistRole } from '../../shared/vocabulary';
import { formatNip, parseNip } from '../../shared/directory/nip';
import { isMissingNip } from '../../shared/delegation/protocol';
import { STYLE, mm, run, type DocContext, type SignerLines } from './common';
import { isBlank, nameOf, pangkatOf, plainDate as plainDateOf, titleCase } from './format';
import type { SignerLike } from '../../shared/documents/issuers';
import type { DocSigning } from './model';
import type { GapCode } from './readiness';

export const tab = (): TextRun => new TextRun({ children: [new Tab()] });

/**
 * The head of a Lampiran, on the right part of the page: where it starts
 * (`left`, the indent of its title) and its "Nomor : …" / "Tanggal : …" lines.
 */
export function attachmentHead(ctx: DocContext): { left: number; line: (label: string, value: ParagraphChild[]) => Paragraph } {
  const left = mm(Math.max(0, ctx.textWidthMm - 100));
  // Tab stops count from the margin, not from the indent: place them after it.
  const stops = [
    { type: TabStopType.LEFT, position: left + mm(20) },
    { type: TabStopType.LEFT, position: left + mm(23) },
  ];
  const line = (label: string, value: ParagraphChild[]) =>
    new Paragraph({ tabStops: stops, indent: { left: left + mm(23), hanging: mm(23) }, children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value] });
  return { left, line };
}

/** Tab stops of a "Label : 1. text" block, in mm from the left margin. */
export interface ListStops {
  /** Where the colon sits. */
  colon: number;
  /** Where the number sits. */
  num: number;
  /** Where the text starts (and wraps to). */
  text: number;
}
export const LIST_STOPS: ListStops = { colon: 28, num: 32, text: 39 };

/**
 * "Dasar : 1. text" — the first item carries the label and colon, the others
 * only their number; wrapped lines align with the text. One item is written
 * without a number.
 */
export function labelledList(label: string, items: ParagraphChild[][], stops: ListStops = LIST_STOPS, after = 120): Paragraph[] {
  const numbered = items.length > 1;
  return items.map(
    (item, i) =>
      new Paragraph({
        tabStops: [
          { type: TabStopType.LEFT, position: mm(stops.colon) },
          { type: TabStopType.LEFT, position: mm(stops.num) },
          { type: TabStopType.LEFT, position: mm(stops.text) },
        ],
        indent: { left: mm(numbered ? stops.text : stops.num), hanging: mm(numbered ? stops.text : stops.num) },
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: i === items.length - 1 ? after : 40 },
        children: [
          new TextRun(i === 0 ? label : ''),
          tab(),
          new TextRun(i === 0 ? ':' : ''),
          tab(),
          ...(numbered ? [new TextRun(`${i + 1}.`), tab()] : []),
          ...item,
        ],
      }),
  );
}

/** Numbered paragraphs "1. text" with a hanging indent (Tembusan, Untuk when alone). */
export function numberedParas(items: ParagraphChild[][], opts: { indentMm?: number; numMm?: number } = {}): Paragraph[] {
  const indent = opts.indentMm ?? 0;
  const num = opts.numMm ?? 7;
  return items.map(
    (item, i) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: mm(indent + num) }],
        indent: { left: mm(indent + num), hanging: mm(num) },
        children: [new TextRun(`${i + 1}.`), tab(), ...item],
      }),
  );
}

/** "Tembusan:" and its recipients numbered, each ending ";" and the last "." (nothing when there are none). */
export function tembusanParas(lines: string[]): Paragraph[] {
  if (lines.length === 0) return [];
  const item = (line: string, last: boolean) => `${line.replace(/[;.,]+$/, '')}${last ? '.' : ';'}`;
  return [
    new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: 'Tembusan:', underline: {} })] }),
    ...numberedParas(lines.map((l, i) => [new TextRun(item(l, i === lines.length - 1))])),
  ];
}

/** Lines of a user's list ("1. …" numbering the user typed is dropped; blank lines skipped). */
export function listLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*(\d+[.)]|[-•*])\s*/, '').trim())
    .filter(Boolean);
}

export const isJournalist = (m: Member): boolean => isJournalistRole(m.role) || m.person.kind === 'journalist';

// When a member's line is marked (every document that lists members uses these, and readiness.ts too).

/** A civil servant (PNS or PPPK, not a journalist) without a NIP: marked 'membersWithoutNip'. */
export const nipMissing = (m: Member): boolean => !isJournalist(m) && isMissingNip(m.person);
/** A NIP that is there but is not a valid NIP / NI PPPK (length, birth date, TMT, sex digit): printed as typed, marked. */
export const nipInvalid = (m: Member): boolean => {
  const nip = m.person.nip.trim();
  return nip !== '' && !isJournalist(m) && !parseNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns').ok;
};
/** A PNS (not a journalist) without a known pangkat/golongan: marked 'membersWithoutRank'. */
export const rankMissing = (m: Member): boolean => !pangkatOf(m) && m.person.employment === 'pns' && !isJournalist(m);
/** Someone other than a journalist without a jabatan: marked 'membersWithoutJabatan'. */
export const jabatanMissing = (m: Member): boolean => isBlank(jabatanText(m));
/** No name to print: marked 'membersWithoutName'. */
export const nameMissing = (m: Member): boolean => isBlank(nameOf(m));

/** Elected officials and journalists have no NIP: "-" there, a gap marker for a civil servant without one. */
export function nipCell(ctx: DocContext, m: Member, opts: IRunOptions = {}): TextRun {
  const nip = m.person.nip.trim();
  if (nip && nipInvalid(m)) return ctx.invalid('membersInvalidNip', nip, 'NIP tidak valid', opts);
  if (nip) return run(formatNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns'), opts);
  if (nipMissing(m)) return ctx.gap('membersWithoutNip', 'NIP');
  return run('-', opts);
}

/** "Penata Muda Tingkat I (III/b)"; "-" for people without a rank; a gap for a PNS without one. */
export function pangkatCell(ctx: DocContext, m: Member, opts: IRunOptions = {}): TextRun {
  const p = pangkatOf(m);
  if (p) return run(p, opts);
  if (rankMissing(m)) return ctx.gap('membersWithoutRank', 'Pangkat/Gol.');
  return run('-', opts);
}

/** The outlet of a journalist ("Radar Bali"), '' when unknown. */
export const outletOf = (m: Member): string => m.person.institutionName.trim();

/** "Kepala Dinas Kominfosanti"; for journalists "Jurnalis Radar Bali". */
export function jabatanText(m: Member): string {
  if (isJournalist(m)) return ['Jurnalis', outletOf(m)].filter(Boolean).join(' ');
  return m.person.jabatan.trim();
}

export function jabatanCell(ctx: DocContext, m: Member, opts: IRunOptions = {}): TextRun {
  return ctx.orGap(jabatanText(m), 'membersWithoutJabatan', 'Jabatan', opts);
}

/** "Gede Supriatna" from "Gede Supriatna, S.H." (no academic titles), for running text. */
export function plainName(m: Pick<Member['person'], 'name'>): string {
  return m.name.split(',')[0]?.replace(/\s+/g, ' ').trim() ?? '';
}

const GOV_RE = /^\s*pemerintah\s+(kabupaten|kota|provinsi)\s+(.+?)\s*$/i;

/** "Buleleng" from "Pemerintah Kabupaten Buleleng" ('' when the line is not of that form). */
export function regionOfGovLine(govLine: string): string {
  const m = GOV_RE.exec(govLine);
  return m ? titleCase(m[2] ?? '') : '';
}

/** The head of a government: "Bupati Buleleng", "Wali Kota Malang", "Gubernur Bali"; '' when unknown. */
export function headOfGovernment(name: string): string {
  const m = GOV_RE.exec(name);
  if (!m) return '';
  const kind = (m[1] ?? '').toLowerCase();
  const place = titleCase(m[2] ?? '');
  return `${kind === 'kabupaten' ? 'Bupati' : kind === 'kota' ? 'Wali Kota' : 'Gubernur'} ${place}`;
}

/** Weekday and date of a span: "Kamis, 24 April 2025" or "Kamis s.d. Jumat, 24 s.d. 25 April 2025". */
export function daySpan(longStart: string, longEnd: string, range: string): string {
  const ws = longStart.split(',')[0] ?? '';
  const we = longEnd.split(',')[0] ?? '';
  if (!longStart.includes(',')) return range;
  if (longStart === longEnd) return longStart;
  return `${ws}${we && we !== ws ? ` s.d. ${we}` : ''}, ${range}`;
}

/** Bold and underlined, as signers' names are written. */
export const signerName = (ctx: DocContext, name: string, code: GapCode, what: string): TextRun => ctx.orGap(name, code, what, { bold: true, underline: {} });

/**
 * The first letter in lower case for running text ("Mempelajari pengelolaan …"
 * → "mempelajari pengelolaan …"), but names stay as they are ("Ngalam Command
 * Center …", "SPBE …").
 */
export function lowerFirst(s: string): string {
  const [first = '', second = ''] = s.trim().split(/\s+/);
  if (!/^[A-Z][a-z]+[,;:]?$/.test(first)) return s;
  if (second && !/^[a-z(]/.test(second)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}

/**
 * A signer on the right half as plain paragraphs kept together (keepNext):
 * LibreOffice splits the one-row signature table at a page end despite
 * cantSplit (seen with a 500-row Lampiran), paragraphs it keeps whole.
 */
export function rightSigner(ctx: DocContext, s: SignerLines): Paragraph[] {
  const left = mm(ctx.textWidthMm / 2);
  const lines: Array<{ children: ParagraphChild[]; after?: number }> = [
    ...(s.placeDate ? [{ children: s.placeDate }] : []),
    ...(s.above ? [{ children: [new TextRun(s.above)] }] : []),
    ...(s.onBehalf ? s.onBehalf.split('\n').map((line) => ({ children: [new TextRun(line)] })) : []),
    { children: s.jabatan, after: 1200 },
    { children: s.name },
    ...(s.pangkat ? [{ children: [new TextRun(s.pangkat)] }] : []),
    ...(s.nip ? [{ children: [new TextRun('NIP. '), ...s.nip] }] : []),
  ];
  return lines.map(
    (l, i) =>
      new Paragraph({
        style: STYLE.signature,
        alignment: AlignmentType.CENTER,
        indent: { left },
        keepNext: i < lines.length - 1,
        keepLines: true,
        spacing: { after: l.after ?? 0 },
        children: l.children,
      }),
  );
}

/** "Plt. " / "Plh. " before an acting official's jabatan. */
const actingPrefix = (s: SignerLike): string => (s.acting === 'plt' ? 'Plt. ' : s.acting === 'plh' ? 'Plh. ' : '');

/** The place a document is issued at, or a gap marker. */
export function placeRun(ctx: DocContext, s: DocSigning): TextRun {
  return ctx.orGap(s.issuer.kop.placeOfIssue, 'noPlaceOfIssue', 'Tempat');
}

/** The date a document is signed (its number's date of issue, or the date set on it), or a gap marker: never the day of export. */
export function signDateRun(ctx: DocContext, s: DocSigning): TextRun {
  return s.date ? new TextRun(plainDateOf(s.date)) : ctx.gap('noSignDate', 'Tanggal');
}

/**
 * The signature lines of a signed document: the a.n./u.b. lines, the
 * signer's jabatan (in capitals for a Kepala Daerah signing in his own
 * name), the name (a gap marker until one is given), pangkat and NIP.
 */
export function signedBy(ctx: DocContext, s: DocSigning, placeDate?: ParagraphChild[]): SignerLines {
  const signer = s.signer;
  if (!signer) {
    return { placeDate, jabatan: [new TextRun('')], name: [ctx.gap('noSignerName', 'Nama penanda tangan')] };
  }
  const head = signer.seat === 'regional_head' || signer.seat === 'deputy_regional_head';
  const jabatan = `${actingPrefix(signer)}${noEndStopComma(signer.jabatan)}`;
  const above = s.above.length > 0 ? s.above : undefined;
  return {
    placeDate,
    onBehalf: above?.join('\n'),
    jabatan: [isBlankText(jabatan) ? ctx.gap('noSignerName', 'Jabatan penanda tangan') : new TextRun(`${head && !above ? jabatan.toUpperCase() : jabatan},`)],
    name: [signerName(ctx, signer.name, 'noSignerName', 'Nama penanda tangan')],
    pangkat: signer.pangkat.trim() || undefined,
    nip: signer.nip.trim() ? [new TextRun(formatNip(signer.nip.trim()))] : undefined,
  };
}

const noEndStopComma = (s: string): string => s.trim().replace(/[,.]+$/, '');
const isBlankText = (s: string): boolean => s.trim() === '';
