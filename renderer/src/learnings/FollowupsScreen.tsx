import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './followups.css';
import { formatDateRange, formatLongDate } from '../../../shared/dates';
import { DIMENSIONS, FOLLOWUP_STATUSES, type Dimension, type FollowupStatus, type TrackerRow } from '../../../shared/learnings/schemas';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../lib/useDebounced';
import { FollowupsIcon } from '../components/Icons';
import { FilterSelect } from '../components/ListToolbar';
import { EmptyState, ErrorPanel, Loading, PageHeading } from '../components/Page';
import { TableHead } from '../components/TableHead';
import { currentLang, type Lang } from '../i18n';
import { useCall } from '../lib/data';
import { SpacerRow, usePageWindow, WINDOW_AFTER } from '../lib/windowed';
import { hrefs } from '../lib/router';
import { todayIso } from '../lib/today';

interface Filters {
  status: FollowupStatus | '';
  dimension: Dimension | '';
  unit: string;
  query: string;
  overdue: boolean;
}
const NO_FILTERS: Filters = { status: '', dimension: '', unit: '', query: '', overdue: false };

/** "Kamis, 24 September 2026", the date itself on one line: in a narrow column the weekday goes above it. */
function LongDate({ iso, lang }: { iso: string; lang: Lang }) {
  const text = formatLongDate(iso, lang);
  const cut = text.indexOf(', ');
  if (cut < 0) return <span className="tracker-date-day">{text}</span>;
  return (
    <>
      {text.slice(0, cut + 1)} <span className="tracker-date-day">{text.slice(cut + 2)}</span>
    </>
  );
}

/** A tracker row's height before it is measured (action, topic and chips on three lines). */
const ROW_ESTIMATE = 76;

