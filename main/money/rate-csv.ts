import Papa from 'papaparse';
import type { z } from 'zod';
import { rateSetToRows, readRateSetRows, type RateSetCsv, type RateSetRowsResult } from '../../shared/money/csv';
import type { RateSetRecord, rateSetImportSchema } from '../../shared/money/schemas';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';
import { insertRateSet, liveRateSet } from './rate-sets';

/*
 * A rate set from and to a spreadsheet (the layout is shared/money/csv.ts).
 * The renderer reads the file (CSV or XLSX, renderer/src/import/readFile.ts)
 * into rows; the preview lists each row with its reasons and writes nothing;
 * the confirm reads the rows again (it never trusts the preview) and writes
 * the whole set in one transaction. The export writes the same layout as CSV
 * (semicolons and a BOM, as Excel in an Indonesian locale opens it).
 */

type In<S extends z.ZodType> = z.output<S>;

/** What the rows would make, row by row; writes nothing. */
export const previewRateSetImport = ({ rows }: In<typeof rateSetImportSchema>): RateSetRowsResult => readRateSetRows(rows);

export function confirmRateSetImport(store: Store, { rows }: In<typeof rateSetImportSchema>): RateSetRecord {
  const read = readRateSetRows(rows);
  if (!read.set) {
    const bad = read.rows.filter((r) => r.status === 'invalid');
    const first = bad[0];
    throw new AppError('VALIDATION', `The rate set has ${bad.length} invalid rows${first ? ` (first: row ${first.row})` : ''} and ${read.problems.length} problems`, {
      field: 'rows',
      key: 'money.import.notReady',
      params: { invalid: bad.length, problems: read.problems.length, firstRow: first?.row ?? 0 },
    });
  }
  const set = read.set;
  return store.write(() => insertRateSet(store, set));
}

/** "Standar Biaya 2026 Perbup Buleleng 62-2024.csv": letters, digits and a few marks kept (the .xlsx export names its file the same). */
export const rateSetFileName = (s: RateSetRecord, ext: 'csv' | 'xlsx' = 'csv') =>
  `${`Standar Biaya ${s.validFrom.slice(0, 4)} ${s.name}`.replace(/[^\p{L}\p{N} ._,()-]+/gu, '-').replace(/\s+/g, ' ').trim().slice(0, 150)}.${ext}`;

export function exportRateSetCsv(store: Store, id: string): RateSetCsv {
  const set = liveRateSet(store, id);
  const text = Papa.unparse(rateSetToRows(set), { delimiter: ';', newline: '\r\n' });
  return { fileName: rateSetFileName(set), text: `\uFEFF${text}` };
}
