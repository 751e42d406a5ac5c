/**
 * Daftar Penerimaan Uang Harian: one table for the delegation — No / Nama /
 * Gol. / Tingkat / Hari / Tarif / Jumlah / Tanda Tangan — from each paid
 * traveller's uang harian lines, the total and its words, and the PPK's
 * "Setuju dibayar" beside the Bendahara Pengeluaran. The signature column
 * numbers its lines left and right in turn, as the printed lists do.
 *
 * Money in the compact house style: "Rp480.000".
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { MONEY_DOC_TITLES, MONEY_SIGNER_LABELS } from '../../../shared/documents/money-docs';
import { formatFormula } from '../../../shared/money/explain';
import { DocContext, STYLE, document, gridTableWithClosing, run, section, SMALL_SIZE, type Cell, type Column } from '../common';
import { dateRange, isBlank } from '../format';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { gapLine, handSigner, inWords, money, ppkSigner, title, travellers, type Traveller } from './common';
import { destinationPlace } from './sppd';
import { signatureBlockParas } from './signatures';

/** The traveller's uang harian: days counted, the rate(s) and the amount. */
export function allowanceOf(t: Traveller): { days: number; rates: string[]; amount: number } {
  const lines = t.cost.lines.filter((l) => l.component === 'daily_allowance');
  const days = lines.reduce((s, l) => s + l.factors.reduce((n, f) => (f.kind === 'count' ? n * f.count : n), 1), 0);
  const rates = lines.map((l) => (lines.length === 1 ? formatFormula(l.factors.filter((f) => f.kind === 'amount')) : formatFormula(l.factors)));
  return { days, rates, amount: t.cost.byComponent.daily_allowance };
}

export function buildAllowanceList(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency });
  const { trip } = data.detail;
  const people = travellers(data);
  const columns: Column[] = [
    { header: 'No.', widthMm: 9, align: 'center' },
    { header: 'Nama', widthMm: 40 },
    { header: 'Gol.', widthMm: 13, align: 'center' },
    { header: 'Tingkat', widthMm: 16, align: 'center' },
    { header: 'Hari', widthMm: 11, align: 'center' },
    { header: 'Tarif', widthMm: 25, align: 'right' },
    { header: 'Jumlah', widthMm: 26, align: 'right' },
    { header: 'Tanda Tangan' },
  ];
  let total = 0;
  const rows: Cell[][] = people.map((t, i): Cell[] => {
    const a = allowanceOf(t);
    total += a.amount;
    const sign = `${i + 1}. ...............`;
    return [
      `${i + 1}.`,
      [ctx.orGap(t.sheet.name, 'membersWithoutName', 'Nama', { size: SMALL_SIZE })],
      t.member.person.golongan || '-',
      [t.cost.level ? run(t.cost.level.code, { size: SMALL_SIZE }) : ctx.gap('membersWithoutLevel', 'Tingkat')],
      String(a.days),
      a.rates.length ? a.rates.join('\n') : '-',
      money(a.amount),
      // Room for a hand: the signature line sits low in its cell.
      [new Paragraph({ style: STYLE.table, spacing: { before: 280 }, alignment: i % 2 === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [new TextRun(sign)] })],
    ];
  });
  rows.push(['', [run('JUMLAH', { bold: true, size: SMALL_SIZE })], '', '', '', '', [run(money(total), { bold: true, size: SMALL_SIZE })], '']);
  const place = destinationPlace(data);
  const when = isBlank(trip.startDate) || isBlank(trip.endDate) ? '' : ` tanggal ${dateRange(trip.startDate, trip.endDate)}`;
  const closing = [
    new Paragraph({ spacing: { before: 120, after: 240 }, children: [new TextRun({ text: 'Terbilang: ', bold: true }), new TextRun({ text: inWords(total), italics: true })] }),
    ...signatureBlockParas(ctx, { ...handSigner(MONEY_SIGNER_LABELS.treasurer), above: 'Lunas dibayar,' }, { ...ppkSigner(ctx), above: `${MONEY_SIGNER_LABELS.approvedToPay},` }),
  ];
  const body = [
    title(MONEY_DOC_TITLES.allowance_list.toUpperCase(), { after: 0 }),
    title(`${trip.title.trim()}${place && !trip.title.includes(place) ? ` ke ${place}` : ''}${when}`, { after: 240, size: 22 }),
    ...gridTableWithClosing(ctx, columns, rows, closing),
    gapLine(0),
  ];
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.allowance_list} — ${trip.title}`.slice(0, 250), [section(ctx, { pageNumbers: true, children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
