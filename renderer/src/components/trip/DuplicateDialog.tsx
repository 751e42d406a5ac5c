import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tripDuplicateSchema, type Trip } from '../../../../shared/domain/trip';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage, fieldOf, issueError } from '../../i18n/errors';
import { notifyTripsChanged } from '../../lib/data';
import { hrefs, navigate } from '../../lib/router';
import { Modal } from '../Modal';
import { useToasts } from '../Toasts';

type Field = 'title' | 'startDate' | 'endDate';
const FIELDS: readonly Field[] = ['title', 'startDate', 'endDate'];

/** "Duplikat sebagai templat": a new trip from this one, with a new title and dates; opens it. */
export function DuplicateDialog({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const fid = (f: Field) => `${uid}-${f}`;
  const [values, setValues] = useState<Record<Field, string>>({
    title: t('delegation.duplicate.titleDefault', { title: trip.title }),
    startDate: trip.startDate,
    endDate: trip.endDate,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, ApiError>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (f: Field, v: string) => {
    setValues((x) => {
      const next = { ...x, [f]: v };
      // Moving the start past the end takes the end along, as in the trip dialog.
      if (f === 'startDate' && v > x.endDate) next.endDate = v;
      return next;
    });
    setErrors((e) => {
      const next = { ...e };
      delete next[f];
      if (f !== 'title') {
        delete next.startDate;
        delete next.endDate;
      }
      return next;
    });
  };

  const show = (next: Partial<Record<Field, ApiError>>, form: ApiError | null) => {
    setErrors(next);
    setFormError(form);
    const first = FIELDS.find((f) => next[f]);
    if (first) document.getElementById(fid(first))?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const input = { id: trip.id, ...values };
    const parsed = tripDuplicateSchema.safeParse(input);
    if (!parsed.success) {
      const out: Partial<Record<Field, ApiError>> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '') as Field;
        if (!FIELDS.includes(f) || out[f]) continue;
        const error = issueError(issue, f);
        // An empty date is missing rather than malformed.
        if (error.key === 'validation.invalidDate' && values[f].trim() === '') error.key = 'validation.required';
        out[f] = error;
      }
      show(out, null);
      return;
    }
    setSaving(true);
    const r = await api().call('trips.duplicate', input);
    setSaving(false);
    if (!r.ok) {
      const f = fieldOf(r.error.field) as Field | undefined;
      if (f && FIELDS.includes(f)) show({ [f]: { ...r.error, field: f } }, null);
      else show({}, r.error);
      return;
    }
    onClose();
    notifyTripsChanged();
    navigate(hrefs.trip(r.value.id));
    toasts.show({ message: (tr) => tr('delegation.duplicate.done', { title: r.value.title }), duration: 5000 });
  };

  const err = (f: Field) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error" role="alert">
        {errorMessage(t, errors[f])}
      </p>
    ) : null;
  const input = (f: Field, type: 'text' | 'date') => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {t(`fields.${f}`)}
      </label>
      <input
        id={fid(f)}
        type={type}
        className="input"
        autoComplete="off"
        data-autofocus={f === 'title' || undefined}
        value={values[f]}
        min={f === 'endDate' ? values.startDate : undefined}
        onChange={(e) => set(f, e.target.value)}
        aria-invalid={errors[f] ? true : undefined}
        aria-describedby={errors[f] ? `${fid(f)}-error` : undefined}
      />
      {err(f)}
    </div>
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
          {formError && (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          )}
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
