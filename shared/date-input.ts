/**
 * Dates and times as people type or paste them, read into the app's plain
 * values ('yyyy-MM-dd', 'HH:mm'). Pure: no clock (a date typed without its
 * year takes the nearest year to a reference the caller gives), no DOM.
 *
 * Dates: "24/04/2025", "24/4/2025", "24-4-2025", "24.4.2025", "24/4/25",
 * "24042025", "2025-04-24", "24 April 2025", "24 Apr 2025", "24 April",
 * "Jumat, 24 April 2025", "Jumat (26/4/2025)", "April 24, 2025",
 * "Thursday, April 24th 2025", "24/4". A day name is checked against the
 * date: the answer says whether it matches and which day the date really is.
 *
 * Times: "08.00", "8.00", "08:00", "0800", "800", "8", "08.00 WIB",
 * "pukul 08.00", "9:00 AM", "9 pm", "8 malam".
 */
import { isRealIsoDate } from './dates';

/** 0 = Sunday (Minggu) … 6 = Saturday (Sabtu), as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The order of day, month and year in a date written in numbers. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateParseOptions {
  /** A day near the date meant ('yyyy-MM-dd', e.g. today): a date typed without its year takes the nearest one to it. */
  reference: string;
  /** How numbers are read when they could be either: day first (Indonesia, the default) or month first (US English). */
  order?: DateOrder;
}

export type DateParseFailure =
  /** Nothing typed. */
  | 'empty'
  /** Not a date in any of the forms read. */
  | 'unrecognised'
  /** The form of a date, but no such day ("31/02/2025", "32/4/2025", "24/13/2025"). */
  | 'noSuchDate'
  /** A year outside 1900–2100. */
  | 'yearOutOfRange';

export interface DayNameCheck {
  /** The day name that was written. */
  given: Weekday;
  /** The day the date really is. */
  actual: Weekday;
  matches: boolean;
}

export type DateParseResult =
  | { ok: true; date: string; dayName?: DayNameCheck }
  | { ok: false; reason: DateParseFailure };

export type TimeParseFailure = 'empty' | 'unrecognised' | 'noSuchTime';

export type TimeParseResult =
  | {
      ok: true;
      /** 'HH:mm', 24-hour. */
      time: string;
      /** The time zone word written after it ("WIB", "WITA", "WIT", "UTC"), upper case; not applied. */
      zone?: string;
    }
  | { ok: false; reason: TimeParseFailure };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const WEEKDAY_NAMES: Record<'id' | 'en', readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A day's name: "Sabtu" (id), "Saturday" (en). */
export function weekdayName(day: Weekday, lang: 'id' | 'en' = 'id'): string {
  return WEEKDAY_NAMES[lang][day] ?? '';
}

