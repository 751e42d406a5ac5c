import { useTranslation } from 'react-i18next';
import { FONTS, PAPERS, type Profile } from '../../../shared/documents/schemas';
import { Field } from '../components/Field';
import { FieldError, FormSelect, type Form } from '../components/form';
import { MARGINS } from './profileForm';
import { CodeOptions } from '../components/Options';

type StyleField = 'paper' | 'font' | (typeof MARGINS)[number];

export interface PageStyleFieldsProps<V extends Record<StyleField, string>> {
  /** The form holding paper and font as chosen ('' for "follow the house style") and margins as typed. */
  form: Form<V, string>;
  /** How a message names the field ("Margin Atas"). */
  errorLabel: (path: StyleField) => string;
  /** An issuer's own layout: each field may follow the house style, shown as its first option and placeholder. */
  follow?: Profile;
  marginsHint: string;
}

/**
 * Paper, font and margins: the house style's form and an issuer's own layout
 * share these fields (the issuer's may also "follow the house style").
 */
export function PageStyleFields<V extends Record<StyleField, string>>({ form, errorLabel, follow, marginsHint }: PageStyleFieldsProps<V>) {
  const { t } = useTranslation();
  const hintId = `${form.fieldId('margins')}-hint`;
  return (
    <>
      <FormSelect form={form} name="paper" label={t('profile.paper')} errorLabel={errorLabel('paper')} className="profile-select">
        {follow && <option value="">{t('issuers.layout.followValue', { value: follow.paper })}</option>}
        <CodeOptions codes={PAPERS} labelOf={(p) => t(`profile.papers.${p}`)} />
      </FormSelect>
      <FormSelect form={form} name="font" label={t('profile.font')} errorLabel={errorLabel('font')} className="profile-select">
        {follow && <option value="">{t('issuers.layout.followValue', { value: follow.font })}</option>}
        <CodeOptions codes={FONTS} labelOf={(f) => f} />
      </FormSelect>
      <fieldset className="profile-margins" aria-describedby={hintId}>
        <legend className="label">{t('profile.margins')}</legend>
        <div className="profile-margin-row">
          {MARGINS.map((m) => (
            // The columns are narrow: their messages go under the row.
            <Field key={m} id={form.fieldId(m)} label={t(`profile.${m}`)} error={null}>
              <input
                type="number"
                inputMode="numeric"
                min={5}
                max={60}
                step={1}
                className="input profile-mm"
                placeholder={follow ? String(follow[m]) : undefined}
                {...form.input(m, [follow && hintId])}
              />
            </Field>
          ))}
        </div>
        {MARGINS.map((m) => (
          <FieldError key={m} id={form.errorId(m)} error={form.errors[m]} label={errorLabel(m)} />
        ))}
        <p id={hintId} className="field-hint">
          {marginsHint}
        </p>
      </fieldset>
    </>
  );
}
