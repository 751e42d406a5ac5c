import { LEVEL_HEADER, TABLE_HEADER, rateSetToRows } from '../../../shared/money/csv';
import type { RateSet } from '../../../shared/money/schemas';
import { RUPIAH_FORMAT, dateCell, headerRow, type SheetSpec, type WorkbookCell, type WorkbookRow } from '../../docs/workbook';

/*
 * A rate set as .xlsx: exactly the rows of its CSV export (`rateSetToRows`),
 * so the import reads it back to the same set — the renderer reads an .xlsx
 * into the same rows of text (renderer/src/import/readFile.ts, `cellText`).
 * Only cells that read back to the same text are given a type: whole numbers
 * without a leading zero (the set's rules and the tables' amounts, the
 * amounts grouped as rupiah) and the dates of validity (a date cell reads
 * back as "2026-01-01"). Region codes, level codes and sen amounts
 * ("244200,50") stay text.
 */

const WHOLE = /^(0|[1-9]\d{0,14})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRow = (row: readonly string[], header: readonly string[]) => header.every((h, i) => row[i] === h);

type Part = 'set' | 'levels' | 'tables';

export function rateSetSheet(set: RateSet): SheetSpec {
  let part: Part = 'set';
  const widths: number[] = [];
  const rows = rateSetToRows(set).map((row): WorkbookRow => {
    if (isRow(row, LEVEL_HEADER)) part = 'levels';
    else if (isRow(row, TABLE_HEADER)) part = 'tables';
    else {
      return row.map((text, i): WorkbookCell => {
        widths[i] = Math.max(widths[i] ?? 8, Math.min(60, text.length + 2));
        if (text === '') return null;
        if (part === 'set' && i === 1 && ISO_DATE.test(text)) return dateCell(text) ?? text;
        if (part === 'set' && i === 1 && WHOLE.test(text)) return Number(text);
        if (part === 'tables' && i >= TABLE_HEADER.length - 1 && WHOLE.test(text)) return { value: Number(text), format: RUPIAH_FORMAT };
        return text;
      });
    }
    row.forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 8, Math.min(30, text.length + 2))));
    return headerRow(row);
  });
  return { name: 'Standar Biaya', rows, widths: widths.map((w) => w ?? 8) };
}
