import { useTranslation } from 'react-i18next';
import { REGISTER_KINDS, type RegisterKind } from '../../../shared/documents/issuers';
import { formatNumber } from '../../../shared/documents/numbering';
import { todayIso } from '../lib/today';
import { FieldError, FormInput, type Form } from '../components/form';
import type { IssuerValues } from './issuerForm';

export interface RegisterFieldsProps {
  /** The issuer's form: its register is at "register" ("register.template", "register.codes.spt" …). */
  form: Form<IssuerValues, string>;
  /** How a message names the field ("Kode klasifikasi SPT"). */
  errorLabel: (path: string) => string;
  sharesSetda: boolean;
}

/**
 * An issuer's register (buku agenda): one template and unit code, a
 * classification code per document, one running number for all or one per
 * kind, and a live example of each document's number as it will be written.
 */
export function RegisterFields({ form, errorLabel, sharesSetda }: RegisterFieldsProps) {
  const { t } = useTranslation();
  const { errors } = form;
  const value = form.values.register;
  const today = todayIso();
  const hintId = `${form.fieldId('register')}-hint`;
  const seqId = `${form.fieldId('register')}-seq`;
  const perKindName = `${form.fieldId('register')}-perKind`;
  const templateOk = value.template.includes('{nomor}') && !errors['register.template'];
  const example = (kind: RegisterKind) => formatNumber({ template: value.template, code: value.codes[kind], unit: value.unit }, 1, today);

  const text = (part: 'template' | 'unit') => {
    const path = `register.${part}`;
    return (
      <FormInput
        form={form}
        name={path}
        label={t(`issuers.register.${part}`)}
        errorLabel={errorLabel(path)}
        type="text"
        className={part === 'template' ? 'profile-template' : undefined}
        spellCheck={false}
        placeholder={part === 'unit' ? t('issuers.register.unitPlaceholder') : undefined}
        describedBy={[part === 'template' && hintId]}
      />
    );
  };

  return (
    <div className="register-fields">
      <div className="register-top">
        {text('template')}
        {text('unit')}
      </div>
      <p id={hintId} className="field-hint register-hint">
        {t('issuers.register.hint')}
      </p>
      <table className="register-table">
        <caption className="register-caption">{t('issuers.register.codes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('issuers.register.kind')}</th>
            <th scope="col">{t('issuers.register.code')}</th>
            <th scope="col">{t('issuers.register.example')}</th>
          </tr>
        </thead>
        <tbody>
          {REGISTER_KINDS.map((kind) => {
            const path = `register.codes.${kind}`;
            const id = form.fieldId(path);
            const exampleId = `${id}-example`;
            const kindName = t(`issuers.register.kinds.${kind}`);
            return (
              <tr key={kind}>
                <th scope="row" className="register-kind">
                  <label htmlFor={id}>{kindName}</label>
                </th>
                <td className={errors[path] ? 'field-invalid' : undefined}>
                  <input
                    type="text"
                    className="input input-compact profile-template"
                    autoComplete="off"
                    spellCheck={false}
                    {...form.input(path, [templateOk && exampleId])}
                  />
                  <FieldError id={form.errorId(path)} error={errors[path]} label={errorLabel(path)} />
                </td>
                <td className="register-example">
                  {templateOk ? (
                    <code id={exampleId} aria-label={t('issuers.register.exampleOf', { kind: kindName })}>
                      {example(kind)}
                    </code>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset className="register-sequence" aria-describedby={seqId}>
        <legend className="label">{t('issuers.register.sequence')}</legend>
        <label className="radio-line">
          <input type="radio" name={perKindName} checked={!value.perKind} onChange={() => form.setAt('register.perKind', false)} />
          <span>{t('issuers.register.shared')}</span>
        </label>
        <label className="radio-line">
          <input type="radio" name={perKindName} checked={value.perKind} onChange={() => form.setAt('register.perKind', true)} />
          <span>{t('issuers.register.perKind')}</span>
        </label>
        <p id={seqId} className="field-hint">
          {t('issuers.register.sequenceHint')}
          {sharesSetda && <> {t('issuers.register.kdHint')}</>}
        </p>
      </fieldset>
    </div>
  );
}
