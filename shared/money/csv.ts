import type { z } from 'zod';
import { parseDateInput } from '../date-input';
import { GOLONGAN, parseGolongan, rankIndex } from '../directory/ranks';
import { EMPLOYMENT_LABELS, TRAVEL_LEVELS } from '../directory/vocabulary';
import { cleanCell, normaliseHeader, parseEmployment, parseEselon } from '../import/mapping';
import { REGIONS, regionByCode } from '../regions';
import { parseRupiah, splitSen, type Sen } from './rupiah';
import { rateSetInputSchema, type RateLevel, type RateSet, type RateSetInput } from './schemas';
import {
  COST_COMPONENT_LABELS,
  FARE_BASIS_LABELS,
  FARE_MODES,
  FARE_MODE_LABELS,
  TRAVEL_KINDS,
  TRAVEL_KIND_LABELS,
  type FareBasis,
  type FareMode,
  type TravelKind,
} from './vocabulary';

/*
 * A rate set as a spreadsheet (CSV, or XLSX read by the renderer into the
 * same rows): the layout an office fills from its Perbup's lampiran, and the
 * one `rateSetToRows` writes, so an export imports back to the same set.
 * Three parts, one after the other (blank rows between them are ignored):
 *
 * 1. The set, one "Key;Value" row each (the keys below, any case):
 *      Nama;Perbup Buleleng 62/2024 — Standar Biaya Perjalanan Dinas 2026
 *      Dasar Hukum;Perbup Buleleng 62/2024          (one row per line; repeat the key)
 *      Berlaku Dari;01/01/2026                      (dd/mm/yyyy or yyyy-mm-dd)
 *      Berlaku Sampai;31/12/2026
 *      Contoh;Tidak                                 (Ya: example figures, not official rates)
 *      Catatan;…
 *      Uang Harian Hari Berangkat dan Kembali (%);100
 *      Tanpa Hotel (% Plafon Penginapan);30
 *      Taksi di Tempat Asal (Kali);2
 *      Taksi di Tempat Tujuan (Kali);2
 *
 * 2. The region's levels, from the highest, under the header
 *      Tingkat;Uraian;Jabatan;Kepegawaian;Eselon;Tingkat Biaya Nasional;Golongan
 *    one criterion value per cell; more values go on the next rows with the
 *    same Tingkat and an empty Uraian (a golongan cell may be a range,
 *    "III/a - III/d"):
 *      A;Tingkat A — Bupati, Wakil Bupati, Pimpinan DPRD;Bupati;Pejabat Negara;;A;
 *      A;;Wakil Bupati;;;;
 *
 * 3. The tables, one row per destination × table (× kind of travel, or fare
 *    basis), a column per level — as a Perbup's lampiran prints them:
 *      Tabel;Jenis;Kode Wilayah;Wilayah;Jumlah;A;B;C;D;E;F
 *      Uang Harian;Luar Kota;35;Jawa Timur;410000;;;;;;
 *      Biaya Penginapan;;35;Jawa Timur;;4449000;4449000;2007000;1234000;814000;814000
 *      Uang Representasi;Luar Kota;35;Jawa Timur;;250000;200000;150000;;;
 *      Biaya Taksi;;35;Jawa Timur;200000
 *      Tiket Pesawat;Riil paling banyak sebesar Plafon;35;Jawa Timur;;3000000;…
 *    Uang Harian, Biaya Taksi and Transport Lokal take one amount (Jumlah);
 *    Biaya Penginapan, Uang Representasi, Sewa Kendaraan and the tickets one
 *    per level (the level columns are the codes of part 2; an empty cell: no
 *    figure for that level). Jenis is the kind of travel for Uang Harian and
 *    Uang Representasi (Luar Kota / Dalam Kota lebih dari 8 Jam / Diklat) and
 *    the basis for tickets (Sesuai Biaya Riil / Riil paling banyak sebesar
 *    Plafon). A destination is its Kemendagri code ("35", "35.73") or its
 *    name ("Jawa Timur", "Kota Malang"); amounts are rupiah as Indonesian
 *    spreadsheets write them ("410000", "410.000", "Rp 410.000,00").
 */

