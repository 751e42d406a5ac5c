import { useEffect, useId, useMemo, useRef, useState, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './trips-list.css';
import type { TripListItem, TripSearchInput, TripSearchResult } from '../../../shared/trips/schemas';
import type { Load } from '../lib/data';
import { TRIP_STATUSES } from '../../../shared/vocabulary';
import { api } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyState, ErrorPanel, Loading, PageHeading } from '../components/Page';
import { TripsIcon } from '../components/Icons';
import { HINT_KEYS, KeyboardHints } from '../components/KeyboardHints';
import { FilterSelect, ListFilter, ListToolbar, NoMatches, SearchBox, useSearchCommand } from '../components/ListToolbar';
import { NewButton } from '../components/NewButton';
import { useToasts } from '../components/Toasts';
import { errorText } from '../i18n/errors';
import { takePrefetched, takeRowFocus, useTablesStamp } from '../lib/data';
import { hrefs, navigate, parseHash, replaceHashParams } from '../lib/router';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../lib/useDebounced';
import { useTripActions } from './TripActions';
import { TripsTable, type TripsTableHandle } from './TripsTable';
import { filtersFromHash, filtersToParams, hasFilters, NO_FILTERS, searchInput, type TripFilters } from './listFilters';
import { regionGroups } from './regionGroups';
import { CodeOptions, ItemOptions } from '../components/Options';

