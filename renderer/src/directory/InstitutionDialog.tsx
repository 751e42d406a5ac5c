import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSTITUTION_KINDS,
  institutionCreateSchema,
  type Institution,
  type InstitutionKind,
} from '../../../shared/directory/institution';
import { api } from '../api/bridge';
import { Modal } from '../components/Modal';
import { RegionPicker } from '../components/RegionPicker';
import { FormError, FormField, schemaErrors, useForm } from '../components/form';

interface Values {
  kind: InstitutionKind;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}
type Field = keyof Values;
const FIELDS: readonly Field[] = ['kind', 'name', 'regionCode', 'address', 'phone', 'email', 'website'];

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
  const uid = useId();
  const headingId = `${uid}-heading`;
  const form = useForm<Values>({
    version: institution?.updatedAt,
    defaults: () =>
      institution
        ? {
            kind: institution.kind,
            name: institution.name,
            regionCode: institution.regionCode,
            address: institution.address,
            phone: institution.phone,
            email: institution.email,
            website: institution.website,
          }
        : { kind: defaultKind, name: '', regionCode: '', address: '', phone: '', email: '', website: '' },
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

  const input = (f: Field, opts: { type?: string; placeholder?: string; autoFocus?: boolean } = {}) => (
    <input
      {...form.input(f)}
      type={opts.type ?? 'text'}
      className="input"
      autoComplete="off"
      placeholder={opts.placeholder}
      data-autofocus={opts.autoFocus || undefined}
    />
  );

  return (
    <Modal labelledBy={headingId} onCancel={() => !saving && onCancel()}>
      <form className="modal-form institution-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={headingId}>{institution ? t('people.institutions.editTitle') : t('people.institutions.createTitle')}</h2>
        </header>
        <div className="modal-body">
          <FormError error={form.formError} />
          <div className="field-row field-row-kind">
            <FormField form={form} name="kind" label={t('fields.kind')}>
              <select {...form.input('kind')} className="input" onChange={(e) => form.set('kind', e.target.value as InstitutionKind)}>
                {INSTITUTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`people.institutions.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField form={form} name="name" label={t('fields.name')}>
              {input('name', { placeholder: t('people.institutions.namePlaceholder'), autoFocus: true })}
            </FormField>
          </div>
          <FormField form={form} name="regionCode" label={t('fields.regionCode')}>
            <RegionPicker {...form.control('regionCode')} value={values.regionCode} onChange={(code) => form.set('regionCode', code)} />
          </FormField>
          <FormField form={form} name="address" label={t('fields.address')}>
            <textarea {...form.input('address')} className="input dir-textarea" rows={2} />
          </FormField>
          <div className="field-row">
            <FormField form={form} name="phone" label={t('fields.phone')}>
              {input('phone', { type: 'tel' })}
            </FormField>
            <FormField form={form} name="email" label={t('fields.email')}>
              {input('email', { type: 'email' })}
            </FormField>
          </div>
          <FormField form={form} name="website" label={t('fields.website')}>
            {input('website', { placeholder: t('people.institutions.websitePlaceholder') })}
          </FormField>
        </div>
        <footer className="modal-footer">
          {institution && (onDelete || onErase) && (
            <div className="dir-footer-start" style={{ display: 'flex', gap: 8 }}>
              {onDelete && (
                <button type="button" className="btn btn-danger" onClick={() => onDelete(institution)} disabled={saving}>
                  {t('common.delete')}
                </button>
              )}
              {onErase && (
                <button type="button" className="btn btn-danger" onClick={() => onErase(institution)} disabled={saving}>
                  {t('people.erase.action')}
                </button>
              )}
            </div>
          )}
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button id={form.submitId} type="submit" className="btn btn-primary" disabled={saving}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
