import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './agenda.css';
import '../styles/windowed.css';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import {
  findGaps,
  findImpossible,
  findOverlaps,
  formatDay,
  formatDuration,
  formatSpan,
  addDays,
  daysBetween,
  groupByLocalDate,
  type SequenceProblem,
} from '../../../shared/zones';
import { formatDateRange } from '../../../shared/dates';
import { isTravelKind } from '../../../shared/vocabulary';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { AlertIcon, CalendarIcon, PlusIcon } from '../components/Icons';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { SectionEmpty } from '../components/SectionEmpty';
import { useFocusAfterChange, usePageWindow, WINDOW_AFTER, type PickInRow } from '../lib/windowed';
import { AgendaDialog } from './AgendaDialog';
import { DuplicateDayDialog } from './DuplicateDayDialog';

interface Flags {
  overlaps: Map<string, string[]>;
  impossible: Map<string, SequenceProblem>;
}

/** An item's height before it is measured, in px. */
const ITEM_ESTIMATE = 64;

/** In an agenda entry: its item. */
const itemIn: PickInRow = (li) => li.querySelector<HTMLElement>('.agenda-item');

function analyse(items: readonly AgendaItem[]): Flags {
  const overlaps = new Map<string, string[]>();
  for (const [a, b] of findOverlaps(items)) {
    overlaps.set(a, [...(overlaps.get(a) ?? []), b]);
    overlaps.set(b, [...(overlaps.get(b) ?? []), a]);
  }
  return { overlaps, impossible: findImpossible(items) };
}

/** Agenda of the trip: day by day, by the local date of the place. */
export function AgendaSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const { state, retry } = useCall('agenda.list', { tripId });
  const [dialog, setDialog] = useState<AgendaItem | { date: string } | null>(null);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const items = useMemo(() => (state.status === 'ok' ? state.value : []), [state]);
  const days = useMemo(() => groupByLocalDate(items), [items]);
  const flags = useMemo(() => analyse(items), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  return (
    <section className="trip-section agenda" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('agenda.heading')}</h2>
        {items.length > 0 && <p className="muted">{t('agenda.count', { count: items.length })}</p>}
      </div>
      {state.status === 'loading' && <p className="muted">{t('agenda.loading')}</p>}
      {state.status === 'error' && (
        <p className="form-error" role="alert">
          {t('agenda.loadError')}{' '}
          <button type="button" className="btn btn-secondary btn-small" onClick={retry}>
            {t('agenda.retry')}
          </button>
        </p>
      )}
      {state.status === 'ok' && items.length === 0 && (
        <div className="trip-card">
          <SectionEmpty
            icon={<CalendarIcon size={20} />}
            title={t('agenda.emptyTitle')}
            action={
              <button type="button" className="btn btn-secondary btn-small" onClick={() => setDialog({ date: detail.trip.startDate })}>
                {t('agenda.add')}
              </button>
            }
          >
            {t('agenda.emptyText')}
          </SectionEmpty>
        </div>
      )}
      {days.map((d) => (
        <AgendaDay
          key={d.date}
          date={d.date}
          tripStart={detail.trip.startDate}
          tripEnd={detail.trip.endDate}
          items={d.items}
          windowed={items.length > WINDOW_AFTER}
          flags={flags}
          byId={byId}
          onAdd={() => setDialog({ date: d.date })}
          onEdit={(it) => setDialog(it)}
          onDuplicate={() => setDuplicating(d.date)}
        />
      ))}
      {items.length > 1 && <p className="muted agenda-hint">{t('agenda.reorderHint')}</p>}
      {dialog && (
        <AgendaDialog
          detail={detail}
          item={'id' in dialog ? dialog : null}
          date={'id' in dialog ? dialog.startLocal.slice(0, 10) : dialog.date}
          onClose={() => setDialog(null)}
        />
      )}
      {duplicating && <DuplicateDayDialog tripId={tripId} date={duplicating} knownIds={byId} onClose={() => setDuplicating(null)} />}
    </section>
  );
}

