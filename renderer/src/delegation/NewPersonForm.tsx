import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT, MEDIA_TYPES, personCreateSchema, type Employment, type PersonCreateInput, type PersonKind } from '../../../shared/directory/person';
import { RANKS } from '../../../shared/directory/ranks';
import type { ApiError } from '../../../shared/result';
import { errorText, fieldOf, issueError } from '../i18n/errors';
import { InstitutionPicker } from '../components/InstitutionPicker';
import { FormFooter } from '../components/form';
import { emptyPersonValues, NipField, type PersonValues } from '../directory';

type Field = 'titlePrefix' | 'name' | 'titleSuffix' | 'employment' | 'nip' | 'golongan' | 'jabatan' | 'unit' | 'institutionId' | 'mediaType' | 'pressCard' | 'phone';

/** Fields per kind, in screen order (the first invalid one takes focus). */
const FIELDS: Record<PersonKind, readonly Field[]> = {
  official: ['titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit'],
  journalist: ['name', 'institutionId', 'mediaType', 'pressCard', 'phone'],
  host_official: ['titlePrefix', 'name', 'titleSuffix', 'jabatan', 'phone'],
};

interface NewPersonFormProps {
  kind: PersonKind;
  title: string;
  initialName?: string;
  /** A host official belongs to the host institution. */
  institutionId?: string | null;
  /** Extra controls before the buttons (e.g. the role). */
  extra?: ReactNode;
  /** Saves; answers the error to show, or null when done. */
  onSubmit: (person: PersonCreateInput) => Promise<ApiError | null>;
  onCancel: () => void;
}

/**
 * A short inline form for someone not yet in the directory: the fields a
 * delegation list, a press list or a host list needs. The person is saved in
 * the directory too, so the next trip finds them.
 */
