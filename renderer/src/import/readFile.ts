/**
 * Reads a spreadsheet the user chose, in the renderer: the file never leaves
 * the machine and main never sees a path. CSV with papaparse (comma,
 * semicolon, tab or pipe, guessed; UTF-8 with or without BOM, UTF-16 LE/BE as
 * Excel's "Unicode Text" writes it, else Windows-1252 as old Excel writes it);
 * XLSX with read-excel-file (every sheet).
 *
 * XLSX: fflate's asynchronous unzip (inside read-excel-file) starts a blob:
 * worker for entries over ~512 KB, which the app's CSP forbids, and its
 * promise then never settles. So the zip is unpacked here synchronously
 * first — sizes and entry count checked from the zip's own headers before
 * anything is inflated (a zip bomb is refused) — and handed on re-packed
 * without compression, which fflate reads without any worker.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { tidyRows } from '../../../shared/import/mapping';

export interface SheetTable {
  name: string;
  rows: string[][];
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Workbook {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheets: SheetTable[];
  /** How a CSV's bytes were read (the mapping step says so); absent for XLSX. */
  encoding?: TextEncoding;
}

export type ReadError = 'unsupported' | 'unreadable' | 'empty' | 'tooLarge' | 'timeout';

/** What an .xlsx may unpack to: far above any staff list, far below what would hang the app. */
export const XLSX_LIMITS = { unpackedBytes: 200 * 1024 * 1024, entries: 2000, ratio: 1000 };
/** A read that takes longer than this is given up with a message, never left spinning. */
export const READ_TIMEOUT_MS = 120_000;

export class SpreadsheetError extends Error {
  constructor(readonly reason: ReadError) {
    super(reason);
  }
}

/** The encoding of a text file's bytes: a BOM first, then NUL-byte patterns (UTF-16 without BOM), valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (pairs > 0 && oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (pairs > 0 && evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Text of a CSV file in its detected encoding, BOM dropped. */
export function decodeTextWith(bytes: ArrayBuffer): { text: string; encoding: TextEncoding } {
  const view = new Uint8Array(bytes);
  const encoding = detectEncoding(view);
  const text = new TextDecoder(encoding).decode(view);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

export function decodeText(bytes: ArrayBuffer): string {
  return decodeTextWith(bytes).text;
}

/**
 * The .xlsx's XML parts, unpacked synchronously (no worker), after checking
 * the sizes its headers declare: fflate inflates each entry into a buffer of
 * its declared size, so the declared sizes bound what is unpacked.
 */
export function unpackXlsx(bytes: Uint8Array, limits = XLSX_LIMITS): Unzipped {
  let entries = 0;
  let total = 0;
  let refused = false;
  const files = unzipSync(bytes, {
    filter: (f) => {
      entries++;
      total += f.originalSize;
      if (entries > limits.entries || total > limits.unpackedBytes || f.originalSize > Math.max(1, f.size) * limits.ratio) refused = true;
      return !refused && (f.name.endsWith('.xml') || f.name.endsWith('.rels'));
    },
  });
  if (refused) throw new SpreadsheetError('tooLarge');
  return files;
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SpreadsheetError('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The delimiter of a CSV text: the candidate found most often in its first
 * lines outside quotes, counted per line (papaparse's own guess misses tabs in
 * short files). Comma when nothing is found (a one-column file).
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    const withIt = counts.filter((c) => c > 0).length;
    // Lines that have it, then how often: a delimiter splits (almost) every line.
    const score = withIt * 1000 + counts.reduce((a, b) => a + b, 0);
    if (withIt > 0 && score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Rows of a CSV text, the delimiter guessed, quoted fields honoured. */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, {
    delimiter: guessDelimiter(clean),
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

export async function readSpreadsheet(file: Blob & { name: string }, timeoutMs = READ_TIMEOUT_MS): Promise<Workbook> {
  const format = formatOf(file.name);
  if (!format) throw new SpreadsheetError('unsupported');
  const bytes = await file.arrayBuffer();
  let sheets: SheetTable[];
  let encoding: TextEncoding | undefined;
  if (format === 'csv') {
    const decoded = decodeTextWith(bytes);
    encoding = decoded.encoding;
    sheets = [{ name: file.name, rows: parseCsv(decoded.text) }];
  } else {
    let stored: Uint8Array;
    try {
      stored = zipSync(unpackXlsx(new Uint8Array(bytes)), { level: 0 });
    } catch (e) {
      throw e instanceof SpreadsheetError ? e : new SpreadsheetError('unreadable');
    }
    try {
      const view = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
      const all = await withTimeout(readXlsxFile(view), timeoutMs);
      sheets = all.map((s) => ({ name: s.sheet, rows: tidyRows(s.data) }));
    } catch (e) {
      throw e instanceof SpreadsheetError ? e : new SpreadsheetError('unreadable');
    }
  }
  if (sheets.every((s) => s.rows.length === 0)) throw new SpreadsheetError('empty');
  return { fileName: file.name, format, sheets, ...(encoding ? { encoding } : {}) };
}
