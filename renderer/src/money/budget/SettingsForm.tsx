import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/delegation/schemas';
import { fullName } from '../../../../shared/directory/person';
import type { TripCostSheet } from '../../../../shared/money/readiness';
import { budgetLineSchema, type RateSetRecord, type TripMoney } from '../../../../shared/money/schemas';
import { NON_ASN_POLICIES, TRAVEL_KINDS, type NonAsnPolicy, type TravelKind } from '../../../../shared/money/vocabulary';
import { regionByCode } from '../../../../shared/regions';
import { CloseButton } from '../../components/CloseButton';
import { FormError, FormField, FormInput, FormSaveActions, FormSelect, fieldAt, schemaErrors, useForm, type FieldErrors } from '../../components/form';
import { PersonPicker } from '../../components/PersonPicker';
import { RegionPicker } from '../../components/RegionPicker';
import { useToasts } from '../../components/Toasts';
import { api } from '../../api/bridge';
import { amountInput, readAmount } from './amounts';
import { BUDGET_SETTINGS_PREFIX } from './anchors';
import { CodeOptions, ItemOptions } from '../../components/Options';

interface Values {
  rateSetId: string;
  travelKind: TravelKind;
  destinationRegionCode: string;
  budgetCode: string;
  budgetName: string;
  budgetCeiling: string;
  nonAsn: NonAsnPolicy;
  ppkPersonId: string;
  /** Shown beside the picker; not sent. */
  ppkName: string;
}
type Field = Exclude<keyof Values, 'ppkName'>;
const FIELDS: readonly Field[] = ['rateSetId', 'travelKind', 'destinationRegionCode', 'budgetCode', 'budgetName', 'budgetCeiling', 'nonAsn', 'ppkPersonId'];

const toValues = (m: TripMoney, ppkName: string): Values => ({
  rateSetId: m.rateSetId ?? '',
  travelKind: m.travelKind,
  destinationRegionCode: m.destinationRegionCode,
  budgetCode: m.budgetLine?.code ?? '',
  budgetName: m.budgetLine?.name ?? '',
  budgetCeiling: amountInput(m.budgetLine?.ceiling),
  nonAsn: m.nonAsn,
  ppkPersonId: m.ppkPersonId ?? '',
  ppkName,
});

/** A refusal's path ("patch.budgetLine.ceiling") to the field on screen. */
function fieldFor(path: string | undefined): Field | undefined {
  if (!path) return undefined;
  if (path.includes('budgetLine.code')) return 'budgetCode';
  if (path.includes('budgetLine.name')) return 'budgetName';
  if (path.includes('budgetLine.ceiling')) return 'budgetCeiling';
  if (path.includes('budgetLine')) return 'budgetCode';
  return fieldAt(FIELDS, path);
}

/** The DPA line typed, or null when nothing is; the problems per field otherwise. */
function readBudgetLine(v: Values): { line: TripMoney['budgetLine'] } | { errors: FieldErrors<Field> } {
  if (v.budgetCode.trim() === '' && v.budgetName.trim() === '' && v.budgetCeiling.trim() === '') return { line: null };
  const errors: FieldErrors<Field> = {};
  if (v.budgetCode.trim() === '') errors.budgetCode = { code: 'VALIDATION', message: 'required', key: 'budget.settings.budgetCodeNeeded', field: 'budgetCode' };
  const ceiling = readAmount(v.budgetCeiling, 'budgetCeiling');
  if (!ceiling.ok) errors.budgetCeiling = ceiling.error;
  const line = { code: v.budgetCode.trim(), name: v.budgetName.trim(), ceiling: ceiling.ok ? ceiling.value : 0 };
  const checked = schemaErrors<Field>(budgetLineSchema, line, ['budgetCode', 'budgetName'], (p) => (p[0] === 'code' ? 'budgetCode' : p[0] === 'name' ? 'budgetName' : undefined));
  for (const f of ['budgetCode', 'budgetName'] as const) if (!errors[f] && checked[f]) errors[f] = checked[f];
  return Object.keys(errors).length > 0 ? { errors } : { line };
}