export function NewPersonForm({ kind, title, initialName, institutionId, extra, onSubmit, onCancel }: NewPersonFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const fid = (f: Field) => `${uid}-${f}`;
  const fields = FIELDS[kind];
  const [values, setValues] = useState<PersonValues>(() => ({
    ...emptyPersonValues(kind),
    name: initialName ?? '',
    institutionId: institutionId ?? null,
  }));
  const [outletName, setOutletName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, ApiError>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [focus, setFocus] = useState<{ field: Field; n: number } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  useEffect(() => {
    if (focus) document.getElementById(`${uid}-${focus.field}`)?.focus();
  }, [focus, uid]);

  const set = <K extends Field>(field: K, value: PersonValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((prev) => {
      const next = { ...prev };
      delete next[field];
      if (field === 'employment') delete next.nip;
      return next;
    });
  };

  const show = (next: Partial<Record<Field, ApiError>>, form: ApiError | null) => {
    setErrors(next);
    setFormError(form);
    const first = fields.find((f) => next[f]);
    if (first) setFocus((r) => ({ field: first, n: (r?.n ?? 0) + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (saving) return;
    const data: Record<string, unknown> = { kind };
    for (const f of fields) data[f] = values[f];
    if (kind === 'host_official') data.institutionId = institutionId ?? null;
    const parsed = personCreateSchema.safeParse(data);
    if (!parsed.success) {
      const out: Partial<Record<Field, ApiError>> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '') as Field;
        if (!fields.includes(f) || out[f]) continue;
        out[f] = issueError(issue, f);
      }
      show(out, Object.keys(out).length ? null : { code: 'VALIDATION', message: 'invalid', key: 'errors.VALIDATION' });
      return;
    }
    setSaving(true);
    const error = await onSubmit(data as PersonCreateInput);
    setSaving(false);
    if (!error) return;
    const f = fieldOf(error.field) as Field | undefined;
    if (f && fields.includes(f)) show({ [f]: { ...error, field: f } }, null);
    else show({}, error);
  };

  const fieldError = (f: Field) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error" role="alert">
        {errorText(t, errors[f])}
      </p>
    ) : null;
  const input = (f: 'titlePrefix' | 'name' | 'titleSuffix' | 'jabatan' | 'unit' | 'pressCard' | 'phone', placeholder?: string) => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {t(`fields.${f}`)}
      </label>
      <input
        id={fid(f)}
        ref={f === 'name' ? nameRef : undefined}
        className="input"
        autoComplete="off"
        placeholder={placeholder}
        value={values[f]}
        onChange={(e) => set(f, e.target.value)}
        aria-invalid={errors[f] ? true : undefined}
        aria-describedby={errors[f] ? `${fid(f)}-error` : undefined}
      />
      {fieldError(f)}
    </div>
  );
  const noNip = values.employment === 'elected' || values.employment === 'non_asn';

  return (
    <form className="inline-form" noValidate aria-label={title} onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      <div className="inline-form-head">
        <p className="inline-form-title">{title}</p>
        <p className="field-hint">{t('delegation.newPerson.hint')}</p>
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {errorText(t, formError)}
        </p>
      )}
      {kind !== 'journalist' ? (
        <div className="inline-grid name-grid">
          {input('titlePrefix', t('people.form.titlePrefixPlaceholder'))}
          {input('name', t('people.form.namePlaceholder'))}
          {input('titleSuffix', t('people.form.titleSuffixPlaceholder'))}
        </div>
      ) : (
        <div className="inline-grid">
          {input('name')}
          <div className={`field${errors.institutionId ? ' field-invalid' : ''}`}>
            <label htmlFor={fid('institutionId')} className="label">
              {t('delegation.newPerson.outlet')}
            </label>
            <InstitutionPicker
              id={fid('institutionId')}
              kind="media"
              value={values.institutionId}
              valueName={outletName}
              onChange={(id, name) => {
                set('institutionId', id);
                setOutletName(name);
              }}
              invalid={Boolean(errors.institutionId)}
            />
            {fieldError('institutionId')}
          </div>
        </div>
      )}
      {kind === 'official' && (
        <>
          <div className="inline-grid">
            <div className="field">
              <label htmlFor={fid('employment')} className="label">
                {t('fields.employment')}
              </label>
              <select id={fid('employment')} className="input" value={values.employment} onChange={(e) => set('employment', e.target.value as Employment)}>
                {EMPLOYMENT.map((x) => (
                  <option key={x} value={x}>
                    {t(`people.employment.${x}`)}
                  </option>
                ))}
              </select>
            </div>
            {noNip && values.nip === '' && !errors.nip ? (
              <div className="field">
                <span className="label">{t('fields.nip')}</span>
                <p className="field-note">{t(`people.form.nipNone.${values.employment as 'elected' | 'non_asn'}`)}</p>
              </div>
            ) : (
              <NipField id={fid('nip')} value={values.nip} employment={values.employment} onChange={(v) => set('nip', v)} error={errors.nip} />
            )}
            <div className="field">
              <label htmlFor={fid('golongan')} className="label">
                {t('fields.golongan')}
              </label>
              <select id={fid('golongan')} className="input" value={values.golongan} onChange={(e) => set('golongan', e.target.value)}>
                <option value="">{t('people.form.golonganNone')}</option>
                {RANKS.map(([g, name]) => (
                  <option key={g} value={g}>
                    {`${name} (${g})`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="inline-grid inline-grid-2">
            {input('jabatan', t('people.form.jabatanPlaceholder'))}
            {input('unit', t('people.form.unitPlaceholder'))}
          </div>
        </>
      )}
      {kind === 'journalist' && (
        <div className="inline-grid">
          <div className="field">
            <label htmlFor={fid('mediaType')} className="label">
              {t('fields.mediaType')}
            </label>
            <select id={fid('mediaType')} className="input" value={values.mediaType} onChange={(e) => set('mediaType', e.target.value)}>
              <option value="">{t('people.form.mediaTypeNone')}</option>
              {MEDIA_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`people.mediaTypes.${x}`)}
                </option>
              ))}
            </select>
          </div>
          {input('pressCard')}
          {input('phone')}
        </div>
      )}
      {kind === 'host_official' && (
        <div className="inline-grid inline-grid-2">
          {input('jabatan', t('people.form.jabatanPlaceholder'))}
          {input('phone')}
        </div>
      )}
      <FormFooter inline saving={saving} onCancel={onCancel} submitLabel={t('delegation.newPerson.add')} start={extra} />
    </form>
  );
}