// ---- The layout's words ------------------------------------------------------

type MetaField = 'name' | 'legalBasis' | 'validFrom' | 'validTo' | 'sample' | 'notes' | 'travelDayPercent' | 'noHotelPercent' | 'taxiOrigin' | 'taxiDestination';
const META_LABELS = {
  name: 'Nama',
  legalBasis: 'Dasar Hukum',
  validFrom: 'Berlaku Dari',
  validTo: 'Berlaku Sampai',
  sample: 'Contoh',
  notes: 'Catatan',
  travelDayPercent: 'Uang Harian Hari Berangkat dan Kembali (%)',
  noHotelPercent: 'Tanpa Hotel (% Plafon Penginapan)',
  taxiOrigin: 'Taksi di Tempat Asal (Kali)',
  taxiDestination: 'Taksi di Tempat Tujuan (Kali)',
} as const satisfies Record<MetaField, string>;

export const LEVEL_HEADER = ['Tingkat', 'Uraian', 'Jabatan', 'Kepegawaian', 'Eselon', 'Tingkat Biaya Nasional', 'Golongan'] as const;
/** The tables header before the level columns. */
export const TABLE_HEADER = ['Tabel', 'Jenis', 'Kode Wilayah', 'Wilayah', 'Jumlah'] as const;

/** A table of the layout: a component's table, or a fare mode's. */
type TableKey = 'dailyAllowance' | 'hotel' | 'representation' | 'taxi' | 'localTransport' | 'vehicleHire' | FareMode;
const TABLE_LABELS = {
  dailyAllowance: COST_COMPONENT_LABELS.daily_allowance,
  hotel: COST_COMPONENT_LABELS.hotel,
  representation: COST_COMPONENT_LABELS.representation,
  taxi: COST_COMPONENT_LABELS.taxi,
  localTransport: COST_COMPONENT_LABELS.local_transport,
  vehicleHire: COST_COMPONENT_LABELS.vehicle_hire,
  ...FARE_MODE_LABELS,
} as const satisfies Record<TableKey, string>;
/** Other words offices write for a table. */
const TABLE_SYNONYMS: Partial<Record<TableKey, readonly string[]>> = {
  hotel: ['penginapan', 'hotel', 'biaya hotel'],
  representation: ['representasi'],
  taxi: ['taksi', 'taxi'],
  air: ['pesawat'],
  sea: ['kapal'],
  land: ['darat'],
};
const ONE_AMOUNT = new Set<TableKey>(['dailyAllowance', 'taxi', 'localTransport']);
const BY_KIND = new Set<TableKey>(['dailyAllowance', 'representation']);
const isFare = (t: TableKey): t is FareMode => (FARE_MODES as readonly string[]).includes(t);

const wordsOf = <K extends string>(labels: Record<K, string>, synonyms: Partial<Record<K, readonly string[]>> = {}) => {
  const map = new Map<string, K>();
  for (const [k, label] of Object.entries(labels) as Array<[K, string]>) {
    for (const w of [k, label, ...(synonyms[k] ?? [])]) map.set(normaliseHeader(w), k);
  }
  return (text: string): K | null => map.get(normaliseHeader(text)) ?? null;
};
const metaField = wordsOf(META_LABELS, { taxiOrigin: ['taksi asal'], taxiDestination: ['taksi tujuan'] });
const tableKey = wordsOf(TABLE_LABELS, TABLE_SYNONYMS);
const travelKind = wordsOf(TRAVEL_KIND_LABELS, { in_town_over_8h: ['dalam kota'] });
const fareBasis = wordsOf(FARE_BASIS_LABELS, { at_cost: ['riil', 'at cost'], ceiling: ['plafon'] });

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'contoh']);
const NO = new Set(['', 'tidak', 't', 'no', 'false', '0', 'bukan']);

