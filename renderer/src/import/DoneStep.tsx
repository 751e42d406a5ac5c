import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../shared/import/schemas';
import { hrefs } from '../lib/router';

interface Props {
  outcome: ImportOutcome;
  trip: { id: string; title: string } | null;
  onAgain: () => void;
}

/** Step 4: what was written. */
export function DoneStep({ outcome, trip, onAgain }: Props) {
  const { t } = useTranslation();
  const parts: Array<[keyof ImportOutcome, string]> = [
    ['created', t('import.done.created', { count: outcome.created })],
    ['updated', t('import.done.updated', { count: outcome.updated })],
    ['unchanged', t('import.done.unchanged', { count: outcome.unchanged })],
    ['skipped', t('import.done.skipped', { count: outcome.skipped })],
    ['invalid', t('import.done.invalid', { count: outcome.invalid })],
  ];
  return (
    <section className="panel import-done">
      <ul className="import-done-list">
        {parts
          .filter(([k]) => outcome[k] > 0 || k === 'created')
          .map(([k, text]) => (
            <li key={k} className={`import-done-${k}`}>
              {text}
            </li>
          ))}
        {trip && <li className="import-done-trip">{t('import.done.addedToTrip', { count: outcome.addedToTrip, trip: trip.title })}</li>}
      </ul>
      <div className="import-done-actions">
        <a className="btn btn-primary" href={hrefs.directory}>
          {t('import.done.toDirectory')}
        </a>
        {trip && (
          <a className="btn btn-secondary" href={hrefs.trip(trip.id)}>
            {t('import.done.toTrip')}
          </a>
        )}
        <button type="button" className="btn btn-secondary" onClick={onAgain}>
          {t('import.done.again')}
        </button>
      </div>
    </section>
  );
}
