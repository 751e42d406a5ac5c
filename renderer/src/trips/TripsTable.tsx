import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripListItem } from '../../../shared/trips/schemas';
import { currentLang } from '../i18n';
import { isMac } from '../lib/keys';
import { hrefs } from '../lib/router';
import { navTarget, pageRowsOf, useRowFocus, useScrollerWindow } from '../lib/windowed';
import { StatusBadge } from './StatusBadge';
import { dateRangeLabel, dayCountOf, regionsLabel } from './listLabels';

/** Heights in px; trips-list.css sizes the rows, the year headers and the column header alike. */
export const ROW_HEIGHT = 56;
export const YEAR_HEIGHT = 34;
export const HEAD_HEIGHT = 36;

type Row =
  | { kind: 'year'; key: string; year: number; count: number }
  | { kind: 'trip'; key: string; trip: TripListItem; index: number };

interface Layout {
  rows: Row[];
  /** The row of each trip (trips are numbered without the year headers). */
  rowOfTrip: number[];
  /** For each row, the row of its year header. */
  headerOf: number[];
  indexOfId: Map<string, number>;
}

/** Trips newest first, a header above each year's first trip. */
function layoutOf(trips: readonly TripListItem[]): Layout {
  const counts = new Map<number, number>();
  const yearOf = (t: TripListItem) => Number(t.startDate.slice(0, 4)) || 0;
  for (const t of trips) counts.set(yearOf(t), (counts.get(yearOf(t)) ?? 0) + 1);
  const rows: Row[] = [];
  const rowOfTrip: number[] = [];
  const headerOf: number[] = [];
  const indexOfId = new Map<string, number>();
  let year: number | null = null;
  let header = 0;
  trips.forEach((trip, index) => {
    const y = yearOf(trip);
    if (y !== year) {
      year = y;
      header = rows.length;
      rows.push({ kind: 'year', key: `year:${y}`, year: y, count: counts.get(y) ?? 0 });
      headerOf.push(header);
    }
    rowOfTrip.push(rows.length);
    indexOfId.set(trip.id, index);
    rows.push({ kind: 'trip', key: trip.id, trip, index });
    headerOf.push(header);
  });
  return { rows, rowOfTrip, headerOf, indexOfId };
}

export interface TripsTableHandle {
  /** Makes trip `index` the active row, scrolls it into view and focuses it once it is rendered. */
  focusIndex(index: number): void;
}

interface TripsTableProps {
  trips: readonly TripListItem[];
  caption: string;
  onOpen: (trip: TripListItem) => void;
  onEdit: (trip: TripListItem) => void;
  /** Delete (⌘⌫ on a Mac) on a row; `repeat` when the key is held down. */
  onDelete: (trip: TripListItem, index: number, repeat: boolean) => void;
  /** Changes when the filters of the trips shown change: back to the top. */
  resetKey: string;
  handle?: Ref<TripsTableHandle>;
}

/**
 * The trips list, windowed: only the rows in view (and a margin) are in the
 * DOM, grouped under a header per start year, the current year's header
 * sticking under the column headers. A roving tab stop sits on the active
 * row, which stays rendered even when scrolled away so keyboard focus is
 * never lost. Rows are positioned absolutely (the header shares the column
 * template); table semantics are kept with explicit roles and
 * aria-rowcount/aria-rowindex.
 */
