import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../shared/directory/person';
import type { Member } from '../../../shared/delegation/schemas';
import { coverageCreateSchema, TONES, type Coverage, type Tone } from '../../../shared/media/schemas';
import { Modal } from '../components/Modal';
import { DateField } from '../components/date';
import { useTripWrite } from '../lib/mutate';
import { FieldError, FormError, schemaErrors, useForm } from '../components/form';

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
  const form = useForm<Values>({
    version: editing?.updatedAt,
    idPrefix: uid,
    defaults: () => ({
      journalistMemberId: editing?.journalistMemberId ?? '',
      outlet: editing?.outlet ?? '',
      headline: editing?.headline ?? '',
      url: editing?.url ?? '',
      publishedOn: editing?.publishedOn ?? '',
      section: editing?.section ?? '',
      tone: editing?.tone ?? 'neutral',
    }),
    fields: FIELDS,
  });
  const { values, errors, saving } = form;

  const set = <F extends keyof Values>(f: F, v: Values[F]) => {
    form.set(f, v);
    // A journalist brings their outlet, unless the user already typed one.
    if (f === 'journalistMemberId') {
      const j = journalists.find((m) => m.id === v);
      if (j) form.setValues((x) => (x.outlet.trim() === '' ? { ...x, outlet: j.person.institutionName } : x));
    }
  };

  const payload = (v: Values) => ({ ...v, journalistMemberId: v.journalistMemberId || null });
  const submit = form.submit({
    validate: (v) => schemaErrors(coverageCreateSchema, { tripId, ...payload(v) }, FIELDS),
    send: (v, meta) =>
      editing
        ? write('coverage.update', { id: editing.id, ...payload(v), ...meta }, { quiet: true })
        : write('coverage.create', { tripId, ...payload(v) }, { quiet: true }),
    onSaved: (saved) => onClose(saved),
  });

  const label = (f: Field) => t(`media.coverage.fields.${f === 'journalistMemberId' ? 'journalist' : f}`);
  const err = (f: Field) => <FieldError id={form.errorId(f)} error={errors[f]} label={label(f)} />;
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
          <FormError error={form.formError} />
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
              <DateField {...a11y('publishedOn')} label={label('publishedOn')} value={values.publishedOn} onChange={(v) => set('publishedOn', v)} />
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
