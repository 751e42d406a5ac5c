import { formatLongDate } from './dates';
import { isTravelKind, type AgendaKind, type Attendance } from './vocabulary';

/*
 * Wall-clock time of a place ⇄ UTC instants, without the laptop's own zone.
 * Offsets are derived from Intl for each instant (no fixed table), and every
 * calendar computation uses Date.UTC / getUTC*, never local Date getters.
 */

export type IndonesianZoneLabel = 'WIB' | 'WITA' | 'WIT';

/** The zones offered in forms, with city hints. */
export const AGENDA_ZONES = [
  { zone: 'Asia/Jakarta', label: 'WIB', hint: 'Jakarta, Surabaya, Malang' },
  { zone: 'Asia/Pontianak', label: 'WIB', hint: 'Pontianak, Palangka Raya' },
  { zone: 'Asia/Makassar', label: 'WITA', hint: 'Denpasar, Singaraja, Mataram, Makassar' },
  { zone: 'Asia/Jayapura', label: 'WIT', hint: 'Jayapura, Ambon' },
] as const;

export const DEFAULT_ZONE = 'Asia/Jakarta';

/** "2025-04-24T09:00" */
export const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallOf(instant: number, zone: string): Wall {
  const p: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year ?? 0, mo: p.month ?? 1, d: p.day ?? 1, h: (p.hour ?? 0) % 24, mi: p.minute ?? 0, s: p.second ?? 0 };
}

/** Offset of the zone from UTC at that instant, in minutes (WITA: 480). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  const w = wallOf(instant, zone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (n: number, l = 2) => String(n).padStart(l, '0');

/** True for a real "YYYY-MM-DDTHH:mm". */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME_RE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60;
}

/** "2025-04-24T08:00" in Asia/Makassar → the UTC instant (ms). */
export function localToInstant(local: string, zone: string): number {
  const m = LOCAL_DATE_TIME_RE.exec(local);
  if (!m || !isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two rounds settle the offset even where it changes (none in Indonesia today).
  let instant = wallAsUtc - zoneOffsetMinutes(zone, wallAsUtc) * 60_000;
  instant = wallAsUtc - zoneOffsetMinutes(zone, instant) * 60_000;
  return instant;
}

/** The instant as "YYYY-MM-DDTHH:mm" on the clocks of the zone. */
export function instantToLocal(instant: number, zone: string): string {
  const w = wallOf(instant, zone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** The calendar date (YYYY-MM-DD) of the instant in the zone. */
export function localDateOf(instant: number, zone: string): string {
  return instantToLocal(instant, zone).slice(0, 10);
}

/** "YYYY-MM-DD" plus n days (pure calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Days from `a` to `b` (calendar dates). */
export function daysBetween(a: string, b: string): number {
  const u = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((u(b) - u(a)) / 86_400_000);
}

const labelCache = new Map<string, string>();
/** WIB / WITA / WIT as Intl (id-ID) names the zone; "GMT+x" style for others. */
export function zoneLabel(zone: string, instant = Date.UTC(2025, 0, 1)): string {
  const cached = labelCache.get(zone);
  if (cached) return cached;
  let label = '';
  try {
    label =
      new Intl.DateTimeFormat('id-ID', { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(new Date(instant))
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    label = '';
  }
  if (!/^WI(B|TA|T)$/.test(label)) {
    // Some ICU builds print "GMT+8": name Indonesian offsets by their law (Keppres 41/1987).
    const off = isValidZone(zone) ? zoneOffsetMinutes(zone, instant) : NaN;
    label = off === 420 ? 'WIB' : off === 480 ? 'WITA' : off === 540 ? 'WIT' : label || zone;
  }
  labelCache.set(zone, label);
  return label;
}

/** "08.00" on the clocks of the zone. */
export function formatClock(instant: number, zone: string): string {
  return instantToLocal(instant, zone).slice(11).replace(':', '.');
}

/** "08.00 WITA". */
export function formatTime(instant: number, zone: string): string {
  return `${formatClock(instant, zone)} ${zoneLabel(zone, instant)}`;
}

/** "09.00–11.00 WIB" when both ends share a zone, else "05.00 WITA – 10.15 WIB" (a dash, as letters write a span; no arrow). */
export function formatSpan(start: number, startZone: string, end: number, endZone: string): string {
  if (startZone === endZone) return `${formatClock(start, startZone)}–${formatClock(end, endZone)} ${zoneLabel(endZone, end)}`;
  return `${formatTime(start, startZone)} – ${formatTime(end, endZone)}`;
}

/** "Kamis, 24 April 2025" for a local calendar date. */
export function formatDay(date: string, lang: 'id' | 'en' = 'id'): string {
  return formatLongDate(date, lang);
}

// ——— Analysis of an agenda ———

export interface TimedItem {
  id: string;
  startAt: number;
  startZone: string;
  endAt: number;
  endZone: string;
  /** 'all' or the chosen members' ids. */
  attendance: Attendance;
  memberIds: readonly string[];
  kind?: AgendaKind;
}

export interface DayGroup<T extends TimedItem> {
  /** Local date of the place where each item starts. */
  date: string;
  items: T[];
}

/** Items by start instant, then their own order. */
export function sortItems<T extends TimedItem & { position?: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.startAt - b.startAt || (a.position ?? 0) - (b.position ?? 0) || a.id.localeCompare(b.id));
}

/** Groups by the local date of the place where each item starts, days ascending. */
export function groupByLocalDate<T extends TimedItem & { position?: number }>(items: readonly T[]): DayGroup<T>[] {
  const map = new Map<string, T[]>();
  for (const it of sortItems(items)) {
    const d = localDateOf(it.startAt, it.startZone);
    const list = map.get(d);
    if (list) list.push(it);
    else map.set(d, [it]);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, items: list }));
}

function sharePeople(a: TimedItem, b: TimedItem): boolean {
  if (a.attendance === 'all' || b.attendance === 'all') {
    // "Everyone" clashes with anything that has someone (or everyone) in it.
    const other = a.attendance === 'all' ? b : a;
    return other.attendance === 'all' || other.memberIds.length > 0;
  }
  const set = new Set(a.memberIds);
  return b.memberIds.some((m) => set.has(m));
}

/** Pairs of items whose intervals intersect and whose attendees meet (half-open intervals). */
export function findOverlaps(items: readonly TimedItem[]): Array<[string, string]> {
  const sorted = sortItems(items).filter((i) => i.endAt >= i.startAt);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as TimedItem;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as TimedItem;
      if (b.startAt >= a.endAt) break;
      if (b.startAt < a.endAt && a.startAt < b.endAt && sharePeople(a, b)) out.push([a.id, b.id]);
    }
  }
  return out;
}