function NewTripButton({ buttonRef }: { buttonRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const { openCreate } = useTripActions();
  return <NewButton label={t('trips.new')} onClick={openCreate} buttonRef={buttonRef} />;
}

/** Ctrl+F / ⌘F and "/": the search box; registered while the box is on screen. */
function SearchCommand({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  useSearchCommand({ id: 'trips.list.search', context: 'trips' }, inputRef);
  return null;
}

/**
 * `trips.search` for `input`, again whenever a table it reads changes or
 * `tick` moves. Unlike useCall, the last answer stays on screen while the
 * next one (another search) is on its way, so typing never flashes the list
 * away. `busy`: what is shown is not yet the answer to this input and version.
 */
function useTripSearch(input: TripSearchInput, tick: number) {
  const version = useTablesStamp('trips.search');
  const key = JSON.stringify(input);
  const stamp = `${version} ${tick}`;
  const [entry, setEntry] = useState<{ key: string; stamp: string; state: Load<TripSearchResult> } | null>(null);
  useEffect(() => {
    let live = true;
    const input = JSON.parse(key) as TripSearchInput;
    // The first answer may already be on its way (boot.ts asked as the app opened).
    void (takePrefetched('trips.search', input) ?? api().call('trips.search', input)).then((r) => {
      if (!live) return;
      setEntry({ key, stamp, state: r.ok ? { status: 'ok', value: r.value } : { status: 'error', error: r.error } });
    });
    return () => {
      live = false;
    };
  }, [key, stamp]);
  return {
    state: entry?.state ?? ({ status: 'loading' } as const),
    /** The input of the answer shown. */
    shownKey: entry?.key ?? null,
    busy: entry === null || entry.key !== key || entry.stamp !== stamp,
  };
}

/**
 * `#/trips`: every trip, newest first, grouped by start year, searched and
 * filtered in main (the filters live in the hash, so a reload keeps them),
 * windowed, and driven by mouse or keyboard.
 */
export function TripsList() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const uid = useId();
  const { openEdit, deleteTrip } = useTripActions();
  const [filters, setFilters] = useState<TripFilters>(() => filtersFromHash());
  const query = useDebounced(filters.text.trim(), SEARCH_DEBOUNCE_MS);
  const input = useMemo(() => searchInput(filters, query), [filters, query]);
  const [tick, setTick] = useState(0);
  const { state, shownKey, busy } = useTripSearch(input, tick);
  const result = state.status === 'ok' ? state.value : null;
  const trips = result?.items ?? null;

  const table = useRef<TripsTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);
  /** A trip to focus once it is listed (after a create or an undo). */
  const wanted = useRef<string | null>(null);
  /** A delete is out or its list not yet shown: Delete does nothing meanwhile. */
  const deleting = useRef(false);
  /** Where focus goes once the list no longer holds the trip just deleted. */
  const afterDelete = useRef<{ id: string; index: number } | null>(null);
  const [confirm, setConfirm] = useState<{ trip: TripListItem; index: number } | null>(null);

  // The filters go into the hash as they settle, so a reload (or Back from a trip) keeps them.
  useEffect(() => {
    replaceHashParams(filtersToParams({ ...filters, text: query }));
  }, [filters, query]);

  // A link to the list from elsewhere (the sidebar's "Perjalanan") sets the filters it names: none.
  useEffect(() => {
    const onHash = () => {
      if (parseHash(window.location.hash).name === 'trips') setFilters(filtersFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Focus after a create or an undo: the trip's row, wherever it is in the list.
  useEffect(() => {
    if (!result) return;
    const taken = takeRowFocus();
    if (taken) wanted.current = taken;
    const id = wanted.current;
    if (id === null) return;
    const i = result.items.findIndex((x) => x.id === id);
    if (i >= 0) {
      wanted.current = null;
      table.current?.focusIndex(i);
      return;
    }
    // Still on its way: this answer, or the search text still settling.
    if (busy || filters.text.trim() !== query) return;
    // Not among the trips the filters let through: show them all, then focus it.
    if (hasFilters(filters)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- answers a request made elsewhere (TripActions), once
      setFilters(NO_FILTERS);
    } else {
      wanted.current = null;
    }
  }, [result, busy, filters, query]);

  // Focus after a delete, once the list without the trip is shown and the confirmation is closed:
  // the row that took its place, the one before it at the end, the search box when nothing is left.
  useEffect(() => {
    const done = afterDelete.current;
    if (!done || !result || confirm !== null) return;
    if (result.items.some((x) => x.id === done.id)) return;
    afterDelete.current = null;
    deleting.current = false;
    if (result.items.length > 0) table.current?.focusIndex(Math.min(done.index, result.items.length - 1));
    else if (result.total > 0) searchRef.current?.focus();
    else emptyButton.current?.focus();
  }, [result, confirm]);

  const remove = async (trip: TripListItem, index: number): Promise<boolean> => {
    deleting.current = true;
    const ok = await deleteTrip(trip);
    if (ok) {
      afterDelete.current = { id: trip.id, index };
      // Read the list again whatever else happens, so the focus always moves on.
      setTick((n) => n + 1);
    } else {
      deleting.current = false;
    }
    return ok;
  };

  const onDelete = (trip: TripListItem, index: number, repeat: boolean) => {
    // A held key never deletes a second trip; nor a second press while the first is on its way.
    if (repeat || deleting.current || confirm !== null) return;
    if (trip.contents > 0) setConfirm({ trip, index });
    else void remove(trip, index);
  };

  const onEdit = (trip: TripListItem) => {
    void api()
      .call('trips.get', { id: trip.id })
      .then((r) => {
        if (r.ok) openEdit(r.value);
        else toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      });
  };

  const clearFilters = () => {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  };

  const set = <K extends keyof TripFilters>(k: K, v: TripFilters[K]) => setFilters((f) => ({ ...f, [k]: v }));

  const total = result?.total ?? 0;
  const hasTrips = result !== null && total > 0;
  const filtered = shownKey !== null && hasFilters(filtersFromKey(shownKey));
  const groups = useMemo(() => regionGroups(result?.regionCodes ?? [], filters.region), [result?.regionCodes, filters.region]);
  const years = useMemo(() => {
    const list = [...(result?.years ?? [])];
    if (filters.year !== null && !list.includes(filters.year)) list.push(filters.year);
    return list.sort((a, b) => b - a);
  }, [result?.years, filters.year]);

  const searchId = `${uid}-search`;
  const shownQuery = shownKey ? (JSON.parse(shownKey) as TripSearchInput).query ?? '' : '';

  return (
    <div className="trips-screen">
      <header className="page-header">
        <div>
          <PageHeading title={t('trips.heading')}>{t('trips.heading')}</PageHeading>
          <div className="page-subtitle trips-count">
            <span aria-live="polite">
              {hasTrips && trips
                ? filtered
                  ? t('tripsList.countFiltered', { shown: trips.length, count: total })
                  : t('trips.count', { count: total })
                : ''}
            </span>
            {hasTrips && hasFilters(filters) && (
              <button type="button" className="btn btn-secondary btn-small" onClick={clearFilters}>
                {t('tripsList.clearFilters')}
              </button>
            )}
          </div>
        </div>
        {(hasTrips || state.status === 'error') && (
          <div className="page-actions">
            <NewTripButton />
          </div>
        )}
      </header>

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ErrorPanel
          title={t('trips.loadError')}
          error={state.error}
          onRetry={() => setTick((n) => n + 1)}
        />
      )}

      {result && total === 0 && (
        <EmptyState icon={<TripsIcon size={28} />} title={t('trips.emptyTitle')} action={<NewTripButton buttonRef={emptyButton} />}>
          {t('trips.emptyText')}
        </EmptyState>
      )}

      {hasTrips && trips && (
        <>
          <ListToolbar label={t('tripsList.toolbarLabel')} className="trips-toolbar">
            <SearchCommand inputRef={searchRef} />
            <SearchBox
              id={searchId}
              inputRef={searchRef}
              label={t('tripsList.search')}
              placeholder={t('tripsList.searchPlaceholder')}
              className="trips-search"
              maxLength={200}
              value={filters.text}
              onChange={(v) => set('text', v)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && filters.text) {
                  e.preventDefault();
                  set('text', '');
                } else if (e.key === 'ArrowDown' && trips.length > 0) {
                  e.preventDefault();
                  table.current?.focusIndex(0);
                }
              }}
            />
            <ListFilter htmlFor={`${uid}-year`} label={t('tripsList.filter.year')} className="trips-filter">
              <select
                id={`${uid}-year`}
                className="input trips-filter-year"
                value={filters.year ?? ''}
                onChange={(e) => set('year', e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">{t('tripsList.filter.allYears')}</option>
                <CodeOptions codes={years} labelOf={(y) => y} />
              </select>
            </ListFilter>
            <ListFilter htmlFor={`${uid}-status`} label={t('tripsList.filter.status')} className="trips-filter">
              <FilterSelect
                id={`${uid}-status`}
                className="input trips-filter-status"
                value={filters.status ?? ''}
                onChange={(v) => set('status', v || null)}
                allLabel={t('tripsList.filter.allStatuses')}
                codes={TRIP_STATUSES}
                labelOf={(s) => t(`delegation.status.${s}`)}
              />
            </ListFilter>
            <ListFilter htmlFor={`${uid}-region`} label={t('tripsList.filter.region')} className="trips-filter">
              <select
                id={`${uid}-region`}
                className="input trips-filter-region"
                value={filters.region ?? ''}
                onChange={(e) => set('region', e.target.value || null)}
              >
                <option value="">{t('tripsList.filter.allRegions')}</option>
                {groups.map((g) => {
                  const name = g.province?.name ?? g.provinceCode;
                  return (
                    <optgroup key={g.provinceCode} label={name}>
                      <option value={g.provinceCode}>{t('tripsList.filter.wholeProvince', { name })}</option>
                      <ItemOptions items={g.places} valueOf={(r) => r.code} labelOf={(r) => r.name} />
                    </optgroup>
                  );
                })}
              </select>
            </ListFilter>
          </ListToolbar>

          {trips.length === 0 ? (
            <NoMatches
              className="trips-nomatch"
              title={t('tripsList.noMatchesTitle')}
              text={shownQuery ? t('tripsList.noMatchesText', { query: shownQuery }) : t('tripsList.noMatchesFilterText')}
              clearLabel={t('tripsList.clearFilters')}
              onClear={clearFilters}
            />
          ) : (
            <div className="list-table-wrap">
              <TripsTable
                handle={table}
                trips={trips}
                caption={t('trips.caption')}
                resetKey={shownKey ?? ''}
                onOpen={(trip) => navigate(hrefs.trip(trip.id))}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            </div>
          )}

          {trips.length > 0 && (
            <KeyboardHints
              label={t('trips.keys.label')}
              hints={[
                [HINT_KEYS.move, t('trips.keys.move')],
                [HINT_KEYS.enter, t('trips.keys.open')],
                [['F2'], t('trips.keys.rename')],
                [HINT_KEYS.delete, t('trips.keys.delete')],
                [HINT_KEYS.search, t('tripsList.keys.search')],
                [HINT_KEYS.new, t('trips.keys.newTrip')],
              ]}
            />
          )}
        </>
      )}

      {confirm && (
        <ConfirmDialog
          title={t('tripsList.confirmDelete.title', { title: confirm.trip.title })}
          confirmLabel={t('tripsList.confirmDelete.confirm')}
          workingLabel={t('tripsList.confirmDelete.working')}
          tone="danger"
          // A refusal is shown as a toast, as for a delete without confirmation; the dialog closes either way.
          action={async () => ({ ok: true, value: await remove(confirm.trip, confirm.index) })}
          onDone={() => setConfirm(null)}
          onCancel={() => setConfirm(null)}
        >
          <p>{t('tripsList.confirmDelete.text', { count: confirm.trip.contents })}</p>
          <p>{t('tripsList.confirmDelete.trash')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** The filters of an answer's input (its JSON key), to tell a filtered answer from the full list. */
function filtersFromKey(key: string): TripFilters {
  const i = JSON.parse(key) as TripSearchInput;
  return { text: i.query ?? '', year: i.year ?? null, status: i.status ?? null, region: i.region ?? null };
}
