/**
 * What the money documents share: the travellers with their cost-sheet lines,
 * the PPK's signature lines, amounts in words and figures, a bordered
 * label/value table and the blank signature a form leaves for a hand.
 */
import { AlignmentType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { formatNip } from '../../../shared/directory/nip';
import { formatPangkat } from '../../../shared/directory/ranks';
import type { Member } from '../../../shared/delegation/schemas';
import { MONEY_SIGNER_LABELS } from '../../../shared/documents/money-docs';
import type { MemberCost } from '../../../shared/money/costs';
import { formatRupiah, type Sen } from '../../../shared/money/rupiah';
import { computeCostSheet, type SheetMember } from '../../../shared/money/sheet';
import { terbilang } from '../../../shared/money/terbilang';
import type { RupiahStyle } from '../../../shared/money/vocabulary';
import { STYLE, mm, run, type DocContext, type SignerLines } from '../common';
import { isBlank, nameOf, plainDate } from '../format';
import { cellParagraph } from '../kit/runs';
import type { DocData, DocMoney } from '../model';

/** One paid traveller: the trip's member and their line of the cost sheet. */
export interface Traveller {
  member: Member;
  sheet: SheetMember;
  /** What the papers account for: the real costs once known, else the plan. */
  cost: MemberCost;
  /** Their place among the paid travellers (1-based) and how many there are, as travellers() counts them. */
  place?: number;
  of?: number;
}

/** Data made for the letters alone holds no money: the money documents then see a trip nobody is paid for. */
function noMoney(data: DocData): DocMoney {
  const sheet = computeCostSheet({ kind: 'out_of_town', originRegionCode: '', destinationRegionCode: '', rateSets: [], options: { nonAsn: 'own_heading' }, members: [] });
  return { tripId: data.detail.trip.id, kind: 'out_of_town', originRegionCode: '', destinationRegionCode: '', rateSets: [], ppk: null, sheet, problems: [] };
}

/** The trip's money (gathered data always holds it). */
export function moneyOf(data: DocData): DocMoney {
  return data.money ?? noMoney(data);
}

/** The travellers the papers are made for, in the delegation's order: those the sheet pays (not the excluded non-ASN). */
export function travellers(data: DocData): Traveller[] {
  const bySheet = new Map(moneyOf(data).sheet.members.map((s) => [s.memberId, s]));
  const out: Traveller[] = [];
  for (const member of data.detail.members) {
    const sheet = bySheet.get(member.id);
    if (!sheet || sheet.excluded) continue;
    out.push({ member, sheet, cost: sheet.real ?? sheet.planned, place: out.length + 1, of: 0 });
  }
  for (const t of out) t.of = out.length;
  return out;
}

/** "Rp480.000" (the documents' tables) or "Rp 480.000,00" (the kuitansi's amount). */
export const money = (amount: Sen, style: RupiahStyle = 'compact'): string => formatRupiah(amount, style);

/** "Empat ratus delapan puluh ribu rupiah" (sentence case, as the forms write it after "Terbilang:"). */
export const inWords = (amount: Sen): string => terbilang(Math.max(0, amount), { case: 'sentence' });

/** A member's NIP grouped ("19780817 199703 1 002"), '-' for those without one (elected officials, non-ASN). */
export function nipText(m: Member): string {
  const nip = m.person.nip.trim();
  if (!nip) return '-';
  return formatNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns');
}

/** "Penata (III/c)", '-' without a golongan. */
export const pangkatText = (m: Member): string => (m.person.golongan ? formatPangkat(m.person.golongan) : '-');

/** "Tingkat E — Eselon IV / Golongan III", or a gap marker when the cost rules found no level. */
export function levelRun(ctx: DocContext, cost: MemberCost): TextRun {
  return cost.level ? run(cost.level.label || cost.level.code) : ctx.gap('membersWithoutLevel', 'Tingkat biaya');
}

/** "24 April 2026", or a gap marker. */
export function dateRun(ctx: DocContext, date: string, code: Parameters<DocContext['gap']>[0], what: string): TextRun {
  return isBlank(date) ? ctx.gap(code, what) : run(plainDate(date));
}

/** The PPK as signature lines: "Pejabat Pembuat Komitmen," the name, the NIP; a gap marker without one. */
export function ppkSigner(ctx: DocContext, placeDate?: ParagraphChild[], above?: string): SignerLines {
  const ppk = moneyOf(ctx.data).ppk;
  return {
    placeDate,
    above,
    jabatan: [run(`${MONEY_SIGNER_LABELS.ppk},`)],
    name: [ppk && !isBlank(ppk.name) ? run(ppk.name, { bold: true, underline: {} }) : ctx.gap('noPpk', 'Pejabat Pembuat Komitmen')],
    nip: ppk && !isBlank(ppk.nip) ? [run(formatNip(ppk.nip))] : undefined,
  };
}

/** A traveller signing as themselves: their role on the form, name, NIP. */
export function travellerSigner(ctx: DocContext, t: Traveller, role: string, placeDate?: ParagraphChild[]): SignerLines {
  const nip = nipText(t.member);
  return {
    placeDate,
    jabatan: [run(`${role},`)],
    name: [ctx.orGap(nameOf(t.member), 'membersWithoutName', 'Nama', { bold: true, underline: {} })],
    nip: nip === '-' ? undefined : [run(nip)],
  };
}

/**
 * A signer the data does not name (the Bendahara Pengeluaran): the role, and
 * dotted lines for the name and NIP written by hand, as the printed forms
 * leave them. Not a gap: who the treasurer is is not kept by the app.
 */
export function handSigner(role: string, placeDate?: ParagraphChild[]): SignerLines {
  return {
    placeDate,
    jabatan: [run(`${role},`)],
    name: [run('(.......................................)')],
    nip: [run('.......................................')],
  };
}

/** A centred title, bold (and underlined when asked), with room after it. */
export function title(text: string, opts: { underline?: boolean; size?: number; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: opts.size ?? 24, ...(opts.underline ? { underline: {} } : {}) })],
  });
}

/** An empty paragraph of `after` twips. */
export const gapLine = (after = 120): Paragraph => new Paragraph({ spacing: { after }, children: [] });

/** A paragraph in the table style (small text), for cells made of several paragraphs (gridTable writes it as XML). */
export function cellPara(children: ParagraphChild[] | string, opts: { align?: 'left' | 'center' | 'right'; bold?: boolean } = {}): Paragraph {
  const kids = typeof children === 'string' ? [run(children, opts.bold ? { bold: true } : {})] : children;
  return cellParagraph({ style: STYLE.table, alignment: opts.align ?? 'left', children: kids });
}

/** Tab stops in mm as docx wants them. */
export const stopsAt = (...mms: number[]) => mms.map((v) => ({ type: 'left' as const, position: mm(v) }));
