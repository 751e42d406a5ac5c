import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/domain/person';
import type { Member } from '../../../../shared/domain/delegation';
import { coverageCreateSchema, TONES, type Coverage, type Tone } from '../../../../shared/domain/media';
import type { ApiError } from '../../../../shared/result';
import { fieldOf } from '../../i18n/errors';
import { Modal } from '../Modal';
import { useTripWrite } from '../trip/mutate';
import { errorMessage } from '../../i18n/errors';

type Field = 'outlet' | 'headline' | 'url' | 'publishedOn' | 'section' | 'journalistMemberId' | 'tone';
const FIELDS: readonly Field[] = ['journalistMemberId', 'outlet', 'headline', 'url', 'publishedOn', 'section', 'tone'];

interface Values {
  journalistMemberId: string;
  outlet: string;
  headline: string;
  url: string;
  publishedOn: string;
  section: string;
  tone: Tone;
}

/** Add or edit one article of press coverage. */
export function CoverageDialog({
  tripId,
  journalists,
  editing,
  onClose,
}: {
  tripId: string;
  journalists: readonly Member[];
  editing: Coverage | null;
  onClose: (saved: Coverage | null) => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const fid = (f: Field) => `${uid}-${f}`;
  const [values, setValues] = useState<Values>(() => ({
    journalistMemberId: editing?.journalistMemberId ?? '',
    outlet: editing?.outlet ?? '',
    headline: editing?.headline ?? '',
    url: editing?.url ?? '',
    publishedOn: editing?.publishedOn ?? '',
    section: editing?.section ?? '',
    tone: editing?.tone ?? 'netral',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, ApiError>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <F extends keyof Values>(f: F, v: Values[F]) => {
    setValues((x) => {
      const next = { ...x, [f]: v };
      // A journalist brings their outlet, unless the user already typed one.
      if (f === 'journalistMemberId' && x.outlet.trim() === '') {
        const j = journalists.find((m) => m.id === v);
        if (j) next.outlet = j.person.institutionName;
      }
      return next;
    });
    setErrors((e) => {
      const next = { ...e };
      delete next[f];
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
    const fields = { ...values, journalistMemberId: values.journalistMemberId || null };
    const parsed = coverageCreateSchema.safeParse({ tripId, ...fields });
    if (!parsed.success) {
      const out: Partial<Record<Field, ApiError>> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '') as Field;
        if (!FIELDS.includes(f) || out[f]) continue;
        const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
        out[f] = { code: 'VALIDATION', message: issue.message, key, field: f };
      }
      show(out, null);
      return;
    }
    setSaving(true);
    const r = editing
      ? await write('coverage.update', { id: editing.id, ...fields }, { quiet: true })
      : await write('coverage.create', { tripId, ...fields }, { quiet: true });
    setSaving(false);
    if (!r.ok) {
      const f = fieldOf(r.error.field) as Field | undefined;
      if (f && FIELDS.includes(f)) show({ [f]: { ...r.error, field: f } }, null);
      else show({}, r.error);
      return;
    }
    onClose(r.value);
  };

  const label = (f: Field) => t(`media.coverage.fields.${f === 'journalistMemberId' ? 'journalist' : f}`);
  const err = (f: Field) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error" role="alert">
        {errorMessage(t, { ...errors[f], field: label(f) })}
      </p>
    ) : null;
  const a11y = (f: Field, hint?: boolean) => ({
    id: fid(f),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': [errors[f] ? `${fid(f)}-error` : '', hint ? `${fid(f)}-hint` : ''].filter(Boolean).join(' ') || undefined,
  });
  const textField = (f: 'outlet' | 'headline' | 'url' | 'section', opts: { type?: string; hint?: string; autofocus?: boolean } = {}) => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {label(f)}
      </label>
      <input
        {...a11y(f, Boolean(opts.hint))}
        type={opts.type ?? 'text'}
        className="input"
        autoComplete="off"
        spellCheck={f === 'headline'}
        data-autofocus={opts.autofocus || undefined}
        value={values[f]}
        onChange={(e) => set(f, e.target.value)}
      />
      {opts.hint && (
        <p id={`${fid(f)}-hint`} className="field-hint">
          {opts.hint}
        </p>
      )}
      {err(f)}
    </div>
  );

  return (
    <Modal labelledBy={`${uid}-h`} onCancel={() => !saving && onClose(null)}>
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t(editing ? 'media.coverage.dialogEdit' : 'media.coverage.dialogNew')}</h2>
        </header>
        <div className="modal-body">
          {formError && (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          )}
          {textField('headline', { autofocus: true })}
          {journalists.length > 0 && (
            <div className={`field${errors.journalistMemberId ? ' field-invalid' : ''}`}>
              <label htmlFor={fid('journalistMemberId')} className="label">
                {label('journalistMemberId')}
              </label>
              <select
                {...a11y('journalistMemberId', true)}
                className="input"
                value={values.journalistMemberId}
                onChange={(e) => set('journalistMemberId', e.target.value)}
              >
                <option value="">{t('media.coverage.fields.journalistNone')}</option>
                {journalists.map((m) => (
                  <option key={m.id} value={m.id}>
                    {fullName(m.person)}
                    {m.person.institutionName ? ` — ${m.person.institutionName}` : ''}
                  </option>
                ))}
              </select>
              <p id={`${fid('journalistMemberId')}-hint`} className="field-hint">
                {t('media.coverage.fields.journalistHint')}
              </p>
              {err('journalistMemberId')}
            </div>
          )}
          <div className="field-row">
            {textField('outlet')}
            {textField('section')}
          </div>
          {textField('url', { type: 'url', hint: t('media.coverage.fields.urlHint') })}
          <div className="field-row">
            <div className={`field${errors.publishedOn ? ' field-invalid' : ''}`}>
              <label htmlFor={fid('publishedOn')} className="label">
                {label('publishedOn')}
              </label>
              <input {...a11y('publishedOn')} type="date" className="input" value={values.publishedOn} onChange={(e) => set('publishedOn', e.target.value)} />
              {err('publishedOn')}
            </div>
          </div>
          <fieldset className="field coverage-tones">
              <legend className="label">{label('tone')}</legend>
              <div className="coverage-tone-options">
                {TONES.map((tone) => (
                  <label key={tone} className={`tone-option tone-${tone}`}>
                    <input type="radio" name={`${uid}-tone`} value={tone} checked={values.tone === tone} onChange={() => set('tone', tone)} />
                    <span>{t(`media.tones.${tone}`)}</span>
                  </label>
                ))}
              </div>
          </fieldset>
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={() => onClose(null)} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