const regionByName = new Map<string, string>();
for (const r of REGIONS) regionByName.set(normaliseHeader(r.name), r.code);
/** "Jawa Timur", "Provinsi Jawa Timur", "Prov. Jawa Timur", "Kota Malang" → the code. */
const regionCodeOfName = (name: string): string | undefined => regionByName.get(normaliseHeader(name).replace(/^(provinsi|prov) /, ''));

// ---- Writing -----------------------------------------------------------------

/** An amount as the layout writes it: whole rupiah digits, ",50" when it has sen ("410000", "244200,50"). */
export function amountCell(amount: Sen): string {
  const { rupiah, sen } = splitSen(amount);
  return sen === 0 ? String(rupiah) : `${rupiah},${String(sen).padStart(2, '0')}`;
}

/** A golongan list as cells: each run of consecutive ranks as a range ("III/a - III/d"), in the list's order. */
function golonganCells(list: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < list.length) {
    let j = i;
    while (j + 1 < list.length && rankIndex(list[j + 1] ?? '') === rankIndex(list[j] ?? '') + 1) j++;
    out.push(j > i ? `${list[i]} - ${list[j]}` : (list[i] ?? ''));
    i = j + 1;
  }
  return out;
}

function levelRows(l: RateLevel): string[][] {
  const columns = [l.jabatan, l.employment.map((e) => EMPLOYMENT_LABELS[e]), [...l.eselon], [...l.travelLevels], golonganCells(l.golongan)];
  const height = Math.max(1, ...columns.map((c) => c.length));
  return Array.from({ length: height }, (_, i) => [l.code, i === 0 ? l.label : '', ...columns.map((c) => c[i] ?? '')]);
}

/** The rows of a rate set in the layout above (the header rows included), ready for a CSV or XLSX writer. */
export function rateSetToRows(set: RateSet): string[][] {
  const rows: string[][] = [
    [META_LABELS.name, set.name],
    ...set.legalBasis.map((b) => [META_LABELS.legalBasis, b]),
    [META_LABELS.validFrom, set.validFrom],
    [META_LABELS.validTo, set.validTo],
    [META_LABELS.sample, set.sample ? 'Ya' : 'Tidak'],
    [META_LABELS.notes, set.notes],
    [META_LABELS.travelDayPercent, String(set.rules.travelDayPercent)],
    [META_LABELS.noHotelPercent, String(set.rules.noHotelPercent)],
    [META_LABELS.taxiOrigin, String(set.rules.taxiTrips.origin)],
    [META_LABELS.taxiDestination, String(set.rules.taxiTrips.destination)],
    [],
    [...LEVEL_HEADER],
    ...set.levels.flatMap(levelRows),
    [],
  ];
  const codes = set.levels.map((l) => l.code);
  rows.push([...TABLE_HEADER, ...codes]);
  for (const d of set.destinations) {
    const place = [d.regionCode, regionByCode(d.regionCode)?.name.trim() ?? ''];
    const one = (table: TableKey, kind: string, amount: Sen) => rows.push([TABLE_LABELS[table], kind, ...place, amountCell(amount)]);
    const perLevel = (table: TableKey, kind: string, amounts: Readonly<Record<string, Sen>>) =>
      rows.push([TABLE_LABELS[table], kind, ...place, '', ...codes.map((c) => (amounts[c] === undefined ? '' : amountCell(amounts[c])))]);
    for (const k of TRAVEL_KINDS) if (d.dailyAllowance[k] !== undefined) one('dailyAllowance', TRAVEL_KIND_LABELS[k], d.dailyAllowance[k]);
    if (Object.keys(d.hotel).length > 0) perLevel('hotel', '', d.hotel);
    for (const k of TRAVEL_KINDS) {
      const table = d.representation[k];
      if (table) perLevel('representation', TRAVEL_KIND_LABELS[k], table);
    }
    if (d.taxi !== null) one('taxi', '', d.taxi);
    if (d.localTransport !== null) one('localTransport', '', d.localTransport);
    if (Object.keys(d.vehicleHire).length > 0) perLevel('vehicleHire', '', d.vehicleHire);
    for (const m of FARE_MODES) {
      const fare = d.fares[m];
      if (fare) perLevel(m, FARE_BASIS_LABELS[fare.basis], fare.ceilings);
    }
  }
  return rows;
}

