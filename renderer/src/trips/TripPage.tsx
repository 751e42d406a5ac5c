import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './trip.css';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { ApiError } from '../../../shared/result';
import { dayCount, formatDateRange, formatLongDate } from '../../../shared/dates';
import { CalendarIcon, ChevronIcon, MembersIcon } from '../components/Icons';
import { ErrorPanel, Loading, PageHeading } from '../components/Page';
import { useTripActions } from './TripActions';
import { DetailsSection, StatusBadge } from './DetailsSection';
import { HostsSection, JournalistsSection, OfficialsSection } from '../delegation';
import { DuplicateDialog } from './DuplicateDialog';
import { AgendaSection } from '../agenda';
import { LearningsSection } from '../learnings';
import { MediaSection } from '../media';
import { DocumentsSection, TRIP_ANCHORS } from '../documents';
import { CopyIcon } from '../components/SectionIcons';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { WhileVisible } from '../lib/visible';
import { useCommand } from '../lib/commands-react';
import { ignoreRepeat } from '../lib/deleteGuard';
import { hrefs } from '../lib/router';

const isNotFound = (e: ApiError) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'id');

function Breadcrumb() {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('trip.breadcrumb')}>
      <ol>
        <li>
          <a href={hrefs.trips} aria-label={t('trip.backToList')}>
            {t('nav.trips')}
          </a>
          <ChevronIcon size={14} />
        </li>
      </ol>
    </nav>
  );
}

/** `#/trips/<id>`: one trip. */
export function TripPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCall('trips.detail', { id });

  if (state.status === 'loading') {
    return (
      <>
        <Breadcrumb />
        <Loading />
      </>
    );
  }
  if (state.status === 'error') {
    if (isNotFound(state.error)) {
      return (
        <>
          <Breadcrumb />
          <PageHeading title={t('trip.notFoundTitle')}>{t('trip.notFoundTitle')}</PageHeading>
          <p className="lead">{t('trip.notFoundText')}</p>
          <p>
            <a href={hrefs.trips} className="btn btn-secondary">
              {t('trip.notFoundLink')}
            </a>
          </p>
        </>
      );
    }
    return (
      <>
        <Breadcrumb />
        <ErrorPanel title={t('trip.loadError')} error={state.error} onRetry={retry} />
      </>
    );
  }
  return <TripView detail={state.value} />;
}

function TripView({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const { trip, counts } = detail;
  const { openEdit, askDeleteTrip } = useTripActions();
  const [duplicating, setDuplicating] = useState(false);
  const lang = currentLang();
  const days = t('trips.days', { count: dayCount(trip.startDate, trip.endDate) });

  // F2 edits the trip, as on the list.
  useCommand({ id: 'trip.edit', label: 'commands.labels.editTrip', keys: 'F2', context: 'trip', run: () => openEdit(trip) });

  return (
    <>
      <Breadcrumb />
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={trip.title}>{trip.title}</PageHeading>
          <p className="trip-dates">
            <CalendarIcon size={16} />
            <span>{formatDateRange(trip.startDate, trip.endDate, lang)}</span>
            <span className="sep" aria-hidden="true">
              ·
            </span>
            <span>{days}</span>
            <StatusBadge status={trip.status} />
          </p>
          <p className="trip-counts" aria-label={t('delegation.counts.label')}>
            <MembersIcon size={16} />
            <span>{t('delegation.counts.officials', { count: counts.officials })}</span>
            <span className="sep" aria-hidden="true">
              ·
            </span>
            <span>{t('delegation.counts.journalists', { count: counts.journalists })}</span>
            <span className="sep" aria-hidden="true">
              ·
            </span>
            <span>{t('delegation.counts.hosts', { count: counts.hosts })}</span>
          </p>
        </div>
        <div className="page-actions" role="group" aria-label={t('trip.actions')}>
          <button type="button" className="btn btn-secondary" onClick={() => setDuplicating(true)}>
            <CopyIcon size={15} />
            <span>{t('delegation.duplicate.action')}</span>
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => openEdit(trip)} aria-keyshortcuts="F2">
            <span>{t('common.edit')}</span>
            <kbd className="kbd" aria-hidden="true">
              F2
            </kbd>
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void askDeleteTrip(trip)} onKeyDown={ignoreRepeat}>
            {t('common.delete')}
          </button>
        </div>
      </header>

      <dl className="facts">
        <div className="fact">
          <dt>{t('trip.start')}</dt>
          <dd>{formatLongDate(trip.startDate, lang)}</dd>
        </div>
        <div className="fact">
          <dt>{t('trip.end')}</dt>
          <dd>{formatLongDate(trip.endDate, lang)}</dd>
        </div>
        <div className="fact">
          <dt>{t('trip.length')}</dt>
          <dd>{days}</dd>
        </div>
      </dl>

      {/* Each section has an anchor, where the documents' readiness check sends the user to fix a gap;
          a section off screen does not re-read after writes until it scrolls back into view (lib/visible.tsx). */}
      <div id={TRIP_ANCHORS.trip} className="trip-anchor">
        <DetailsSection detail={detail} />
      </div>

      <section id={TRIP_ANCHORS.delegation} className="trip-group trip-anchor" aria-labelledby={`${uid}-participants`}>
        <div className="section-head">
          <h2 id={`${uid}-participants`}>{t('delegation.participants.heading')}</h2>
        </div>
        <OfficialsSection detail={detail} />
        <JournalistsSection detail={detail} />
      </section>

      <WhileVisible id={TRIP_ANCHORS.hosts} className="trip-anchor">
        <HostsSection detail={detail} />
      </WhileVisible>
      <WhileVisible id={TRIP_ANCHORS.agenda} className="trip-anchor">
        <AgendaSection detail={detail} />
      </WhileVisible>
      <WhileVisible id={TRIP_ANCHORS.learnings} className="trip-anchor">
        <LearningsSection detail={detail} />
      </WhileVisible>
      <WhileVisible id={TRIP_ANCHORS.media} className="trip-anchor">
        <MediaSection detail={detail} />
      </WhileVisible>
      <WhileVisible id={TRIP_ANCHORS.documents} className="trip-anchor">
        <DocumentsSection detail={detail} />
      </WhileVisible>
      {duplicating && <DuplicateDialog trip={trip} onClose={() => setDuplicating(false)} />}
    </>
  );
}