/** `#/followups`: every follow-up action across all trips, filtered. */
const NO_ROWS: readonly TrackerRow[] = [];
export function FollowupsScreen() {
  const { t } = useTranslation();
  const uid = useId();
  const lang = currentLang();
  const [f, setF] = useState<Filters>(NO_FILTERS);
  const unit = useDebounced(f.unit.trim(), SEARCH_DEBOUNCE_MS);
  const query = useDebounced(f.query.trim(), SEARCH_DEBOUNCE_MS);
  // The user's own calendar date decides what is late, never the main process's zone.
  const today = todayIso();
  const { state, retry } = useCall('followups.tracker', {
    today,
    ...(f.status ? { status: f.status } : {}),
    ...(f.dimension ? { dimension: f.dimension } : {}),
    ...(unit ? { unit } : {}),
    ...(query ? { query } : {}),
    ...(f.overdue ? { overdue: true } : {}),
  });
  const rows = state.status === 'ok' ? state.value.rows : NO_ROWS;
  // A long answer renders only the rows near the view: typing one more letter re-renders a screenful, not every row.
  const keys = useMemo(() => rows.map((r) => r.id), [rows]);
  const win = usePageWindow({ keys, estimateSize: () => ROW_ESTIMATE, windowed: rows.length > WINDOW_AFTER });
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setF((x) => ({ ...x, [k]: v }));
  const filtered = f.status !== '' || f.dimension !== '' || unit !== '' || query !== '' || f.overdue;

  return (
    <>
      <header className="page-header">
        <PageHeading title={t('learnings.tracker.heading')}>{t('learnings.tracker.heading')}</PageHeading>
      </header>
      <p className="lead tracker-lead">{t('learnings.tracker.lead')}</p>

      {state.status === 'ok' && (
        <ul className="tracker-counts" aria-label={t('learnings.fu.status')}>
          {FOLLOWUP_STATUSES.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={`tracker-count status-${s}${f.status === s ? ' is-active' : ''}`}
                aria-pressed={f.status === s}
                onClick={() => set('status', f.status === s ? '' : s)}
              >
                <span className="tracker-count-n">{state.value.counts[s]}</span>
                <span className="tracker-count-label">{t(`learnings.status.${s}`)}</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className={`tracker-count tracker-count-overdue${f.overdue ? ' is-active' : ''}`}
              aria-pressed={f.overdue}
              onClick={() => set('overdue', !f.overdue)}
            >
              <span className="tracker-count-n">{state.value.overdueCount}</span>
              <span className="tracker-count-label">{t('learnings.fu.overdue')}</span>
            </button>
          </li>
        </ul>
      )}

      <form className="tracker-filters" role="search" aria-label={t('learnings.tracker.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${uid}-q`}>{t('learnings.tracker.search')}</label>
          <input id={`${uid}-q`} type="search" className="input" placeholder={t('learnings.tracker.searchPlaceholder')} value={f.query} onChange={(e) => set('query', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-status`}>{t('learnings.fu.status')}</label>
          <FilterSelect
            id={`${uid}-status`}
            className="input"
            value={f.status}
            onChange={(v) => set('status', v)}
            allLabel={t('learnings.tracker.allStatuses')}
            codes={FOLLOWUP_STATUSES}
            labelOf={(s) => t(`learnings.status.${s}`)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-dim`}>{t('learnings.f.dimensions')}</label>
          <FilterSelect
            id={`${uid}-dim`}
            className="input"
            value={f.dimension}
            onChange={(v) => set('dimension', v)}
            allLabel={t('learnings.tracker.allDimensions')}
            codes={DIMENSIONS}
            labelOf={(d) => t(`learnings.dimension.${d}`)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-unit`}>{t('learnings.tracker.unit')}</label>
          <input id={`${uid}-unit`} className="input" value={f.unit} onChange={(e) => set('unit', e.target.value)} />
        </div>
        <label className="tracker-overdue-toggle">
          <input type="checkbox" checked={f.overdue} onChange={(e) => set('overdue', e.target.checked)} />
          {t('learnings.tracker.overdueOnly')}
        </label>
      </form>

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('learnings.tracker.loadError')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && state.value.total === 0 && (
        <EmptyState
          icon={<FollowupsIcon size={28} />}
          title={filtered ? t('learnings.tracker.noMatchTitle') : t('learnings.tracker.emptyTitle')}
          action={
            filtered ? (
              <button type="button" className="btn btn-secondary" onClick={() => setF(NO_FILTERS)}>
                {t('learnings.tracker.clear')}
              </button>
            ) : undefined
          }
        >
          {filtered ? t('learnings.tracker.noMatchText') : t('learnings.tracker.emptyText')}
        </EmptyState>
      )}
      {state.status === 'ok' && state.value.total > 0 && (
        <>
          <p className="muted tracker-total" aria-live="polite">
            {t('learnings.tracker.total', { count: state.value.total })}
            {state.value.rows.length < state.value.total && ` ${t('learnings.tracker.shown', { shown: state.value.rows.length, total: state.value.total })}`}
          </p>
          <div className="table-wrap trip-card">
            <table className="data-table tracker-table">
              <TableHead
                columns={[
                  { label: t('learnings.tracker.colAction'), className: 'col-action' },
                  { label: t('learnings.tracker.colTrip'), className: 'col-trip' },
                  { label: t('learnings.tracker.colOwner'), className: 'col-owner' },
                  { label: t('learnings.tracker.colTarget'), className: 'col-target' },
                  { label: t('learnings.tracker.colStatus'), className: 'col-status' },
                ]}
              />
              <tbody {...win.listProps}>
                {win.rows.map(({ index, key, before }) => {
                  const r = rows[index];
                  if (!r) return null;
                  return (
                    <Fragment key={key}>
                      <SpacerRow size={before} columns={5} />
                      <tr data-index={index} ref={win.rowRef} className={r.overdue ? 'is-overdue' : undefined}>
                        <td>
                          <span className="tracker-action">{r.action}</span>
                          <span className="tracker-topic">{r.topic}</span>
                          {r.dimensions.length > 0 && (
                            <span className="tracker-dims">
                              {r.dimensions.map((d) => (
                                <span key={d} className="learning-chip">
                                  {t(`learnings.dimension.${d}`)}
                                </span>
                              ))}
                            </span>
                          )}
                        </td>
                        <td>
                          <a href={hrefs.trip(r.tripId)}>{r.tripTitle}</a>
                          <span className="tracker-topic">{formatDateRange(r.tripStartDate, r.tripEndDate, lang)}</span>
                        </td>
                        <td>{r.ownerUnit || r.responsibleUnit || '—'}</td>
                        <td className="tracker-date">
                          {r.targetDate ? <LongDate iso={r.targetDate} lang={lang} /> : '—'}
                          {r.overdue && <span className="overdue-badge">{t('learnings.fu.overdue')}</span>}
                        </td>
                        <td>
                          <span className={`status-pill status-${r.status}`}>{t(`learnings.status.${r.status}`)}</span>
                        </td>
                      </tr>
                    </Fragment>
                  );
                })}
                <SpacerRow size={win.after} columns={5} />
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