/** A rate set exported as CSV: its file name and text. */
export interface RateSetCsv {
  fileName: string;
  /** The CSV text, a BOM first. */
  text: string;
}

// ---- Reading -----------------------------------------------------------------

/** Why a cell (or the row) is wrong: the column as the layout names it ('' for the row) and the i18n key of the reason. */
export interface RowProblem {
  column: string;
  key: string;
}

export type RateRowPart = 'set' | 'levels' | 'tables';

export interface RateSetImportRow {
  /** The row's number in the file (1 = the first row). */
  row: number;
  part: RateRowPart;
  status: 'ok' | 'invalid' | 'header';
  errors: RowProblem[];
}

export interface RateSetRowsResult {
  /** Every row that is not blank, with its reasons when it is wrong. */
  rows: RateSetImportRow[];
  /** Problems of the set as a whole (a part missing, no name): the field and the reason. */
  problems: Array<{ field: string; key: string }>;
  /** The set read, when no row and no problem is wrong. */
  set: z.output<typeof rateSetInputSchema> | null;
}

type Cells = readonly string[];

interface Reader {
  meta: Partial<Record<Exclude<MetaField, 'legalBasis'>, string>> & { legalBasis: string[] };
  levels: Array<Omit<RateLevel, 'employment' | 'eselon' | 'travelLevels' | 'golongan'> & { employment: string[]; eselon: string[]; travelLevels: string[]; golongan: string[] }>;
  destinations: Map<string, Record<string, unknown> & { regionCode: string }>;
  /** Where each part of the set was read: a path ("levels.0", "destinations.1.hotel") → the row's number. */
  rowOf: Map<string, number>;
  /** The level columns of the tables header, by column index. */
  levelColumns: Map<number, string>;
  /** table|kind|region already read, with its row. */
  seen: Map<string, number>;
}

const amountOf = (cell: string, column: string, errors: RowProblem[]): Sen | undefined => {
  const c = cleanCell(cell);
  if (c === '') return undefined;
  const r = parseRupiah(c);
  if (r.ok) return r.sen;
  errors.push({ column, key: `validation.money.${r.problem}` });
  return undefined;
};

function dateOf(cell: string, column: string, errors: RowProblem[]): string {
  const c = cleanCell(cell);
  const r = /\d{4}/.test(c) ? parseDateInput(c, { reference: '2000-01-01' }) : null;
  if (r?.ok) return r.date;
  errors.push({ column, key: c === '' ? 'validation.required' : 'validation.invalidDate' });
  return '';
}

function readMeta(r: Reader, cells: Cells, row: number, errors: RowProblem[]): void {
  const field = metaField(cells[0] ?? '');
  const value = cleanCell(cells[1]);
  const column = cells[0] ?? '';
  if (!field) return void errors.push({ column: '', key: 'money.import.unknownRow' });
  if (field === 'legalBasis') {
    r.rowOf.set(`legalBasis.${r.meta.legalBasis.length}`, row);
    if (!r.rowOf.has('legalBasis')) r.rowOf.set('legalBasis', row);
    if (value !== '') r.meta.legalBasis.push(value);
    return;
  }
  if (r.meta[field] !== undefined) return void errors.push({ column, key: 'money.import.duplicateRow' });
  r.rowOf.set(field, row);
  if (field === 'validFrom' || field === 'validTo') r.meta[field] = dateOf(cells[1] ?? '', column, errors);
  else if (field === 'sample') {
    const v = normaliseHeader(value);
    if (!YES.has(v) && !NO.has(v)) errors.push({ column, key: 'validation.invalidChoice' });
    r.meta.sample = YES.has(v) ? 'yes' : 'no';
  } else if (field === 'name' || field === 'notes') r.meta[field] = value;
  else if (value === '' || /^\d{1,3}$/.test(value)) r.meta[field] = value;
  else errors.push({ column, key: 'validation.invalid' });
}

