import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonKind, PersonRow } from '../../../shared/directory/person';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';

export const PAGE_SIZE = 200;

export interface PeopleFilter {
  kind: PersonKind;
  query: string;
  unit?: string;
  institutionId?: string;
  sort: 'name' | 'rank' | 'updated';
}

interface Pages {
  /** Bumped for each new filter or reload; answers for an older one are dropped. */
  gen: number;
  key: string;
  total: number | null;
  pages: Map<number, PersonRow[]>;
  error: ApiError | null;
}

/**
 * The directory as pages of PAGE_SIZE, fetched as the visible range needs
 * them (`ensure`). A new filter or a change elsewhere (`version`) reloads the
 * pages in view; the old rows stay on screen until the first answer arrives,
 * so the list never flashes empty.
 */
export function usePeoplePages(filter: PeopleFilter, version: string) {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<Pages>({ gen: 0, key: '', total: null, pages: new Map(), error: null });
  const gen = useRef(0);
  const inflight = useRef(new Set<string>());
  const range = useRef<[number, number]>([0, 0]);
  const lastKey = useRef('');
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const fetchPage = useCallback((g: number, k: string, page: number) => {
    const id = `${g}:${page}`;
    if (inflight.current.has(id)) return;
    inflight.current.add(id);
    const f = JSON.parse(k) as PeopleFilter;
    void api()
      .call('people.search', {
        query: f.query,
        kind: f.kind,
        sort: f.sort,
        ...(f.unit ? { unit: f.unit } : {}),
        ...(f.institutionId ? { institutionId: f.institutionId } : {}),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
      .then((r) => {
        inflight.current.delete(id);
        if (g !== gen.current) return;
        setState((prev) => {
          if (!r.ok) return { ...prev, gen: g, key: k, error: r.error };
          // The first answer of a generation replaces what was shown.
          const pages = prev.gen === g ? new Map(prev.pages) : new Map<number, PersonRow[]>();
          pages.set(page, r.value.items);
          return { gen: g, key: k, total: r.value.total, pages, error: null };
        });
      });
  }, []);

  useEffect(() => {
    gen.current += 1;
    const g = gen.current;
    if (lastKey.current !== key) range.current = [0, 0];
    lastKey.current = key;
    const [start, end] = range.current;
    for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) fetchPage(g, key, p);
  }, [key, version, fetchPage]);

  /** Makes sure rows start…end (inclusive) are loaded or on their way. */
  const ensure = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      const s = stateRef.current;
      const g = gen.current;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) {
        if (s.gen === g && s.pages.has(p)) continue;
        // Until the generation's first answer, only what it asked for is fetched.
        if (s.gen !== g && s.total === null) continue;
        fetchPage(g, lastKey.current, p);
      }
    },
    [fetchPage],
  );

  const rowAt = useCallback(
    (i: number): PersonRow | undefined => state.pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE],
    [state.pages],
  );

  return {
    total: state.total,
    error: state.error,
    /** The answer on screen is for the current filter. */
    current: state.key === key,
    /** The filter of the answer on screen (the current one may still be on its way). */
    shownFilter: state.key ? (JSON.parse(state.key) as PeopleFilter) : null,
    rowAt,
    ensure,
    loadedRows: state.pages,
  };
}
