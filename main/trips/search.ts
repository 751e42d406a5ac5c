import type { TripListItem, TripSearch, TripSearchResult, TripStatus } from '../../shared/trips/schemas';
import { regionByCode } from '../../shared/regions';
import { preparedPer, type Store } from '../db/store';

/*
 * The trips list's search (`trips.search`). A word may be found in the title,
 * the host regions' names (shared/regions.ts, not in the database), the origin
 * and host institutions or the names of the members and host people: in SQL
 * that is a LIKE over five joins per word, 70–90 ms on 2,000 trips with
 * 60,000 memberships, and LIKE folds neither accents nor non-ASCII case. So
 * main keeps, per database, each live trip's row as the list shows it with its
 * folded text (about 1.7 MB for the decade database, built in ~150 ms on first
 * use): a search is a filter over 2,000 entries, about 1 ms. The index
 * follows the database through the change log (written by triggers in the
 * same transaction as every write, whoever makes it): each search reads
 * max(seq), and the trips touched by the rows logged since are read again, or
 * everything is when they are many.
 */

/** What a trip holds, each table with trip_id and deleted_at: counted so Delete on the list asks first. */
export const TRIP_CONTENT_TABLES = [
  'trip_members',
  'trip_hosts',
  'trip_host_people',
  'venues',
  'agenda_items',
  'learnings',
  'photos',
  'trip_quotes',
  'coverage',
  'doc_numbers',
] as const;

/** Lower case without diacritics: "MALANG" and "Málang" both find "malang". */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

interface Entry {
  item: TripListItem;
  year: number;
  /** Folded title, host regions, institutions and people, one per line. */
  text: string;
  titleKey: string;
}

interface TripIndex {
  seq: number;
  entries: Map<string, Entry>;
  /** Newest first; null after a change until the next search sorts again. */
  sorted: Entry[] | null;
  facets: { years: number[]; regionCodes: string[] } | null;
}

interface TripRow {
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  status: TripStatus;
  host_region_codes: string;
  origin_name: string | null;
  deleted_at: number | null;
}

/** A person's names as the trip keeps them: the directory's, and an erased person's from the trip's snapshot. */
const personNames = (alias: string) =>
  `p.name || CASE WHEN ${alias}.snapshot <> '' AND json_valid(${alias}.snapshot) THEN char(10) || coalesce(json_extract(${alias}.snapshot, '$.name'), '') ELSE '' END`;

/**
 * Every name a trip can be found by (members, host people, host
 * institutions), as (trip, names one per line) rows, several per trip;
 * `filter` narrows each part to one trip. Grouped in SQL: 60,000 names come
 * out as a few thousand strings.
 */
const namesSql = (filter: (alias: string) => string) => `
  SELECT m.trip_id, group_concat(${personNames('m')}, char(10)) FROM trip_members m JOIN people p ON p.id = m.person_id
    WHERE m.deleted_at IS NULL${filter('m')} GROUP BY m.trip_id
  UNION ALL
  SELECT h.trip_id, group_concat(${personNames('h')}, char(10)) FROM trip_host_people h JOIN people p ON p.id = h.person_id
    WHERE h.deleted_at IS NULL${filter('h')} GROUP BY h.trip_id
  UNION ALL
  SELECT h.trip_id, group_concat(i.name, char(10)) FROM trip_hosts h JOIN institutions i ON i.id = h.institution_id
    WHERE h.deleted_at IS NULL${filter('h')} GROUP BY h.trip_id`;

const countsSql = (filter: (alias: string) => string) =>
  TRIP_CONTENT_TABLES.map((t) => `SELECT c.trip_id, count(*) FROM ${t} c WHERE c.deleted_at IS NULL${filter('c')} GROUP BY c.trip_id`).join(
    '\n  UNION ALL\n  ',
  );

const TRIP_COLS = `t.id, t.title, t.start_date, t.end_date, t.status, t.host_region_codes, i.name AS origin_name, t.deleted_at
  FROM trips t LEFT JOIN institutions i ON i.id = t.origin_institution_id`;

const WATCHED = ['trips', 'people', 'institutions', ...TRIP_CONTENT_TABLES];

