import { useTranslation } from 'react-i18next';
import { dayCount, formatDateRange, isRealIsoDate } from '../../../shared/dates';
import { addDays } from '../../../shared/zones';
import type { ApiError, Result } from '../../../shared/result';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { currentLang } from '../i18n';

/** A trip longer than this many days is saved only after the user confirms it (a study visit is a few days). */
export const LONG_TRIP_DAYS = 14;

export const isLongTrip = (start: string, end: string) => dayCount(start, end) > LONG_TRIP_DAYS;

/**
 * The dates after the start moved to `start`. While the user has not set the
 * end (`endFollows`), the end moves with the start and the trip keeps its
 * length (a new trip: the end is the start); otherwise the end moves only when
 * the start passes it.
 */
export function datesAfterStart(prev: { startDate: string; endDate: string }, start: string, endFollows: boolean): string {
  if (!isRealIsoDate(start)) return prev.endDate;
  if (endFollows) {
    const length = isRealIsoDate(prev.startDate) && isRealIsoDate(prev.endDate) ? Math.max(0, dayCount(prev.startDate, prev.endDate) - 1) : 0;
    return addDays(start, length);
  }
  return isRealIsoDate(prev.endDate) && start > prev.endDate ? start : prev.endDate;
}

/** "Perjalanan 20 hari?": asked before a trip longer than LONG_TRIP_DAYS is saved; confirming saves it. */
export function LongTripConfirm<T>({
  startDate,
  endDate,
  save,
  onSaved,
  onFailed,
  onCancel,
}: {
  startDate: string;
  endDate: string;
  save: () => Promise<Result<T>>;
  onSaved: (value: T) => void;
  onFailed: (error: ApiError) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const count = dayCount(startDate, endDate);
  return (
    <ConfirmDialog
      title={t('dialog.longTrip.title', { count })}
      confirmLabel={t('dialog.longTrip.confirm', { count })}
      workingLabel={t('dialog.longTrip.working')}
      cancelLabel={t('dialog.longTrip.cancel')}
      action={save}
      onDone={onSaved}
      onFailed={onFailed}
      onCancel={onCancel}
    >
      <p>{t('dialog.longTrip.text', { count, range: formatDateRange(startDate, endDate, currentLang()) })}</p>
    </ConfirmDialog>
  );
}
