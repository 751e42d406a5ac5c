import { useEffect, useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../shared/delegation/schemas';
import { PERSON_KINDS, type PersonKind } from '../../../shared/directory/person';
import { formatDateRange } from '../../../shared/dates';
import { currentLang } from '../i18n';
import type { Load } from '../lib/data';
import type { TripSummary } from '../../../shared/trips/schemas';
import { ErrorPanel } from '../components/Page';
import { ACCEPT } from './readFile';
import { CodeOptions, ItemOptions } from '../components/Options';

export interface TripChoice {
  enabled: boolean;
  tripId: string;
  role: MemberRole;
}

interface Props {
  kind: PersonKind;
  onKind: (k: PersonKind) => void;
  trip: TripChoice;
  onTrip: (t: TripChoice) => void;
  trips: { state: Load<TripSummary[]>; retry: () => void };
  onFile: (file: File) => void;
  reading: string | null;
  error: string | null;
}

/** Step 1: who is imported, optionally into which trip, and the file. */
export function SourceStep({ kind, onKind, trip, onTrip, trips, onFile, reading, error }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const [over, setOver] = useState(false);
  const lang = currentLang();
  const canJoin = kind !== 'host_official';
  const list = trips.state.status === 'ok' ? trips.state.value : null;

  // The select shows the first trip until the user picks one: make that the choice.
  useEffect(() => {
    if (!list || list.length === 0 || list.some((tr) => tr.id === trip.tripId)) return;
    onTrip({ ...trip, tripId: list[0]?.id ?? '' });
  }, [list, trip, onTrip]);

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div className="import-source">
      <fieldset className="import-kinds">
        <legend className="label">{t('import.kind.legend')}</legend>
        <div className="import-kind-grid">
          {PERSON_KINDS.map((k) => (
            <label key={k} className={`import-kind${kind === k ? ' is-selected' : ''}`}>
              <input type="radio" name={`${uid}-kind`} value={k} checked={kind === k} onChange={() => onKind(k)} />
              <span className="import-kind-text">
                <span className="import-kind-name">{t(`import.kind.${k}`)}</span>
                <span className="import-kind-hint">{t(`import.kind.${k}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <section className="panel import-trip" aria-labelledby={`${uid}-trip`}>
        {canJoin ? (
          <>
            <label className="import-check" id={`${uid}-trip`}>
              <input type="checkbox" checked={trip.enabled} onChange={(e) => onTrip({ ...trip, enabled: e.target.checked })} />
              <span>{t('import.trip.toggle')}</span>
            </label>
            {trip.enabled && trips.state.status === 'error' && (
              <ErrorPanel title={t('import.trip.loadError')} error={trips.state.error} onRetry={trips.retry} />
            )}
            {trip.enabled && trips.state.status === 'ok' && trips.state.value.length === 0 && (
              <p className="field-hint">{t('import.trip.none')}</p>
            )}
            {trip.enabled && trips.state.status === 'ok' && trips.state.value.length > 0 && (
              <div className="field-row import-trip-fields">
                <div className="field">
                  <label className="label" htmlFor={`${uid}-trip-id`}>
                    {t('import.trip.trip')}
                  </label>
                  <select
                    id={`${uid}-trip-id`}
                    className="input"
                    value={trip.tripId}
                    onChange={(e) => onTrip({ ...trip, tripId: e.target.value })}
                  >
                    <ItemOptions items={trips.state.value} valueOf={(tr) => tr.id} labelOf={(tr) => `${tr.title} — ${formatDateRange(tr.startDate, tr.endDate, lang)}`} />
                  </select>
                </div>
                <div className="field">
                  <label className="label" htmlFor={`${uid}-role`}>
                    {t('import.trip.role')}
                  </label>
                  <select
                    id={`${uid}-role`}
                    className="input"
                    value={trip.role}
                    onChange={(e) => onTrip({ ...trip, role: e.target.value as MemberRole })}
                  >
                    <CodeOptions codes={MEMBER_ROLES} labelOf={(r) => t(`import.roles.${r}`)} />
                  </select>
                </div>
              </div>
            )}
          </>
        ) : (
          <p className="field-hint" id={`${uid}-trip`}>
            {t('import.trip.hostNote')}
          </p>
        )}
      </section>

      <div
        className={`import-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-busy={reading ? 'true' : undefined}
      >
        {reading ? (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            {t('import.file.reading', { name: reading })}
          </p>
        ) : (
          <>
            <svg className="import-drop-icon" width="36" height="36" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
              <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
              <path d="M14 3v5h5M9 13h6M9 17h6M9 9h1" />
            </svg>
            <p className="import-drop-title">
              {t('import.file.drop')} <span className="muted">{t('import.file.or')}</span>
            </p>
            <label className="btn btn-secondary import-choose">
              {t('import.file.choose')}
              <input
                type="file"
                className="visually-hidden"
                accept={ACCEPT}
                aria-describedby={`${uid}-file-hint${error ? ` ${uid}-file-error` : ''}`}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) onFile(file);
                }}
              />
            </label>
            <p className="field-hint" id={`${uid}-file-hint`}>
              {t('import.file.hint')}
            </p>
          </>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert" id={`${uid}-file-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
