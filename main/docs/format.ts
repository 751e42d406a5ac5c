/** Indonesian formats the documents share (text, dates, names, ranks). */
import { dayCount, formatDateRange, formatLongDate } from '../../shared/dates';
import type { Member } from '../../shared/delegation/schemas';
import { LEAD_ROLE, isJournalistRole } from '../../shared/vocabulary';
import { fullName } from '../../shared/directory/person';
import { formatPangkat } from '../../shared/directory/ranks';

/** Spaces (line breaks included) collapsed to one, ends trimmed. */
export const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One line of the user's text: spaces collapsed, and without control characters (XML forbids them; Word refuses the file). */
export const cleanText = (s: string | null | undefined): string =>
  (s ?? '')
    // eslint-disable-next-line no-control-regex -- removing exactly these characters is the point
    .replace(/[\u0000-\u001F\u007F\uFFFE\uFFFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What XML 1.0 forbids in a document (its Char production): C0 controls but
 * tab, newline and carriage return; lone surrogates (a surrogate pair, an
 * emoji, stays); U+FFFE and U+FFFF. One such character in any part makes Word
 * and LibreOffice refuse the whole .docx.
 */
// eslint-disable-next-line no-control-regex -- matching exactly these characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything XML_FORBIDDEN could match, surrogate pairs included: one quick scan (no lookaround) of a part that holds none. */
// eslint-disable-next-line no-control-regex -- matching exactly these characters is the point
const XML_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Text (or a whole XML part) without the characters XML 1.0 forbids: removed,
 * but a vertical tab or form feed (which separate words, as in a paste from
 * Word) becomes a space. pack() passes every part through it: a part without
 * any is only scanned (about 0.2 ms for the seed report's XML).
 */
export const xmlSafe = (s: string): string =>
  XML_SUSPECT.test(s) ? s.replace(XML_FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : '')) : s;

/** Nothing a reader would see: what the documents mark as a gap (ctx.orGap) and readiness counts as missing. */
export const isBlank = (s: string | null | undefined): boolean => cleanText(s) === '';

/** Cleaned and without closing punctuation, to be followed by text of our own. */
export const noEndStop = (s: string): string => clean(s).replace(/[\s.;,:]+$/, '');

/** "PEMERINTAH KOTA MALANG" → "Pemerintah Kota Malang" (after spaces and hyphens too). */
export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])\S/g, (c) => c.toUpperCase());

/** "a, b dan c" (empty items skipped). */
export function joinAnd(items: string[]): string {
  const xs = items.filter(Boolean);
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} dan ${xs[xs.length - 1]}`;
}

/** "Kamis, 24 April 2025". */
export const longDate = (date: string): string => formatLongDate(date, 'id');

/** "24 April 2025" (no weekday). */
export function plainDate(date: string): string {
  return formatDateRange(date, date, 'id');
}

/**
 * A span of days as every document writes it: "24 s.d. 25 April 2025",
 * "30 April s.d. 2 Mei 2025" (one style in all documents; the screens keep
 * the dash).
 */
export const dateRange = (start: string, end: string): string => formatDateRange(start, end, 'id').replace(/\s*–\s*/, ' s.d. ');

/** A figure as documents print it: "108 → 28" reads "108 menjadi 28" (no arrows in a document). */
export const figureText = (value: string): string => clean(value).replace(/\s*(?:→|->)\s*/g, ' menjadi ');

/** Text with a route in it, as documents print it: "Singaraja → Malang" reads "Singaraja – Malang". */
export const noArrows = (value: string): string => clean(value).replace(/\s*(?:→|->)\s*/g, ' – ');

/** Days of the trip, counting both ends, at least one ("2 (dua) hari" is left to the caller). */
export const tripDays = (start: string, end: string): number => Math.max(1, dayCount(start, end));

const WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
/** "2 (dua)": numbers spelled as letters and decrees write them. */
export function counted(n: number): string {
  const word = n < 12 ? WORDS[n] : n < 20 ? `${WORDS[n - 10]} belas` : '';
  return word ? `${n} (${word})` : String(n);
}

export const nameOf = (m: Member): string => fullName(m.person);

/** "Pembina Tingkat I (IV/b)", or '' for people without a rank. */
export const pangkatOf = (m: Member): string => (m.person.golongan ? formatPangkat(m.person.golongan) : '');

/** Officials (everyone but journalists), in the delegation's order. */
export const officialsOf = (members: readonly Member[]): Member[] => members.filter((m) => !isJournalistRole(m.role));
export const journalistsOf = (members: readonly Member[]): Member[] => members.filter((m) => isJournalistRole(m.role));
/** The delegation lead: the lead role (ketua), else the first official. */
export const leadOf = (members: readonly Member[]): Member | undefined =>
  members.find((m) => m.role === LEAD_ROLE) ?? officialsOf(members)[0];
