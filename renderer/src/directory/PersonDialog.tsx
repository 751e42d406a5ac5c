import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPLOYMENT,
  MEDIA_TYPES,
  fullName,
  personCreateSchema,
  type PersonCreateInput,
  type PersonKind,
  type PersonRow,
} from '../../../shared/directory/person';
import { formatNip, nipDigits } from '../../../shared/directory/nip';
import { ESELON, RANKS, TRAVEL_LEVELS, suggestTravelLevel } from '../../../shared/directory/ranks';
import { api } from '../api/bridge';
import { InstitutionPicker } from '../components/InstitutionPicker';
import { NipField } from './NipField';
import { emptyPersonValues, type PersonValues } from './personValues';
import { FormDialog, FormField, FormInput, FormSelect, FormTextarea, schemaErrors, useForm } from '../components/form';
import { CodeOptions } from '../components/Options';

type Values = PersonValues;
type Field = keyof Values;

/** Fields shown per kind, in screen order (the first invalid one takes focus). */
const FIELDS: Record<PersonKind, readonly Field[]> = {
  official: ['titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'eselon', 'travelLevel', 'jabatan', 'unit', 'phone', 'email', 'notes'],
  journalist: ['titlePrefix', 'name', 'titleSuffix', 'institutionId', 'mediaType', 'pressCard', 'phone', 'email', 'notes'],
  host_official: ['titlePrefix', 'name', 'titleSuffix', 'institutionId', 'jabatan', 'phone', 'email', 'notes'],
};

function initialValues(kind: PersonKind, person: PersonRow | undefined): Values {
  const v = emptyPersonValues(kind);
  if (!person) return v;
  for (const k of Object.keys(v) as Field[]) (v as Record<Field, unknown>)[k] = person[k];
  // Shown grouped, as people write it.
  v.nip = person.nip ? formatNip(person.nip, person.employment === 'pppk' ? 'pppk' : 'pns') : '';
  return v;
}

const suggestionFor = (v: Values) =>
  suggestTravelLevel({ elected: v.employment === 'elected', eselon: v.eselon, golongan: v.golongan });

interface PersonDialogProps {
  kind: PersonKind;
  /** The person to edit; none for a new one. */
  person?: PersonRow;
  /** Names for the unit field's suggestions. */
  unitSuggestions?: readonly string[];
  /** Prefill for a new person (e.g. the name typed in a picker). */
  initialName?: string;
  onCancel: () => void;
  onSaved: (person: PersonRow, created: boolean) => void;
  /** Shows a delete button (edit only). */
  onDelete?: (person: PersonRow) => void;
  /** Shows "Hapus permanen…" (edit only): the caller asks for confirmation. */
  onErase?: (person: PersonRow) => void;
}

/** Create or edit a person of one kind, with the fields that kind needs. */
export function PersonDialog({ kind, person, unitSuggestions, initialName, onCancel, onSaved, onDelete, onErase }: PersonDialogProps) {
  const { t } = useTranslation();
  const uid = useId();
  const fields = FIELDS[kind];
  const form = useForm<Values>({
    version: person?.updatedAt,
    // The dialog holds the person as they were opened: after a conflict, read them as they are now.
    ...(person && {
      latest: async () => {
        const r = await api().call('people.get', { id: person.id });
        return r.ok ? { values: initialValues(kind, r.value), version: r.value.updatedAt } : null;
      },
    }),
    defaults: () => ({ ...initialValues(kind, person), ...(initialName ? { name: initialName } : {}) }),
    fields,
    // The NIP is judged by the employment too.
    clears: { employment: ['nip'] },
  });
  const { values, errors, saving } = form;
  const [institutionName, setInstitutionName] = useState(person?.institutionName ?? '');
  // The travel level follows the suggestion until the user picks one.
  const [travelAuto, setTravelAuto] = useState(() => {
    if (!person) return true;
    return person.travelLevel === '' || person.travelLevel === suggestionFor(initialValues(kind, person));
  });

  const suggestion = kind === 'official' ? suggestionFor(values) : null;
  const travelLevel = kind === 'official' && travelAuto ? (suggestion ?? '') : values.travelLevel;

  /** What is sent: only this kind's fields, the rest left as they are. */
  const payload = (): Record<string, unknown> => {
    const out: Record<string, unknown> = { kind };
    for (const f of fields) out[f] = f === 'travelLevel' ? travelLevel : values[f];
    return out;
  };

  const submit = form.submit({
    validate: () => {
      const data = payload();
      return schemaErrors(personCreateSchema, person ? { ...initialValues(kind, person), ...data, kind } : data, fields);
    },
    send: (_v, meta) => {
      const data = payload();
      if (!person) return api().call('people.create', data as PersonCreateInput);
      const patch: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(data)) {
        if (k === 'kind') continue;
        const before = person[k as Field];
        const same =
          k === 'nip' && typeof v === 'string'
            ? nipDigits(v) === before && !/[^\d\s.-]/.test(v)
            : typeof v === 'string' && typeof before === 'string'
              ? v.trim() === before
              : v === before;
        if (!same) patch[k] = v;
      }
      if (Object.keys(patch).length === 0) {
        onCancel();
        return null;
      }
      return api().call('people.update', { id: person.id, patch, ...meta });
    },
    onSaved: (saved) => onSaved(saved, !person),
  });

  const set = form.set;
  const shownName = fullName(values);
  const noNip = values.employment === 'elected' || values.employment === 'non_asn';
  const unitListId = `${uid}-units`;
  const travelHintId = `${uid}-travel-hint`;

  const text = (f: Field, label: string, placeholder?: string) => (
    <FormInput form={form} name={f} label={label} type="text" placeholder={placeholder} />
  );

  return (
    <FormDialog
      form={form}
      title={person ? t('people.form.editTitle', { name: fullName(person) }) : t(`people.form.createTitle.${kind}`)}
      className="person-form"
      onSubmit={submit}
      onCancel={onCancel}
      footerStart={person && <RemoveButtons record={person} saving={saving} onDelete={onDelete} onErase={onErase} />}
    >
      <fieldset className="form-section">
        <legend className="form-section-title">{t('people.form.identity')}</legend>
        <div className="field-row name-row">
          {text('titlePrefix', t('fields.titlePrefix'), t('people.form.titlePrefixPlaceholder'))}
          <FormInput form={form} name="name" label={t('fields.name')} type="text" placeholder={t('people.form.namePlaceholder')} data-autofocus />
          {text('titleSuffix', t('fields.titleSuffix'), t('people.form.titleSuffixPlaceholder'))}
        </div>
        {values.name.trim() && (values.titlePrefix.trim() || values.titleSuffix.trim()) && (
          <p className="field-hint">{t('people.form.preview', { name: shownName })}</p>
        )}
      </fieldset>

      {kind === 'official' && (
        <fieldset className="form-section">
          <legend className="form-section-title">{t('people.form.employmentSection')}</legend>
          <div className="field-row employment-row">
            <FormSelect form={form} name="employment" label={t('fields.employment')}>
              <CodeOptions codes={EMPLOYMENT} labelOf={(x) => t(`people.employment.${x}`)} />
            </FormSelect>
            {noNip && values.nip.trim() === '' && !errors.nip ? (
              <div className="field">
                <span className="label">{t('fields.nip')}</span>
                <p className="dir-field-note">{t(`people.form.nipNone.${values.employment as 'elected' | 'non_asn'}`)}</p>
              </div>
            ) : (
              <NipField id={form.fieldId('nip')} value={values.nip} employment={values.employment} onChange={(v) => set('nip', v)} error={errors.nip} />
            )}
          </div>
          <div className="field-row field-row-3">
            <FormSelect form={form} name="golongan" label={t('fields.golongan')}>
              <option value="">{t('people.form.golonganNone')}</option>
              {(['I', 'II', 'III', 'IV'] as const).map((group) => (
                <optgroup key={group} label={`${t('fields.golongan')} ${group}`}>
                  {RANKS.filter(([g]) => g.split('/')[0] === group).map(([g, name]) => (
                    <option key={g} value={g}>
                      {`${name} (${g})`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </FormSelect>
            <FormSelect form={form} name="eselon" label={t('fields.eselon')}>
              <option value="">{t('people.form.eselonNone')}</option>
              <CodeOptions codes={ESELON} labelOf={(x) => t('people.form.eselonOption', { eselon: x })} />
            </FormSelect>
            <FormSelect
              form={form}
              name="travelLevel"
              label={t('fields.travelLevel')}
              value={travelLevel}
              describedBy={[suggestion && travelHintId]}
              onChange={(e) => {
                setTravelAuto(false);
                set('travelLevel', e.target.value);
              }}
            >
              <option value="">{t('people.form.travelNone')}</option>
              <CodeOptions codes={TRAVEL_LEVELS} labelOf={(x) => t('people.form.travelOption', { level: x })} />
            </FormSelect>
          </div>
          {suggestion && (
            <p className="field-hint travel-hint" id={travelHintId}>
              {t('people.form.travelSuggested', {
                level: suggestion,
                basis: t(`people.form.travelBasis.${values.employment === 'elected' ? 'elected' : values.eselon ? 'eselon' : 'golongan'}`),
              })}
              {!travelAuto && travelLevel !== suggestion && (
                <button type="button" className="dir-btn-link" onClick={() => setTravelAuto(true)}>
                  {t('people.form.useSuggestion')}
                </button>
              )}
            </p>
          )}
          {text('jabatan', t('fields.jabatan'), t('people.form.jabatanPlaceholder'))}
          <FormField form={form} name="unit" label={t('fields.unit')}>
            <input
              {...form.input('unit')}
              type="text"
              className="input"
              autoComplete="off"
              list={unitSuggestions?.length ? unitListId : undefined}
              placeholder={t('people.form.unitPlaceholder')}
            />
            {unitSuggestions && unitSuggestions.length > 0 && (
              <datalist id={unitListId}>
                {unitSuggestions.map((u) => (
                  <option key={u} value={u} />
                ))}
              </datalist>
            )}
          </FormField>
        </fieldset>
      )}

      {kind !== 'official' && (
        <fieldset className="form-section">
          <legend className="form-section-title">{kind === 'journalist' ? t('people.columns.outlet') : t('fields.institution')}</legend>
          <FormField form={form} name="institutionId" label={kind === 'journalist' ? t('people.columns.outlet') : t('fields.institution')}>
            <InstitutionPicker
              {...form.control('institutionId')}
              kind={kind === 'journalist' ? 'media' : 'host'}
              value={values.institutionId}
              valueName={institutionName}
              onChange={(id, name) => {
                set('institutionId', id);
                setInstitutionName(name);
              }}
            />
          </FormField>
          {kind === 'journalist' ? (
            <div className="field-row">
              <FormSelect form={form} name="mediaType" label={t('fields.mediaType')}>
                <option value="">{t('people.form.mediaTypeNone')}</option>
                <CodeOptions codes={MEDIA_TYPES} labelOf={(x) => t(`people.mediaTypes.${x}`)} />
              </FormSelect>
              {text('pressCard', t('fields.pressCard'))}
            </div>
          ) : (
            text('jabatan', t('fields.jabatan'), t('people.form.jabatanPlaceholder'))
          )}
        </fieldset>
      )}

      <fieldset className="form-section">
        <legend className="form-section-title">{t('people.form.contact')}</legend>
        <div className="field-row">
          <FormInput form={form} name="phone" label={t('fields.phone')} type="tel" placeholder={t('people.form.phonePlaceholder')} />
          <FormInput form={form} name="email" label={t('fields.email')} type="email" />
        </div>
        <FormTextarea form={form} name="notes" label={t('fields.notes')} className="dir-textarea" rows={2} placeholder={t('people.form.notesPlaceholder')} />
      </fieldset>
    </FormDialog>
  );
}

/** The delete and "Hapus permanen…" buttons of a directory dialog (edit only): the caller asks for confirmation. */
export function RemoveButtons<R>({ record, saving, onDelete, onErase }: { record: R; saving: boolean; onDelete?: (r: R) => void; onErase?: (r: R) => void }) {
  const { t } = useTranslation();
  if (!onDelete && !onErase) return null;
  return (
    <div className="dir-footer-start" style={{ display: 'flex', gap: 8 }}>
      {onDelete && (
        <button type="button" className="btn btn-danger" onClick={() => onDelete(record)} disabled={saving}>
          {t('common.delete')}
        </button>
      )}
      {onErase && (
        <button type="button" className="btn btn-danger" onClick={() => onErase(record)} disabled={saving}>
          {t('people.erase.action')}
        </button>
      )}
    </div>
  );
}
