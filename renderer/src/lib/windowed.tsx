/**
 * Windowed lists: only the rows in view (and a margin) are in the DOM.
 *
 * Two kinds. A list with its own scroll container (the trips list, the
 * directory) uses `useScrollerWindow`, `useRowFocus` and `navTarget`. A list
 * inside the page, which scrolls with it (the trip page's delegation, agenda
 * and learnings), uses `usePageWindow`: its scroller is the nearest scrolling
 * ancestor (the shell's page area), its rows start where the list sits in it
 * (`scrollMargin`), and its rows are measured (a member's logistics panel, a
 * learning's follow-ups). Both keep the focused row rendered wherever it is
 * scrolled, and bring a row that is asked for (focus after a move or a
 * delete, arrow keys) into view and into the DOM before focusing it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import {
  defaultRangeExtractor,
  measureElement as measureDefault,
  observeElementRect,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { scrollerOf } from './visible';

/** Used when the scroller has no measurable height yet (hidden, or a test DOM). */
export const FALLBACK_VIEWPORT = 640;

/** A page list is windowed past this many rows; a shorter one renders whole. */
export const WINDOW_AFTER = 40;
/** Rows a page list shows on its first render, before it is placed in its scroller (a screenful or so). */
const FIRST_ROWS = 20;

/** The scroller's height, or FALLBACK_VIEWPORT while it has none. */
const observeRect: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT }));

/** The rows in view plus `extra` rows kept rendered wherever they are, in order. */
function withRows(range: Range, extra: readonly (number | undefined)[], inView = true): number[] {
  const list = inView ? defaultRangeExtractor(range) : [];
  for (const i of extra) if (i !== undefined && i >= 0 && i < range.count && !list.includes(i)) list.push(i);
  return list.sort((a, b) => a - b);
}

// ——— Lists with their own scroll container ———

export interface ScrollerWindowOptions {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey?: (index: number) => string | number;
  overscan: number;
  scrollMargin?: number;
  scrollPaddingStart?: number;
  /** Rows kept rendered besides those in view (the active row, a sticky header). */
  keep: (range: Range) => readonly (number | undefined)[];
}

/** A virtualizer over the rows of the scroll container `scrollRef` is put on. */
export function useScrollerWindow({ keep, ...options }: ScrollerWindowOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself.
  const virtualizer = useVirtualizer({
    ...options,
    getScrollElement: () => scrollRef.current,
    // As the page windows (below): no flushSync inside React's own work when a focus request scrolls.
    useFlushSync: false,
    // Until the scroller is measured, a screenful: the first render already holds the rows in view (one layout, not two).
    initialRect: { width: 0, height: FALLBACK_VIEWPORT },
    // Made afresh each render: the rows kept follow the state they come from.
    rangeExtractor: (range: Range) => withRows(range, keep(range)),
    observeElementRect: observeRect,
  });
  return { scrollRef, virtualizer };
}

/**
 * The keyboard focus of a windowed list's active row: `request()` asks for it
 * (the row takes it once rendered, `activeEl` finds it); and when the rows
 * change (`rows`) and take the focus the list had with them (a row deleted
 * elsewhere), the active row — the one that took its place — gets it back.
 * `bodyProps` go on the element holding the rows.
 */
export function useRowFocus(activeEl: () => HTMLElement | undefined, rows: unknown) {
  const pending = useRef(false);
  const inside = useRef(false);
  useEffect(() => {
    if (!inside.current) return;
    const a = document.activeElement;
    if (a === null || a === document.body) pending.current = true;
  }, [rows]);
  useEffect(() => {
    if (!pending.current) return;
    const el = activeEl();
    // Only a row in the document can take the focus; a row element left from before waits for its new one.
    if (el?.isConnected) {
      el.focus({ preventScroll: true });
      if (document.activeElement === el) pending.current = false;
    }
  });
  const request = useCallback(() => {
    pending.current = true;
  }, []);
  const bodyProps = {
    onFocus: () => {
      inside.current = true;
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      // Focus moved somewhere else on purpose (a dialog, the search box); a removed row gives no target.
      if (e.relatedTarget instanceof Node) inside.current = e.currentTarget.contains(e.relatedTarget);
    },
  };
  return { request, bodyProps };
}

