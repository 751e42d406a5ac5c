import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../shared/domain/trip';
import type { ApiError } from '../../../shared/result';
import { dayCount, formatDateRange, formatLongDate } from '../../../shared/dates';
import { AgendaIcon, CalendarIcon, ChevronIcon, DocumentsIcon, MembersIcon, ResultsIcon } from '../components/Icons';
import { ErrorPanel, Loading, PageHeading } from '../components/Page';
import { useTripActions } from '../components/TripActions';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { isEditableTarget, modalOpen } from '../lib/keys';
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
  const { state, retry } = useCall('trips.get', { id });

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
  return <TripView trip={state.value} />;
}

function TripView({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const { openEdit, deleteTrip } = useTripActions();
  const lang = currentLang();
  const days = t('trips.days', { count: dayCount(trip.startDate, trip.endDate) });

  // F2 edits the trip, as on the list.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F2' || e.ctrlKey || e.metaKey || e.altKey || isEditableTarget(e.target) || modalOpen()) return;
      e.preventDefault();
      openEdit(trip);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openEdit, trip]);

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
          </p>
        </div>
        <div className="page-actions" role="group" aria-label={t('trip.actions')}>
          <button type="button" className="btn btn-secondary" onClick={() => openEdit(trip)} aria-keyshortcuts="F2">
            <span>{t('common.edit')}</span>
            <kbd className="kbd" aria-hidden="true">
              F2
            </kbd>
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void deleteTrip(trip)}>
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

      <section className="later" aria-labelledby="trip-sections-heading">
        <div className="section-head">
          <h2 id="trip-sections-heading">{t('trip.sectionsHeading')}</h2>
          <p className="muted">{t('trip.sectionsNote')}</p>
        </div>
        <ul className="card-grid">
          <LaterCard icon={<MembersIcon />} title={t('trip.sections.members')}>
            {t('trip.sections.membersText')}
          </LaterCard>
          <LaterCard icon={<AgendaIcon />} title={t('trip.sections.agenda')}>
            {t('trip.sections.agendaText')}
          </LaterCard>
          <LaterCard icon={<ResultsIcon />} title={t('trip.sections.results')}>
            {t('trip.sections.resultsText')}
          </LaterCard>
          <LaterCard icon={<DocumentsIcon />} title={t('trip.sections.documents')}>
            {t('trip.sections.documentsText')}
          </LaterCard>
        </ul>
      </section>
    </>
  );
}

function LaterCard({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="card card-later">
      <div className="card-head">
        <span className="card-icon">{icon}</span>
        <h3>{title}</h3>
        <span className="badge">{t('common.comingLater')}</span>
      </div>
      <p>{children}</p>
    </li>
  );
}
