import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tripCreateSchema, type Trip } from '../../../shared/trips/schemas';
import { dayCount, formatDateRange, isRealIsoDate } from '../../../shared/dates';
import type { ApiError, Result } from '../../../shared/result';
import { api } from '../api/bridge';
import { isTripField, issueError, TRIP_FIELDS, type TripField } from '../i18n/errors';
import { currentLang } from '../i18n';
import { todayIso } from '../lib/today';
import { FormDate, FormDialog, FormInput, useEndFollowsStart, useForm, type Problems } from '../components/form';
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
  const { values } = form;
  // A new trip's end follows its start until the user sets the end; an edited trip's end is already set.
  const { setStart, setEnd } = useEndFollowsStart(form, !trip, datesAfterStart);
  // The save waiting for "yes, that many days".
  const [longSave, setLongSave] = useState<LongSave | null>(null);

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
        setLongSave({ startDate: v.startDate, endDate: v.endDate, save });
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

  return (
    <>
      <FormDialog form={form} title={trip ? t('dialog.editTitle') : t('dialog.createTitle')} onSubmit={submit} onCancel={onCancel}>
        <FormInput form={form} name="title" label={t('fields.title')} type="text" placeholder={t('dialog.titlePlaceholder')} data-autofocus />
        <div className="field-row">
          <FormDate form={form} name="startDate" label={t('fields.startDate')} onChange={setStart} />
          <FormDate
            form={form}
            name="endDate"
            label={t('fields.endDate')}
            describedBy={[validRange && summaryId]}
            onChange={setEnd}
            min={isRealIsoDate(values.startDate) ? values.startDate : undefined}
            reference={isRealIsoDate(values.startDate) ? values.startDate : undefined}
          />
        </div>
        {validRange && (
          <p className="field-hint" id={summaryId}>
            {formatDateRange(values.startDate, values.endDate, lang)} ·{' '}
            {t('trips.days', { count: dayCount(values.startDate, values.endDate) })}
          </p>
        )}
      </FormDialog>
      <LongSaveConfirm pending={longSave} close={() => setLongSave(null)} onSaved={onSaved} onFailed={form.showFailure} />
    </>
  );
}

/** A save of a long trip waiting for "yes, that many days". */
export interface LongSave {
  startDate: string;
  endDate: string;
  save: () => Promise<Result<Trip>>;
}

/** The question for a waiting long save (none while `pending` is null); what the save answers goes on to the dialog. */
export function LongSaveConfirm({ pending, close, onSaved, onFailed }: { pending: LongSave | null; close: () => void; onSaved: (trip: Trip) => void; onFailed: (error: ApiError) => void }) {
  if (!pending) return null;
  return (
    <LongTripConfirm
      startDate={pending.startDate}
      endDate={pending.endDate}
      save={pending.save}
      onSaved={(saved) => {
        close();
        onSaved(saved);
      }}
      onFailed={(error) => {
        close();
        onFailed(error);
      }}
      onCancel={close}
    />
  );
}
