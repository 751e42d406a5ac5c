import type { TripDetail } from '../../../shared/delegation/schemas';
import { formatDateRange } from '../../../shared/dates';
import { MONEY_DOC_TITLES } from '../../../shared/documents/money-docs';
import type { MemberCost } from '../../../shared/money/costs';
import { formatFormula, tableText, warningText } from '../../../shared/money/explain';
import type { TripCostSheet } from '../../../shared/money/readiness';
import { COST_COMPONENTS, COST_COMPONENT_LABELS, COST_HEADINGS, COST_HEADING_LABELS, COST_RULE_LABELS, TRAVEL_KIND_LABELS } from '../../../shared/money/vocabulary';
import { regionByCode } from '../../../shared/regions';
import type { Traveller } from '../../docs/spj/common';
import { allowanceOf } from '../../docs/spj/allowance-list';
import { lineName } from '../../docs/spj/cost-detail';
import { unreceipted } from '../../docs/spj/real-expenses';
import { boldCell, dateCell, headerRow, rupiahCell, safeFileName, textCell, type SheetSpec, type WorkbookRow } from '../../docs/workbook';

/*
 * The trip's cost sheet as the treasurer's workbook (issue 15 item 7), from
 * `costSheet.get`'s answer and the trip's members as the trip keeps them:
 * Rekap (a row per member and the totals), Rincian (a row per cost line with
 * its formula, its table row and its warnings), Per komponen (planned against
 * real, the advances and the DPA line), and the two lists the SPJ asks for,
 * Daftar Penerimaan Uang Harian and Daftar Pengeluaran Riil, as sheets of the
 * same workbook: they come from the same sheet computed once, the treasurer
 * files them together, and one button makes them. The lists follow the
 * documents (main/docs/spj): the paid travellers, on their real costs once in.
 */

export interface CostSheetBook {
  fileName: string;
  sheets: SheetSpec[];
}

const regionName = (code: string): string => regionByCode(code)?.name ?? code;
const levelText = (cost: MemberCost): string => (cost.level ? cost.level.code : '');
const plainNip = (nip: string): string => nip.replace(/\s+/g, '');

/** "Biaya - Studi Komparasi ke Kota Malang - 2026-12-07.xlsx". */
export const costSheetFileName = (title: string, today: string): string => `${safeFileName(`Biaya - ${title.trim() || 'Perjalanan Dinas'} - ${today}`)}.xlsx`;

function rekap(detail: TripDetail, money: TripCostSheet): SheetSpec {
  const { sheet } = money;
  const byId = new Map(detail.members.map((m) => [m.id, m]));
  const header = [
    'No.', 'Nama', 'NIP', 'Golongan', 'Jabatan', 'Tingkat', 'Pos', 'Berangkat', 'Kembali', 'Hari',
    ...COST_COMPONENTS.map((c) => `${COST_COMPONENT_LABELS[c]} (Rencana)`),
    'Jumlah Rencana', 'Jumlah Riil', 'Uang Muka', 'Sisa Bayar (+) / Kembali (−)', 'Keterangan',
  ];
  const rows: WorkbookRow[] = [headerRow(header)];
  sheet.members.forEach((s, i) => {
    const m = byId.get(s.memberId);
    const p = m?.person;
    const actual = s.real ?? s.planned;
    const notes = [
      s.excluded ? 'Tidak dibiayai' : s.real ? '' : 'Riil belum masuk: dihitung dari rencana',
      s.planned.warnings.length + (s.real?.warnings.length ?? 0) > 0 ? 'Ada peringatan (lihat Rincian)' : '',
    ].filter(Boolean);
    rows.push([
      i + 1,
      s.name,
      textCell(plainNip(p?.nip ?? '')),
      p?.golongan ?? '',
      p?.jabatan ?? '',
      levelText(s.planned),
      COST_HEADING_LABELS[s.heading],
      dateCell(s.planned.departDate),
      dateCell(s.planned.returnDate),
      s.planned.days,
      ...COST_COMPONENTS.map((c) => rupiahCell(s.planned.byComponent[c])),
      rupiahCell(s.planned.total),
      rupiahCell(actual.total),
      rupiahCell(s.advance),
      rupiahCell(s.balance),
      notes.join('; '),
    ]);
  });
  // The delegation's own advances (to its treasurer) belong to no member: a row of their own, so the columns add up to the totals.
  const own = sheet.advances - sheet.members.reduce((n, s) => n + s.advance, 0);
  if (own !== 0) rows.push(['', 'Uang muka rombongan', ...Array<null>(8 + COST_COMPONENTS.length + 2).fill(null), rupiahCell(own), rupiahCell(-own), 'Tidak atas nama anggota']);
  rows.push([
    null,
    boldCell('JUMLAH'),
    ...Array<null>(8).fill(null),
    ...COST_COMPONENTS.map((c) => rupiahCell(sheet.byComponent[c].planned, true)),
    rupiahCell(sheet.total.planned, true),
    rupiahCell(sheet.total.real, true),
    rupiahCell(sheet.advances, true),
    rupiahCell(sheet.balance, true),
    null,
  ]);
  return { name: 'Rekap', rows, widths: [5, 30, 20, 9, 34, 8, 15, 11, 11, 6, ...COST_COMPONENTS.map(() => 18), 15, 15, 14, 17, 34], sticky: 1, landscape: true };
}

