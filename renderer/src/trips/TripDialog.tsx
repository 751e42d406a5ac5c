import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { tripCreateSchema, type Trip } from '../../../shared/trips/schemas';
import { dayCount, formatDateRange, isRealIsoDate } from '../../../shared/dates';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { isTripField, issueError, TRIP_FIELDS, type TripField } from '../i18n/errors';
import { currentLang } from '../i18n';
import { todayIso } from '../lib/today';
import { Modal } from '../components/Modal';
import { FormError, FormField, useForm, type Problems } from '../components/form';

type Values = Record<TripField, string>;

interface TripDialogProps {
  /** The trip to edit; none for a new one. */
  trip?: Trip;
  onCancel: () => void;
  onSaved: (trip: Trip) => void;
}

/** Checks the form with the shared schema the server uses; errors per field. */
function validate(values: Values): Problems<TripField> {
  const parsed = tripCreateSchema.safeParse(values);
  const fields: Problems<TripField>['fields'] = {};
  let form: ApiError | null = null;
  if (parsed.success) return { fields, form };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    let key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    const error: ApiError = { code: 'VALIDATION', message: issue.message, key };
    if (isTripField(field)) {
      if (fields[field]) continue;
      // An empty date is missing rather than malformed.
      if (key === 'validation.invalidDate' && values[field].trim() === '') key = 'validation.required';
      fields[field] = { ...issueError(issue, field), key };
    } else {
      form ??= error;
    }
  }
  return { fields, form };
}

export function TripDialog({ trip, onCancel, onSaved }: TripDialogProps) {
  const { t } = useTranslation();
  const uid = useId();
  const headingId = `${uid}-heading`;
  const form = useForm<Values>({
    defaults: () => {
      if (trip) return { title: trip.title, startDate: trip.startDate, endDate: trip.endDate };
      const today = todayIso();
      return { title: '', startDate: today, endDate: today };
    },
    fields: TRIP_FIELDS,
    // Both dates go together: they are checked together.
    clears: { startDate: ['endDate'], endDate: ['startDate'] },
  });
  const { values, saving } = form;

  const setStart = (value: string) => {
    form.set('startDate', value);
    // Moving the start past the end takes the end along.
    form.setValues((prev) =>
      isRealIsoDate(value) && isRealIsoDate(prev.endDate) && value > prev.endDate ? { ...prev, endDate: value } : prev,
    );
  };

  const submit = form.submit({
    validate,
    send: (v) => {
      if (!trip) return api().call('trips.create', v);
      const patch: { title?: string; startDate?: string; endDate?: string } = {};
      if (v.title.trim() !== trip.title) patch.title = v.title;
      if (v.startDate !== trip.startDate) patch.startDate = v.startDate;
      if (v.endDate !== trip.endDate) patch.endDate = v.endDate;
      if (Object.keys(patch).length === 0) {
        onCancel();
        return null;
      }
      return api().call('trips.update', { id: trip.id, patch });
    },
    onSaved: (saved) => onSaved(saved),
  });

  const lang = currentLang();
  const validRange =
    isRealIsoDate(values.startDate) && isRealIsoDate(values.endDate) && values.endDate >= values.startDate;
  const summaryId = `${uid}-summary`;
  const title = form.input('title');
  const start = form.input('startDate');
  const end = form.input('endDate', [validRange && summaryId]);

  return (
    <Modal labelledBy={headingId} onCancel={() => !saving && onCancel()}>
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={headingId}>{trip ? t('dialog.editTitle') : t('dialog.createTitle')}</h2>
        </header>
        <div className="modal-body">
          <FormError error={form.formError} />
          <FormField form={form} name="title" label={t('fields.title')}>
            <input
              {...title}
              data-autofocus
              type="text"
              className="input"
              autoComplete="off"
              placeholder={t('dialog.titlePlaceholder')}
            />
          </FormField>
          <div className="field-row">
            <FormField form={form} name="startDate" label={t('fields.startDate')}>
              <input {...start} type="date" className="input" onChange={(e) => setStart(e.target.value)} />
            </FormField>
            <FormField form={form} name="endDate" label={t('fields.endDate')}>
              <input {...end} type="date" className="input" min={isRealIsoDate(values.startDate) ? values.startDate : undefined} />
            </FormField>
          </div>
          {validRange && (
            <p className="field-hint" id={summaryId}>
              {formatDateRange(values.startDate, values.endDate, lang)} ·{' '}
              {t('trips.days', { count: dayCount(values.startDate, values.endDate) })}
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button id={form.submitId} type="submit" className="btn btn-primary" disabled={saving}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
