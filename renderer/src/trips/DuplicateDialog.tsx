import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tripDuplicateSchema, type Trip } from '../../../shared/trips/schemas';
import { api } from '../api/bridge';
import { FormDate, FormDialog, FormInput, schemaErrors, useEndFollowsStart, useForm, type FieldErrors } from '../components/form';
import { hrefs, navigate } from '../lib/router';
import { useToasts } from '../components/Toasts';
import { datesAfterStart, isLongTrip } from './tripDates';
import { LongSaveConfirm, type LongSave } from './TripDialog';

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
  const { values } = form;

  // The copy keeps the trip's length: its end follows the start until the user sets the end.
  const { setStart, setEnd } = useEndFollowsStart(form, true, datesAfterStart);
  const [longSave, setLongSave] = useState<LongSave | null>(null);
  const done = (copy: Trip) => {
    onClose();
    navigate(hrefs.trip(copy.id));
    toasts.show({ message: (tr) => tr('delegation.duplicate.done', { title: copy.title }), duration: 5000 });
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
    send: (v) => {
      const save = () => api().call('trips.duplicate', { id: trip.id, ...v });
      // A long copy is made only once the user says so, as in the trip dialog.
      if (isLongTrip(v.startDate, v.endDate)) {
        setLongSave({ startDate: v.startDate, endDate: v.endDate, save });
        return null;
      }
      return save();
    },
    onSaved: done,
  });

  const label = (f: Field) => t(`fields.${f}`);

  return (
    <>
      <FormDialog
        form={form}
        title={t('delegation.duplicate.title')}
        description={t('delegation.duplicate.text')}
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t('delegation.duplicate.submit')}
      >
        <FormInput form={form} name="title" label={label('title')} type="text" data-autofocus />
        <div className="field-row">
          <FormDate form={form} name="startDate" label={label('startDate')} onChange={setStart} />
          <FormDate form={form} name="endDate" label={label('endDate')} onChange={setEnd} min={values.startDate} reference={values.startDate} />
        </div>
      </FormDialog>
      <LongSaveConfirm pending={longSave} close={() => setLongSave(null)} onSaved={done} onFailed={form.showFailure} />
    </>
  );
}
