import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tripDuplicateSchema, type Trip } from '../../../shared/trips/schemas';
import { api } from '../api/bridge';
import { FormError, FormField, schemaErrors, useForm, type FieldErrors } from '../components/form';
import { notifyTripsChanged } from '../lib/data';
import { hrefs, navigate } from '../lib/router';
import { Modal } from '../components/Modal';
import { useToasts } from '../components/Toasts';

type Field = 'title' | 'startDate' | 'endDate';
const FIELDS: readonly Field[] = ['title', 'startDate', 'endDate'];

/** "Duplikat sebagai templat": a new trip from this one, with a new title and dates; opens it. */
export function DuplicateDialog({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const form = useForm<Record<Field, string>>({
    idPrefix: uid,
    defaults: () => ({
      title: t('delegation.duplicate.titleDefault', { title: trip.title }),
      startDate: trip.startDate,
      endDate: trip.endDate,
    }),
    fields: FIELDS,
    // Both dates are checked together.
    clears: { startDate: ['endDate'], endDate: ['startDate'] },
  });
  const { values, saving } = form;

  const setStart = (v: string) => {
    form.set('startDate', v);
    // Moving the start past the end takes the end along, as in the trip dialog.
    form.setValues((x) => (v > x.endDate ? { ...x, endDate: v } : x));
  };

  const submit = form.submit({
    validate: (v) => {
      const out: FieldErrors<Field> = schemaErrors(tripDuplicateSchema, { id: trip.id, ...v }, FIELDS);
      // An empty date is missing rather than malformed.
      for (const f of FIELDS) {
        const error = out[f];
        if (error?.key === 'validation.invalidDate' && v[f].trim() === '') error.key = 'validation.required';
      }
      return out;
    },
    send: (v) => api().call('trips.duplicate', { id: trip.id, ...v }),
    onSaved: (copy) => {
      onClose();
      notifyTripsChanged();
      navigate(hrefs.trip(copy.id));
      toasts.show({ message: (tr) => tr('delegation.duplicate.done', { title: copy.title }), duration: 5000 });
    },
  });

  const input = (f: Field, type: 'text' | 'date') => (
    <FormField form={form} name={f} label={t(`fields.${f}`)}>
      <input
        {...form.input(f)}
        type={type}
        className="input"
        autoComplete="off"
        data-autofocus={f === 'title' || undefined}
        min={f === 'endDate' ? values.startDate : undefined}
        {...(f === 'startDate' ? { onChange: (e: ChangeEvent<HTMLInputElement>) => setStart(e.target.value) } : {})}
      />
    </FormField>
  );

  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-text`} onCancel={() => !saving && onClose()}>
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t('delegation.duplicate.title')}</h2>
        </header>
        <div className="modal-body">
          <p className="muted" id={`${uid}-text`}>
            {t('delegation.duplicate.text')}
          </p>
          <FormError error={form.formError} />
          {input('title', 'text')}
          <div className="field-row">
            {input('startDate', 'date')}
            {input('endDate', 'date')}
          </div>
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {t('delegation.duplicate.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
