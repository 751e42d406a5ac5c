import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tripCreateSchema, type Trip } from '../../../shared/domain/trip';
import { dayCount, formatDateRange, isRealIsoDate } from '../../../shared/dates';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { errorMessage, fieldOf, isTripField, issueError, TRIP_FIELDS, type TripField } from '../i18n/errors';
import { currentLang } from '../i18n';
import { todayIso } from '../lib/today';
import { Modal } from './Modal';
import { Field } from './Field';

type Values = Record<TripField, string>;
type FieldErrors = Partial<Record<TripField, ApiError>>;

interface TripDialogProps {
  /** The trip to edit; none for a new one. */
  trip?: Trip;
  onCancel: () => void;
  onSaved: (trip: Trip) => void;
}

/** Checks the form with the shared schema the server uses; errors per field. */
function validate(values: Values): { fields: FieldErrors; form: ApiError | null } {
  const parsed = tripCreateSchema.safeParse(values);
  const fields: FieldErrors = {};
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
  const ids: Record<TripField, string> = { title: `${uid}-title`, startDate: `${uid}-start`, endDate: `${uid}-end` };
  const inputs = useRef<Partial<Record<TripField, HTMLInputElement | null>>>({});
  const submitRef = useRef<HTMLButtonElement>(null);

  const [values, setValues] = useState<Values>(() => {
    if (trip) return { title: trip.title, startDate: trip.startDate, endDate: trip.endDate };
    const today = todayIso();
    return { title: '', startDate: today, endDate: today };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  // Bumped to move focus to the first invalid field once its message is rendered.
  const [focusRequest, setFocusRequest] = useState<{ field: TripField | 'submit'; n: number } | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.field === 'submit') submitRef.current?.focus();
    else inputs.current[focusRequest.field]?.focus();
  }, [focusRequest]);

  const showErrors = (fields: FieldErrors, form: ApiError | null) => {
    setErrors(fields);
    setFormError(form);
    const first = TRIP_FIELDS.find((f) => fields[f]);
    setFocusRequest((r) => ({ field: first ?? 'submit', n: (r?.n ?? 0) + 1 }));
  };

  const setField = (field: TripField, value: string) => {
    setValues((prev) => {
      const next = { ...prev, [field]: value };
      // Moving the start past the end takes the end along.
      if (field === 'startDate' && isRealIsoDate(value) && isRealIsoDate(prev.endDate) && value > prev.endDate) {
        next.endDate = value;
      }
      return next;
    });
    // Editing a field clears its message (both dates go together: they are checked together).
    setErrors((prev) => {
      const next = { ...prev };
      delete next[field];
      if (field !== 'title') {
        delete next.startDate;
        delete next.endDate;
      }
      return next;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const local = validate(values);
    if (Object.keys(local.fields).length > 0 || local.form) {
      showErrors(local.fields, local.form);
      return;
    }
    let call;
    if (trip) {
      const patch: { title?: string; startDate?: string; endDate?: string } = {};
      if (values.title.trim() !== trip.title) patch.title = values.title;
      if (values.startDate !== trip.startDate) patch.startDate = values.startDate;
      if (values.endDate !== trip.endDate) patch.endDate = values.endDate;
      if (Object.keys(patch).length === 0) {
        onCancel();
        return;
      }
      call = api().call('trips.update', { id: trip.id, patch });
    } else {
      call = api().call('trips.create', values);
    }
    setSaving(true);
    setFormError(null);
    const result = await call;
    if (!live.current) return;
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const field = fieldOf(result.error.field);
    if (isTripField(field)) showErrors({ [field]: { ...result.error, field } }, null);
    else showErrors({}, result.error);
  };

  const describe = (field: TripField, hintId?: string) =>
    [errors[field] ? `${ids[field]}-error` : null, hintId].filter(Boolean).join(' ') || undefined;

  const fieldError = (field: TripField) => {
    const error = errors[field];
    if (!error) return null;
    return (
      <p id={`${ids[field]}-error`} className="field-error" role="alert">
        {errorMessage(t, error)}
      </p>
    );
  };

  const lang = currentLang();
  const validRange =
    isRealIsoDate(values.startDate) && isRealIsoDate(values.endDate) && values.endDate >= values.startDate;
  const summaryId = `${uid}-summary`;

  return (
    <Modal labelledBy={headingId} onCancel={() => !saving && onCancel()}>
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={headingId}>{trip ? t('dialog.editTitle') : t('dialog.createTitle')}</h2>
        </header>
        <div className="modal-body">
          {formError && (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          )}
          <Field id={ids.title} label={t('fields.title')} error={fieldError('title')}>
            <input
              id={ids.title}
              ref={(el) => {
                inputs.current.title = el;
              }}
              data-autofocus
              type="text"
              className="input"
              autoComplete="off"
              placeholder={t('dialog.titlePlaceholder')}
              value={values.title}
              onChange={(e) => setField('title', e.target.value)}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describe('title')}
            />
          </Field>
          <div className="field-row">
            <Field id={ids.startDate} label={t('fields.startDate')} error={fieldError('startDate')}>
              <input
                id={ids.startDate}
                ref={(el) => {
                  inputs.current.startDate = el;
                }}
                type="date"
                className="input"
                value={values.startDate}
                onChange={(e) => setField('startDate', e.target.value)}
                aria-invalid={errors.startDate ? true : undefined}
                aria-describedby={describe('startDate')}
              />
            </Field>
            <Field id={ids.endDate} label={t('fields.endDate')} error={fieldError('endDate')}>
              <input
                id={ids.endDate}
                ref={(el) => {
                  inputs.current.endDate = el;
                }}
                type="date"
                className="input"
                value={values.endDate}
                min={isRealIsoDate(values.startDate) ? values.startDate : undefined}
                onChange={(e) => setField('endDate', e.target.value)}
                aria-invalid={errors.endDate ? true : undefined}
                aria-describedby={describe('endDate', validRange ? summaryId : undefined)}
              />
            </Field>
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
          <button ref={submitRef} type="submit" className="btn btn-primary" disabled={saving}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