export function TripsTable({ trips, caption, onOpen, onEdit, onDelete, resetKey, handle }: TripsTableProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const layout = useMemo(() => layoutOf(trips), [trips]);
  const { rows, rowOfTrip, headerOf, indexOfId } = layout;

  // The active trip, by id (it keeps its place when the list reloads) and by index (where it was, if it went away).
  const [active, setActive] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const found = active.id === null ? undefined : indexOfId.get(active.id);
  const activeIndex = trips.length === 0 ? 0 : (found ?? Math.max(0, Math.min(active.index, trips.length - 1)));
  const activeRow = rowOfTrip[activeIndex] ?? -1;

  const { scrollRef, virtualizer } = useScrollerWindow({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'year' ? YEAR_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 10,
    // The body starts below the column headers; a row scrolled to must clear them and the sticky year.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT + YEAR_HEIGHT,
    keep: (range) => [headerOf[range.startIndex], activeRow],
  });
  const items = virtualizer.getVirtualItems();
  const stickyRow = headerOf[virtualizer.range?.startIndex ?? 0] ?? 0;

  // The sizes depend on the rows: measure again when they change.
  useEffect(() => {
    virtualizer.measure();
  }, [layout, virtualizer]);

  // New filters start at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  // Focus follows the keyboard once the row is rendered; a row deleted under the focus leaves it on the next.
  const focus = useRowFocus(() => {
    const id = trips[activeIndex]?.id;
    return id === undefined ? undefined : rowEls.current.get(id);
  }, trips);

  const moveTo = (i: number) => {
    if (trips.length === 0) return;
    const index = Math.max(0, Math.min(i, trips.length - 1));
    setActive({ id: trips[index]?.id ?? null, index });
    focus.request();
    virtualizer.scrollToIndex(rowOfTrip[index] ?? 0, { align: 'auto' });
  };

  useImperativeHandle(handle, () => ({ focusIndex: moveTo }));

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.altKey || e.ctrlKey || (e.metaKey && e.key !== 'Backspace')) return;
    const trip = trips[activeIndex];
    const to = navTarget(e.key, activeIndex, trips.length, pageRowsOf(scrollRef.current, ROW_HEIGHT, 2));
    if (to !== null) {
      e.preventDefault();
      moveTo(to);
      return;
    }
    switch (e.key) {
      case 'Enter':
        // On the title link, the link itself opens the trip.
        if (e.target instanceof HTMLAnchorElement) return;
        if (trip) onOpen(trip);
        break;
      case 'F2':
        if (trip) onEdit(trip);
        break;
      case 'Delete':
        if (trip) onDelete(trip, activeIndex, e.repeat);
        break;
      case 'Backspace':
        // ⌘⌫ is "delete" on a Mac keyboard.
        if (!(isMac && e.metaKey)) return;
        if (trip) onDelete(trip, activeIndex, e.repeat);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div ref={scrollRef} className="trips-scroll">
      <table role="table" className="data-table trips-table" aria-rowcount={rows.length + 1} aria-label={caption}>
        <thead role="rowgroup" className="trips-head">
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" scope="col">
              {t('trips.columns.title')}
            </th>
            <th role="columnheader" scope="col">
              {t('trips.columns.dates')}
            </th>
            <th role="columnheader" scope="col" className="num">
              {t('trips.columns.length')}
            </th>
            <th role="columnheader" scope="col">
              {t('tripsList.columns.status')}
            </th>
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className="trips-body"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          {...focus.bodyProps}
        >
          {items.map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            if (row.kind === 'year') {
              const sticky = v.index === stickyRow;
              return (
                <tr
                  key={v.key}
                  role="row"
                  data-year={row.year}
                  aria-rowindex={v.index + 2}
                  className={`trips-year-row${sticky ? ' trips-year-sticky' : ''}`}
                  style={sticky ? undefined : { transform: `translateY(${v.start - HEAD_HEIGHT}px)` }}
                >
                  <th role="rowheader" scope="rowgroup" className="trips-year-cell">
                    <span className="trips-year">{row.year || '—'}</span>{' '}
                    <span className="trips-year-count">{t('tripsList.yearGroup', { count: row.count })}</span>
                  </th>
                </tr>
              );
            }
            const { trip, index } = row;
            const place = regionsLabel(trip.hostRegionCodes);
            return (
              <tr
                key={v.key}
                role="row"
                ref={(el) => {
                  if (el) rowEls.current.set(trip.id, el);
                  else rowEls.current.delete(trip.id);
                }}
                data-trip-id={trip.id}
                aria-rowindex={v.index + 2}
                tabIndex={index === activeIndex ? 0 : -1}
                className="row trips-row"
                style={{ transform: `translateY(${v.start - HEAD_HEIGHT}px)` }}
                aria-keyshortcuts="Enter F2 Delete"
                onFocus={() => setActive({ id: trip.id, index })}
                onDoubleClick={() => onOpen(trip)}
              >
                <td role="rowheader" className="trips-cell-title">
                  <a href={hrefs.trip(trip.id)} tabIndex={-1} className="row-link trips-title" title={trip.title}>
                    {trip.title}
                  </a>
                  {place && (
                    <span className="trips-place" title={place}>
                      {place}
                    </span>
                  )}
                </td>
                <td role="cell" className="trips-cell-muted">
                  {dateRangeLabel(trip.startDate, trip.endDate, lang)}
                </td>
                <td role="cell" className="num trips-cell-muted">
                  {t('trips.days', { count: dayCountOf(trip.startDate, trip.endDate) })}
                </td>
                <td role="cell">
                  <StatusBadge status={trip.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
