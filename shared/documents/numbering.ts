import type { Numbering } from './schemas';

/*
 * Official numbers (nomor surat) from the office's template, e.g.
 * "{kode}/{nomor}/{unit}/{tahun}" → "000.1.2.3/4461/107.1/2025". Pure: the
 * renderer shows a live example with it and main records numbers with it.
 */

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Month 1–12 as a Roman numeral (I–XII), as letters write the month in a number. */
export function romanMonth(month: number): string {
  return ROMAN[month - 1] ?? '';
}

/**
 * Fills the template for running number `seq` issued on `date` (YYYY-MM-DD):
 * {kode} classification code, {nomor} running number, {unit} unit code,
 * {bulan} Roman month, {bulan2} two-digit month, {tahun} year. A token that
 * comes out empty takes its separator with it ("a//b" → "a/b"), so an office
 * without a unit code gets "000.1.2.3/12/2025", not "000.1.2.3/12//2025".
 */
export function formatNumber(n: Numbering, seq: number, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const values: Record<string, string> = {
    '{kode}': n.code.trim(),
    '{nomor}': String(seq),
    '{unit}': n.unit.trim(),
    '{bulan}': romanMonth(month),
    '{bulan2}': month >= 1 && month <= 12 ? String(month).padStart(2, '0') : '',
    '{tahun}': /^\d{4}$/.test(year) ? year : '',
  };
  return n.template
    .replace(/\{[a-z0-9]+\}/g, (token) => values[token] ?? token)
    .replace(/(\s*)\/(?:\s*\/)+(\s*)/g, '$1/$2')
    .replace(/^[\s/]+|[\s/]+$/g, '')
    .replace(/\s{2,}/g, ' ');
}
