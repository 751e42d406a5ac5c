import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_KINDS, type RegisterKind } from '../../../shared/documents/issuers';
import { formatNumber } from '../../../shared/documents/numbering';
import { todayIso } from '../lib/today';
import { Field } from '../components/Field';
import type { IssuerValues } from './issuerForm';
import { inputId, type FieldErrors } from './profileForm';

type Register = IssuerValues['register'];

export interface FieldProps {
  uid: string;
  errors: FieldErrors;
  describe: (path: string, hintId?: string) => string | undefined;
  errorOf: (path: string) => ReactNode;
}

/**
 * An issuer's register (buku agenda): one template and unit code, a
 * classification code per document, one running number for all or one per
 * kind, and a live example of each document's number as it will be written.
 */
export function RegisterFields({
  value,
  onChange,
  uid,
  errors,
  describe,
  errorOf,
  sharesSetda,
}: FieldProps & { value: Register; onChange: (path: string, next: Register) => void; sharesSetda: boolean }) {
  const { t } = useTranslation();
  const today = todayIso();
  const hintId = `${uid}-register-hint`;
  const seqId = `${uid}-register-seq`;
  const templateOk = value.template.includes('{nomor}') && !errors['register.template'];
  const example = (kind: RegisterKind) => formatNumber({ template: value.template, code: value.codes[kind], unit: value.unit }, 1, today);

  const text = (part: 'template' | 'unit') => {
    const path = `register.${part}`;
    const id = inputId(uid, path);
    return (
      <Field id={id} label={t(`issuers.register.${part}`)} error={errorOf(path)}>
        <input
          id={id}
          type="text"
          className={`input${part === 'template' ? ' profile-template' : ''}`}
          autoComplete="off"
          spellCheck={false}
          placeholder={part === 'unit' ? t('issuers.register.unitPlaceholder') : undefined}
          value={value[part]}
          onChange={(e) => onChange(path, { ...value, [part]: e.target.value })}
          aria-invalid={errors[path] ? true : undefined}
          aria-describedby={describe(path, part === 'template' ? hintId : undefined)}
        />
      </Field>
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
            const id = inputId(uid, path);
            const exampleId = `${id}-example`;
            const kindName = t(`issuers.register.kinds.${kind}`);
            return (
              <tr key={kind}>
                <th scope="row" className="register-kind">
                  <label htmlFor={id}>{kindName}</label>
                </th>
                <td className={errors[path] ? 'field-invalid' : undefined}>
                  <input
                    id={id}
                    type="text"
                    className="input input-compact profile-template"
                    autoComplete="off"
                    spellCheck={false}
                    value={value.codes[kind]}
                    onChange={(e) => onChange(path, { ...value, codes: { ...value.codes, [kind]: e.target.value } })}
                    aria-invalid={errors[path] ? true : undefined}
                    aria-describedby={describe(path, templateOk ? exampleId : undefined)}
                  />
                  {errorOf(path)}
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
          <input type="radio" name={`${uid}-perKind`} checked={!value.perKind} onChange={() => onChange('register.perKind', { ...value, perKind: false })} />
          <span>{t('issuers.register.shared')}</span>
        </label>
        <label className="radio-line">
          <input type="radio" name={`${uid}-perKind`} checked={value.perKind} onChange={() => onChange('register.perKind', { ...value, perKind: true })} />
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