/** Day names and their short forms, Indonesian and English, as typed (lower case, no apostrophes). */
const DAY_WORDS: Record<string, Weekday> = {
  minggu: 0, ahad: 0, min: 0, mgg: 0,
  senin: 1, sen: 1,
  selasa: 2, sel: 2,
  rabu: 3, rab: 3,
  kamis: 4, kam: 4,
  jumat: 5, jum: 5,
  sabtu: 6, sab: 6,
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** Month names and their short forms, Indonesian (with the old spellings still seen) and English: 1–12. */
const MONTH_WORDS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Words around a date that say nothing about it ("hari Jumat", "tanggal 24", "the 24th of April"). */
const FILLER_WORDS = new Set(['hari', 'tanggal', 'tgl', 'on', 'the', 'of']);

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The weekday of a real 'yyyy-MM-dd' date, independent of the computer's time zone. */
export function weekdayOf(iso: string): Weekday {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() as Weekday;
}

type Parts = { y: number | null; m: number; d: number };
type Checked = { ok: true; date: string } | { ok: false; reason: DateParseFailure };

function refParts(reference: string): { y: number; m: number; d: number } {
  if (isRealIsoDate(reference)) {
    const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
    return { y, m, d };
  }
  return { y: 2000, m: 1, d: 1 };
}

/** A year written with two digits is of this century: "25" → 2025. */
const fullYear = (text: string) => (text.length <= 2 ? 2000 + Number(text) : Number(text));

function check({ y, m, d }: Parts, reference: string): Checked {
  if (m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, reason: 'noSuchDate' };
  if (y === null) {
    // No year: the nearest one to the reference where the day exists (the later on a tie).
    const ref = refParts(reference);
    const refDay = Date.UTC(ref.y, ref.m - 1, ref.d);
    let best: { date: string; distance: number } | null = null;
    for (const year of [ref.y + 1, ref.y, ref.y - 1]) {
      if (d > daysInMonth(year, m)) continue;
      const distance = Math.abs(Date.UTC(year, m - 1, d) - refDay);
      if (!best || distance < best.distance) best = { date: isoOf(year, m, d), distance };
    }
    return best ? { ok: true, date: best.date } : { ok: false, reason: 'noSuchDate' };
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: 'yearOutOfRange' };
  if (d > daysInMonth(y, m)) return { ok: false, reason: 'noSuchDate' };
  return { ok: true, date: isoOf(y, m, d) };
}

/** Day and month written as numbers: in the preferred order, or the other one when only it can be a date. */
function numericDate(a: number, b: number, y: number | null, order: DateOrder, reference: string): Checked {
  const dayFirst = order !== 'mdy';
  const first = check(dayFirst ? { y, m: b, d: a } : { y, m: a, d: b }, reference);
  if (first.ok || first.reason !== 'noSuchDate') return first;
  const other = check(dayFirst ? { y, m: a, d: b } : { y, m: b, d: a }, reference);
  return other.ok ? other : first;
}

const MONTH_RE = '([a-z]+)\\.?';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const SEP = '[\\s/.-]+';

/** The date part, without day names and filler words. */
function readDate(core: string, order: DateOrder, reference: string): Checked {
  let m: RegExpMatchArray | null;
  // 2025-04-24, 2025/4/24, 2025.04.24
  if ((m = core.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) {
    return check({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, reference);
  }
  // 24/04/2025, 24-4-2025, 24.4.2025, 24/4/25, 24/4 (or month first)
  if ((m = core.match(/^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/))) {
    return numericDate(Number(m[1]), Number(m[3]), m[4] === undefined ? null : fullYear(m[4]), order, reference);
  }
  // 24042025 (day first) or 20250424: never both a real date (see the tests)
  if ((m = core.match(/^(\d{2})(\d{2})(\d{4})$/))) {
    const dmy = check({ y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }, reference);
    if (dmy.ok) return dmy;
    const ymd = check({ y: Number(core.slice(0, 4)), m: Number(core.slice(4, 6)), d: Number(core.slice(6, 8)) }, reference);
    return ymd.ok ? ymd : dmy;
  }
  // 24 April 2025, 24 Apr 2025, 24-Apr-2025, 24th April, 24 April
  if ((m = core.match(new RegExp(`^${DAY_RE}${SEP}${MONTH_RE}(?:${SEP}(\\d{4}))?$`)))) {
    const month = MONTH_WORDS[m[2] ?? ''];
    if (month === undefined) return { ok: false, reason: 'unrecognised' };
    return check({ y: m[3] === undefined ? null : Number(m[3]), m: month, d: Number(m[1]) }, reference);
  }
  // April 24 2025, Apr 24th 2025, April 24 (the comma is gone already)
  if ((m = core.match(new RegExp(`^${MONTH_RE}${SEP}${DAY_RE}(?:${SEP}(\\d{4}))?$`)))) {
    const month = MONTH_WORDS[m[1] ?? ''];
    if (month === undefined) return { ok: false, reason: 'unrecognised' };
    return check({ y: m[3] === undefined ? null : Number(m[3]), m: month, d: Number(m[2]) }, reference);
  }
  return { ok: false, reason: 'unrecognised' };
}

/**
 * Reads a date as typed or pasted. `reference` gives the year of a date
 * written without one (the nearest to it); `order` how "4/5" is read.
 */
export function parseDateInput(text: string, { reference, order = 'dmy' }: DateParseOptions): DateParseResult {
  const clean = text
    .normalize('NFKC')
    .toLowerCase()
    // "Jum'at", "Jum’at"
    .replace(/['’`]/g, '')
    .trim()
    .replace(/[.;]+$/, '')
    .trim();
  if (clean === '') return { ok: false, reason: 'empty' };

  // Words apart: commas and brackets only separate ("Jumat, 24 April 2025", "Jumat (26/4/2025)").
  const words = clean.split(/[\s,()[\]]+/).filter(Boolean);
  let given: Weekday | null = null;
  const rest: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/\.$/, '');
    const day = DAY_WORDS[word];
    if (day !== undefined && !/^\d/.test(word)) {
      // Two different day names: not a date we can read.
      if (given !== null && given !== day) return { ok: false, reason: 'unrecognised' };
      given = day;
      continue;
    }
    if (FILLER_WORDS.has(word)) continue;
    rest.push(raw);
  }
  const core = rest.join(' ');
  if (core === '') return { ok: false, reason: 'unrecognised' };

  const read = readDate(core, order, reference);
  if (!read.ok) return read;
  if (given === null) return { ok: true, date: read.date };
  const actual = weekdayOf(read.date);
  return { ok: true, date: read.date, dayName: { given, actual, matches: given === actual } };
}

/** The time zone words read after a time (Indonesia's three, and the universal ones). */
const ZONE_WORDS = new Set(['wib', 'wita', 'wit', 'utc', 'gmt']);
/** Words before a time that say nothing about it. */
const TIME_FILLERS = new Set(['pukul', 'pkl', 'pk', 'jam', 'at']);

type DayPart = 'am' | 'pm' | 'pagi' | 'siang' | 'sore' | 'petang' | 'malam';
const DAY_PARTS: Record<string, DayPart> = {
  am: 'am', 'a.m.': 'am', 'a.m': 'am',
  pm: 'pm', 'p.m.': 'pm', 'p.m': 'pm',
  pagi: 'pagi', siang: 'siang', sore: 'sore', petang: 'petang', malam: 'malam',
};

/** The 24-hour hour of an hour said with a part of the day ("9 pm", "3 sore", "8 malam"); null when it cannot be. */
function hourOfDay(h: number, part: DayPart): number | null {
  if (h > 12) return h <= 23 && part !== 'am' && part !== 'pagi' ? h : null;
  switch (part) {
    case 'am':
    case 'pagi':
      return h === 12 ? 0 : h;
    case 'pm':
      return h === 12 ? 12 : h + 12;
    case 'siang':
      // 11 siang is 11.00, 1 siang is 13.00.
      return h >= 11 ? h : h + 12;
    case 'sore':
    case 'petang':
      return h === 12 ? 12 : h + 12;
    case 'malam':
      // 8 malam is 20.00; 12 malam is midnight; 2 malam is 02.00.
      if (h === 12) return 0;
      return h >= 6 ? h + 12 : h;
  }
}

/** Reads a time as typed: "08.00", "8", "0800", "08:00 WIB", "9:00 AM", "8 malam". */
export function parseTimeInput(text: string): TimeParseResult {
  const clean = text.normalize('NFKC').toLowerCase().trim();
  if (clean === '') return { ok: false, reason: 'empty' };
  let zone: string | undefined;
  let part: DayPart | undefined;
  const rest: string[] = [];
  // "9:00am", "9.00pm": the part of the day written against the number.
  const words = clean.replace(/(\d)(a\.?m\.?|p\.?m\.?)$/, '$1 $2').split(/\s+/).filter(Boolean);
  for (const word of words) {
    const bare = word.replace(/[.,]$/, '');
    if (ZONE_WORDS.has(bare)) {
      if (zone !== undefined) return { ok: false, reason: 'unrecognised' };
      zone = bare.toUpperCase();
    } else if (DAY_PARTS[word] ?? DAY_PARTS[bare]) {
      if (part !== undefined) return { ok: false, reason: 'unrecognised' };
      part = DAY_PARTS[word] ?? DAY_PARTS[bare];
    } else if (!TIME_FILLERS.has(bare)) {
      rest.push(word);
    }
  }
  if (rest.length !== 1) return { ok: false, reason: 'unrecognised' };
  const core = rest[0] ?? '';
  let h: number;
  let min: number;
  let m: RegExpMatchArray | null;
  if ((m = core.match(/^(\d{1,2})(?:[.:h](\d{2}))?$/))) {
    h = Number(m[1]);
    min = m[2] === undefined ? 0 : Number(m[2]);
  } else if ((m = core.match(/^(\d{1,2})(\d{2})$/))) {
    h = Number(m[1]);
    min = Number(m[2]);
  } else {
    return { ok: false, reason: 'unrecognised' };
  }
  if (min > 59) return { ok: false, reason: 'noSuchTime' };
  if (part !== undefined) {
    const hour = h === 0 ? null : hourOfDay(h, part);
    if (hour === null) return { ok: false, reason: 'noSuchTime' };
    h = hour;
  } else if (h > 23) {
    return { ok: false, reason: 'noSuchTime' };
  }
  const time = `${pad2(h)}:${pad2(min)}`;
  return zone === undefined ? { ok: true, time } : { ok: true, time, zone };
}

/** An 'HH:mm' time, checked. */
export const ISO_TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
