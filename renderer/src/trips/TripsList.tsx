import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './trips-list.css';
import type { Trip } from '../../../shared/trips/schemas';
import { dayCount, formatDateRange } from '../../../shared/dates';
import { EmptyState, ErrorPanel, Loading, PageHeading } from '../components/Page';
import { PlusIcon, TripsIcon } from '../components/Icons';
import { useTripActions } from './TripActions';
import { currentLang } from '../i18n';
import { takeRowFocus, useCall } from '../lib/data';
import { isMac, shortcutLabel } from '../lib/keys';
import { hrefs, navigate } from '../lib/router';

function NewTripButton({ buttonRef }: { buttonRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const { openCreate } = useTripActions();
  return (
    <button ref={buttonRef} type="button" className="btn btn-primary" onClick={openCreate} aria-keyshortcuts="Control+N Meta+N">
      <PlusIcon size={16} />
      <span>{t('trips.new')}</span>
      <kbd className="kbd kbd-on-accent" aria-hidden="true">
        {shortcutLabel('N')}
      </kbd>
    </button>
  );
}

/** `#/trips`: every trip, in the server's order, driven by mouse or keyboard. */
export function TripsList() {
  const { t } = useTranslation();
  const { state, retry } = useCall('trips.list', {});
  const { openEdit, deleteTrip } = useTripActions();
  const [active, setActive] = useState(0);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const emptyButton = useRef<HTMLButtonElement>(null);
  /** Row index to focus once the list has reloaded after a delete. */
  const focusAfterReload = useRef<number | null>(null);

  const trips = state.status === 'ok' ? state.value : null;

  useEffect(() => {
    if (!trips) return;
    const wanted = takeRowFocus();
    const pending = focusAfterReload.current;
    focusAfterReload.current = null;
    const index = wanted ? trips.findIndex((x) => x.id === wanted) : pending === null ? -1 : Math.min(pending, trips.length - 1);
    const trip = trips[index];
    if (trip) rows.current.get(trip.id)?.focus();
    else if (pending !== null) emptyButton.current?.focus();
  }, [trips]);

  const focusRow = (list: Trip[], index: number) => {
    const trip = list[Math.max(0, Math.min(index, list.length - 1))];
    if (trip) rows.current.get(trip.id)?.focus();
  };

  const remove = async (index: number, trip: Trip) => {
    focusAfterReload.current = index;
    const ok = await deleteTrip(trip);
    if (!ok) focusAfterReload.current = null;
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, list: Trip[], index: number, trip: Trip) => {
    if (e.altKey || e.ctrlKey || (e.metaKey && e.key !== 'Backspace')) return;
    switch (e.key) {
      case 'ArrowDown':
        focusRow(list, index + 1);
        break;
      case 'ArrowUp':
        focusRow(list, index - 1);
        break;
      case 'Home':
        focusRow(list, 0);
        break;
      case 'End':
        focusRow(list, list.length - 1);
        break;
      case 'Enter':
        // On the title link, the link itself opens the trip.
        if (e.target !== e.currentTarget) return;
        navigate(hrefs.trip(trip.id));
        break;
      case 'F2':
        openEdit(trip);
        break;
      case 'Delete':
        void remove(index, trip);
        break;
      case 'Backspace':
        // ⌘⌫ is "delete" on a Mac keyboard.
        if (!(isMac && e.metaKey)) return;
        void remove(index, trip);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const hasTrips = trips !== null && trips.length > 0;
  const lang = currentLang();
  const activeIndex = trips ? Math.min(active, trips.length - 1) : 0;

  return (
    <>
      <header className="page-header">
        <div>
          <PageHeading title={t('trips.heading')}>{t('trips.heading')}</PageHeading>
          {hasTrips && <p className="page-subtitle">{t('trips.count', { count: trips.length })}</p>}
        </div>
        {(hasTrips || state.status === 'error') && (
          <div className="page-actions">
            <NewTripButton />
          </div>
        )}
      </header>

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('trips.loadError')} error={state.error} onRetry={retry} />}

      {trips && trips.length === 0 && (
        <EmptyState
          icon={<TripsIcon size={28} />}
          title={t('trips.emptyTitle')}
          action={<NewTripButton buttonRef={emptyButton} />}
        >
          {t('trips.emptyText')}
        </EmptyState>
      )}

      {hasTrips && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('trips.caption')}</caption>
              <colgroup>
                <col />
                <col className="col-dates" />
                <col className="col-length" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('trips.columns.title')}</th>
                  <th scope="col">{t('trips.columns.dates')}</th>
                  <th scope="col" className="num">
                    {t('trips.columns.length')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {trips.map((trip, i) => (
                  <tr
                    key={trip.id}
                    ref={(el) => {
                      if (el) rows.current.set(trip.id, el);
                      else rows.current.delete(trip.id);
                    }}
                    tabIndex={i === activeIndex ? 0 : -1}
                    className="row"
                    aria-keyshortcuts="Enter F2 Delete"
                    onFocus={() => setActive(i)}
                    onKeyDown={(e) => onRowKeyDown(e, trips, i, trip)}
                    onDoubleClick={() => navigate(hrefs.trip(trip.id))}
                  >
                    <td className="cell-title">
                      <a href={hrefs.trip(trip.id)} tabIndex={-1} className="row-link">
                        {trip.title}
                      </a>
                    </td>
                    <td className="cell-dates">{formatDateRange(trip.startDate, trip.endDate, lang)}</td>
                    <td className="num cell-length">{t('trips.days', { count: dayCount(trip.startDate, trip.endDate) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="keyboard-hints">
            <span className="visually-hidden">{t('trips.keys.label')}: </span>
            <span>
              <kbd className="kbd">↑</kbd> <kbd className="kbd">↓</kbd> {t('trips.keys.move')}
            </span>
            <span>
              <kbd className="kbd">Enter</kbd> {t('trips.keys.open')}
            </span>
            <span>
              <kbd className="kbd">F2</kbd> {t('trips.keys.rename')}
            </span>
            <span>
              <kbd className="kbd">{isMac ? '⌘⌫' : 'Delete'}</kbd> {t('trips.keys.delete')}
            </span>
            <span>
              <kbd className="kbd">{shortcutLabel('N')}</kbd> {t('trips.keys.newTrip')}
            </span>
          </p>
        </>
      )}
    </>
  );
}
