import { describe, expect, it } from 'vitest';
import { format, isValid, parse } from 'date-fns';
import { enUS, id as localeId } from 'date-fns/locale';
import { formatDateRange, formatLocalInstant, formatLongDate, isRealIsoDate, localIsoDate } from '../../shared/dates';

/*
 * shared/dates.ts formats by hand (date-fns' parse + format were the trips
 * list's and the reports' cost). date-fns with its locales is the reference:
 * every day from 1900 to 2100, in both languages.
 */

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const locales = { id: localeId, en: enUS } as const;

function reference(start: string, end: string, lang: 'id' | 'en'): string {
  const locale = locales[lang];
  const a = parse(start, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const b = parse(end, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const full = lang === 'id' ? 'd MMMM yyyy' : 'MMMM d, yyyy';
  if (start === end) return format(a, full, { locale });
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, full, { locale })} – ${format(b, full, { locale })}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, lang === 'id' ? 'd MMMM' : 'MMMM d', { locale })} – ${format(b, full, { locale })}`;
  return lang === 'id' ? `${format(a, 'd', { locale })}–${format(b, full, { locale })}` : `${format(a, 'MMMM d', { locale })}–${format(b, 'd, yyyy', { locale })}`;
}

describe('dates formatted without date-fns', () => {
  it('writes every day of 1900–2100 as date-fns does, long and as ranges of every shape', () => {
    const mismatches: string[] = [];
    for (let d = new Date(1900, 0, 1); d.getFullYear() <= 2100; d.setDate(d.getDate() + 1)) {
      const day = iso(d);
      const next = new Date(d);
      next.setDate(d.getDate() + 2); // same month, or across a month or year end
      const later = iso(next);
      for (const lang of ['id', 'en'] as const) {
        const long = format(d, lang === 'id' ? 'EEEE, d MMMM yyyy' : 'EEEE, MMMM d, yyyy', { locale: locales[lang] });
        if (formatLongDate(day, lang) !== long) mismatches.push(`${day} ${lang} long: ${formatLongDate(day, lang)} ≠ ${long}`);
        if (formatDateRange(day, day, lang) !== reference(day, day, lang)) mismatches.push(`${day} ${lang} single`);
        if (formatDateRange(day, later, lang) !== reference(day, later, lang)) mismatches.push(`${day}–${later} ${lang}: ${formatDateRange(day, later, lang)} ≠ ${reference(day, later, lang)}`);
      }
      if (mismatches.length > 5) break;
    }
    expect(mismatches).toEqual([]);
  });

  it('writes the house examples', () => {
    expect(formatDateRange('2025-04-24', '2025-04-26')).toBe('24–26 April 2025');
    expect(formatDateRange('2025-04-30', '2025-05-02')).toBe('30 April – 2 Mei 2025');
    expect(formatDateRange('2025-12-31', '2026-01-01')).toBe('31 Desember 2025 – 1 Januari 2026');
    expect(formatDateRange('2025-04-24', '2025-04-24', 'en')).toBe('April 24, 2025');
    expect(formatDateRange('2025-04-24', '2025-04-26', 'en')).toBe('April 24–26, 2025');
    expect(formatLongDate('2025-04-24')).toBe('Kamis, 24 April 2025');
  });

  it('knows a real date as date-fns does, and leaves anything else as typed', () => {
    const cases = ['2025-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '25-01-01', '2025-01-32', '', 'besok', '0099-03-01'];
    for (const c of cases) {
      const d = parse(c, 'yyyy-MM-dd', new Date(2000, 0, 1));
      const ref = /^\d{4}-\d{2}-\d{2}$/.test(c) && isValid(d) && format(d, 'yyyy-MM-dd') === c;
      expect(isRealIsoDate(c), c).toBe(ref);
    }
    expect(formatDateRange('2025-04-31', '2025-05-02')).toBe('2025-04-31 – 2025-05-02');
    expect(formatDateRange('', '2025-05-02')).toBe('2025-05-02');
    expect(formatLongDate('besok')).toBe('besok');
  });

  it('writes an instant in local time and its calendar date as date-fns does, every few hours over a century', () => {
    const mismatches: string[] = [];
    // 7 h 13 min apart: every hour and many minutes of the day are met, across DST changes where the zone has them.
    for (let ms = Date.UTC(1950, 0, 1); ms < Date.UTC(2050, 0, 1); ms += (7 * 60 + 13) * 60_000) {
      const d = new Date(ms);
      const want = {
        id: format(d, 'd MMMM yyyy, HH.mm', { locale: localeId }),
        en: format(d, 'd MMMM yyyy, HH:mm', { locale: enUS }),
        day: format(d, 'yyyy-MM-dd'),
      };
      const got = { id: formatLocalInstant(d, 'id'), en: formatLocalInstant(d, 'en'), day: localIsoDate(d) };
      if (got.id !== want.id || got.en !== want.en || got.day !== want.day) mismatches.push(`${d.toISOString()}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      if (mismatches.length > 5) break;
    }
    expect(mismatches).toEqual([]);
    expect(formatLocalInstant(new Date(2026, 11, 2, 10, 5), 'id')).toBe('2 Desember 2026, 10.05');
  });
});
