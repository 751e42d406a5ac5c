import type { PersonRow, PersonSearch } from '../../../shared/directory/person';
import { PERSON_KINDS } from '../../../shared/directory/person';
import { RANKS } from '../../../shared/directory/ranks';
import type { Store } from '../../db/store';
import { COLS } from './rows';

/*
 * The search index. Matching words anywhere in six columns plus the
 * institution name defeats SQLite's indexes: on 20,000 people a LIKE scan plus
 * its count took 15–65 ms on the development machine. So main keeps, per
 * database, a compact copy of what the search looks at (folded text, kind,
 * unit, institution, rank, update time) in the three sort orders, each with
 * its texts joined into one string that a word is found in by indexOf, and
 * reads only the page's full rows from SQL: a new query takes 1–3 ms, the next
 * page of the same query (scrolling) under 1 ms. The index follows the
 * database through the change log, which triggers fill in the same
 * transaction as every write to people and institutions, whoever makes it
 * (this service, the import, a future sync): each search first reads
 * max(seq) and applies the rows written since, or rebuilds (about 150 ms for
 * 20,000 people) when they are many.
 */
export interface Entry {
  id: string;
  kind: PersonRow['kind'];
  institutionId: string | null;
  nip: string;
  unit: string;
  /** Folded name, titles, NIP, jabatan and unit. */
  text: string;
  nameKey: string;
  rank: number;
  updatedAt: number;
}

export interface SearchIndex {
  seq: number;
  entries: Map<string, Entry>;
  /** Folded names of every institution (deleted ones too: references stay). */
  institutions: Map<string, string>;
  sorted: Partial<Record<PersonSearch['sort'], Entry[]>>;
  /**
   * Per sort order, every entry's text and institution name in one string
   * ('\n' between entries) with where each entry starts: a word is found by
   * scanning one contiguous string instead of visiting 20,000 objects.
   */
  hay: Partial<Record<PersonSearch['sort'], { text: string; starts: Int32Array }>>;
  /** The ids matching the last filter, in order: scrolling asks for page after page of the same. */
  last: { key: string; ids: string[] } | null;
}

/** Lower case without diacritics, so "Kominfo" finds "KOMINFO" and "Sútrisno" finds "Sutrisno". */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const RANK_OF = new Map<string, number>(RANKS.map(([g], i) => [g, i]));
/** The kind strings of the schema, so comparing kinds compares pointers. */
const KIND_OF = new Map<string, PersonRow['kind']>(PERSON_KINDS.map((k) => [k, k]));

interface LightRow {
  id: string;
  kind: PersonRow['kind'];
  title_prefix: string;
  name: string;
  title_suffix: string;
  nip: string;
  golongan: string;
  jabatan: string;
  unit: string;
  institution_id: string | null;
  updated_at: number;
  deleted_at: number | null;
}
const LIGHT = `id, kind, title_prefix, name, title_suffix, nip, golongan, jabatan, unit, institution_id, updated_at, deleted_at`;

const toEntry = (r: LightRow): Entry => {
  const name = fold(r.name);
  return {
    id: r.id,
    kind: KIND_OF.get(r.kind) ?? r.kind,
    institutionId: r.institution_id,
    nip: r.nip,
    unit: fold(r.unit),
    text: `${name} ${fold(r.title_prefix)} ${fold(r.title_suffix)} ${r.nip} ${fold(r.jabatan)} ${fold(r.unit)}`,
    nameKey: name,
    rank: RANK_OF.get(r.golongan) ?? -1,
    updatedAt: r.updated_at,
  };
};

const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: Entry, b: Entry) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : byId(a, b));
const COMPARE: Record<PersonSearch['sort'], (a: Entry, b: Entry) => number> = {
  name: byName,
  rank: (a, b) => b.rank - a.rank || byName(a, b),
  updated: (a, b) => b.updatedAt - a.updatedAt || byId(b, a),
};