/** A golongan cell: one golongan, or a range of them ("III/a - III/d", "III/a-III/d", "III/a s.d. III/d"). */
function golonganOf(cell: string): string[] | null {
  const range = /^(.+?)\s*(?:–|—|\s-\s|-(?=\s*(?:IV|III|II|I)\s*\/)|\bs\.?\s?d\.?|\bs\/d|\bsampai)\s*(.+)$/i.exec(cell);
  const ends = (range ? [range[1], range[2]] : [cell]).map((p) => parseGolongan(p ?? ''));
  if (ends.some((g) => g === null)) return null;
  const from = rankIndex(ends[0] ?? '');
  const to = rankIndex(ends[ends.length - 1] ?? '');
  return to < from ? null : GOLONGAN.slice(from, to + 1).map(String);
}

function readLevel(r: Reader, cells: Cells, row: number, errors: RowProblem[]): void {
  const code = cleanCell(cells[0]);
  const label = cleanCell(cells[1]);
  if (code === '') return void errors.push({ column: LEVEL_HEADER[0], key: 'validation.required' });
  let index = r.levels.findIndex((l) => l.code === code);
  if (index < 0) {
    index = r.levels.push({ code, label, jabatan: [], employment: [], eselon: [], travelLevels: [], golongan: [] }) - 1;
    r.rowOf.set(`levels.${index}`, row);
  } else if (label !== '' && label !== r.levels[index]?.label) errors.push({ column: LEVEL_HEADER[1], key: 'money.import.levelLabelTwice' });
  const level = r.levels[index];
  if (!level) return;
  const [jabatan, employment, eselon, travel, golongan] = [2, 3, 4, 5, 6].map((i) => cleanCell(cells[i]));
  const bad = (column: string) => errors.push({ column, key: 'validation.invalidChoice' });
  if (jabatan) level.jabatan.push(jabatan);
  if (employment) {
    const e = parseEmployment(employment);
    if (e) level.employment.push(e);
    else bad(LEVEL_HEADER[3]);
  }
  if (eselon) {
    const e = parseEselon(eselon);
    if (e) level.eselon.push(e);
    else bad(LEVEL_HEADER[4]);
  }
  if (travel) {
    const t = normaliseHeader(travel).replace(/^tingkat /, '').toUpperCase();
    if ((TRAVEL_LEVELS as readonly string[]).includes(t)) level.travelLevels.push(t);
    else bad(LEVEL_HEADER[5]);
  }
  if (golongan) {
    const list = golonganOf(golongan);
    if (list) level.golongan.push(...list);
    else bad(LEVEL_HEADER[6]);
  }
}

function readTablesHeader(r: Reader, cells: Cells, errors: RowProblem[]): void {
  const codes = new Set(r.levels.map((l) => l.code));
  r.levelColumns.clear();
  cells.forEach((c, i) => {
    const code = cleanCell(c);
    if (i < TABLE_HEADER.length || code === '') return;
    if (!codes.has(code)) errors.push({ column: code, key: 'money.import.unknownLevelColumn' });
    else r.levelColumns.set(i, code);
  });
}

