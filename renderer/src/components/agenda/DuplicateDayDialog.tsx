import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import { addDays, formatDay } from '../../../../shared/zones';
import { currentLang } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { Modal } from '../Modal';
import { useToasts } from '../Toasts';
import { useTripWrite } from '../trip/mutate';

/**
 * Copies every item of a local day to another date. `knownIds` are the items
 * shown before the copy: the others in the answer are the copies, which undo
 * removes in one operation.
 */
export function DuplicateDayDialog({
  tripId,
  date,
  knownIds,
  onClose,
}: {
  tripId: string;
  date: string;
  knownIds: ReadonlyMap<string, unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const lang = currentLang();
  const write = useTripWrite();
  const toasts = useToasts();
  const [toDate, setToDate] = useState(addDays(date, 1));
  const [error, setError] = useState<ApiError | null>(null);
  const day = formatDay(date, lang);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await write('agenda.duplicateDay', { tripId, date, toDate }, { quiet: true });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onClose();
    const ids = r.value.filter((i) => !knownIds.has(i.id)).map((i) => i.id);
    toasts.show({
      message: (tr) => tr('agenda.duplicated', { day, to: formatDay(toDate, lang) }),
      ...(ids.length > 0 && {
        action: { label: (tr) => tr('common.undo'), run: () => void write('agenda.removeMany', { tripId, ids }) },
        undoable: true,
      }),
    });
  };

  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-text`} onCancel={onClose}>
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t('agenda.duplicateTitle', { day })}</h2>
        </header>
        <div className="modal-body">
          <p className="muted" id={`${uid}-text`}>
            {t('agenda.duplicateText')}
          </p>
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={`${uid}-to`} className="label">
              {t('agenda.toDate')}
            </label>
            <input
              id={`${uid}-to`}
              type="date"
              className="input"
              data-autofocus
              value={toDate}
              onChange={(e) => setToDate(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${uid}-to-error` : undefined}
            />
            {error && (
              <p id={`${uid}-to-error`} className="field-error" role="alert">
                {errorMessage(t, error)}
              </p>
            )}
          </div>
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('agenda.duplicateSubmit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
