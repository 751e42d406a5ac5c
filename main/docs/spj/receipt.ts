/**
 * Kuitansi, one page per paid traveller: Sudah terima dari (the Bendahara
 * Pengeluaran of the office), Uang sejumlah (the amount in words), Untuk
 * pembayaran (the trip, the SPPD and the budget line), the amount in a box,
 * the traveller who received it, and the PPK's "Setuju dibayar" beside the
 * treasurer's "Lunas dibayar".
 *
 * Money in the formal house style, as receipts write it: "Rp 480.000,00";
 * the words in title case ("Empat Ratus Delapan Puluh Ribu Rupiah").
 */
import { BorderStyle, PageBreak, Paragraph, TextRun, type Table } from 'docx';
import { MONEY_DOC_TITLES, MONEY_SIGNER_LABELS } from '../../../shared/documents/money-docs';
import { terbilang } from '../../../shared/money/terbilang';
import { BODY_SIZE, DocContext, authorOf, document, fieldTable, run, section, signatureBlock } from '../common';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { gapLine, handSigner, money, moneyOf, ppkSigner, title, travellers, travellerSigner, type Traveller } from './common';
import { destinationPlace, originPlace } from './sppd';
import { dateRange } from '../format';
import { sptTaskLines } from '../conditions';
import { noEndStop } from '../format';
import { isRealIsoDate } from '../../../shared/dates';

/** What the payment is for: "Biaya perjalanan dinas dalam rangka … ke Kota Malang tanggal 23 s.d. 24 April 2026 a.n. …". */
export function paymentFor(data: DocData, t: Traveller): string {
  const task = noEndStop(sptTaskLines(data)[0] ?? data.detail.trip.title);
  const what = task ? `dalam rangka ${task.charAt(0).toLowerCase()}${task.slice(1)}` : '';
  const dates = isRealIsoDate(t.cost.departDate) && isRealIsoDate(t.cost.returnDate) ? `tanggal ${dateRange(t.cost.departDate, t.cost.returnDate)}` : '';
  // The SPT's own task line already names the place and the dates: say them only when it does not.
  const place = destinationPlace(data);
  const extra = [place && !what.includes(place) ? `ke ${place}` : '', dates && !what.includes(dateRange(t.cost.departDate, t.cost.returnDate)) ? dates : '']
    .filter(Boolean)
    .join(' ');
  return ['Biaya perjalanan dinas', what, extra].filter(Boolean).join(' ');
}

function page(ctx: DocContext, data: DocData, t: Traveller, first: boolean): Array<Paragraph | Table> {
  const total = t.cost.total;
  const line = moneyOf(data).sheet.budget?.line ?? null;
  const office = authorOf(ctx);
  const box = new Paragraph({
    spacing: { before: 240, after: 240 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
      bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
      left: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
      right: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
    },
    indent: { right: 5000 },
    children: [new TextRun({ text: money(total, 'formal'), bold: true, size: 28 })],
  });
  const place = ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat');
  return [
    new Paragraph({ ...(first ? {} : { children: [new PageBreak()] }) }),
    title(MONEY_DOC_TITLES.receipt.toUpperCase(), { underline: true, size: 28, after: 240 }),
    fieldTable(
      ctx,
      [
        ['Kode Rekening', [line ? run(line.code, { size: BODY_SIZE }) : ctx.gap('noBudgetLine', 'Kode rekening')]],
        ['Sudah terima dari', `${MONEY_SIGNER_LABELS.treasurer} ${office}`],
        ['Uang sejumlah', [run(terbilang(Math.max(0, total), { case: 'title' }), { bold: true, italics: true, size: BODY_SIZE })]],
        ['Untuk pembayaran', paymentFor(data, t)],
      ],
      { labelMm: 45 },
    ),
    box,
    signatureBlock(ctx, travellerSigner(ctx, t, MONEY_SIGNER_LABELS.receiver, [place, new TextRun(', ...........................')])),
    gapLine(240),
    signatureBlock(
      ctx,
      { ...handSigner(MONEY_SIGNER_LABELS.treasurer), above: 'Lunas dibayar,' },
      { ...ppkSigner(ctx), above: `${MONEY_SIGNER_LABELS.approvedToPay},` },
    ),
  ];
}

export function buildReceipt(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency });
  const body = travellers(data).flatMap((t, i) => page(ctx, data, t, i === 0));
  if (body.length === 0) body.push(title(MONEY_DOC_TITLES.receipt.toUpperCase()), new Paragraph({ children: [ctx.gap('noMembers', 'Pelaksana perjalanan dinas')] }));
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.receipt} — ${data.detail.trip.title}`.slice(0, 250), [section(ctx, { children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