function AgendaDay({
  date,
  tripStart,
  tripEnd,
  items,
  windowed,
  flags,
  byId,
  onAdd,
  onEdit,
  onDuplicate,
}: {
  date: string;
  /** The trip's calendar dates: a day outside them is flagged. */
  tripStart: string;
  tripEnd: string;
  items: AgendaItem[];
  /** The agenda is long: each day renders only its items near the view. */
  windowed: boolean;
  flags: Flags;
  byId: Map<string, AgendaItem>;
  onAdd: () => void;
  onEdit: (it: AgendaItem) => void;
  onDuplicate: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const lang = currentLang();
  const write = useTripWrite();
  const toasts = useToasts();
  const day = formatDay(date, lang);
  const tripId = items[0]?.tripId ?? '';
  const gaps = new Map(findGaps(items).map((g) => [g.beforeId, g.minutes]));
  const outside = date < tripStart || date > tripEnd;
  const dayNumber = daysBetween(tripStart, date) + 1;
  const keys = useMemo(() => items.map((i) => i.id), [items]);
  const win = usePageWindow({ keys, estimateSize: () => ITEM_ESTIMATE, windowed });
  const focusAfter = useFocusAfterChange(items, win.focus);

  const shift = async (days: number) => {
    // Undo moves back exactly these items, not whatever else already was on the day they moved to.
    const itemIds = items.map((i) => i.id);
    const r = await write('agenda.shiftDay', { tripId, date, days });
    if (!r.ok) return;
    toasts.show({
      message: (tr) => tr('agenda.shifted', { day, days: days > 0 ? `+${days}` : String(days) }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('agenda.shiftDay', { tripId, date: addDays(date, days), days: -days, itemIds }) },
      undoable: true,
    });
  };

  const remove = async (it: AgendaItem) => {
    const r = await write('agenda.remove', { id: it.id });
    if (!r.ok) return;
    toasts.show({
      message: (tr) => tr('agenda.removed', { title: it.title }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('agenda.restore', { id: it.id }) },
      undoable: true,
    });
  };

  const onKey = async (e: KeyboardEvent<HTMLElement>, it: AgendaItem) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if (e.target !== e.currentTarget) return;
    const same = items.filter((x) => x.startAt === it.startAt);
    const index = same.findIndex((x) => x.id === it.id);
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    e.preventDefault();
    if (to < 0 || to >= same.length) return;
    const r = await write('agenda.reorder', { id: it.id, position: to });
    // Once the day shows the new order, the item keeps the focus (rendered first if it moved out of the window).
    if (r.ok) focusAfter(it.id, itemIn);
  };

  return (
    <div className="agenda-day trip-card">
      <div className={`agenda-day-head${outside ? ' is-outside' : ''}`}>
        <h3 id={`${uid}-h`} aria-describedby={`${uid}-n`}>
          {day}
        </h3>
        {outside ? (
          <p id={`${uid}-n`} className="agenda-flag agenda-flag-warn agenda-day-outside">
            <AlertIcon size={13} />
            <span>{t('agenda.outsideTrip', { range: formatDateRange(tripStart, tripEnd, lang) })}</span>
          </p>
        ) : (
          <span id={`${uid}-n`} className="agenda-day-number">
            {t('agenda.dayOfTrip', { n: dayNumber, total: daysBetween(tripStart, tripEnd) + 1 })}
          </span>
        )}
        <div className="agenda-day-actions">
          <button type="button" className="btn btn-secondary btn-small" aria-label={t('agenda.shiftBackLabel', { day })} onClick={() => void shift(-1)}>
            {t('agenda.shiftBack')}
          </button>
          <button type="button" className="btn btn-secondary btn-small" aria-label={t('agenda.shiftForwardLabel', { day })} onClick={() => void shift(1)}>
            {t('agenda.shiftForward')}
          </button>
          <button type="button" className="btn btn-secondary btn-small" aria-label={t('agenda.duplicateDayLabel', { day })} onClick={onDuplicate}>
            {t('agenda.duplicateDay')}
          </button>
          <button type="button" className="btn btn-secondary btn-small" onClick={onAdd}>
            <PlusIcon size={14} /> {t('agenda.add')}
          </button>
        </div>
      </div>
      <ol className="agenda-list" aria-labelledby={`${uid}-h`} {...win.listProps} style={win.after > 0 ? { paddingBottom: win.after } : undefined}>
        {win.rows.map(({ index, key, before }) => {
          const it = items[index];
          if (!it) return null;
          const gap = gaps.get(it.id);
          const overlapWith = flags.overlaps.get(it.id) ?? [];
          const problem = flags.impossible.get(it.id);
          const travel = isTravelKind(it.kind);
          const venue = it.venueName || it.venueText;
          return (
            <li
              key={key}
              className="agenda-entry"
              data-index={index}
              ref={win.rowRef}
              style={before > 0 ? { marginTop: before } : undefined}
              aria-posinset={win.windowed ? index + 1 : undefined}
              aria-setsize={win.windowed ? items.length : undefined}
            >
              {gap !== undefined && gap > 0 && <p className="agenda-gap">{t('agenda.gap', { duration: formatDuration(gap, lang) })}</p>}
              <article
                id={`agenda-item-${it.id}`}
                className={`agenda-item agenda-kind-${it.kind}${problem ? ' is-impossible' : overlapWith.length ? ' is-overlap' : ''}`}
                tabIndex={0}
                aria-label={`${formatSpan(it.startAt, it.startZone, it.endAt, it.endZone)} ${it.title}`}
                onKeyDown={(e) => void onKey(e, it)}
              >
                <div className="agenda-time">{formatSpan(it.startAt, it.startZone, it.endAt, it.endZone)}</div>
                <div className="agenda-body">
                  <div className="agenda-title-row">
                    <span className="agenda-kind">{t(`agenda.kinds.${it.kind}`)}</span>
                    <span className="agenda-title">{it.title}</span>
                  </div>
                  {travel && (it.fromPlace || it.toPlace) && (
                    <p className="agenda-meta agenda-route">
                      {it.fromPlace || '…'} → {it.toPlace || '…'}
                    </p>
                  )}
                  {(venue || it.pic || it.attendance === 'chosen') && (
                    <p className="agenda-meta">
                      {venue && (
                        <span>
                          <span className="agenda-meta-label">{t('agenda.venue')}:</span> {venue}
                        </span>
                      )}
                      {it.pic && (
                        <span>
                          <span className="agenda-meta-label">{t('agenda.pic')}:</span> {it.pic}
                        </span>
                      )}
                      {it.attendance === 'chosen' && (
                        <span>
                          <span className="agenda-meta-label">{t('agenda.attendees')}:</span> {t('agenda.chosenCount', { count: it.memberIds.length })}
                        </span>
                      )}
                    </p>
                  )}
                  {it.notes && <p className="agenda-notes">{it.notes}</p>}
                  {(problem || overlapWith.length > 0) && (
                    <ul className="agenda-flags">
                      {problem && (
                        <li className="agenda-flag agenda-flag-error">
                          <AlertIcon size={13} />
                          <span>{t(`agenda.flags.${problem}`)}</span>
                        </li>
                      )}
                      {overlapWith.map((oid) => {
                        const o = byId.get(oid);
                        if (!o) return null;
                        return (
                          <li key={oid} className="agenda-flag agenda-flag-warn">
                            <AlertIcon size={13} />
                            <span>{t('agenda.flags.overlap', { title: o.title, time: formatSpan(o.startAt, o.startZone, o.endAt, o.endZone) })}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </div>
                <div className="agenda-actions">
                  <button type="button" className="agenda-btn" aria-label={t('agenda.editLabel', { title: it.title })} onClick={() => onEdit(it)}>
                    {t('agenda.edit')}
                  </button>
                  <button type="button" className="agenda-btn agenda-btn-danger" aria-label={t('agenda.removeLabel', { title: it.title })} onClick={() => void remove(it)}>
                    {t('agenda.remove')}
                  </button>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
