import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../shared/directory/person';
import type { Member } from '../../../shared/delegation/schemas';
import { coverageCreateSchema, TONES, type Coverage, type Tone } from '../../../shared/media/schemas';
import { useTripWrite } from '../lib/mutate';
import { FormDate, FormDialog, FormInput, FormSelect, schemaErrors, useForm } from '../components/form';

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
  const { values } = form;

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
  const textField = (f: 'outlet' | 'headline' | 'url' | 'section', opts: { type?: string; hint?: string; autofocus?: boolean } = {}) => (
    <FormInput
      form={form}
      name={f}
      label={label(f)}
      errorLabel={label(f)}
      hint={opts.hint}
      type={opts.type ?? 'text'}
      spellCheck={f === 'headline'}
      data-autofocus={opts.autofocus}
    />
  );

  return (
    <FormDialog form={form} title={t(editing ? 'media.coverage.dialogEdit' : 'media.coverage.dialogNew')} onSubmit={submit} onCancel={() => onClose(null)}>
      {textField('headline', { autofocus: true })}
      {journalists.length > 0 && (
        <FormSelect
          form={form}
          name="journalistMemberId"
          label={label('journalistMemberId')}
          errorLabel={label('journalistMemberId')}
          hint={t('media.coverage.fields.journalistHint')}
          onChange={(e) => set('journalistMemberId', e.target.value)}
        >
          <option value="">{t('media.coverage.fields.journalistNone')}</option>
          {journalists.map((m) => (
            <option key={m.id} value={m.id}>
              {fullName(m.person)}
              {m.person.institutionName ? ` — ${m.person.institutionName}` : ''}
            </option>
          ))}
        </FormSelect>
      )}
      <div className="field-row">
        {textField('outlet')}
        {textField('section')}
      </div>
      {textField('url', { type: 'url', hint: t('media.coverage.fields.urlHint') })}
      <div className="field-row">
        <FormDate form={form} name="publishedOn" label={label('publishedOn')} errorLabel={label('publishedOn')} />
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
    </FormDialog>
  );
}
