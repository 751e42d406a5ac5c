/**
 * Rincian Biaya Perjalanan Dinas, one page per paid traveller: the SPPD it
 * belongs to, a table No / Perincian Biaya / Jumlah / Keterangan of the
 * traveller's cost lines (each with its formula, "Rp480.000 × 2 hari", and
 * its rule; warnings such as a bill above its ceiling in the Keterangan),
 * the total and "Terbilang: …", the treasurer's and the traveller's
 * signatures, and the "Perhitungan SPPD Rampung" (the amount set, the advance
 * paid, what is still to pay or to return) signed by the PPK.
 *
 * Money in the compact house style throughout: "Rp480.000".
 */
import { PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type ParagraphChild } from 'docx';
import { MONEY_DOC_TITLES, MONEY_SIGNER_LABELS } from '../../../shared/documents/money-docs';
import { formatFormula, warningText, type CostWarning } from '../../../shared/money/explain';
import type { CostLine } from '../../../shared/money/costs';
import { receiptText, type Receipt } from '../../../shared/money/receipts';
import { COST_COMPONENT_LABELS, COST_RULE_LABELS, TAXI_PLACE_LABELS, type CostComponent } from '../../../shared/money/vocabulary';
import { DocContext, NO_BORDERS, STYLE, document, gridTable, keepTogether, mm, run, section, signatureBlock, type Cell, type Column } from '../common';
import { signerBottom, signerTop } from '../kit/signatures';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { tab } from '../parts';
import { cellPara, gapLine, handSigner, inWords, money, ppkSigner, title, travellers, travellerSigner, type Traveller } from './common';
import { originPlace, sppdNumberOf } from './sppd';

/** What a line is: "Uang Harian", "Biaya Tiket Denpasar – Surabaya". */
export function lineName(l: CostLine): string {
  if (l.source?.place) return TAXI_PLACE_LABELS[l.source.place];
  return [COST_COMPONENT_LABELS[l.component], l.label.trim()].filter(Boolean).join(' ');
}

/** Warnings that mean the traveller's rates could not be read: the line the rincian cannot print. */
const RATE_GAPS: ReadonlySet<CostWarning['code']> = new Set(['missingRate', 'noDestinationRates', 'noRateSet']);

/** The traveller's receipts (bukti) of one cost component, in the order they were added. */
export function receiptsOf(data: DocData, t: Traveller, component?: CostComponent): Receipt[] {
  return (data.receipts ?? []).filter((r) => r.memberId === t.member.id && (component === undefined || r.component === component));
}

/** "Bukti: tiket GA 345 (lampiran); boarding pass (lampiran)". */
export const receiptsLine = (list: readonly Receipt[]): string => `Bukti: ${list.map((r) => `${receiptText(r)} (lampiran)`).join('; ')}`;

/**
 * The traveller's cost lines as table rows (gap rows when their level or
 * rates are missing); each line names the receipts attached to its
 * component, on the component's first line.
 */
export function costRows(ctx: DocContext, t: Traveller, data: DocData = ctx.data): Cell[][] {
  const seen = new Set<CostComponent>();
  const rows: Cell[][] = t.cost.lines.map((l, i): Cell[] => {
    const proofs = seen.has(l.component) ? [] : receiptsOf(data, t, l.component);
    seen.add(l.component);
    return [
      `${i + 1}.`,
      [cellPara(lineName(l)), cellPara(formatFormula(l.factors))],
      money(l.amount),
      [cellPara(COST_RULE_LABELS[l.rule]), ...l.warnings.map((w) => cellPara(warningText(w))), ...(proofs.length ? [cellPara(receiptsLine(proofs))] : [])],
    ];
  });
  const warnings = t.cost.warnings;
  if (warnings.some((w) => w.code === 'noLevel' || w.code === 'unknownLevel')) rows.push(['', [cellPara([ctx.gap('membersWithoutLevel', 'Tingkat biaya')])], '', '']);
  const rateGaps = warnings.filter((w) => RATE_GAPS.has(w.code));
  if (rateGaps.length > 0) rows.push(['', [cellPara([ctx.gap('noRates', 'Tarif')])], '', rateGaps.map((w) => [cellPara(warningText(w))]).flat()]);
  return rows;
}

