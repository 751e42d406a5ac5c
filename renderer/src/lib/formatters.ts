/*
 * Intl formatters are costly to make (a locale lookup each) and cheap to use:
 * made once per locale and options, reused by every row that shows a date or
 * a number (a trip page with 600 follow-up history entries made 600 of them).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export const localeOf = (lang: string): string => (lang === 'id' ? 'id-ID' : 'en-GB');

export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), options);
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, f);
  }
  return f;
}