function prepare(db: Store['db']) {
  const oneTrip = (alias: string) => ` AND ${alias}.trip_id = @id`;
  return {
    maxSeq: db.prepare(`SELECT coalesce(max(seq), 0) FROM change_log`).pluck(),
    changes: db
      // `+table_name`: walk the few rows after `seq` by the primary key, not every logged row of these tables by change_log_row.
      .prepare(`SELECT table_name, row_id FROM change_log WHERE seq > ? AND +table_name IN (${WATCHED.map((t) => `'${t}'`).join(', ')}) LIMIT 2001`)
      .raw(),
    allTrips: db.prepare(`SELECT ${TRIP_COLS} WHERE t.deleted_at IS NULL`),
    allNames: db.prepare(namesSql(() => '')).raw(),
    allCounts: db.prepare(countsSql(() => '')).raw(),
    trip: db.prepare(`SELECT ${TRIP_COLS} WHERE t.id = @id`),
    names: db.prepare(namesSql(oneTrip)).raw(),
    counts: db.prepare(countsSql(oneTrip)).raw(),
    /** The trip a content row belongs to, per table. */
    tripOf: Object.fromEntries(TRIP_CONTENT_TABLES.map((t) => [t, db.prepare(`SELECT trip_id FROM ${t} WHERE id = ?`).pluck()])),
    tripsOfPerson: db
      .prepare(`SELECT trip_id FROM trip_members WHERE person_id = @id UNION SELECT trip_id FROM trip_host_people WHERE person_id = @id`)
      .pluck(),
    tripsOfInstitution: db
      .prepare(`SELECT id FROM trips WHERE origin_institution_id = @id UNION SELECT trip_id FROM trip_hosts WHERE institution_id = @id`)
      .pluck(),
  };
}
const stmts = preparedPer(prepare);

const regionText = new Map<string, string>();
/** "kota malang jawa timur": what a host region code is found by. */
function regionWords(code: string): string {
  let text = regionText.get(code);
  if (text === undefined) {
    const r = regionByCode(code);
    text = r ? foldText(r.level === 'provinsi' ? r.name : `${r.name} ${r.provinceName}`) : code;
    regionText.set(code, text);
  }
  return text;
}

