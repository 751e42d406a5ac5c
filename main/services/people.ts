import Database, { type Statement } from 'better-sqlite3';
import type { Employment, Erased, PeoplePage, PersonCreate, PersonPatch, PersonRow, PersonSearch } from '../../shared/domain/person';
import { fullName, PERSON_KINDS } from '../../shared/domain/person';
import { nipDigits, parseNip } from '../../shared/nip';
import { RANKS } from '../../shared/ranks';
import { AppError } from '../../shared/result';
import { preparedPer, type Store } from '../db/store';
import { stripUndefined } from './trips';
import { kindForRole, type MemberRole } from '../../shared/domain/delegation';

/*
 * The people directory. Deleting a person marks the row and, in the same
 * transaction and with the same timestamp, their live trip_members and
 * trip_host_people rows (children are marked, never cascaded or removed);
 * restoring brings back the person and exactly the children carrying that
 * timestamp, so undo leaves the trips as they were and a child removed on its
 * own earlier stays removed.
 */

/** A people row as SQL returns it (joined with its institution's name). */
export interface PersonDbRow {
  id: string;
  kind: PersonRow['kind'];
  title_prefix: string;
  name: string;
  title_suffix: string;
  employment: Employment;
  nip: string;
  golongan: string;
  jabatan: string;
  unit: string;
  eselon: string;
  travel_level: string;
  phone: string;
  email: string;
  institution_id: string | null;
  media_type: string;
  press_card: string;
  notes: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  institution_name: string;
}

/** The person's own fields of a row, as a create input carries them. */
export const personFieldsOf = (r: Pick<PersonDbRow, Exclude<keyof PersonDbRow, 'id' | 'created_at' | 'updated_at' | 'deleted_at' | 'institution_name'>>): PersonCreate => ({
  kind: r.kind,
  titlePrefix: r.title_prefix,
  name: r.name,
  titleSuffix: r.title_suffix,
  employment: r.employment,
  nip: r.nip,
  golongan: r.golongan,
  jabatan: r.jabatan,
  unit: r.unit,
  eselon: r.eselon as PersonCreate['eselon'],
  travelLevel: r.travel_level as PersonCreate['travelLevel'],
  phone: r.phone,
  email: r.email,
  institutionId: r.institution_id,
  mediaType: r.media_type as PersonCreate['mediaType'],
  pressCard: r.press_card,
  notes: r.notes,
});