/** The trip's money settings: rate set, kind of travel, destination, DPA line, non-ASN policy and PPK. */
export function SettingsForm({ detail, money, sheet, rateSets }: { detail: TripDetail; money: TripMoney; sheet: TripCostSheet; rateSets: readonly RateSetRecord[] }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const ppkName = sheet.ppk?.name ?? '';
  const form = useForm<Values, Field>({ defaults: () => toValues(money, ppkName), fields: FIELDS, version: money.updatedAt, fieldFor, idPrefix: BUDGET_SETTINGS_PREFIX });
  const v = form.values;
  const hostRegion = detail.trip.hostRegionCodes[0];
  const hostName = hostRegion ? (regionByCode(hostRegion)?.name ?? hostRegion) : '';
  const ceilingLabel = t('budget.settings.budgetCeiling');

  const onSubmit = form.submit({
    validate: (values) => {
      const line = readBudgetLine(values);
      return 'errors' in line ? line.errors : null;
    },
    send: (values, meta) => {
      const line = readBudgetLine(values);
      if ('errors' in line) return null;
      return api().call('tripMoney.update', {
        tripId: detail.trip.id,
        ...(meta.expectedUpdatedAt === undefined ? {} : { expectedUpdatedAt: meta.expectedUpdatedAt }),
        patch: {
          rateSetId: values.rateSetId || null,
          travelKind: values.travelKind,
          destinationRegionCode: values.destinationRegionCode,
          budgetLine: line.line,
          nonAsn: values.nonAsn,
          ppkPersonId: values.ppkPersonId || null,
        },
      });
    },
    onSaved: () => toasts.show({ message: (tr) => tr('budget.settings.saved'), duration: 4000 }),
  });

  return (
    <form className="budget-settings trip-card" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${form.fieldId('rateSetId')}-h`}>
      <h3 id={`${form.fieldId('rateSetId')}-h`}>{t('budget.settings.heading')}</h3>
      <FormError error={form.formError} />
      <div className="budget-settings-grid">
        <FormSelect form={form} name="rateSetId" label={t('budget.settings.rateSet')} fieldClassName="span-2">
          <option value="">{t('budget.settings.byDate')}</option>
          <ItemOptions items={rateSets} valueOf={(s) => s.id} labelOf={(s) => s.sample ? t('budget.settings.sampleMark', { name: s.name }) : s.name} />
        </FormSelect>
        <FormSelect form={form} name="travelKind" label={t('budget.settings.travelKind')}>
          <CodeOptions codes={TRAVEL_KINDS} labelOf={(k) => t(`budget.kinds.${k}`)} />
        </FormSelect>
        <FormField
          form={form}
          name="destinationRegionCode"
          label={t('budget.settings.destination')}
          hint={hostName ? t('budget.settings.destinationHint', { region: hostName }) : t('budget.settings.destinationHintNone')}
          hintId={`${form.fieldId('destinationRegionCode')}-hint`}
        >
          <RegionPicker
            {...form.control('destinationRegionCode', [`${form.fieldId('destinationRegionCode')}-hint`])}
            value={v.destinationRegionCode}
            onChange={(code) => form.set('destinationRegionCode', code)}
          />
        </FormField>
        <FormInput form={form} name="budgetCode" label={t('budget.settings.budgetCode')} placeholder={t('budget.settings.budgetCodePlaceholder')} inputMode="decimal" />
        <FormInput form={form} name="budgetName" label={t('budget.settings.budgetName')} placeholder={t('budget.settings.budgetNamePlaceholder')} />
        <FormInput
          form={form}
          name="budgetCeiling"
          label={ceilingLabel}
          errorLabel={ceilingLabel}
          placeholder={t('budget.settings.budgetCeilingPlaceholder')}
          inputMode="decimal"
          onBlur={() => {
            const r = readAmount(v.budgetCeiling, 'budgetCeiling', true);
            if (r.ok) form.setAt('budgetCeiling', amountInput(r.value));
          }}
        />
        <FormSelect form={form} name="nonAsn" label={t('budget.settings.nonAsn')}>
          <CodeOptions codes={NON_ASN_POLICIES} labelOf={(p) => t(`budget.nonAsnPolicies.${p}`)} />
        </FormSelect>
        <FormField form={form} name="ppkPersonId" label={t('budget.settings.ppk')} className="span-2">
          <div className="budget-ppk">
            {v.ppkPersonId ? (
              <span className="budget-ppk-chosen">
                <span>{v.ppkName || v.ppkPersonId}</span>
                <CloseButton label={t('budget.settings.ppkClear')} onClick={() => form.setValues((p) => ({ ...p, ppkPersonId: '', ppkName: '' }))} />
              </span>
            ) : (
              <span className="muted budget-ppk-none">{t('budget.settings.ppkNone')}</span>
            )}
            <PersonPicker
              id={form.fieldId('ppkPersonId')}
              describedBy={form.describe('ppkPersonId')}
              kind="official"
              placeholder={t('budget.settings.ppkPlaceholder')}
              onSelect={(p) => form.setValues((prev) => ({ ...prev, ppkPersonId: p.id, ppkName: fullName(p) }))}
            />
          </div>
        </FormField>
      </div>
      <FormSaveActions form={form} unsavedText={t('budget.settings.unsaved')} revertLabel={t('budget.settings.revert')} saveLabel={t('budget.settings.save')} savingLabel={t('budget.settings.saving')} />
    </form>
  );
}
