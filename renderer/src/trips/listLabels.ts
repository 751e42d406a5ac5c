import { dayCount, formatDateRange } from '../../../shared/dates';
import { regionByCode } from '../../../shared/regions';

/*
 * The trips list's texts that cost: a date range goes through date-fns with
 * its locale (parse and format, twice), so each distinct range is formatted
 * once per language and kept; 2,000 trips share a few hundred ranges.
 */

const ranges = new Map<string, string>();
const MAX_KEPT = 20_000;

/** "24–26 April 2025", formatted once per distinct range and language. */
export function dateRangeLabel(start: string, end: string, lang: 'id' | 'en'): string {
  const key = `${lang}|${start}|${end}`;
  let label = ranges.get(key);
  if (label === undefined) {
    if (ranges.size >= MAX_KEPT) ranges.clear();
    label = formatDateRange(start, end, lang);
    ranges.set(key, label);
  }
  return label;
}

const lengths = new Map<string, number>();
/** Calendar days of a range, computed once per distinct range. */
export function dayCountOf(start: string, end: string): number {
  const key = `${start}|${end}`;
  let n = lengths.get(key);
  if (n === undefined) {
    n = dayCount(start, end);
    lengths.set(key, n);
  }
  return n;
}

const places = new Map<string, string>();
/** "Kota Malang, Kota Batu": the host regions by name (the code when unknown). */
export function regionsLabel(codes: readonly string[]): string {
  if (codes.length === 0) return '';
  const key = codes.join(',');
  let label = places.get(key);
  if (label === undefined) {
    label = codes.map((c) => regionByCode(c)?.name ?? c).join(', ');
    places.set(key, label);
  }
  return label;
}
