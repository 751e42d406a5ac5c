import type { Statement } from 'better-sqlite3';
import type { PeoplePage, PersonSearch } from '../../../shared/directory/person';
import { nipDigits } from '../../../shared/directory/nip';
import { RANKS } from '../../../shared/directory/ranks';
import { preparedPer, type Store } from '../../db/store';
import { COLS, toPersonRow, type PersonDbRow } from './rows';

/*
 * The directory's search in SQL: what the search index (./search-index.ts)
 * answers from memory, as LIKE queries over people and their institutions.
 * Inside a transaction the index stands down and this answers.
 */

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

/** Search statements, built per shape (number of words, sort, filters) on first use. */
const searchCache = preparedPer(() => new Map<string, { page: Statement; count: Statement }>());

function searchStatements(store: Store, shape: { words: number; digits: boolean; sort: PersonSearch['sort']; unit: boolean }) {
  const cache = searchCache(store.db);
  const key = `${shape.words}|${shape.digits}|${shape.sort}|${shape.unit}`;
  let found = cache.get(key);
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
  cache.set(key, found);
  return found;
}

/**
 * The statements and parameters the SQL search runs for `q`: `count` binds
 * `params`, `page` also `limit` and `offset` (exported so the schema test
 * reads their plans).
 */
export function searchPeopleQuery(store: Store, q: PersonSearch): { page: Statement; count: Statement; params: Record<string, string | number | null> } {
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
  return { ...st, params };
}

/** The SQL form of the search: used inside transactions (where the index stands down) and to check it. */
export function searchPeopleSql(store: Store, q: PersonSearch): PeoplePage {
  const { page, count, params } = searchPeopleQuery(store, q);
  const total = count.get(params) as number;
  const items =
    q.offset >= total
      ? []
      : (page.all({ ...params, limit: q.limit, offset: q.offset }) as PersonDbRow[]).map(toPersonRow);
  return { total, items };
}