function rincian(money: TripCostSheet): SheetSpec {
  const header = ['No.', 'Nama', 'Perhitungan', 'Komponen', 'Aturan', 'Rumus', 'Dari', 'Sampai', 'Standar Biaya', 'Tabel', 'Wilayah', 'Tingkat', 'Tarif', 'Jumlah', 'Peringatan'];
  const rows: WorkbookRow[] = [headerRow(header)];
  let n = 0;
  for (const s of money.sheet.members) {
    for (const [plan, cost] of [['Rencana', s.planned], ['Riil', s.real]] as const) {
      if (!cost) continue;
      for (const l of cost.lines) {
        const src = l.source;
        const dates = [...l.dates].sort();
        rows.push([
          ++n,
          s.name,
          plan,
          lineName(l),
          COST_RULE_LABELS[l.rule],
          formatFormula(l.factors),
          dateCell(dates[0] ?? ''),
          dateCell(dates[dates.length - 1] ?? ''),
          src?.rateSetName ?? '',
          src ? tableText(src) : '',
          src ? regionName(src.regionCode) : '',
          src ? src.levelLabel || (src.level ?? '') : '',
          src?.rate == null ? null : rupiahCell(src.rate),
          rupiahCell(l.amount),
          l.warnings.map(warningText).join(' '),
        ]);
      }
      // The member's own warnings (no level, no rates, no dates): a row each, with no amount.
      const onLines = new Set(cost.lines.flatMap((l) => l.warnings.map((w) => JSON.stringify(w))));
      for (const w of cost.warnings) {
        if (onLines.has(JSON.stringify(w))) continue;
        rows.push([++n, s.name, plan, '', '', '', null, null, '', '', '', '', null, null, warningText(w)]);
      }
    }
  }
  return { name: 'Rincian', rows, widths: [5, 30, 11, 30, 40, 30, 11, 11, 36, 28, 18, 30, 14, 15, 60], sticky: 1, landscape: true };
}

function perComponent(detail: TripDetail, money: TripCostSheet, today: string): SheetSpec {
  const { sheet } = money;
  const rows: WorkbookRow[] = [headerRow(['Komponen', 'Rencana', 'Riil'])];
  for (const c of COST_COMPONENTS) rows.push([COST_COMPONENT_LABELS[c], rupiahCell(sheet.byComponent[c].planned), rupiahCell(sheet.byComponent[c].real)]);
  rows.push([boldCell('JUMLAH'), rupiahCell(sheet.total.planned, true), rupiahCell(sheet.total.real, true)]);
  rows.push([]);
  rows.push(headerRow(['Pos', 'Rencana', 'Riil']));
  for (const h of COST_HEADINGS) rows.push([COST_HEADING_LABELS[h], rupiahCell(sheet.byHeading[h].planned), rupiahCell(sheet.byHeading[h].real)]);
  rows.push([]);
  rows.push(['Uang muka', null, rupiahCell(sheet.advances)]);
  rows.push(['Sisa bayar (+) / kembali (−)', null, rupiahCell(sheet.balance)]);
  rows.push([`Riil masuk: ${sheet.realCount} dari ${sheet.members.length} anggota; yang lain dihitung dari rencana.`]);
  rows.push([]);
  rows.push(headerRow(['Kode Rekening (DPA)', 'Pagu', 'Riil', 'Sisa Pagu', 'Uraian']));
  const b = sheet.budget;
  if (b) rows.push([textCell(b.line.code), rupiahCell(b.line.ceiling), rupiahCell(sheet.total.real), rupiahCell(b.remaining), b.line.name]);
  else rows.push(['Belum ada kode rekening DPA']);
  for (const w of sheet.warnings) rows.push([warningText(w)]);
  rows.push([]);
  const { trip } = detail;
  const info: Array<[string, string]> = [
    ['Kegiatan', trip.title],
    ['Tanggal', formatDateRange(trip.startDate, trip.endDate)],
    ['Tujuan', money.destinationRegionCode ? regionName(money.destinationRegionCode) : '-'],
    ['Jenis perjalanan', TRAVEL_KIND_LABELS[money.kind]],
    ['Standar biaya', money.rateSets.map((s) => `${s.name}${s.sample ? ' (contoh, bukan tarif resmi)' : ''}`).join('; ') || '-'],
    ['Pejabat Pembuat Komitmen', money.ppk ? money.ppk.name : '-'],
  ];
  for (const [k, v] of info) rows.push([boldCell(k), v]);
  rows.push([boldCell('Diekspor'), dateCell(today)]);
  return { name: 'Per komponen', rows, widths: [36, 16, 16, 16, 40] };
}