/** "Singaraja, ……………" — the treasurer dates the payment by hand. */
function placeLine(ctx: DocContext, data: DocData): ParagraphChild[] {
  return [ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat'), new TextRun(', ...........................')];
}

/** A "Label : Rp…" line of the Perhitungan SPPD Rampung (in the left half of the page). */
function reckoning(label: string, value: string, bold = false): Paragraph {
  return new Paragraph({
    style: STYLE.table,
    tabStops: [
      { type: TabStopType.LEFT, position: mm(52) },
      { type: TabStopType.RIGHT, position: mm(80) },
    ],
    spacing: { after: 60 },
    children: [new TextRun(label), tab(), new TextRun(':'), tab(), new TextRun({ text: value, bold })],
  });
}

/** Two borderless halves side by side: the reckoning on the left, the PPK signing it on the right. */
export function halves(ctx: DocContext, left: Array<Paragraph | Table>, right: Array<Paragraph | Table>, leftMm = ctx.textWidthMm / 2): Table {
  const a = mm(leftMm);
  const b = mm(ctx.textWidthMm) - a;
  const cell = (w: number, children: Array<Paragraph | Table>) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: a + b, type: WidthType.DXA },
    columnWidths: [a, b],
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(a, left), cell(b, right)] })],
  });
}

/** Receipts of components the traveller has no line for (a taxi bill while taxis are not paid): named under the table. */
function otherReceipts(data: DocData, t: Traveller): Paragraph[] {
  const lines = new Set(t.cost.lines.map((l) => l.component));
  const rest = receiptsOf(data, t).filter((r) => !lines.has(r.component));
  if (rest.length === 0) return [];
  return [new Paragraph({ style: STYLE.table, spacing: { before: 80 }, children: [new TextRun(`${receiptsLine(rest.map((r) => ({ ...r, label: `${COST_COMPONENT_LABELS[r.component]} ${receiptText(r)}` })))}`)] })];
}

function page(ctx: DocContext, data: DocData, t: Traveller, first: boolean): Array<Paragraph | Table> {
  const columns: Column[] = [
    { header: 'No.', widthMm: 10, align: 'center' },
    { header: 'Perincian Biaya', widthMm: 56 },
    { header: 'Jumlah', widthMm: 28, align: 'right' },
    { header: 'Keterangan' },
  ];
  const total = t.cost.total;
  const rows = [...costRows(ctx, t), ['', [cellPara('JUMLAH', { bold: true })], [cellPara([run(money(total), { bold: true })], { align: 'right' })], '']];
  const { advance, balance } = t.sheet;
  const ppk = ppkSigner(ctx);
  return [
    new Paragraph({ ...(first ? {} : { children: [new PageBreak()] }) }),
    title(MONEY_DOC_TITLES.cost_detail.toUpperCase(), { after: 240 }),
    // "Lampiran SPPD Nomor 000.1.2.3/12/2026/2 a.n. …" once the SPPD is numbered (the SPPD itself marks a missing number).
    new Paragraph({ children: [new TextRun(`Lampiran SPPD${sppdNumberOf(data, t) ? ` Nomor ${sppdNumberOf(data, t)}` : ''} a.n. `), ctx.orGap(t.sheet.name, 'membersWithoutName', 'Nama')] }),
    gapLine(120),
    gridTable(ctx, columns, rows),
    ...otherReceipts(data, t),
    new Paragraph({ spacing: { before: 120, after: 240 }, children: [new TextRun({ text: 'Terbilang: ', bold: true }), new TextRun({ text: inWords(total), italics: true })] }),
    signatureBlock(
      ctx,
      { ...travellerSigner(ctx, t, MONEY_SIGNER_LABELS.receiver, placeLine(ctx, data)), above: `${MONEY_SIGNER_LABELS.received} ${money(total)}` },
      { ...handSigner(MONEY_SIGNER_LABELS.treasurer, [new TextRun('')]), above: `${MONEY_SIGNER_LABELS.paidOut} ${money(total)}` },
    ),
    // The reckoning and the PPK's signature move to the next page together when the lines are many.
    keepTogether(ctx, [
      new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } }, spacing: { before: 240, after: 120 }, children: [] }),
      title('PERHITUNGAN SPPD RAMPUNG', { after: 120 }),
      halves(
        ctx,
        [
          reckoning('Ditetapkan sejumlah', money(total)),
          reckoning('Yang telah dibayar semula', money(advance)),
          reckoning(balance >= 0 ? 'Sisa kurang' : 'Sisa lebih (dikembalikan)', money(Math.abs(balance)), true),
        ],
        [...signerTop(ppk), ...signerBottom(ppk)],
      ),
    ]),
  ];
}

export function buildCostDetail(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency });
  const people = travellers(data);
  const body = people.flatMap((t, i) => page(ctx, data, t, i === 0));
  if (body.length === 0) body.push(title(MONEY_DOC_TITLES.cost_detail.toUpperCase()), new Paragraph({ children: [ctx.gap('noMembers', 'Pelaksana perjalanan dinas')] }));
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.cost_detail} — ${data.detail.trip.title}`.slice(0, 250), [section(ctx, { children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
