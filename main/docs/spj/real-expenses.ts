/**
 * Daftar Pengeluaran Riil, one page per traveller who has costs paid without
 * a receipt — taxis, local transport, and the lodging lumpsum of a traveller
 * who stayed with no hotel — from their real expenses (their plan while those
 * are not in): who declares, the SPPD it rests on, the statement of the form
 * (points 1 and 2) with the costs as a table and their total, and the PPK's
 * "Mengetahui/Menyetujui" beside the traveller's signature.
 *
 * Money in the compact house style: "Rp480.000".
 */
import { AlignmentType, PageBreak, Paragraph, TabStopType, TextRun, type ParagraphChild, type Table } from 'docx';
import { MONEY_DOC_TITLES, MONEY_SIGNER_LABELS, REAL_EXPENSES_STATEMENT } from '../../../shared/documents/money-docs';
import type { CostLine } from '../../../shared/money/costs';
import { formatFormula } from '../../../shared/money/explain';
import type { CostRule } from '../../../shared/money/vocabulary';
import { BODY_SIZE, DocContext, document, fieldTable, gridTable, mm, run, section, signatureBlock, type Cell, type Column } from '../common';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { jabatanText, tab } from '../parts';
import { cellPara, dateRun, gapLine, inWords, money, nipText, ppkSigner, title, travellers, travellerSigner, type Traveller } from './common';
import { lineName } from './cost-detail';
import { originPlace, sppdDate, sppdNumberOf } from './sppd';

/** The rules whose costs are paid without a bill: the form's "tidak dapat diperoleh bukti-bukti pengeluarannya". */
export const WITHOUT_RECEIPT: ReadonlySet<CostRule> = new Set<CostRule>(['taxi_at_cost', 'local_transport', 'hotel_lumpsum']);

/** A traveller's lines paid without a receipt. */
export const unreceipted = (t: Traveller): CostLine[] => t.cost.lines.filter((l) => WITHOUT_RECEIPT.has(l.rule));

/** "1." hanging before a paragraph of the statement. */
function point(n: string, children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: mm(7) }],
    indent: { left: mm(7), hanging: mm(7) },
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun(n), tab(), ...children],
  });
}

function page(ctx: DocContext, data: DocData, t: Traveller, first: boolean): Array<Paragraph | Table> {
  const lines = unreceipted(t);
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const columns: Column[] = [
    { header: 'No.', widthMm: 10, align: 'center' },
    { header: 'Uraian', widthMm: 95 },
    { header: 'Jumlah', align: 'right' },
  ];
  const rows: Cell[][] = [
    ...lines.map((l, i): Cell[] => [`${i + 1}.`, [cellPara(lineName(l)), cellPara(formatFormula(l.factors))], money(l.amount)]),
    ['', [cellPara('JUMLAH', { bold: true })], [cellPara([run(money(total), { bold: true })], { align: 'right' })]],
  ];
  const s = REAL_EXPENSES_STATEMENT;
  const place = ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat');
  return [
    new Paragraph({ ...(first ? {} : { children: [new PageBreak()] }) }),
    title(MONEY_DOC_TITLES.real_expenses.toUpperCase(), { after: 240 }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(s.opening)] }),
    fieldTable(ctx, [
      ['Nama', [ctx.orGap(t.sheet.name, 'membersWithoutName', 'Nama', { size: BODY_SIZE })]],
      ['NIP', nipText(t.member)],
      ['Jabatan', [ctx.orGap(jabatanText(t.member), 'membersWithoutJabatan', 'Jabatan', { size: BODY_SIZE })]],
    ]),
    new Paragraph({
      spacing: { before: 120, after: 120 },
      alignment: AlignmentType.JUSTIFIED,
      children: [new TextRun(`${s.basis} `), dateRun(ctx, sppdDate(data), 'noSppdDate', 'Tanggal SPPD'), new TextRun(' Nomor '), ctx.orGap(sppdNumberOf(data, t), 'noSppdNumber', 'Nomor SPPD'), new TextRun(`, ${s.declare}`)],
    }),
    point('1.', [new TextRun(s.first)]),
    gridTable(ctx, columns, rows, { indentMm: 7, widthMm: ctx.textWidthMm - 7 }),
    new Paragraph({ indent: { left: mm(7) }, spacing: { before: 80, after: 120 }, children: [new TextRun({ text: 'Terbilang: ', bold: true }), new TextRun({ text: inWords(total), italics: true })] }),
    point('2.', [new TextRun(s.second)]),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 240 }, children: [new TextRun(s.closing)] }),
    signatureBlock(
      ctx,
      travellerSigner(ctx, t, MONEY_SIGNER_LABELS.traveller, [place, new TextRun(', ...........................')]),
      { ...ppkSigner(ctx, [new TextRun('')]), above: MONEY_SIGNER_LABELS.knownBy },
    ),
  ];
}

export function buildRealExpenses(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency });
  const people = travellers(data).filter((t) => unreceipted(t).length > 0);
  const body = people.flatMap((t, i) => page(ctx, data, t, i === 0));
  if (body.length === 0) body.push(title(MONEY_DOC_TITLES.real_expenses.toUpperCase()), gapLine(120), new Paragraph({ children: [new TextRun(REAL_EXPENSES_STATEMENT.none)] }));
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.real_expenses} — ${data.detail.trip.title}`.slice(0, 250), [section(ctx, { children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
