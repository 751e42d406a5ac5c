import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_SPLITS, type AttendanceSplit, type ReportText } from '../../../shared/documents/schemas';
import { useCall } from '../lib/data';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { errorText } from '../i18n/errors';

/**
 * Daftar hadir per hari or per sesi: which sheets the attendance list has
 * (ReportText.attendanceSplit). Saved as soon as it is chosen; a failed save
 * puts the stored choice back and says why beside it.
 */
export function AttendanceSplitField({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const uid = useId();
  const { state, retry } = useCall('reportText.get', { tripId });
  const write = useTripWrite();
  const toasts = useToasts();
  const [value, setValue] = useState<AttendanceSplit | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Take what is stored when it loads (again), but not over a choice being saved.
  const loaded = state.status === 'ok' ? state.value : null;
  const [seen, setSeen] = useState<ReportText | null>(null);
  if (loaded && loaded !== seen) {
    setSeen(loaded);
    if (!saving) setValue(loaded.attendanceSplit);
  }

  if (state.status === 'error') return <ErrorPanel title={t('documents.attendanceSplit.loadError')} error={state.error} onRetry={retry} />;
  if (!value) return <Loading />;

  const choose = async (split: AttendanceSplit) => {
    if (split === value || saving) return;
    const before = value;
    setValue(split);
    setError(null);
    setSaving(true);
    const r = await write('reportText.update', { tripId, patch: { attendanceSplit: split } }, { quiet: true });
    setSaving(false);
    if (!r.ok) {
      setValue(before);
      setError(t('documents.attendanceSplit.saveError', { reason: errorText(t, r.error) }));
      return;
    }
    const saved = r.value.attendanceSplit;
    setValue(saved);
    toasts.show({ message: (tr) => tr(`documents.attendanceSplit.saved.${saved}`), duration: 4000 });
  };

  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  return (
    // The padding of the documents' other panels (.doc-numbers, .doc-signing).
    <div className="trip-card doc-attendance" role="region" aria-labelledby={`${uid}-h`}>
      <header className="doc-panel-head">
        <h3 id={`${uid}-h`}>{t('documents.attendanceSplit.heading')}</h3>
      </header>
      <fieldset className="register-sequence" aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')} aria-busy={saving || undefined}>
        <legend className="label">{t('documents.attendanceSplit.legend')}</legend>
        {ATTENDANCE_SPLITS.map((split) => (
          <label key={split} className="radio-line">
            <input type="radio" name={`${uid}-split`} value={split} checked={value === split} disabled={saving} onChange={() => void choose(split)} />
            <span>{t(`documents.attendanceSplit.options.${split}`)}</span>
          </label>
        ))}
        <p id={hintId} className="field-hint">
          {t('documents.attendanceSplit.hint')}
        </p>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </div>
  );
}