function parseCodes(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function toEntry(r: TripRow, names: string[], contents: number): Entry {
  const hostRegionCodes = parseCodes(r.host_region_codes);
  const parts = [r.title, r.origin_name ?? '', ...names];
  const text = `${foldText(parts.join('\n'))}\n${hostRegionCodes.map(regionWords).join('\n')}`;
  return {
    item: { id: r.id, title: r.title, startDate: r.start_date, endDate: r.end_date, status: r.status, hostRegionCodes, contents },
    year: Number(r.start_date.slice(0, 4)) || 0,
    text,
    titleKey: r.title.toLowerCase(),
  };
}

function buildIndex(store: Store, seq: number): TripIndex {
  const s = stmts(store.db);
  const names = new Map<string, string[]>();
  for (const [tripId, text] of s.allNames.all() as Array<[string, string]>) {
    const list = names.get(tripId);
    if (list) list.push(text);
    else names.set(tripId, [text]);
  }
  const counts = new Map<string, number>();
  for (const [tripId, n] of s.allCounts.all() as Array<[string, number]>) counts.set(tripId, (counts.get(tripId) ?? 0) + n);
  const entries = new Map<string, Entry>();
  for (const r of s.allTrips.all() as TripRow[]) entries.set(r.id, toEntry(r, names.get(r.id) ?? [], counts.get(r.id) ?? 0));
  return { seq, entries, sorted: null, facets: null };
}

/** One trip read again; undefined when it is deleted or gone. */
function readEntry(store: Store, id: string): Entry | undefined {
  const s = stmts(store.db);
  const row = s.trip.get({ id }) as TripRow | undefined;
  if (!row || row.deleted_at !== null) return undefined;
  const names = (s.names.all({ id }) as Array<[string, string]>).map(([, text]) => text);
  const contents = (s.counts.all({ id }) as Array<[string, number]>).reduce((sum, [, n]) => sum + n, 0);
  return toEntry(row, names, contents);
}

/** Beyond this many touched trips, reading everything again is quicker than one by one. */
const REBUILD_AT = 300;

const indexes = new WeakMap<Store['db'], TripIndex>();

/** The trips touched by the change-log rows since `seq`; null when reading everything again is the better answer. */
function touchedTrips(store: Store, seq: number): Set<string> | null {
  const s = stmts(store.db);
  const rows = s.changes.all(seq) as Array<[string, string]>;
  if (rows.length > 2000) return null;
  const touched = new Set<string>();
  for (const [table, rowId] of rows) {
    if (table === 'trips') touched.add(rowId);
    else if (table === 'people') for (const id of s.tripsOfPerson.all({ id: rowId }) as string[]) touched.add(id);
    else if (table === 'institutions') for (const id of s.tripsOfInstitution.all({ id: rowId }) as string[]) touched.add(id);
    else {
      const tripId = s.tripOf[table]?.get(rowId) as string | undefined;
      // A row that is gone leaves no trace of its trip.
      if (tripId === undefined) return null;
      touched.add(tripId);
    }
    if (touched.size > REBUILD_AT) return null;
  }
  return touched;
}

/** The index, brought up to date with the change log. Inside a transaction (which could still roll back) a private one. */
function currentIndex(store: Store): TripIndex {
  const seq = stmts(store.db).maxSeq.get() as number;
  if (store.db.inTransaction) return buildIndex(store, seq);
  let idx = indexes.get(store.db);
  if (idx && seq === idx.seq) return idx;
  const touched = idx && seq > idx.seq ? touchedTrips(store, idx.seq) : null;
  if (!idx || !touched) {
    idx = buildIndex(store, seq);
    indexes.set(store.db, idx);
    return idx;
  }
  for (const id of touched) {
    const e = readEntry(store, id);
    if (e) idx.entries.set(id, e);
    else idx.entries.delete(id);
  }
  if (touched.size > 0) {
    idx.sorted = null;
    idx.facets = null;
  }
  idx.seq = seq;
  return idx;
}

/** Newest first, then by title, as `trips.list` orders them. */
const newestFirst = (a: Entry, b: Entry) =>
  a.item.startDate < b.item.startDate
    ? 1
    : a.item.startDate > b.item.startDate
      ? -1
      : a.titleKey < b.titleKey
        ? -1
        : a.titleKey > b.titleKey
          ? 1
          : a.item.id < b.item.id
            ? -1
            : 1;

function sortedEntries(idx: TripIndex): Entry[] {
  if (!idx.sorted) idx.sorted = [...idx.entries.values()].sort(newestFirst);
  return idx.sorted;
}

function facetsOf(idx: TripIndex): { years: number[]; regionCodes: string[] } {
  if (!idx.facets) {
    const years = new Set<number>();
    const codes = new Set<string>();
    for (const e of idx.entries.values()) {
      if (e.year) years.add(e.year);
      for (const c of e.item.hostRegionCodes) codes.add(c);
    }
    idx.facets = { years: [...years].sort((a, b) => b - a), regionCodes: [...codes].sort() };
  }
  return idx.facets;
}

/** The words of a query, folded; each must be found. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/**
 * The trips list: live trips matching every word of `query` (title, host
 * regions, origin and host institutions, members and host people) and the
 * year, status and host region filters, newest first, as slim rows; with
 * the filters' choices over all live trips.
 */
export function searchTrips(store: Store, q: TripSearch): TripSearchResult {
  const idx = currentIndex(store);
  const words = queryWords(q.query);
  const region = q.region;
  const provincePrefix = region !== undefined && !region.includes('.') ? `${region}.` : null;
  const inRegion = (codes: string[]) => codes.some((c) => c === region || (provincePrefix !== null && c.startsWith(provincePrefix)));
  const items: TripListItem[] = [];
  for (const e of sortedEntries(idx)) {
    if (q.year !== undefined && e.year !== q.year) continue;
    if (q.status !== undefined && e.item.status !== q.status) continue;
    if (region !== undefined && !inRegion(e.item.hostRegionCodes)) continue;
    if (!words.every((w) => e.text.includes(w))) continue;
    items.push(e.item);
  }
  const { years, regionCodes } = facetsOf(idx);
  return { items, total: idx.entries.size, years: [...years], regionCodes: [...regionCodes] };
}