export const toPersonRow = (r: PersonDbRow): PersonRow => ({
  id: r.id,
  ...personFieldsOf(r),
  institutionName: r.institution_name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLS = `p.id, p.kind, p.title_prefix, p.name, p.title_suffix, p.employment, p.nip, p.golongan, p.jabatan, p.unit,
  p.eselon, p.travel_level, p.phone, p.email, p.institution_id, p.media_type, p.press_card, p.notes, p.created_at,
  p.updated_at, p.deleted_at, coalesce(i.name, '') AS institution_name`;

/** Golongan → 0…16 as SQL, from the one official list (higher outranks lower; unknown -1). */
const RANK_SQL = `CASE p.golongan ${RANKS.map(([g], i) => `WHEN '${g}' THEN ${i}`).join(' ')} ELSE -1 END`;

const ORDER: Record<PersonSearch['sort'], string> = {
  name: `p.name COLLATE NOCASE, p.id`,
  rank: `${RANK_SQL} DESC, p.name COLLATE NOCASE, p.id`,
  updated: `p.updated_at DESC, p.id DESC`,
};

/** What the text query looks at, in one string per row (LIKE is case-insensitive for ASCII). */
const HAYSTACK = `(p.name || ' ' || p.title_prefix || ' ' || p.title_suffix || ' ' || p.nip || ' ' || p.jabatan || ' ' ||
  p.unit || ' ' || coalesce(i.name, ''))`;

const MAX_WORDS = 8;

function prepare(db: Store['db']) {
  return {
    insert: db.prepare(
      `INSERT INTO people (id, kind, title_prefix, name, title_suffix, employment, nip, golongan, jabatan, unit, eselon,
         travel_level, phone, email, institution_id, media_type, press_card, notes, created_at, updated_at)
       VALUES (@id, @kind, @titlePrefix, @name, @titleSuffix, @employment, @nip, @golongan, @jabatan, @unit, @eselon,
         @travelLevel, @phone, @email, @institutionId, @mediaType, @pressCard, @notes, @createdAt, @updatedAt)`,
    ),
    get: db.prepare(`SELECT ${COLS} FROM people p LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.id = ?`),
    update: db.prepare(
      `UPDATE people SET kind = @kind, title_prefix = @titlePrefix, name = @name, title_suffix = @titleSuffix,
         employment = @employment, nip = @nip, golongan = @golongan, jabatan = @jabatan, unit = @unit, eselon = @eselon,
         travel_level = @travelLevel, phone = @phone, email = @email, institution_id = @institutionId,
         media_type = @mediaType, press_card = @pressCard, notes = @notes, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    nipOwner: db.prepare(
      `SELECT id, title_prefix AS titlePrefix, name, title_suffix AS titleSuffix FROM people
       WHERE nip = ? AND nip <> '' AND deleted_at IS NULL AND id <> ? LIMIT 1`,
    ),
    institutionLive: db.prepare(`SELECT 1 FROM institutions WHERE id = ? AND deleted_at IS NULL`),
    softDelete: db.prepare(`UPDATE people SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL`),
    markMembers: db.prepare(
      `UPDATE trip_members SET deleted_at = @now, updated_at = @now WHERE person_id = @id AND deleted_at IS NULL`,
    ),
    markHostPeople: db.prepare(
      `UPDATE trip_host_people SET deleted_at = @now, updated_at = @now WHERE person_id = @id AND deleted_at IS NULL`,
    ),
    restore: db.prepare(`UPDATE people SET deleted_at = NULL, updated_at = @now WHERE id = @id`),
    restoreMembers: db.prepare(
      `UPDATE trip_members SET deleted_at = NULL, updated_at = @now WHERE person_id = @id AND deleted_at = @at`,
    ),
    restoreHostPeople: db.prepare(
      `UPDATE trip_host_people SET deleted_at = NULL, updated_at = @now WHERE person_id = @id AND deleted_at = @at`,
    ),
    /** Search statements, built per shape (number of words, sort, filters) on first use. */
    search: new Map<string, { page: Statement; count: Statement }>(),
  };
}
const stmts = preparedPer(prepare);

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Person ${id} does not exist or was deleted`, {
    field: 'id',
    key: 'errors.personNotFound',
  });
}

/** "%word%" with LIKE's wildcards taken literally. */
const likeArg = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Reads the query: words that must all appear somewhere (name, titles, NIP,
 * jabatan, unit, institution), and, when the query is mostly digits
 * ("19860926 201505", "19860926-2015"), those digits as a piece of a NIP.
 */
export function parseQuery(query: string): { words: string[]; digits: string | null } {
  const q = query.trim();
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const compact = q.replace(/\s+/g, '');
  const digitCount = compact.replace(/\D/g, '').length;
  const digits = digitCount >= 4 && digitCount / compact.length >= 0.8 ? nipDigits(q) : null;
  return { words, digits };
}

function searchStatements(store: Store, shape: { words: number; digits: boolean; sort: PersonSearch['sort']; unit: boolean }) {
  const s = stmts(store.db);
  const key = `${shape.words}|${shape.digits}|${shape.sort}|${shape.unit}`;
  let found = s.search.get(key);
  if (found) return found;
  const where = [`p.deleted_at IS NULL`, `(@kind IS NULL OR p.kind = @kind)`, `(@institutionId IS NULL OR p.institution_id = @institutionId)`];
  if (shape.unit) where.push(`p.unit LIKE @unit ESCAPE '\\'`);
  const wordConds = Array.from({ length: shape.words }, (_, i) => `${HAYSTACK} LIKE @w${i} ESCAPE '\\'`);
  if (wordConds.length > 0) {
    const all = wordConds.join(' AND ');
    where.push(shape.digits ? `(p.nip LIKE @digits OR (${all}))` : `(${all})`);
  }
  const from = `FROM people p LEFT JOIN institutions i ON i.id = p.institution_id WHERE ${where.join(' AND ')}`;
  // Without words the count needs no join (institution names are not looked at).
  const countFrom = shape.words > 0 ? from : `FROM people p WHERE ${where.join(' AND ')}`;
  found = {
    page: store.db.prepare(`SELECT ${COLS} ${from} ORDER BY ${ORDER[shape.sort]} LIMIT @limit OFFSET @offset`),
    count: store.db.prepare(`SELECT count(*) AS n ${countFrom}`).pluck(),
  };
  s.search.set(key, found);
  return found;
}

/** The SQL form of the search: used inside transactions (where the index below stands down) and to check it. */
export function searchPeopleSql(store: Store, q: PersonSearch): PeoplePage {
  const { words, digits } = parseQuery(q.query);
  const unit = q.unit?.trim() ?? '';
  const st = searchStatements(store, { words: words.length, digits: digits !== null, sort: q.sort, unit: unit !== '' });
  const params: Record<string, string | number | null> = {
    kind: q.kind ?? null,
    institutionId: q.institutionId ?? null,
  };
  if (unit) params.unit = likeArg(unit);
  words.forEach((w, i) => (params[`w${i}`] = likeArg(w)));
  if (digits !== null) params.digits = likeArg(digits);
  const total = st.count.get(params) as number;
  const items =
    q.offset >= total
      ? []
      : (st.page.all({ ...params, limit: q.limit, offset: q.offset }) as PersonDbRow[]).map(toPersonRow);
  return { total, items };
}

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
interface Entry {
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

interface SearchIndex {
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
function indexStmts(db: Store['db']) {
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
function currentIndex(store: Store): SearchIndex | null {
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

function sortedEntries(idx: SearchIndex, sort: PersonSearch['sort']): Entry[] {
  let list = idx.sorted[sort];
  if (!list) {
    list = [...idx.entries.values()].sort(COMPARE[sort]);
    idx.sorted[sort] = list;
  }
  return list;
}

function hayFor(idx: SearchIndex, sort: PersonSearch['sort'], list: Entry[]): { text: string; starts: Int32Array } {
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

/** Indexes (ascending, each once) of the entries whose text holds `needle`. */
function scan(hay: { text: string; starts: Int32Array }, needle: string): number[] {
  const out: number[] = [];
  const { text, starts } = hay;
  let pos = text.indexOf(needle);
  while (pos !== -1) {
    // The entry the hit falls in: the last start at or before it.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    out.push(lo);
    if (lo + 1 >= starts.length) break;
    pos = text.indexOf(needle, starts[lo + 1]);
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x <= y) {
      out.push(x);
      i += 1;
      if (x === y) j += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out;
}

function matchesAll(e: Entry, words: string[], institutions: Map<string, string>): boolean {
  for (const w of words) {
    if (e.text.includes(w)) continue;
    if (e.institutionId !== null && (institutions.get(e.institutionId) ?? '').includes(w)) continue;
    return false;
  }
  return true;
}

/**
 * One page of the directory plus the number of matches. The query matches
 * name, titles, NIP, jabatan, unit and institution name (every word, any
 * case); a query that is mostly digits ("19860926 201505") also matches as a
 * piece of a NIP. Sorts: name; rank (golongan highest first, then name);
 * last updated.
 */
export function searchPeople(store: Store, q: PersonSearch): PeoplePage {
  const idx = currentIndex(store);
  if (!idx) return searchPeopleSql(store, q);
  const { words: rawWords, digits } = parseQuery(q.query);
  const words = rawWords.map(fold);
  const unit = fold(q.unit?.trim() ?? '');
  const kind = q.kind;
  const inst = q.institutionId;
  const key = JSON.stringify([words, digits, unit, kind ?? null, inst ?? null, q.sort]);
  let ids = idx.last?.key === key ? idx.last.ids : null;
  if (!ids) {
    ids = [];
    const list = sortedEntries(idx, q.sort);
    const passes = (e: Entry) =>
      (kind === undefined || e.kind === kind) &&
      (inst === undefined || e.institutionId === inst) &&
      (unit === '' || e.unit.includes(unit));
    if (words.length === 0) {
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as Entry;
        if (passes(e)) ids.push(e.id);
      }
    } else {
      // Entries holding the longest word (and, for a mostly-digit query, the digits), in list order.
      const hay = hayFor(idx, q.sort, list);
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      let hits = scan(hay, longest);
      if (digits !== null && digits.length > 0) hits = mergeSorted(hits, scan(hay, digits));
      for (const i of hits) {
        const e = list[i] as Entry;
        if (!passes(e)) continue;
        if ((digits !== null && e.nip.includes(digits)) || matchesAll(e, words, idx.institutions)) ids.push(e.id);
      }
    }
    idx.last = { key, ids };
  }
  const total = ids.length;
  const window = ids.slice(q.offset, q.offset + q.limit);
  if (window.length === 0) return { total, items: [] };
  const rows = new Map(
    (indexStmts(store.db).page.all(JSON.stringify(window)) as PersonDbRow[]).map((r) => [r.id, toPersonRow(r)]),
  );
  return { total, items: window.map((id) => rows.get(id)).filter((r): r is PersonRow => r !== undefined) };
}

function liveRow(store: Store, id: string): PersonDbRow {
  const row = stmts(store.db).get.get(id) as PersonDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound(id);
  return row;
}

export function getPerson(store: Store, id: string): PersonRow {
  return toPersonRow(liveRow(store, id));
}

/** NIP rules by employment (the schema checks a create; a patch is checked here against the merged person). */
function checkNip(p: { employment: Employment; nip: string }, field: string): void {
  if (p.nip === '') return;
  if (p.employment === 'elected' || p.employment === 'non_asn') {
    throw new AppError('VALIDATION', 'Elected officials and non-ASN carry no NIP', { field, key: 'validation.nip.notExpected' });
  }
  const r = parseNip(p.nip, p.employment === 'pppk' ? 'pppk' : 'pns');
  if (!r.ok) throw new AppError('VALIDATION', `Invalid NIP: ${r.problem}`, { field, key: `validation.nip.${r.problem}` });
}

function checkNipFree(store: Store, nip: string, selfId: string, field: string): void {
  if (nip === '') return;
  const other = stmts(store.db).nipOwner.get(nip, selfId) as
    | { id: string; titlePrefix: string; name: string; titleSuffix: string }
    | undefined;
  if (other) {
    throw new AppError('VALIDATION', `NIP ${nip} already belongs to ${other.name}`, {
      field,
      key: 'people.errors.nipTaken',
      params: { name: fullName(other) },
    });
  }
}

function checkInstitution(store: Store, id: string | null, field: string): void {
  if (id !== null && !stmts(store.db).institutionLive.get(id)) {
    throw new AppError('VALIDATION', `Institution ${id} does not exist`, { field, key: 'errors.institutionNotFound' });
  }
}

/**
 * Inserts a person; call inside `store.write` (members.addNew and the import
 * use it inside their own transactions). Checks the NIP, its uniqueness among
 * live people and the institution.
 */
export function insertPerson(store: Store, input: PersonCreate): PersonRow {
  const nip = nipDigits(input.nip);
  checkNip({ employment: input.employment, nip }, 'nip');
  checkNipFree(store, nip, '', 'nip');
  checkInstitution(store, input.institutionId, 'institutionId');
  const now = store.now();
  const person = {
    kind: input.kind,
    titlePrefix: input.titlePrefix,
    name: input.name,
    titleSuffix: input.titleSuffix,
    employment: input.employment,
    nip,
    golongan: input.golongan,
    jabatan: input.jabatan,
    unit: input.unit,
    eselon: input.eselon,
    travelLevel: input.travelLevel,
    phone: input.phone,
    email: input.email,
    institutionId: input.institutionId,
    mediaType: input.mediaType,
    pressCard: input.pressCard,
    notes: input.notes,
    id: store.newId(),
    createdAt: now,
    updatedAt: now,
  };
  const s = stmts(store.db);
  s.insert.run(person);
  return toPersonRow(s.get.get(person.id) as PersonDbRow);
}

export function createPerson(store: Store, input: PersonCreate): PersonRow {
  return store.write(() => insertPerson(store, input));
}

export function updatePerson(store: Store, { id, patch }: { id: string; patch: PersonPatch }): PersonRow {
  return store.write(() => {
    const s = stmts(store.db);
    const cur = toPersonRow(liveRow(store, id));
    const changes = stripUndefined(patch) as Partial<PersonRow>;
    if (changes.nip !== undefined) changes.nip = nipDigits(changes.nip);
    const next: PersonRow = { ...cur, ...changes, updatedAt: store.now() };
    if (patch.nip !== undefined || patch.employment !== undefined) {
      checkNip(next, 'patch.nip');
      if (next.nip !== cur.nip) checkNipFree(store, next.nip, id, 'patch.nip');
    }
    if (patch.institutionId !== undefined && next.institutionId !== cur.institutionId) {
      checkInstitution(store, next.institutionId, 'patch.institutionId');
    }
    if (next.kind !== cur.kind) checkKindFitsTrips(store, id, next.kind);
    s.update.run(next);
    return toPersonRow(s.get.get(id) as PersonDbRow);
  });
}

/**
 * A person's kind may change only while no live trip holds them in a role of
 * the old kind (a ketua cannot silently become a journalist, nor a host official).
 */
function checkKindFitsTrips(store: Store, id: string, kind: PersonRow['kind']): void {
  const memberships = store.db
    .prepare(`SELECT m.role FROM trip_members m JOIN trips t ON t.id = m.trip_id WHERE m.person_id = ? AND m.deleted_at IS NULL AND t.deleted_at IS NULL`)
    .pluck()
    .all(id) as MemberRole[];
  const hosting = store.db
    .prepare(`SELECT count(*) FROM trip_host_people h JOIN trips t ON t.id = h.trip_id WHERE h.person_id = ? AND h.deleted_at IS NULL AND t.deleted_at IS NULL`)
    .pluck()
    .get(id) as number;
  const misfit = memberships.some((role) => kindForRole(role) !== kind) || (hosting > 0 && kind !== 'host_official');
  if (misfit) {
    throw new AppError('VALIDATION', `The person is in a trip in a role that needs their current kind; remove them from it first`, {
      field: 'patch.kind',
      key: 'people.errors.kindInUse',
    });
  }
}

/** Marks the person and their live trip memberships and host roles deleted, all with one timestamp. */
export function deletePerson(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveRow(store, id);
    const s = stmts(store.db);
    const now = store.now();
    s.softDelete.run({ id, now });
    s.markMembers.run({ id, now });
    s.markHostPeople.run({ id, now });
    return { id };
  });
}

/** Undoes deletePerson: the person and exactly the children marked with the person's deletion time. */
export function restorePerson(store: Store, id: string): PersonRow {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.get.get(id) as PersonDbRow | undefined;
    if (!row) throw notFound(id);
    if (isErased(store, id)) {
      throw new AppError('CONFLICT', `Person ${id} was erased permanently and cannot be restored`, { field: 'id', key: 'people.errors.erased' });
    }
    if (row.deleted_at === null) return toPersonRow(row);
    // Someone else may have been given this NIP meanwhile: two live holders are never allowed.
    if (row.nip !== '') {
      const other = s.nipOwner.get(row.nip, id) as { titlePrefix: string; name: string; titleSuffix: string } | undefined;
      if (other) {
        throw new AppError('CONFLICT', `NIP ${row.nip} now belongs to ${other.name}`, {
          field: 'nip',
          key: 'people.errors.nipTaken',
          params: { name: fullName(other) },
        });
      }
    }
    const now = store.now();
    const at = row.deleted_at;
    s.restore.run({ id, now });
    s.restoreMembers.run({ id, now, at });
    s.restoreHostPeople.run({ id, now, at });
    return toPersonRow({ ...row, deleted_at: null, updated_at: now });
  });
}

/*
 * "Hapus permanen" (UU 27/2022). Deleting marks a row so undo can bring it
 * back; erasing wipes what the database holds about the person, for good:
 *
 * - the people row's own fields (name → ERASED_NAME, every other personal
 *   column emptied, the institution link cut), marked deleted and erased
 *   (erased_at): it never shows again and `people.restore` refuses it;
 * - the change log's old values of that row;
 * - copies other rows took, unless a trip keeps them as its history. A trip
 *   keeps what its documents printed when it has a live number in the
 *   register or has taken place (berlangsung, selesai, dilaporkan: its SPT
 *   was used, even if numbered outside the app). There a live membership or
 *   host role stays as it is (the documents still print it from its
 *   snapshot, and migration 11 keeps that snapshot from being replaced by
 *   the wiped directory row); the log's older snapshots go. Anywhere else the
 *   membership, host role and quotes are marked deleted and emptied;
 * - a removed signer row that was this person (same link or NIP) loses its
 *   name, NIP and pangkat; a live signer makes the erasure refuse, since it
 *   would silently change who signs the next documents.
 *
 * Then the file is rewritten (VACUUM) and the WAL truncated, so no freed page
 * or old WAL frame keeps the bytes; `secure_delete` is on during the erasure
 * so its own freed space is zeroed even if that rewrite fails. Older backups
 * still hold the data until retention thins them out; the dialog says so.
 * The search index follows through the change log, like any other write.
 */

/** What an erased row is called in the few places that may still show it (a trip without a snapshot). */
export const ERASED_NAME = '(dihapus)';

/** SQL: the trip `t` keeps what its documents printed. */
const TRIP_KEEPS = `(t.status IN ('berlangsung', 'selesai', 'dilaporkan')
  OR EXISTS (SELECT 1 FROM doc_numbers n WHERE n.trip_id = t.id AND n.deleted_at IS NULL))`;
/** SQL: the membership / host role / quote row `x` is a copy its trip keeps. */
const KEPT = `(x.deleted_at IS NULL AND EXISTS (SELECT 1 FROM trips t WHERE t.id = x.trip_id AND ${TRIP_KEEPS}))`;

function prepareErase(db: Store['db']) {
  return {
    row: db.prepare(`SELECT id, nip, deleted_at AS deletedAt, erased_at AS erasedAt FROM people WHERE id = ?`),
    liveSigner: db.prepare(
      `SELECT jabatan, name FROM doc_signers WHERE deleted_at IS NULL AND (person_id = @id OR (@nip <> '' AND nip = @nip)) LIMIT 1`,
    ),
    /** The log of the person's memberships: kept ones lose only the copies, the others every old value. */
    forgetMemberLogs: db.prepare(
      `UPDATE change_log SET previous_values = CASE
         WHEN row_id IN (SELECT x.id FROM trip_members x WHERE x.person_id = @id AND ${KEPT})
         THEN json_remove(previous_values, '$.snapshot', '$.snapshot_prev', '$.needs') END
       WHERE table_name = 'trip_members' AND previous_values IS NOT NULL
         AND row_id IN (SELECT id FROM trip_members WHERE person_id = @id)`,
    ),
    forgetHostLogs: db.prepare(
      `UPDATE change_log SET previous_values = CASE
         WHEN row_id IN (SELECT x.id FROM trip_host_people x WHERE x.person_id = @id AND ${KEPT})
         THEN json_remove(previous_values, '$.snapshot', '$.snapshot_prev') END
       WHERE table_name = 'trip_host_people' AND previous_values IS NOT NULL
         AND row_id IN (SELECT id FROM trip_host_people WHERE person_id = @id)`,
    ),
    forgetQuoteLogs: db.prepare(
      `UPDATE change_log SET previous_values = CASE
         WHEN row_id IN (SELECT x.id FROM trip_quotes x WHERE x.speaker_person_id = @id AND ${KEPT})
         THEN json_remove(previous_values, '$.speaker_name', '$.speaker_jabatan', '$.words') END
       WHERE table_name = 'trip_quotes' AND previous_values IS NOT NULL
         AND row_id IN (SELECT id FROM trip_quotes WHERE speaker_person_id = @id)`,
    ),
    removedSigners: db
      .prepare(`SELECT id FROM doc_signers WHERE deleted_at IS NOT NULL AND (person_id = @id OR (@nip <> '' AND nip = @nip))`)
      .pluck(),
    forgetSignerLogs: db.prepare(
      `UPDATE change_log SET previous_values = NULL
       WHERE table_name = 'doc_signers' AND previous_values IS NOT NULL AND row_id IN (SELECT value FROM json_each(@ids))`,
    ),
    forgetPersonLogs: db.prepare(
      `UPDATE change_log SET previous_values = NULL WHERE table_name = 'people' AND row_id = @id AND previous_values IS NOT NULL`,
    ),
    eraseMembers: db.prepare(
      `UPDATE trip_members AS x SET snapshot = '', snapshot_prev = '', transport_mode = '', carrier = '', transport_number = '',
         seat = '', hotel = '', room = '', roommate_person_id = NULL, needs = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.person_id = @id AND NOT ${KEPT}
         AND (x.deleted_at IS NULL OR x.snapshot <> '' OR x.snapshot_prev <> '' OR x.needs <> '' OR x.seat <> '' OR x.room <> ''
           OR x.hotel <> '' OR x.carrier <> '' OR x.transport_mode <> '' OR x.transport_number <> '' OR x.roommate_person_id IS NOT NULL)`,
    ),
    /** Who shared a room with them in a trip that keeps nothing of them. */
    unlinkRoommates: db.prepare(
      `UPDATE trip_members AS x SET roommate_person_id = NULL, updated_at = @now
       WHERE x.roommate_person_id = @id AND NOT EXISTS (SELECT 1 FROM trips t WHERE t.id = x.trip_id AND ${TRIP_KEEPS})`,
    ),
    eraseHostPeople: db.prepare(
      `UPDATE trip_host_people AS x SET snapshot = '', snapshot_prev = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.person_id = @id AND NOT ${KEPT} AND (x.deleted_at IS NULL OR x.snapshot <> '' OR x.snapshot_prev <> '')`,
    ),
    eraseQuotes: db.prepare(
      `UPDATE trip_quotes AS x SET speaker_name = '', speaker_jabatan = '', words = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.speaker_person_id = @id AND NOT ${KEPT}
         AND (x.deleted_at IS NULL OR x.speaker_name <> '' OR x.speaker_jabatan <> '' OR x.words <> '')`,
    ),
    eraseSigners: db.prepare(
      `UPDATE doc_signers SET name = '', nip = '', pangkat = '', person_id = NULL, updated_at = @now
       WHERE id IN (SELECT value FROM json_each(@ids))`,
    ),
    erase: db.prepare(
      `UPDATE people SET title_prefix = '', name = @name, title_suffix = '', nip = '', golongan = '', jabatan = '', unit = '',
         eselon = '', travel_level = '', phone = '', email = '', institution_id = NULL, media_type = '', press_card = '', notes = '',
         deleted_at = coalesce(deleted_at, @now), erased_at = coalesce(erased_at, @now), updated_at = @now
       WHERE id = @id`,
    ),
  };
}
const eraseStmts = preparedPer(prepareErase);

/** Whether the person row was erased (undefined: no such row). */
export function isErased(store: Store, id: string): boolean | undefined {
  const row = eraseStmts(store.db).row.get(id) as { erasedAt: number | null } | undefined;
  return row ? row.erasedAt !== null : undefined;
}

/**
 * Runs an erasure's transaction with `secure_delete` on (what it frees is
 * zeroed), then rewrites the file and truncates the WAL so nothing freed
 * earlier (an old version of an edited row, an old WAL frame) keeps the
 * bytes. The erasure stands when the rewrite fails (a full disk): the answer
 * says so.
 */
export function eraseAndCompact(store: Store, write: () => void): boolean {
  const db = store.db;
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    store.write(write);
  } finally {
    db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
  try {
    db.exec('VACUUM');
    // Busy (a reader still on an old snapshot): the WAL keeps its frames until a later checkpoint.
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return (checkpoint?.busy ?? 0) === 0;
  } catch (e) {
    if (e instanceof Database.SqliteError) return false;
    throw e;
  }
}

/** "Hapus permanen": see the note above. Erasing an erased person again only runs the wipes again. */
export function erasePerson(store: Store, id: string): Erased {
  const compacted = eraseAndCompact(store, () => {
    const s = eraseStmts(store.db);
    const row = s.row.get(id) as { id: string; nip: string; deletedAt: number | null; erasedAt: number | null } | undefined;
    if (!row) throw notFound(id);
    const signer = s.liveSigner.get({ id, nip: row.nip }) as { jabatan: string; name: string } | undefined;
    if (signer) {
      throw new AppError('CONFLICT', `The person signs documents as ${signer.jabatan}; remove them as a signer first`, {
        field: 'id',
        key: 'people.errors.eraseSigner',
        params: { jabatan: signer.jabatan || signer.name },
      });
    }
    const args = { id, nip: row.nip, now: store.now(), name: ERASED_NAME };
    const signers = { ids: JSON.stringify(s.removedSigners.all(args)), now: args.now };
    // The rows first: each update logs the old values, which the passes below then forget.
    s.eraseMembers.run(args);
    s.unlinkRoommates.run(args);
    s.eraseHostPeople.run(args);
    s.eraseQuotes.run(args);
    s.eraseSigners.run(signers);
    s.erase.run(args);
    s.forgetMemberLogs.run(args);
    s.forgetHostLogs.run(args);
    s.forgetQuoteLogs.run(args);
    s.forgetSignerLogs.run(signers);
    s.forgetPersonLogs.run(args);
  });
  return { id, compacted };
}
