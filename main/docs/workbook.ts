import writeExcelFile, { type CellObject, type Sheet } from 'write-excel-file/node';
import { isRealIsoDate } from '../../shared/dates';
import { SEN_PER_RUPIAH, type Sen } from '../../shared/money/rupiah';

/*
 * The cells the money's workbooks are made of: amounts as numbers in rupiah
 * (never sen) with a thousands format the spreadsheet shows in its own
 * locale ("1.234.567" in an Indonesian Excel or LibreOffice), so the treasurer
 * can sum them; dates as dates; a bold header row that stays on screen.
 *
 * A cell never names its type: the writer takes it from the value (a number,
 * a string, a Date), so a sheet is plain data that the document worker
 * receives by postMessage (a `type: Number` constructor would not clone).
 */

/** A cell: a value with its format and style, the value alone, or empty. */
export type WorkbookCell = Omit<CellObject, 'type'> | string | number | boolean | Date | null;
export type WorkbookRow = WorkbookCell[];

/** "#,##0": grouped whole rupiah; "#,##0.00" for an amount with sen. */
export const RUPIAH_FORMAT = '#,##0';
const RUPIAH_SEN_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** An amount in sen as a rupiah number cell. */
export function rupiahCell(amount: Sen, bold = false): WorkbookCell {
  const value = amount / SEN_PER_RUPIAH;
  return { value, format: amount % SEN_PER_RUPIAH === 0 ? RUPIAH_FORMAT : RUPIAH_SEN_FORMAT, ...(bold && { fontWeight: 'bold' as const }) };
}

/** A calendar date ("2026-04-23") as a date cell; an empty cell when it is not a date. */
export function dateCell(date: string): WorkbookCell {
  if (!isRealIsoDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { value: new Date(Date.UTC(y, m - 1, d)), format: DATE_FORMAT };
}

/** Text kept as text: Excel would read "197505122000031002" as a number and lose its last digits. */
export const textCell = (value: string, bold = false): WorkbookCell => ({
  value,
  // An empty cell has no type to take from its value, and the writer allows a format only on a typed cell.
  ...(value !== '' && { format: '@' }),
  ...(bold && { fontWeight: 'bold' as const }),
});

export const boldCell = (value: string | number): WorkbookCell => ({ value, fontWeight: 'bold' });

/** A header row: bold, grey, wrapped on two lines (a row's height is not grown for wrapped text by every reader), with a line under it. */
export const headerRow = (labels: readonly string[]): WorkbookRow =>
  labels.map((value) => ({ value, fontWeight: 'bold', backgroundColor: '#E7E6E6', wrap: true, alignVertical: 'center', bottomBorderStyle: 'thin', height: 30 }));

export interface SheetSpec {
  name: string;
  rows: WorkbookRow[];
  /** Column widths in characters. */
  widths: number[];
  /** Rows kept on screen when scrolling (the header). */
  sticky?: number;
  /** Printed across the page (the wide sheets). */
  landscape?: boolean;
}

/** The workbook's bytes: one sheet per spec, in order. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const all: Sheet<never>[] = sheets.map((s) => ({
    data: s.rows,
    sheet: s.name,
    columns: s.widths.map((width) => ({ width })),
    ...(s.sticky ? { stickyRowsCount: s.sticky } : {}),
    ...(s.landscape ? { orientation: 'landscape' as const } : {}),
  }));
  return writeExcelFile(all, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer();
}

/** A file name of letters, digits and a few marks, as the rate-set CSV export names its files. */
export const safeFileName = (name: string): string =>
  name
    .replace(/[^\p{L}\p{N} ._,()-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
