/*
 * Intl formatters are costly to make (a locale lookup each) and cheap to use:
 * made once per locale and options, reused by every row that shows a date or
 * a number (a trip page with 600 follow-up history entries made 600 of them).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export const localeOf = (lang: string): string => (lang === 'id' ? 'id-ID' : 'en-GB');

/** The formatter kept under `key`, made by `make` the first time. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(localeOf(lang), options));

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(localeOf(lang), options));
