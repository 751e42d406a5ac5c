import type { PeoplePage, PersonRow, PersonSearch } from '../../../shared/directory/person';
import type { Store } from '../../db/store';
import { toPersonRow, type PersonDbRow } from './rows';
import { currentIndex, fold, hayFor, indexStmts, sortedEntries, type Entry } from './search-index';
import { parseQuery, searchPeopleSql } from './search-sql';

/* The directory's search, answered from the search index (./search-index.ts). */

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
