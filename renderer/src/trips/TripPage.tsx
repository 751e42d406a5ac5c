import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './trip.css';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { ApiError } from '../../../shared/result';
import { dayCount, formatDateRange, formatLongDate } from '../../../shared/dates';
import { Fact } from '../components/Fact';
import { Breadcrumb } from '../components/Breadcrumb';
import { CalendarIcon, MembersIcon } from '../components/Icons';
import { BackToTrips, ErrorPanel, Loading, PageHeading } from '../components/Page';
import { useTripActions } from './TripActions';
import { DetailsSection } from './DetailsSection';
import { StatusBadge } from './StatusBadge';
import { HostsSection, JournalistsSection, OfficialsSection } from '../delegation';
import { DuplicateDialog } from './DuplicateDialog';
import { AgendaSection } from '../agenda';
import { LearningsSection } from '../learnings';
import { MediaSection } from '../media';
import { DocumentsSection, TRIP_ANCHORS } from '../documents';
import { BUDGET_ANCHOR, BudgetSection } from '../money';
import { CopyIcon } from '../components/SectionIcons';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { WhileVisible } from '../lib/visible';
import { useAfterFirstCommit } from '../lib/later';
import { useCommand } from '../lib/commands-react';
import { ignoreRepeat } from '../lib/deleteGuard';
import { hrefs } from '../lib/router';

/** The sections below the participants, in page order: each re-reads only while on screen (lib/visible.tsx). */
const LAZY_SECTIONS = [
  [TRIP_ANCHORS.hosts, HostsSection],
  [TRIP_ANCHORS.agenda, AgendaSection],
  [TRIP_ANCHORS.learnings, LearningsSection],
  [TRIP_ANCHORS.media, MediaSection],
  // The budget before the papers: the SPPD and the cost documents are made from it.
  [BUDGET_ANCHOR, BudgetSection],
  [TRIP_ANCHORS.documents, DocumentsSection],
] as const;

const isNotFound = (e: ApiError) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'id');

/** The dot between the facts of the header's lines. */
const Sep = () => (
  <span className="sep" aria-hidden="true">
    ·
  </span>
);

function TripsBreadcrumb() {
  const { t } = useTranslation();
  return (
    <Breadcrumb label={t('trip.breadcrumb')} href={hrefs.trips} linkLabel={t('trip.backToList')}>
      {t('nav.trips')}
    </Breadcrumb>
  );
}

/** `#/trips/<id>`: one trip. */
export function TripPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCall('trips.detail', { id });

  if (state.status === 'loading') {
    return (
      <>
        <TripsBreadcrumb />
        <Loading />
      </>
    );
  }
  if (state.status === 'error') {
    if (isNotFound(state.error)) {
      return (
        <>
          <TripsBreadcrumb />
          <PageHeading title={t('trip.notFoundTitle')}>{t('trip.notFoundTitle')}</PageHeading>
          <BackToTrips text={t('trip.notFoundText')} linkLabel={t('trip.notFoundLink')} />
        </>
      );
    }
    return (
      <>
        <TripsBreadcrumb />
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
  // The header, details and participants commit first; the sections below them follow as a transition.
  const rest = useAfterFirstCommit();

  // F2 edits the trip, as on the list.
  useCommand({ id: 'trip.edit', label: 'commands.labels.editTrip', keys: 'F2', context: 'trip', run: () => openEdit(trip) });

  return (
    <>
      <TripsBreadcrumb />
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={trip.title}>{trip.title}</PageHeading>
          <p className="trip-dates">
            <CalendarIcon size={16} />
            <span>{formatDateRange(trip.startDate, trip.endDate, lang)}</span>
            <Sep />
            <span>{days}</span>
            <StatusBadge status={trip.status} />
          </p>
          <p className="trip-counts" aria-label={t('delegation.counts.label')}>
            <MembersIcon size={16} />
            <span>{t('delegation.counts.officials', { count: counts.officials })}</span>
            <Sep />
            <span>{t('delegation.counts.journalists', { count: counts.journalists })}</span>
            <Sep />
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
        <Fact className="fact" term={t('trip.start')}>
          {formatLongDate(trip.startDate, lang)}
        </Fact>
        <Fact className="fact" term={t('trip.end')}>
          {formatLongDate(trip.endDate, lang)}
        </Fact>
        <Fact className="fact" term={t('trip.length')}>
          {days}
        </Fact>
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

      {LAZY_SECTIONS.map(([anchor, Section]) => (
        <WhileVisible key={anchor} id={anchor} className="trip-anchor">
          {rest && <Section detail={detail} />}
        </WhileVisible>
      ))}
      {duplicating && <DuplicateDialog trip={trip} onClose={() => setDuplicating(false)} />}
    </>
  );
}
