import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fullName, type PersonKind, type PersonRow } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { formatPangkat } from '../../../shared/directory/ranks';
import { isMac } from '../lib/keys';
import { navTarget, pageRowsOf, useRowFocus, useScrollerWindow } from '../lib/windowed';
import { runtimeKey } from '../i18n';

/** Row height in px (CSS .dir-row matches it). */
export const ROW_HEIGHT = 56;

interface Column {
  id: string;
  header: (t: TFunction) => string;
  cell: (p: PersonRow, t: TFunction) => string;
  className?: string;
}

const nipOf = (p: PersonRow) => (p.nip ? formatNip(p.nip, p.employment === 'pppk' ? 'pppk' : 'pns') : '');

export const COLUMNS: Record<PersonKind, Column[]> = {
  official: [
    { id: 'name', header: (t) => t('people.columns.name'), cell: (p) => fullName(p) },
    { id: 'nip', header: (t) => t('people.columns.nip'), cell: nipOf, className: 'dir-cell-nip' },
    { id: 'pangkat', header: (t) => t('people.columns.pangkat'), cell: (p) => formatPangkat(p.golongan) },
    { id: 'jabatan', header: (t) => t('people.columns.jabatan'), cell: (p) => p.jabatan },
    { id: 'unit', header: (t) => t('people.columns.unit'), cell: (p) => p.unit },
  ],
  journalist: [
    { id: 'name', header: (t) => t('people.columns.name'), cell: (p) => fullName(p) },
    { id: 'outlet', header: (t) => t('people.columns.outlet'), cell: (p) => p.institutionName },
    { id: 'mediaType', header: (t) => t('people.columns.mediaType'), cell: (p, t) => (p.mediaType ? t(runtimeKey(`people.mediaTypes.${p.mediaType}`)) : '') },
    { id: 'pressCard', header: (t) => t('people.columns.pressCard'), cell: (p) => p.pressCard, className: 'dir-cell-mono' },
    { id: 'phone', header: (t) => t('people.columns.phone'), cell: (p) => p.phone, className: 'dir-cell-mono' },
  ],
  host_official: [
    { id: 'name', header: (t) => t('people.columns.name'), cell: (p) => fullName(p) },
    { id: 'jabatan', header: (t) => t('people.columns.jabatan'), cell: (p) => p.jabatan },
    { id: 'institution', header: (t) => t('people.columns.institution'), cell: (p) => p.institutionName },
    { id: 'phone', header: (t) => t('people.columns.phone'), cell: (p) => p.phone, className: 'dir-cell-mono' },
  ],
};

export interface PeopleTableHandle {
  /** Makes row `index` the active one, scrolls it into view and focuses it once it is rendered. */
  focusIndex(index: number): void;
}

interface PeopleTableProps {
  kind: PersonKind;
  total: number;
  rowAt: (index: number) => PersonRow | undefined;
  /** Rows first…last are on screen (plus overscan): load them. */
  onRange: (first: number, last: number) => void;
  onOpen: (person: PersonRow, index: number) => void;
  onDelete: (person: PersonRow, index: number) => void;
  /** Shift+Delete (⇧⌘⌫): "Hapus permanen", which asks first. */
  onErase?: (person: PersonRow, index: number) => void;
  /** Changes when the filter changes: back to the top. */
  resetKey: string;
  /** The table's accessible name. */
  caption: string;
  handle?: Ref<PeopleTableHandle>;
}

/**
 * The directory table, virtualized: only the rows in view (and a margin) are
 * in the DOM, so 20,000 people scroll as smoothly as 20. A roving tab stop
 * sits on the active row, which stays rendered even when scrolled away so
 * keyboard focus is never lost. Rows are positioned absolutely in a CSS grid
 * (the header shares the column template); table semantics are kept with
 * explicit roles and aria-rowcount/aria-rowindex.
 */
