/**
 * Reads a spreadsheet the user chose, in the renderer: the file never leaves
 * the machine and main never sees a path. CSV with papaparse (comma,
 * semicolon, tab or pipe, guessed; UTF-8 with or without BOM, else
 * Windows-1252 as old Excel writes it); XLSX with read-excel-file (every sheet).
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { tidyRows } from '../../../../shared/import-mapping';

export interface SheetTable {
  name: string;
  rows: string[][];
}

export interface Workbook {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheets: SheetTable[];
}

export type ReadError = 'unsupported' | 'unreadable' | 'empty';

export class SpreadsheetError extends Error {
  constructor(readonly reason: ReadError) {
    super(reason);
  }
}

/** Text of a CSV file: UTF-8 (BOM dropped) when it is valid UTF-8, else Windows-1252. */
export function decodeText(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Rows of a CSV text, the delimiter guessed, quoted fields honoured. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: '',
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: false,
  });
  return tidyRows(result.data);
}

export const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function formatOf(name: string): 'csv' | 'xlsx' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

export async function readSpreadsheet(file: Blob & { name: string }): Promise<Workbook> {
  const format = formatOf(file.name);
  if (!format) throw new SpreadsheetError('unsupported');
  const bytes = await file.arrayBuffer();
  let sheets: SheetTable[];
  if (format === 'csv') {
    sheets = [{ name: file.name, rows: parseCsv(decodeText(bytes)) }];
  } else {
    try {
      const all = await readXlsxFile(bytes);
      sheets = all.map((s) => ({ name: s.sheet, rows: tidyRows(s.data) }));
    } catch {
      throw new SpreadsheetError('unreadable');
    }
  }
  if (sheets.every((s) => s.rows.length === 0)) throw new SpreadsheetError('empty');
  return { fileName: file.name, format, sheets };
}
