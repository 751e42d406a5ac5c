import { useTranslation } from 'react-i18next';
import {
  blankInstitution,
  INSTITUTION_FIELDS,
  INSTITUTION_KINDS,
  institutionCreateSchema,
  institutionFieldsOf,
  type Institution,
  type InstitutionFields,
  type InstitutionKind,
} from '../../../shared/directory/institution';
import { api } from '../api/bridge';
import { RegionPicker } from '../components/RegionPicker';
import { FormDialog, FormField, FormInput, FormSelect, FormTextarea, schemaErrors, useForm } from '../components/form';
import { RemoveButtons } from './PersonDialog';
import { CodeOptions } from '../components/Options';

type Values = InstitutionFields;
const FIELDS = INSTITUTION_FIELDS;

interface InstitutionDialogProps {
  institution?: Institution;
  /** Kind preselected for a new one. */
  defaultKind?: InstitutionKind;
  onCancel: () => void;
  onSaved: (institution: Institution, created: boolean) => void;
  onDelete?: (institution: Institution) => void;
  /** Shows "Hapus permanen…" (edit only): the caller asks for confirmation. */
  onErase?: (institution: Institution) => void;
}

/** Create or edit an institution: kind, name, region (with its time zone), address and contacts. */
export function InstitutionDialog({ institution, defaultKind = 'host', onCancel, onSaved, onDelete, onErase }: InstitutionDialogProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    version: institution?.updatedAt,
    defaults: () => (institution ? institutionFieldsOf(institution) : blankInstitution(defaultKind)),
    fields: FIELDS,
  });
  const { values, saving } = form;

  const submit = form.submit({
    validate: (v) => schemaErrors(institutionCreateSchema, v, FIELDS),
    send: (v, meta) => {
      if (!institution) return api().call('institutions.create', v);
      const data = institutionCreateSchema.parse(v);
      const patch: Partial<Values> = {};
      for (const f of FIELDS) if (data[f] !== institution[f]) (patch as Record<string, string>)[f] = data[f];
      if (Object.keys(patch).length === 0) {
        onCancel();
        return null;
      }
      return api().call('institutions.update', { id: institution.id, patch, ...meta });
    },
    onSaved: (saved) => onSaved(saved, !institution),
  });

  return (
    <FormDialog
      form={form}
      title={institution ? t('people.institutions.editTitle') : t('people.institutions.createTitle')}
      className="institution-form"
      onSubmit={submit}
      onCancel={onCancel}
      footerStart={institution && <RemoveButtons record={institution} saving={saving} onDelete={onDelete} onErase={onErase} />}
    >
      <div className="field-row field-row-kind">
        <FormSelect form={form} name="kind" label={t('fields.kind')}>
          <CodeOptions codes={INSTITUTION_KINDS} labelOf={(k) => t(`people.institutions.kinds.${k}`)} />
        </FormSelect>
        <FormInput form={form} name="name" label={t('fields.name')} type="text" placeholder={t('people.institutions.namePlaceholder')} data-autofocus />
      </div>
      <FormField form={form} name="regionCode" label={t('fields.regionCode')}>
        <RegionPicker {...form.control('regionCode')} value={values.regionCode} onChange={(code) => form.set('regionCode', code)} />
      </FormField>
      <FormTextarea form={form} name="address" label={t('fields.address')} className="dir-textarea" rows={2} />
      <div className="field-row">
        <FormInput form={form} name="phone" label={t('fields.phone')} type="tel" />
        <FormInput form={form} name="email" label={t('fields.email')} type="email" />
      </div>
      <FormInput form={form} name="website" label={t('fields.website')} type="text" placeholder={t('people.institutions.websitePlaceholder')} />
    </FormDialog>
  );
}
