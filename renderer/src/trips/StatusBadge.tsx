import { useTranslation } from 'react-i18next';
import type { TripStatus } from '../../../shared/trips/schemas';

/** A trip's status as a coloured badge (the trips list and the trip page's heading). */
export function StatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`delegation.status.${status}`)}</span>;
}