/** The row an arrow, Page Up/Down, Home or End key goes to from row `at` of `count`; null for another key. */
export function navTarget(key: string, at: number, count: number, pageRows: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return at + 1;
    case 'ArrowUp':
      return at - 1;
    case 'PageDown':
      return at + pageRows;
    case 'PageUp':
      return at - pageRows;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Rows of `rowHeight` a page of the scroller holds, less `spare`. */
export const pageRowsOf = (scroller: HTMLElement | null, rowHeight: number, spare: number) =>
  Math.max(1, Math.floor((scroller?.clientHeight || FALLBACK_VIEWPORT) / rowHeight) - spare);

// ——— Lists inside the page ———

export interface PageWindowOptions {
  /** The rows' keys, in order. */
  keys: readonly string[];
  estimateSize: (index: number) => number;
  /** Whether to window at all (a short list renders whole: `keys.length > WINDOW_AFTER`). */
  windowed: boolean;
  /** Rows kept rendered wherever they are (a roving tab stop). */
  keep?: readonly (string | null | undefined)[];
  overscan?: number;
}

export interface PageWindowRow {
  index: number;
  key: string;
  /** Room left before this row for the rows not rendered above it (0 when it follows the row before). */
  before: number;
}

/** Finds the element to focus in a row (a control of it); the row itself when it gives none. */
export type PickInRow = (row: HTMLElement) => HTMLElement | null | undefined;

export interface PageWindow {
  windowed: boolean;
  /** The rows to render, in order. */
  rows: readonly PageWindowRow[];
  /** Room left after the last row rendered. */
  after: number;
  /** On the element that holds the rows (its top is the first row's). */
  listProps: {
    ref: (el: HTMLElement | null) => void;
    onFocus: (e: FocusEvent<HTMLElement>) => void;
    onBlur: (e: FocusEvent<HTMLElement>) => void;
  };
  /** On each row element, which carries `data-index`: measures it. */
  rowRef: (el: HTMLElement | null) => void;
  /**
   * Scrolls row `key` into view and focuses it (or what `pick` finds in it)
   * once it is rendered. False when the list has no such row.
   */
  focus: (key: string, pick?: PickInRow) => boolean;
}

/** Where `el` starts in `scroller`'s content (the window's for none). */
function offsetIn(el: HTMLElement, scroller: HTMLElement): number {
  const top = el.getBoundingClientRect().top;
  if (scroller === document.documentElement) return Math.round(top + scroller.scrollTop);
  return Math.round(top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop);
}

/** Whether `el` is within a screen of `scroller`'s view. */
function nearView(el: HTMLElement, scroller: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  const isRoot = scroller === document.documentElement;
  const top = isRoot ? 0 : scroller.getBoundingClientRect().top;
  const height = (isRoot ? window.innerHeight : scroller.clientHeight) || FALLBACK_VIEWPORT;
  return r.bottom >= top - height && r.top <= top + 2 * height;
}

/** Gap between rows laid out by the list's own CSS (a grid's row-gap). */
const rowGapOf = (el: HTMLElement) => parseFloat(getComputedStyle(el).rowGap) || 0;

/**
 * Windows a list that scrolls with the page. The list renders `rows` (each
 * with `data-index`, `rowRef` and, before it, room of `before` px when
 * non-zero) and room of `after` px at its end, as its markup allows: spacer
 * rows in a table, margins in a list.
 */
export function usePageWindow({ keys, estimateSize, windowed, keep = [], overscan = 6 }: PageWindowOptions): PageWindow {
  const [list, setList] = useState<HTMLElement | null>(null);
  // The shell's page area; a page without one (a test DOM without styles) scrolls the root.
  const scroller = useMemo(() => (list ? (scrollerOf(list) ?? document.documentElement) : null), [list]);
  const [layout, setLayout] = useState({ margin: 0, gap: 0, near: true });
  const [active, setActive] = useState<string | null>(null);
  const indexOf = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const kept = [active, ...keep].map((k) => (k ? indexOf.get(k) : undefined));

  // Where the list sits in the scroller, and whether it is near the view: after each render, as the page scrolls or resizes.
  const place = useCallback(() => {
    if (!list || !scroller) return;
    const next = { margin: offsetIn(list, scroller), gap: rowGapOf(list), near: nearView(list, scroller) };
    setLayout((was) => (Math.abs(was.margin - next.margin) < 1 && was.gap === next.gap && was.near === next.near ? was : next));
  }, [list, scroller]);
  // A list that renders whole needs no placing: reading layout after each of its renders only forced layouts.
  useLayoutEffect(() => {
    if (windowed) place();
  });
  useEffect(() => {
    if (!windowed || !scroller) return;
    const target = scroller === document.documentElement ? window : scroller;
    target.addEventListener('scroll', place, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    ro?.observe(scroller);
    if (scroller.firstElementChild) ro?.observe(scroller.firstElementChild);
    return () => {
      target.removeEventListener('scroll', place);
      ro?.disconnect();
    };
  }, [windowed, scroller, place]);

  const measuring = windowed && scroller !== null;
  const getItemKey = useCallback((i: number) => keys[i] ?? i, [keys]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself.
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    enabled: measuring,
    // No flushSync on scroll: a focus request made in an effect (after a reload) scrolls, and a scroll handled
    // synchronously inside React's commit broke React's work loop ("Should not already be working"), after which
    // the list no longer rendered. Scroll updates render in React's next task instead.
    useFlushSync: false,
    count: keys.length,
    getScrollElement: () => scroller,
    // Where the page already is: a virtualizer that attaches (a section's list mounting as it scrolls near) writes its
    // offset back to the scroller, and from the default 0 that threw the page back to its top.
    initialOffset: () => scroller?.scrollTop ?? 0,
    estimateSize,
    getItemKey,
    overscan,
    gap: layout.gap,
    scrollMargin: layout.margin,
    // Off screen, only the rows kept; in view, those in view and around them.
    rangeExtractor: (range: Range) => withRows(range, kept, layout.near),
    observeElementRect: observeRect,
    // A row with no layout (hidden, or a test DOM) counts at its estimate.
    measureElement: (el, entry, instance) => measureDefault(el, entry, instance) || estimateSize(instance.indexFromElement(el)),
  });

  // The row elements rendered, for focus.
  const rowEls = useRef(new Set<HTMLElement>());
  // A new callback when windowing starts, so the rows already there are measured then.
  const rowRef = useCallback(
    (el: HTMLElement | null) => {
      if (el) rowEls.current.add(el);
      for (const r of rowEls.current) if (!r.isConnected) rowEls.current.delete(r);
      if (measuring) virtualizer.measureElement(el);
    },
    [virtualizer, measuring],
  );

  const latest = useRef({ keys, indexOf, windowed });
  useLayoutEffect(() => {
    latest.current = { keys, indexOf, windowed };
  });
  const pending = useRef<{ key: string; pick?: PickInRow } | null>(null);
  /** Focuses the pending row if it is rendered; true when done. */
  const focusPending = useCallback(() => {
    const p = pending.current;
    if (!p) return false;
    const { keys: k, windowed: w } = latest.current;
    const row = [...rowEls.current].find((el) => el.isConnected && k[Number(el.dataset.index)] === p.key);
    if (!row) return false;
    pending.current = null;
    const target = p.pick?.(row) ?? row;
    // Windowed, the virtualizer scrolled it into view; a whole list leaves that to the browser.
    target.focus(w ? { preventScroll: true } : undefined);
    return true;
  }, []);
  useEffect(() => {
    focusPending();
  });

  const focus = useCallback(
    (key: string, pick?: PickInRow) => {
      const index = latest.current.indexOf.get(key);
      if (index === undefined) return false;
      pending.current = { key, pick };
      if (latest.current.windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
      // Not rendered yet: as the active row it is rendered next, and focused then.
      if (!focusPending()) setActive(key);
      return true;
    },
    [virtualizer, focusPending],
  );

  const listProps = useMemo(
    () => ({
      ref: setList,
      onFocus: (e: FocusEvent<HTMLElement>) => {
        const row = e.target.closest<HTMLElement>('[data-index]');
        if (!row || !e.currentTarget.contains(row)) return;
        const key = latest.current.keys[Number(row.dataset.index)];
        if (key !== undefined) setActive(key);
      },
      onBlur: (e: FocusEvent<HTMLElement>) => {
        // Gone elsewhere on purpose; a removed row gives no target, and stays the active one until another takes it.
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setActive(null);
      },
    }),
    [],
  );

  if (!windowed) {
    return { windowed: false, rows: keys.map((key, index) => ({ index, key, before: 0 })), after: 0, listProps, rowRef, focus };
  }
  if (!measuring) {
    // The first render, before the list knows where it sits: the first rows and room for the rest, never the whole list at once.
    const rows = keys.slice(0, FIRST_ROWS).map((key, index) => ({ index, key, before: 0 }));
    let after = 0;
    for (let i = rows.length; i < keys.length; i++) after += estimateSize(i);
    return { windowed: true, rows, after: Math.round(after), listProps, rowRef, focus };
  }
  const rows: PageWindowRow[] = [];
  let end = layout.margin;
  for (const v of virtualizer.getVirtualItems()) {
    // The list's own gap comes between two rows anyway; the room before the first row has none.
    const room = v.start - end - (rows.length > 0 ? layout.gap : 0);
    rows.push({ index: v.index, key: String(v.key), before: Math.max(0, Math.round(room)) });
    end = v.end;
  }
  const after = Math.max(0, Math.round(layout.margin + virtualizer.getTotalSize() - end));
  return { windowed: true, rows, after, listProps, rowRef, focus };
}

/**
 * Focus that waits for the list to change (the reload after a write): call
 * the returned function with the row's key before the write; once `data`
 * changes, `focus` (a PageWindow's) brings that row into view and focuses it.
 */
export function useFocusAfterChange(data: unknown, focus: PageWindow['focus']): (key: string, pick?: PickInRow) => void {
  const pending = useRef<{ key: string; pick?: PickInRow } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    focus(p.key, p.pick);
  }, [data, focus]);
  return useCallback((key: string, pick?: PickInRow) => {
    pending.current = { key, pick };
  }, []);
}

/** The room before a row or after the last one, in a table: an empty row of that height. */
export function SpacerRow({ size, columns }: { size: number; columns: number }) {
  if (size <= 0) return null;
  return (
    <tr className="window-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height: size }} />
    </tr>
  );
}
