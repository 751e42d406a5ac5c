import { format, isValid, parse } from 'date-fns';
import { id as localeId, enUS } from 'date-fns/locale';

/** A calendar date without a time zone, as the user typed it: YYYY-MM-DD. */
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const d = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

function toLocalDate(value: string): Date {
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** "Kamis, 24 April 2025" (id) or "Thursday, April 24, 2025" (en). */
export function formatLongDate(value: string, lang: 'id' | 'en' = 'id'): string {
  if (!isRealIsoDate(value)) return value;
  const d = toLocalDate(value);
  return lang === 'id'
    ? format(d, 'EEEE, d MMMM yyyy', { locale: localeId })
    : format(d, 'EEEE, MMMM d, yyyy', { locale: enUS });
}

/**
 * A date range as a person writes it: "24–26 April 2025",
 * "30 April – 2 Mei 2025", "24 April 2025" for a single day.
 */
export function formatDateRange(start: string, end: string, lang: 'id' | 'en' = 'id'): string {
  if (!isRealIsoDate(start) || !isRealIsoDate(end)) return [start, end].filter(Boolean).join(' – ');
  const locale = lang === 'id' ? localeId : enUS;
  const a = toLocalDate(start);
  const b = toLocalDate(end);
  const full = lang === 'id' ? 'd MMMM yyyy' : 'MMMM d, yyyy';
  if (start === end) return format(a, full, { locale });
  if (a.getFullYear() !== b.getFullYear()) {
    return `${format(a, full, { locale })} – ${format(b, full, { locale })}`;
  }
  if (a.getMonth() !== b.getMonth()) {
    const noYear = lang === 'id' ? 'd MMMM' : 'MMMM d';
    return `${format(a, noYear, { locale })} – ${format(b, full, { locale })}`;
  }
  return lang === 'id'
    ? `${format(a, 'd', { locale })}–${format(b, full, { locale })}`
    : `${format(a, 'MMMM d', { locale })}–${format(b, 'd, yyyy', { locale })}`;
}

/** Number of calendar days a trip covers, both ends included. */
export function dayCount(start: string, end: string): number {
  if (!isRealIsoDate(start) || !isRealIsoDate(end)) return 0;
  const ms = Date.UTC(+end.slice(0, 4), +end.slice(5, 7) - 1, +end.slice(8, 10)) -
    Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10));
  return Math.round(ms / 86_400_000) + 1;
}