const indexes = new WeakMap<Store['db'], SearchIndex>();
const indexStatements = new WeakMap<Store['db'], ReturnType<typeof prepareIndex>>();
function prepareIndex(db: Store['db']) {
  return {
    maxSeq: db.prepare(`SELECT coalesce(max(seq), 0) FROM change_log`).pluck(),
    changes: db.prepare(
      `SELECT table_name AS tableName, row_id AS rowId FROM change_log
       WHERE seq > ? AND table_name IN ('people', 'institutions') LIMIT 2001`,
    ),
    allPeople: db.prepare(`SELECT ${LIGHT} FROM people WHERE deleted_at IS NULL`),
    onePerson: db.prepare(`SELECT ${LIGHT} FROM people WHERE id = ?`),
    allInstitutions: db.prepare(`SELECT id, name FROM institutions`),
    oneInstitution: db.prepare(`SELECT name FROM institutions WHERE id = ?`).pluck(),
    page: db.prepare(
      `SELECT ${COLS} FROM people p LEFT JOIN institutions i ON i.id = p.institution_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    ),
  };
}
/** The index's statements (following the change log, reading a page's rows), prepared once per database. */
export function indexStmts(db: Store['db']) {
  let s = indexStatements.get(db);
  if (!s) {
    s = prepareIndex(db);
    indexStatements.set(db, s);
  }
  return s;
}

function buildIndex(store: Store, seq: number): SearchIndex {
  const s = indexStmts(store.db);
  const entries = new Map<string, Entry>();
  for (const r of s.allPeople.all() as LightRow[]) entries.set(r.id, toEntry(r));
  const institutions = new Map<string, string>();
  for (const r of s.allInstitutions.all() as Array<{ id: string; name: string }>) institutions.set(r.id, fold(r.name));
  return { seq, entries, institutions, sorted: {}, hay: {}, last: null };
}

/** Where `e` goes in `list` (sorted by `cmp`). */
function insertionPoint(list: Entry[], e: Entry, cmp: (a: Entry, b: Entry) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(list[mid] as Entry, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index, brought up to date with the change log; null inside a transaction (it could still roll back). */
export function currentIndex(store: Store): SearchIndex | null {
  if (store.db.inTransaction) return null;
  const s = indexStmts(store.db);
  const seq = s.maxSeq.get() as number;
  let idx = indexes.get(store.db);
  if (!idx || seq < idx.seq) {
    idx = buildIndex(store, seq);
    indexes.set(store.db, idx);
    return idx;
  }
  if (seq === idx.seq) return idx;
  const changes = s.changes.all(idx.seq) as Array<{ tableName: string; rowId: string }>;
  if (changes.length > 2000) {
    idx = buildIndex(store, seq);
    indexes.set(store.db, idx);
    return idx;
  }
  const people = new Set<string>();
  for (const c of changes) {
    if (c.tableName === 'institutions') {
      const name = s.oneInstitution.get(c.rowId) as string | undefined;
      if (name === undefined) idx.institutions.delete(c.rowId);
      else idx.institutions.set(c.rowId, fold(name));
    } else {
      people.add(c.rowId);
    }
  }
  // A few changes are placed into the sorted lists; many make them sort again when next needed.
  if (people.size > 50) idx.sorted = {};
  for (const id of people) {
    const old = idx.entries.get(id);
    const row = s.onePerson.get(id) as LightRow | undefined;
    const next = row && row.deleted_at === null ? toEntry(row) : undefined;
    if (old) idx.entries.delete(id);
    if (next) idx.entries.set(id, next);
    for (const sort of PEOPLE_SORT_KEYS) {
      const list = idx.sorted[sort];
      if (!list) continue;
      if (old) {
        const at = list.indexOf(old);
        if (at >= 0) list.splice(at, 1);
      }
      if (next) list.splice(insertionPoint(list, next, COMPARE[sort]), 0, next);
    }
  }
  if (changes.length > 0) {
    idx.last = null;
    idx.hay = {};
  }
  idx.seq = seq;
  return idx;
}

const PEOPLE_SORT_KEYS: readonly PersonSearch['sort'][] = ['name', 'rank', 'updated'];

export function sortedEntries(idx: SearchIndex, sort: PersonSearch['sort']): Entry[] {
  let list = idx.sorted[sort];
  if (!list) {
    list = [...idx.entries.values()].sort(COMPARE[sort]);
    idx.sorted[sort] = list;
  }
  return list;
}

export function hayFor(idx: SearchIndex, sort: PersonSearch['sort'], list: Entry[]): { text: string; starts: Int32Array } {
  let hay = idx.hay[sort];
  if (!hay) {
    const starts = new Int32Array(list.length);
    const parts: string[] = new Array<string>(list.length);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as Entry;
      const part = e.institutionId === null ? e.text : `${e.text} ${idx.institutions.get(e.institutionId) ?? ''}`;
      starts[i] = at;
      parts[i] = part;
      at += part.length + 1;
    }
    hay = { text: parts.join('\n'), starts };
    idx.hay[sort] = hay;
  }
  return hay;
}
