import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tripCreateSchema, type Trip } from '../../../shared/trips/schemas';
import { dayCount, formatDateRange, isRealIsoDate } from '../../../shared/dates';
import type { ApiError, Result } from '../../../shared/result';
import { api } from '../api/bridge';
import { isTripField, issueError, TRIP_FIELDS, type TripField } from '../i18n/errors';
import { currentLang } from '../i18n';
import { todayIso } from '../lib/today';
import { Modal } from '../components/Modal';
import { FormError, FormField, useForm, type Problems } from '../components/form';
import { DateField } from '../components/date';
import { datesAfterStart, isLongTrip, LongTripConfirm } from './tripDates';

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
    version: trip?.updatedAt,
    // The dialog holds the trip as it was opened: after a conflict, read it as it is now.
    ...(trip && {
      latest: async () => {
        const r = await api().call('trips.get', { id: trip.id });
        return r.ok ? { values: { title: r.value.title, startDate: r.value.startDate, endDate: r.value.endDate }, version: r.value.updatedAt } : null;
      },
    }),
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
  // A new trip's end follows its start until the user sets the end; an edited trip's end is already set.
  const [endFollows, setEndFollows] = useState(!trip);
  // The save waiting for "yes, that many days".
  const [longSave, setLongSave] = useState<{ values: Values; save: () => Promise<Result<Trip>> } | null>(null);

  const setStart = (value: string) => {
    // The end first, from the dates before the move (the trip's length).
    form.setValues((prev) => ({ ...prev, endDate: datesAfterStart(prev, value, endFollows) }));
    form.set('startDate', value);
  };
  const setEnd = (value: string) => {
    form.set('endDate', value);
    if (value !== values.endDate) setEndFollows(false);
  };

  const submit = form.submit({
    validate,
    send: (v, meta) => {
      let save: () => Promise<Result<Trip>>;
      if (!trip) {
        save = () => api().call('trips.create', v);
      } else {
        const patch: { title?: string; startDate?: string; endDate?: string } = {};
        if (v.title.trim() !== trip.title) patch.title = v.title;
        if (v.startDate !== trip.startDate) patch.startDate = v.startDate;
        if (v.endDate !== trip.endDate) patch.endDate = v.endDate;
        if (Object.keys(patch).length === 0) {
          onCancel();
          return null;
        }
        save = () => api().call('trips.update', { id: trip.id, patch, ...meta });
      }
      // A long trip is saved only once the user says so (its dates are new: an old long trip is not asked about again).
      const datesChanged = !trip || v.startDate !== trip.startDate || v.endDate !== trip.endDate;
      if (datesChanged && isLongTrip(v.startDate, v.endDate)) {
        setLongSave({ values: v, save });
        return null;
      }
      return save();
    },
    onSaved: (saved) => onSaved(saved),
  });

  const lang = currentLang();
  const validRange =
    isRealIsoDate(values.startDate) && isRealIsoDate(values.endDate) && values.endDate >= values.startDate;
  const summaryId = `${uid}-summary`;
  const title = form.input('title');
  const start = form.bind('startDate');
  const end = form.bind('endDate', [validRange && summaryId]);

  return (
    <>
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
                <DateField {...start} label={t('fields.startDate')} onChange={setStart} />
              </FormField>
              <FormField form={form} name="endDate" label={t('fields.endDate')}>
                <DateField
                  {...end}
                  label={t('fields.endDate')}
                  onChange={setEnd}
                  min={isRealIsoDate(values.startDate) ? values.startDate : undefined}
                  reference={isRealIsoDate(values.startDate) ? values.startDate : undefined}
                />
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
      {longSave && (
        <LongTripConfirm
          startDate={longSave.values.startDate}
          endDate={longSave.values.endDate}
          save={longSave.save}
          onSaved={(saved) => {
            setLongSave(null);
            onSaved(saved);
          }}
          onFailed={(error) => {
            setLongSave(null);
            form.showFailure(error);
          }}
          onCancel={() => setLongSave(null)}
        />
      )}
    </>
  );
}