function regionOf(cells: Cells, errors: RowProblem[]): string | null {
  const code = cleanCell(cells[2]);
  const name = cleanCell(cells[3]);
  const byName = name === '' ? undefined : regionCodeOfName(name);
  if (code !== '' && !regionByCode(code)) errors.push({ column: TABLE_HEADER[2], key: 'validation.regionCode' });
  else if (code === '' && name === '') errors.push({ column: TABLE_HEADER[2], key: 'validation.required' });
  else if (code === '' && !byName) errors.push({ column: TABLE_HEADER[3], key: 'money.import.unknownRegion' });
  else if (code !== '' && name !== '' && byName !== code) errors.push({ column: TABLE_HEADER[3], key: 'money.import.regionMismatch' });
  else return code || byName || null;
  return null;
}

function readTable(r: Reader, cells: Cells, row: number, errors: RowProblem[]): void {
  const table = tableKey(cells[0] ?? '');
  if (!table) return void errors.push({ column: TABLE_HEADER[0], key: 'money.import.unknownTable' });
  const jenis = cleanCell(cells[1]);
  let kind: TravelKind | FareBasis | null = null;
  if (BY_KIND.has(table)) kind = travelKind(jenis);
  else if (isFare(table)) kind = fareBasis(jenis);
  if ((BY_KIND.has(table) || isFare(table)) && !kind) errors.push({ column: TABLE_HEADER[1], key: jenis === '' ? 'validation.required' : 'validation.invalidChoice' });
  const regionCode = regionOf(cells, errors);
  const amount = amountOf(cells[4] ?? '', TABLE_HEADER[4], errors);
  const perLevel: Record<string, Sen> = {};
  cells.forEach((c, i) => {
    if (i < TABLE_HEADER.length) return;
    const code = r.levelColumns.get(i);
    if (code === undefined) {
      if (cleanCell(c) !== '') errors.push({ column: String(i + 1), key: 'money.import.unknownLevelColumn' });
      return;
    }
    const a = amountOf(c, code, errors);
    if (a !== undefined) perLevel[code] = a;
  });
  if (ONE_AMOUNT.has(table) ? Object.keys(perLevel).length > 0 : amount !== undefined) errors.push({ column: TABLE_HEADER[4], key: 'money.import.amountOutsideColumn' });
  if (ONE_AMOUNT.has(table) && amount === undefined && !errors.some((e) => e.column === TABLE_HEADER[4])) errors.push({ column: TABLE_HEADER[4], key: 'validation.required' });
  if (regionCode === null || errors.length > 0) return;
  // One row per table, kind of travel and destination; a ticket row is one per mode, whatever its basis.
  const dupKey = `${table}|${isFare(table) ? '' : (kind ?? '')}|${regionCode}`;
  if (r.seen.has(dupKey)) return void errors.push({ column: TABLE_HEADER[0], key: 'money.import.duplicateRow' });
  r.seen.set(dupKey, row);
  let d = r.destinations.get(regionCode);
  if (!d) {
    d = { regionCode };
    r.destinations.set(regionCode, d);
    r.rowOf.set(`destinations.${r.destinations.size - 1}`, row);
  }
  const at = `destinations.${[...r.destinations.keys()].indexOf(regionCode)}`;
  const put = (key: string, sub: string | null, value: unknown) => {
    if (sub === null) d[key] = value;
    else d[key] = { ...(d[key] ?? {}), [sub]: value };
    r.rowOf.set(sub === null ? `${at}.${key}` : `${at}.${key}.${sub}`, row);
  };
  if (table === 'dailyAllowance') put('dailyAllowance', kind, amount);
  else if (table === 'representation') put('representation', kind, perLevel);
  else if (table === 'taxi' || table === 'localTransport') put(table, null, amount);
  else if (table === 'hotel' || table === 'vehicleHire') put(table, null, perLevel);
  else put('fares', table, { basis: kind, ceilings: perLevel });
}

