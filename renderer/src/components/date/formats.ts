import type { DateOrder } from '../../../../shared/date-input';
import type { Lang } from '../../i18n';

/** How a date and a time are written in the fields, in one language. */
export interface FieldFormats {
  /** date-fns pattern of a date: 'dd/MM/yyyy' (id), the user's own in English ('MM/dd/yyyy', 'dd/MM/yyyy' …). */
  date: string;
  /** How numbers typed as a date are read. */
  order: DateOrder;
  /** date-fns pattern of a time: 'HH.mm' (id), 'h:mm a' or 'HH:mm' (en, after the user's clock). */
  time: string;
  hour12: boolean;
}

const ID_FORMATS: FieldFormats = { date: 'dd/MM/yyyy', order: 'dmy', time: 'HH.mm', hour12: false };

/** The computer's own locale (the first of the user's languages). */
export function userLocale(): string {
  if (typeof navigator === 'undefined') return 'en-US';
  return navigator.languages?.[0] ?? navigator.language ?? 'en-US';
}

const cache = new Map<string, FieldFormats>();

/**
 * Indonesian: dd/MM/yyyy and HH.mm, as Indonesian letters write them. English:
 * the order, separator and clock of the user's locale (Intl), in numbers.
 */
export function fieldFormats(lang: Lang, locale: string = userLocale()): FieldFormats {
  if (lang === 'id') return ID_FORMATS;
  const known = cache.get(locale);
  if (known) return known;
  let made: FieldFormats;
  try {
    made = fromIntl(locale);
  } catch {
    // An unknown locale tag: US English.
    made = fromIntl('en-US');
  }
  cache.set(locale, made);
  return made;
}

function fromIntl(locale: string): FieldFormats {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2025, 3, 24));
  let date = '';
  const order: string[] = [];
  for (const p of parts) {
    if (p.type === 'day') {
      date += 'dd';
      order.push('d');
    } else if (p.type === 'month') {
      date += 'MM';
      order.push('m');
    } else if (p.type === 'year') {
      date += 'yyyy';
      order.push('y');
    } else if (p.type === 'literal' && /^[\s/.-]+$/.test(p.value)) {
      date += p.value.trim() || ' ';
    } else {
      // Letters or other numerals: not a form to type into; the day-first numeric one.
      date = '';
      break;
    }
  }
  const o = order.join('');
  const dateOrder: DateOrder | null = o === 'dmy' || o === 'mdy' || o === 'ymd' ? o : null;
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const hour12 = cycle === 'h12' || cycle === 'h11';
  return {
    date: date && dateOrder ? date : 'dd/MM/yyyy',
    order: date && dateOrder ? dateOrder : 'dmy',
    time: hour12 ? 'h:mm a' : 'HH:mm',
    hour12,
  };
}
