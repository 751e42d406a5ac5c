/*
 * Dates are formatted by hand from fixed month and weekday names: date-fns'
 * parse + format cost ~0.4 ms a range, which a list of 2,000 trips or a
 * report of 300 learnings pays once per row. tests/unit/dates-format.test.ts
 * checks every day of two centuries against date-fns with its locales.
 */

/** A calendar date without a time zone, as the user typed it: YYYY-MM-DD. */
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
const WEEKDAYS = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

interface Ymd {
  y: number;
  /** 0–11 */
  m: number;
  d: number;
}

/** The parts of a real calendar date (no 31 April, no 29 February 2025), else null. */
function ymd(value: string): Ymd | null {
  if (!ISO_DATE_RE.test(value)) return null;
  const y = +value.slice(0, 4);
  const m = +value.slice(5, 7) - 1;
  const d = +value.slice(8, 10);
  if (m < 0 || m > 11 || d < 1) return null;
  const check = new Date(Date.UTC(2000, m, d));
  check.setUTCFullYear(y);
  return check.getUTCMonth() === m && check.getUTCDate() === d ? { y, m, d } : null;
}

export function isRealIsoDate(value: string): boolean {
  return ymd(value) !== null;
}

/** 0 = Sunday. */
function weekday({ y, m, d }: Ymd): number {
  const t = new Date(Date.UTC(2000, m, d));
  t.setUTCFullYear(y);
  return t.getUTCDay();
}

/** "24 April 2025" (id) or "April 24, 2025" (en). */
function dayMonthYear(p: Ymd, lang: 'id' | 'en'): string {
  return lang === 'id' ? `${p.d} ${MONTHS.id[p.m]} ${p.y}` : `${MONTHS.en[p.m]} ${p.d}, ${p.y}`;
}

/** "Kamis, 24 April 2025" (id) or "Thursday, April 24, 2025" (en). */
export function formatLongDate(value: string, lang: 'id' | 'en' = 'id'): string {
  const p = ymd(value);
  if (!p) return value;
  return `${WEEKDAYS[lang][weekday(p)]}, ${dayMonthYear(p, lang)}`;
}

/**
 * A date range as a person writes it: "24–26 April 2025",
 * "30 April – 2 Mei 2025", "24 April 2025" for a single day.
 */
export function formatDateRange(start: string, end: string, lang: 'id' | 'en' = 'id'): string {
  const a = ymd(start);
  const b = ymd(end);
  if (!a || !b) return [start, end].filter(Boolean).join(' – ');
  if (start === end) return dayMonthYear(a, lang);
  if (a.y !== b.y) return `${dayMonthYear(a, lang)} – ${dayMonthYear(b, lang)}`;
  if (a.m !== b.m) {
    const noYear = lang === 'id' ? `${a.d} ${MONTHS.id[a.m]}` : `${MONTHS.en[a.m]} ${a.d}`;
    return `${noYear} – ${dayMonthYear(b, lang)}`;
  }
  return lang === 'id' ? `${a.d}–${dayMonthYear(b, lang)}` : `${MONTHS.en[a.m]} ${a.d}–${b.d}, ${b.y}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The calendar date of an instant in this computer's time zone: YYYY-MM-DD. */
export function localIsoDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** An instant in this computer's time zone: "2 Desember 2026, 10.15" (id) or "2 December 2026, 10:15" (en). */
export function formatLocalInstant(d: Date, lang: 'id' | 'en' = 'id'): string {
  return `${d.getDate()} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}, ${pad2(d.getHours())}${lang === 'en' ? ':' : '.'}${pad2(d.getMinutes())}`;
}

/** Number of calendar days a trip covers, both ends included. */
export function dayCount(start: string, end: string): number {
  if (!isRealIsoDate(start) || !isRealIsoDate(end)) return 0;
  const ms = Date.UTC(+end.slice(0, 4), +end.slice(5, 7) - 1, +end.slice(8, 10)) -
    Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10));
  return Math.round(ms / 86_400_000) + 1;
}