const isBlank = (cells: Cells) => cells.every((c) => cleanCell(c) === '');
const isHeader = (cells: Cells, header: readonly string[]) => header.every((h, i) => normaliseHeader(cells[i] ?? '') === normaliseHeader(h));

/** The path of a zod issue as the rows name it: the longest prefix whose row is known. */
function rowOfPath(r: Reader, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const row = r.rowOf.get(path.slice(0, n).map(String).join('.'));
    if (row !== undefined) return row;
  }
  return undefined;
}

/**
 * Reads a rate set from a spreadsheet's rows (every row, the headers
 * included): each row with the reasons it is wrong, the set's own problems,
 * and the set when all is well. Writes nothing; the set is checked by the
 * same schema as a typed one.
 */
export function readRateSetRows(rows: readonly Cells[]): RateSetRowsResult {
  const r: Reader = { meta: { legalBasis: [] }, levels: [], destinations: new Map(), rowOf: new Map(), levelColumns: new Map(), seen: new Map() };
  const out: RateSetImportRow[] = [];
  let part: RateRowPart = 'set';
  const parts = new Set<RateRowPart>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (isBlank(cells)) return;
    const errors: RowProblem[] = [];
    let status: RateSetImportRow['status'] = 'ok';
    if (isHeader(cells, LEVEL_HEADER)) {
      part = 'levels';
      status = 'header';
    } else if (isHeader(cells, TABLE_HEADER)) {
      part = 'tables';
      status = 'header';
      readTablesHeader(r, cells, errors);
    } else if (part === 'set') readMeta(r, cells, row, errors);
    else if (part === 'levels') readLevel(r, cells, row, errors);
    else readTable(r, cells, row, errors);
    parts.add(part);
    out.push({ row, part, status: errors.length > 0 ? 'invalid' : status, errors });
  });
  const problems: RateSetRowsResult['problems'] = [];
  if (!parts.has('levels')) problems.push({ field: 'levels', key: 'money.import.noLevels' });
  if (!parts.has('tables')) problems.push({ field: 'destinations', key: 'money.import.noTables' });

  const m = r.meta;
  const int = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
  const rules = {
    ...(int(m.travelDayPercent) !== undefined && { travelDayPercent: int(m.travelDayPercent) }),
    ...(int(m.noHotelPercent) !== undefined && { noHotelPercent: int(m.noHotelPercent) }),
    taxiTrips: { ...(int(m.taxiOrigin) !== undefined && { origin: int(m.taxiOrigin) }), ...(int(m.taxiDestination) !== undefined && { destination: int(m.taxiDestination) }) },
  };
  const input = {
    name: m.name ?? '',
    legalBasis: m.legalBasis,
    validFrom: m.validFrom ?? '',
    validTo: m.validTo ?? '',
    sample: m.sample === 'yes',
    notes: m.notes ?? '',
    levels: r.levels,
    rules,
    destinations: [...r.destinations.values()],
  } satisfies Record<keyof RateSetInput, unknown>;
  const parsed = rateSetInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The rules' paths are their keys' rows.
      const path = issue.path[0] === 'rules' ? [issue.path[1] === 'taxiTrips' ? (issue.path[2] === 'origin' ? 'taxiOrigin' : 'taxiDestination') : String(issue.path[1])] : issue.path;
      const at = rowOfPath(r, path);
      const line = at === undefined ? undefined : out.find((x) => x.row === at);
      // A row already refused keeps its own reason (its value never reached the set).
      if (line?.status === 'invalid') continue;
      if (line) {
        line.status = 'invalid';
        line.errors.push({ column: issue.path.slice(-1).map(String).join(''), key: issue.message });
      } else problems.push({ field: issue.path.map(String).join('.'), key: issue.message });
    }
  }
  const ok = parsed.success && problems.length === 0 && out.every((x) => x.status !== 'invalid');
  return { rows: out, problems, set: ok ? parsed.data : null };
}
