import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT, MEDIA_TYPES, personCreateSchema, type PersonCreateInput, type PersonKind } from '../../../shared/directory/person';
import { RANKS } from '../../../shared/directory/ranks';
import type { ApiError } from '../../../shared/result';
import { InstitutionPicker } from '../components/InstitutionPicker';
import { FormError, FormField, FormFooter, FormInput, FormSelect, schemaErrors, useForm } from '../components/form';
import { emptyPersonValues, NipField, type PersonValues } from '../directory';
import { CodeOptions } from '../components/Options';

type Field = 'titlePrefix' | 'name' | 'titleSuffix' | 'employment' | 'nip' | 'golongan' | 'jabatan' | 'unit' | 'institutionId' | 'mediaType' | 'pressCard' | 'phone';
type TextField = 'titlePrefix' | 'name' | 'titleSuffix' | 'jabatan' | 'unit' | 'pressCard' | 'phone';

/** Fields per kind, in screen order (the first invalid one takes focus). */
const FIELDS: Record<PersonKind, readonly Field[]> = {
  official: ['titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit'],
  journalist: ['name', 'institutionId', 'mediaType', 'pressCard', 'phone'],
  host_official: ['titlePrefix', 'name', 'titleSuffix', 'jabatan', 'phone'],
};

/** A check that failed on nothing shown (a field of another kind): said for the whole form. */
const INVALID: ApiError = { code: 'VALIDATION', message: 'invalid', key: 'errors.VALIDATION' };

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
  const fields = FIELDS[kind];
  const form = useForm<PersonValues, Field>({
    defaults: () => ({ ...emptyPersonValues(kind), name: initialName ?? '', institutionId: institutionId ?? null }),
    fields,
    // The NIP is judged by the employment too.
    clears: { employment: ['nip'] },
  });
  const { values, errors, saving, set } = form;
  const [outletName, setOutletName] = useState('');
  const nameId = form.fieldId('name');

  // Opened on purpose, to type someone's name.
  useEffect(() => {
    document.getElementById(nameId)?.focus();
  }, [nameId]);

  /** What is sent: this kind's fields; a host official belongs to the host. */
  const payload = (v: PersonValues): Record<string, unknown> => {
    const data: Record<string, unknown> = { kind };
    for (const f of fields) data[f] = v[f];
    if (kind === 'host_official') data.institutionId = institutionId ?? null;
    return data;
  };

  const submit = form.submit({
    validate: (v) => {
      const data = payload(v);
      if (personCreateSchema.safeParse(data).success) return null;
      const found = schemaErrors(personCreateSchema, data, fields);
      return Object.keys(found).length > 0 ? found : { fields: {}, form: INVALID };
    },
    send: async (v) => {
      const error = await onSubmit(payload(v) as PersonCreateInput);
      return error ? { ok: false, error } : { ok: true, value: null };
    },
    keepSaved: false,
  });

  const input = (f: TextField, placeholder?: string) => <FormInput form={form} name={f} label={t(`fields.${f}`)} placeholder={placeholder} />;
  const noNip = values.employment === 'elected' || values.employment === 'non_asn';

  return (
    <form
      className="inline-form"
      noValidate
      aria-label={title}
      onSubmit={(e) => {
        // Not the submit of what holds this form.
        e.stopPropagation();
        void submit(e);
      }}
      aria-busy={saving || undefined}
    >
      <div className="inline-form-head">
        <p className="inline-form-title">{title}</p>
        <p className="field-hint">{t('delegation.newPerson.hint')}</p>
      </div>
      <FormError error={form.formError} />
      {kind !== 'journalist' ? (
        <div className="inline-grid name-grid">
          {input('titlePrefix', t('people.form.titlePrefixPlaceholder'))}
          {input('name', t('people.form.namePlaceholder'))}
          {input('titleSuffix', t('people.form.titleSuffixPlaceholder'))}
        </div>
      ) : (
        <div className="inline-grid">
          {input('name')}
          <FormField form={form} name="institutionId" label={t('delegation.newPerson.outlet')}>
            <InstitutionPicker
              {...form.control('institutionId')}
              kind="media"
              value={values.institutionId}
              valueName={outletName}
              onChange={(id, name) => {
                set('institutionId', id);
                setOutletName(name);
              }}
            />
          </FormField>
        </div>
      )}
      {kind === 'official' && (
        <>
          <div className="inline-grid">
            <FormSelect form={form} name="employment" label={t('fields.employment')}>
              <CodeOptions codes={EMPLOYMENT} labelOf={(x) => t(`people.employment.${x}`)} />
            </FormSelect>
            {noNip && values.nip === '' && !errors.nip ? (
              <div className="field">
                <span className="label">{t('fields.nip')}</span>
                <p className="field-note">{t(`people.form.nipNone.${values.employment as 'elected' | 'non_asn'}`)}</p>
              </div>
            ) : (
              <NipField id={form.fieldId('nip')} value={values.nip} employment={values.employment} onChange={(v) => set('nip', v)} error={errors.nip} />
            )}
            <FormSelect form={form} name="golongan" label={t('fields.golongan')}>
              <option value="">{t('people.form.golonganNone')}</option>
              {RANKS.map(([g, name]) => (
                <option key={g} value={g}>
                  {`${name} (${g})`}
                </option>
              ))}
            </FormSelect>
          </div>
          <div className="inline-grid inline-grid-2">
            {input('jabatan', t('people.form.jabatanPlaceholder'))}
            {input('unit', t('people.form.unitPlaceholder'))}
          </div>
        </>
      )}
      {kind === 'journalist' && (
        <div className="inline-grid">
          <FormSelect form={form} name="mediaType" label={t('fields.mediaType')}>
            <option value="">{t('people.form.mediaTypeNone')}</option>
            <CodeOptions codes={MEDIA_TYPES} labelOf={(x) => t(`people.mediaTypes.${x}`)} />
          </FormSelect>
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
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onCancel} submitLabel={t('delegation.newPerson.add')} start={extra} />
    </form>
  );
}