export function PeopleTable({ kind, total, rowAt, onRange, onOpen, onDelete, onErase, resetKey, caption, handle }: PeopleTableProps) {
  const { t } = useTranslation();
  const columns = COLUMNS[kind];
  const [active, setActive] = useState(0);
  const rows = useRef(new Map<number, HTMLTableRowElement>());
  const activeIndex = Math.max(0, Math.min(active, total - 1));

  const { scrollRef, virtualizer } = useScrollerWindow({
    count: total,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    keep: () => [activeIndex],
  });
  const items = virtualizer.getVirtualItems();
  // What is in view (plus overscan): not the kept-alive active row, which may be far away.
  const overscan = virtualizer.options.overscan;
  const first = Math.max(0, (virtualizer.range?.startIndex ?? 0) - overscan);
  const last = Math.min(total - 1, (virtualizer.range?.endIndex ?? 0) + overscan);

  useEffect(() => {
    if (total > 0) onRange(first, last);
  }, [first, last, total, onRange]);

  // A new search or filter starts at the top (state that follows a prop is adjusted while rendering).
  const [resetFor, setResetFor] = useState(resetKey);
  if (resetFor !== resetKey) {
    setResetFor(resetKey);
    setActive(0);
  }
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  // Focus follows the keyboard once the row is rendered; a row that goes away under it (deleted,
  // erased) leaves it on the row that takes its place.
  const focus = useRowFocus(() => rows.current.get(activeIndex), total);

  const moveTo = (i: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(i, total - 1));
    setActive(next);
    focus.request();
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  useImperativeHandle(handle, () => ({ focusIndex: moveTo }));

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.altKey || e.ctrlKey || (e.metaKey && e.key !== 'Backspace')) return;
    // A held key opens or deletes once (lib/deleteGuard.ts); held arrows keep moving.
    if (e.repeat && (e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      return;
    }
    const person = rowAt(activeIndex);
    const to = navTarget(e.key, activeIndex, total, pageRowsOf(scrollRef.current, ROW_HEIGHT, 1));
    if (to !== null) {
      e.preventDefault();
      moveTo(to);
      return;
    }
    switch (e.key) {
      case 'Enter':
        if (person) onOpen(person, activeIndex);
        break;
      case 'Delete':
        if (person) (e.shiftKey && onErase ? onErase : onDelete)(person, activeIndex);
        break;
      case 'Backspace':
        // ⌘⌫ is "delete" on a Mac keyboard, ⇧⌘⌫ "erase".
        if (!(isMac && e.metaKey)) return;
        if (person) (e.shiftKey && onErase ? onErase : onDelete)(person, activeIndex);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const cells = (p: PersonRow, index: number): ReactNode =>
    columns.map((c, ci) => {
      const value = c.cell(p, t);
      return (
        <td key={c.id} role={ci === 0 ? 'rowheader' : 'cell'} className={`dir-cell${c.className ? ` ${c.className}` : ''}`} title={value || undefined}>
          {ci === 0 ? (
            <button type="button" tabIndex={-1} className="row-link dir-name dir-cell-text" onClick={() => onOpen(p, index)}>
              {value}
            </button>
          ) : (
            <span className="dir-cell-text">{value}</span>
          )}
        </td>
      );
    });

  return (
    <div ref={scrollRef} className="dir-scroll">
      <table role="table" className={`data-table dir-table dir-cols-${kind}`} aria-rowcount={total + 1} aria-label={caption}>
        <thead role="rowgroup" className="dir-head">
          <tr role="row" aria-rowindex={1} className="dir-head-row">
            {columns.map((c) => (
              <th key={c.id} role="columnheader" scope="col">
                {c.header(t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className="dir-body"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          {...focus.bodyProps}
        >
          {items.map((v) => {
            const p = rowAt(v.index);
            return (
              <tr
                key={v.key}
                role="row"
                ref={(el) => {
                  if (el) rows.current.set(v.index, el);
                  else rows.current.delete(v.index);
                }}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                tabIndex={v.index === activeIndex ? 0 : -1}
                className={`row dir-row${p ? '' : ' dir-row-loading'}`}
                style={{ transform: `translateY(${v.start}px)` }}
                aria-keyshortcuts={onErase ? 'Enter Delete Shift+Delete' : 'Enter Delete'}
                aria-busy={p ? undefined : true}
                onFocus={() => setActive(v.index)}
                onDoubleClick={() => p && onOpen(p, v.index)}
              >
                {p ? (
                  cells(p, v.index)
                ) : (
                  <td role="cell" className="dir-cell dir-loading-cell">
                    <span className="dir-skeleton" aria-hidden="true" />
                    <span className="visually-hidden">{t('people.loadingRow')}</span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