/** The paid travellers, as the SPJ documents take them (`travellers` in main/docs/spj/common.ts). */
function travellers(detail: TripDetail, money: TripCostSheet): Traveller[] {
  const bySheet = new Map(money.sheet.members.map((s) => [s.memberId, s]));
  return detail.members.flatMap((member) => {
    const sheet = bySheet.get(member.id);
    return sheet && !sheet.excluded ? [{ member, sheet, cost: sheet.real ?? sheet.planned }] : [];
  });
}

function allowanceList(people: readonly Traveller[]): SheetSpec {
  const rows: WorkbookRow[] = [headerRow(['No.', 'Nama', 'NIP', 'Gol.', 'Tingkat', 'Hari', 'Tarif', 'Jumlah', 'Tanda Tangan'])];
  let total = 0;
  people.forEach((t, i) => {
    const a = allowanceOf(t);
    total += a.amount;
    const lines = t.cost.lines.filter((l) => l.component === 'daily_allowance');
    const only = lines.length === 1 ? lines[0] : undefined;
    const rate = only && !only.factors.some((f) => f.kind === 'percent') ? only.factors.find((f) => f.kind === 'amount') : undefined;
    rows.push([
      i + 1,
      t.sheet.name,
      textCell(plainNip(t.member.person.nip)),
      t.member.person.golongan,
      levelText(t.cost),
      a.days,
      rate?.kind === 'amount' ? rupiahCell(rate.amount) : a.rates.join('; '),
      rupiahCell(a.amount),
      `${i + 1}.`,
    ]);
  });
  rows.push([null, boldCell('JUMLAH'), null, null, null, null, null, rupiahCell(total, true), null]);
  return { name: MONEY_DOC_TITLES.allowance_list, rows, widths: [5, 30, 20, 7, 8, 6, 30, 15, 16], sticky: 1, landscape: true };
}

function realExpenses(people: readonly Traveller[]): SheetSpec {
  const rows: WorkbookRow[] = [headerRow(['No.', 'Nama', 'NIP', 'Jabatan', 'Uraian', 'Rumus', 'Jumlah'])];
  let total = 0;
  let n = 0;
  for (const t of people) {
    for (const l of unreceipted(t)) {
      total += l.amount;
      rows.push([++n, t.sheet.name, textCell(plainNip(t.member.person.nip)), t.member.person.jabatan, lineName(l), formatFormula(l.factors), rupiahCell(l.amount)]);
    }
  }
  rows.push([null, boldCell('JUMLAH'), null, null, null, null, rupiahCell(total, true)]);
  return { name: MONEY_DOC_TITLES.real_expenses, rows, widths: [5, 30, 20, 34, 28, 30, 15], sticky: 1, landscape: true };
}

/** The workbook's sheets and file name. */
export function costSheetBook(detail: TripDetail, money: TripCostSheet, today: string): CostSheetBook {
  const people = travellers(detail, money);
  return {
    fileName: costSheetFileName(detail.trip.title, today),
    sheets: [rekap(detail, money), rincian(money), perComponent(detail, money, today), allowanceList(people), realExpenses(people)],
  };
}
