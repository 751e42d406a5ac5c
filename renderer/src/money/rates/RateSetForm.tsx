import { useTranslation } from 'react-i18next';
import { rateSetUpdateSchema, type RateSetPatch, type RateSetRecord } from '../../../../shared/money/schemas';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { FormDate, FormDialog, FormInput, FormTextarea, schemaErrors, useForm } from '../../components/form';
import { useToasts } from '../../components/Toasts';

/*
 * The edit dialog of a rate set: its header (name, legal basis, validity,
 * notes), its rules and its levels' descriptions, saved as a patch with the
 * version it was opened with. The rate tables are not edited here: they
 * change by spreadsheet (export, edit, import back as a new version).
 */

interface Values {
  name: string;
  /** One regulation per line. */
  legalBasis: string;
  validFrom: string;
  validTo: string;
  notes: string;
  rules: { travelDayPercent: string; noHotelPercent: string; taxiTrips: { origin: string; destination: string } };
  levels: Array<{ label: string }>;
}

const HEADER_FIELDS = ['name', 'legalBasis', 'validFrom', 'validTo', 'notes'] as const;
const RULE_FIELDS = ['rules.travelDayPercent', 'rules.noHotelPercent', 'rules.taxiTrips.origin', 'rules.taxiTrips.destination'] as const;

const valuesOf = (s: RateSetRecord): Values => ({
  name: s.name,
  legalBasis: s.legalBasis.join('\n'),
  validFrom: s.validFrom,
  validTo: s.validTo,
  notes: s.notes,
  rules: {
    travelDayPercent: String(s.rules.travelDayPercent),
    noHotelPercent: String(s.rules.noHotelPercent),
    taxiTrips: { origin: String(s.rules.taxiTrips.origin), destination: String(s.rules.taxiTrips.destination) },
  },
  levels: s.levels.map((l) => ({ label: l.label })),
});

/** A whole number as typed, NaN otherwise (the schema then names the field). */
const wholeNumber = (s: string): number => (/^\s*\d{1,3}\s*$/.test(s) ? Number(s) : Number.NaN);

/** What changed against the set as opened: only those keys are sent. */
function patchOf(set: RateSetRecord, v: Values): RateSetPatch {
  const next = {
    name: v.name,
    legalBasis: v.legalBasis
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    validFrom: v.validFrom,
    validTo: v.validTo,
    notes: v.notes,
    rules: {
      travelDayPercent: wholeNumber(v.rules.travelDayPercent),
      noHotelPercent: wholeNumber(v.rules.noHotelPercent),
      taxiTrips: { origin: wholeNumber(v.rules.taxiTrips.origin), destination: wholeNumber(v.rules.taxiTrips.destination) },
    },
    levels: set.levels.map((l, i) => ({ ...l, label: v.levels[i]?.label ?? l.label })),
  };
  const patch: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify(set[k as keyof typeof next])) patch[k] = value;
  }
  return patch;
}

export function RateSetForm({ set, onClose }: { set: RateSetRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const levelFields = set.levels.map((_, i) => `levels.${i}.label`);
  const fields: string[] = [...HEADER_FIELDS, ...RULE_FIELDS, ...levelFields];
  const form = useForm<Values, string>({ defaults: () => valuesOf(set), fields, version: set.updatedAt });

  const submit = form.submit({
    validate: (v) => {
      const patch = patchOf(set, v);
      if (Object.keys(patch).length === 0) return null;
      return schemaErrors(rateSetUpdateSchema, { id: set.id, patch }, fields);
    },
    send: (v, meta) => {
      const patch = patchOf(set, v);
      if (Object.keys(patch).length === 0) {
        toasts.show({ message: (tr) => tr('rates.form.unchanged'), duration: 3000 });
        onClose();
        return null;
      }
      return api().call('rateSets.update', { id: set.id, patch, ...meta });
    },
    onSaved: () => {
      toasts.show({ message: (tr) => tr('rates.form.saved'), duration: 4000 });
      onClose();
    },
    onFailed: (e: ApiError) => {
      if (e.code === 'NOT_FOUND') onClose();
    },
  });

  const label = (key: 'name' | 'legalBasis' | 'validFrom' | 'validTo' | 'notes') => ({ label: t(`rates.form.${key}`), errorLabel: t(`rates.form.${key}`) });
  const rule = (key: 'travelDayPercent' | 'noHotelPercent' | 'taxiOrigin' | 'taxiDestination') => ({ label: t(`rates.rules.${key}`), errorLabel: t(`rates.rules.${key}`) });

  return (
    <FormDialog form={form} title={t('rates.form.title')} description={t('rates.form.lead')} className="rates-form" onSubmit={submit} onCancel={onClose}>
      <FormInput form={form} name="name" {...label('name')} data-autofocus />
      <FormTextarea form={form} name="legalBasis" {...label('legalBasis')} rows={3} hint={t('rates.form.legalBasisHint')} />
      <div className="field-row">
        <FormDate form={form} name="validFrom" {...label('validFrom')} />
        <FormDate form={form} name="validTo" {...label('validTo')} />
      </div>
      <FormTextarea form={form} name="notes" {...label('notes')} rows={2} />
      <fieldset className="rates-form-group">
        <legend>{t('rates.form.rules')}</legend>
        <div className="field-row">
          <FormInput form={form} name="rules.travelDayPercent" {...rule('travelDayPercent')} inputMode="numeric" hint={t('rates.form.percentHint')} />
          <FormInput form={form} name="rules.noHotelPercent" {...rule('noHotelPercent')} inputMode="numeric" hint={t('rates.form.percentHint')} />
        </div>
        <div className="field-row">
          <FormInput form={form} name="rules.taxiTrips.origin" {...rule('taxiOrigin')} inputMode="numeric" />
          <FormInput form={form} name="rules.taxiTrips.destination" {...rule('taxiDestination')} inputMode="numeric" />
        </div>
      </fieldset>
      <fieldset className="rates-form-group">
        <legend>{t('rates.form.levels')}</legend>
        {set.levels.map((l, i) => (
          <FormInput
            key={l.code}
            form={form}
            name={`levels.${i}.label`}
            label={t('rates.form.levelLabel', { code: l.code })}
            errorLabel={t('rates.form.levelLabel', { code: l.code })}
          />
        ))}
      </fieldset>
    </FormDialog>
  );
}