export type SequenceProblem = 'endBeforeStart' | 'arrivalBeforeDeparture';

/** Items that cannot happen: ending before they start (travel: arriving before departing). */
export function findImpossible(items: readonly TimedItem[]): Map<string, SequenceProblem> {
  const out = new Map<string, SequenceProblem>();
  for (const it of items) {
    if (it.endAt < it.startAt) out.set(it.id, it.kind !== undefined && isTravelKind(it.kind) ? 'arrivalBeforeDeparture' : 'endBeforeStart');
  }
  return out;
}

export interface Gap {
  /** The item the gap comes after. */
  afterId: string;
  /** The item the gap comes before. */
  beforeId: string;
  minutes: number;
}

/** Free time between consecutive items (after everything before has ended). */
export function findGaps(items: readonly TimedItem[]): Gap[] {
  const sorted = sortItems(items);
  const out: Gap[] = [];
  let lastEnd = -Infinity;
  let lastId = '';
  for (const it of sorted) {
    if (lastId && it.startAt > lastEnd) out.push({ afterId: lastId, beforeId: it.id, minutes: Math.round((it.startAt - lastEnd) / 60_000) });
    if (it.endAt >= lastEnd) {
      lastEnd = Math.max(it.endAt, it.startAt);
      lastId = it.id;
    }
  }
  return out;
}

/** "45 menit", "1 jam 30 menit". */
export function formatDuration(minutes: number, lang: 'id' | 'en' = 'id'): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const [hs, ms] = lang === 'id' ? ['jam', 'menit'] : ['h', 'min'];
  if (h === 0) return `${m} ${ms}`;
  return m === 0 ? `${h} ${hs}` : `${h} ${hs} ${m} ${ms}`;
}
