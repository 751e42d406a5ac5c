import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './documents.css';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { AttendanceSplitField } from './AttendanceSplitField';
import { ExportButton } from './ExportDialog';
import { RefreshIcon } from '../components/StatusIcons';
import { NumbersPanel } from './NumbersPanel';
import { QuotesPanel } from '../quotes';
import { ReadinessPanel } from './ReadinessPanel';
import { ReportTextsForm } from './ReportTextsForm';
import { SigningPanel } from './SigningPanel';
import { useLive } from './useLive';

/**
 * Dokumen: whether the trip is ready for its official documents (and where
 * to fix what is missing), who issues and signs each of them, their
 * numbers, the report's own words, the quotes the press release may print,
 * and the export.
 */
export function DocumentsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const readiness = useLive('docs.readiness', { tripId });
  const numbers = useLive('numbers.get', { tripId });
  const signing = useLive('signing.get', { tripId });
  const busy = readiness.busy || numbers.busy || signing.busy;

  const refresh = () => {
    readiness.reload();
    numbers.reload();
    signing.reload();
  };

  return (
    <section className="trip-section documents" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('documents.heading')}</h2>
        <div className="section-head-actions">
          <button type="button" className="btn btn-secondary btn-small" onClick={refresh} aria-label={t('documents.refreshLabel')} aria-busy={busy || undefined}>
            <RefreshIcon size={14} />
            <span>{t('documents.refresh')}</span>
          </button>
          <ExportButton tripId={tripId} />
        </div>
      </div>
      <p className="muted documents-intro">{t('documents.intro')}</p>
      <div className="documents-grid">
        <ReadinessPanel state={readiness.state} onRetry={readiness.reload} />
        <SigningPanel detail={detail} state={signing.state} numbers={numbers.state} onRetry={signing.reload} />
        <NumbersPanel tripId={tripId} state={numbers.state} signing={signing.state} onRetry={numbers.reload} />
        <AttendanceSplitField tripId={tripId} />
      </div>
      <ReportTextsForm tripId={tripId} />
      {/* Beside the press release's own texts: the words it may quote. */}
      <QuotesPanel detail={detail} />
    </section>
  );
}
