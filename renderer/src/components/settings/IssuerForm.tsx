import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../shared/domain/documents';
import type { Issuer } from '../../../../shared/domain/issuers';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage } from '../../i18n/errors';
import { Field } from '../Field';
import { useToasts } from '../Toasts';
import { EmblemField } from './EmblemField';
import {
  emptyKop,
  ISSUER_ORDER,
  issuerLabel,
  liveKop,
  ownLayout,
  toIssuerPatch,
  toIssuerValues,
  validateIssuer,
  type IssuerValues,
  type Origin,
} from './issuerForm';
import { KopPreview } from './KopPreview';
import { fieldMessage, houseSummary, inputId, MARGINS, serverPath, type FieldErrors } from './profileForm';
import { PageStyleFields } from './PageStyleFields';
import { RegisterFields } from './RegisterFields';

interface IssuerFormProps {
  issuer: Issuer;
  origin: Origin | null;
  house: Profile;
  /** The issuer as main answered after a save. */
  onSaved: (issuer: Issuer) => void;
  /** The emblem changed: the sibling issuers may show it too. */
  onEmblemChanged: () => void;
}

/**
 * One issuer's kop (with a live preview and the emblem), place of issue, an
 * optional layout of its own, its register and the tembusan of its letters,
 * saved with one button.
 * Enter saves, Escape discards the changes, the first invalid field takes
 * focus.
 */
export function IssuerForm({ issuer, origin, house, onSaved, onEmblemChanged }: IssuerFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const level = issuer.level;
  const levelName = t(`issuers.levels.${level}`);
  const [saved, setSaved] = useState<IssuerValues>(() => toIssuerValues(issuer));
  const [values, setValues] = useState<IssuerValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [layoutOpen, setLayoutOpen] = useState(() => ownLayout(saved));
  const [focusRequest, setFocusRequest] = useState<{ path: string; n: number } | null>(null);
  const live = useRef(true);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    const el = document.getElementById(inputId(uid, focusRequest.path));
    if (el) el.focus();
    else submitRef.current?.focus();
  }, [focusRequest, uid]);

  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const kop = liveKop(level, values, origin);
  const blank = emptyKop(level, values, origin);

  const update = (path: string, next: (v: IssuerValues) => IssuerValues) => {
    setValues(next);
    setErrors((prev) => {
      if (!prev[path]) return prev;
      const copy = { ...prev };
      delete copy[path];
      return copy;
    });
  };
  const set = <K extends keyof IssuerValues>(key: K, value: IssuerValues[K]) => update(key, (v) => ({ ...v, [key]: value }));

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = ISSUER_ORDER.find((p) => next[p]) ?? Object.keys(next)[0] ?? 'submit';
    if ((['paper', 'font', ...MARGINS] as string[]).includes(first)) setLayoutOpen(true);
    setFocusRequest((r) => ({ path: first, n: (r?.n ?? 0) + 1 }));
  };

  const revert = () => {
    setValues(saved);
    setErrors({});
    setFormError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setFormError(null);
    const local = validateIssuer(issuer.institutionId, level, values);
    if (Object.keys(local).length > 0) {
      showErrors(local);
      return;
    }
    setSaving(true);
    const r = await api().call('issuers.update', { institutionId: issuer.institutionId, level, patch: toIssuerPatch(values) });
    if (!live.current) return;
    setSaving(false);
    if (r.ok) {
      const v = toIssuerValues(r.value);
      setSaved(v);
      setValues(v);
      setErrors({});
      onSaved(r.value);
      toasts.show({ message: (tr) => tr('issuers.saved', { level: tr(`issuers.levels.${level}`) }), duration: 4000 });
      return;
    }
    const path = serverPath(r.error);
    if (path && path !== 'institutionId' && path !== 'level') showErrors({ [path]: { ...r.error, field: path } });
    else setFormError(r.error);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && dirty) {
      e.preventDefault();
      e.stopPropagation();
      revert();
    }
  };

  const describe = (path: string, hintId?: string) => [errors[path] ? `${inputId(uid, path)}-error` : null, hintId].filter(Boolean).join(' ') || undefined;
  const errorOf = (path: string) => {
    const error = errors[path];
    if (!error) return null;
    return (
      <p id={`${inputId(uid, path)}-error`} className="field-error" role="alert">
        {fieldMessage(t, error, issuerLabel(t, level, path))}
      </p>
    );
  };

  const textField = (
    key: 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'placeOfIssue',
    opts: { placeholder?: string; hint?: string; type?: string } = {},
  ) => {
    const id = inputId(uid, key);
    const hintId = opts.hint ? `${id}-hint` : undefined;
    return (
      <Field id={id} label={issuerLabel(t, level, key)} error={errorOf(key)}>
        <input
          id={id}
          type={opts.type ?? 'text'}
          className="input"
          autoComplete="off"
          placeholder={opts.placeholder}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={describe(key, hintId)}
        />
        {opts.hint && (
          <p id={hintId} className="field-hint">
            {opts.hint}
          </p>
        )}
      </Field>
    );
  };

  const kd = level === 'kepala_daerah';
  const addressPlaceholder = level === 'perangkat_daerah' && origin?.address?.trim() ? origin.address.trim() : t('issuers.placeholders.address');
  const margin = (m: (typeof MARGINS)[number]) => (values[m].trim() === '' ? house[m] : values[m].trim());
  const layoutText = ownLayout(values)
    ? t('issuers.layout.summaryOwn', {
        value: `${values.paper || house.paper} · ${values.font || house.font} · ${t('issuers.layout.marginsShort', {
          top: margin('marginTop'),
          right: margin('marginRight'),
          bottom: margin('marginBottom'),
          left: margin('marginLeft'),
        })}`,
      })
    : t('issuers.layout.summaryFollow', { value: houseSummary(t, house) });

  return (
    <form
      className="profile-form issuer-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      aria-busy={saving || undefined}
      aria-label={t('issuers.save', { level: levelName })}
    >
      {formError && (
        <p className="form-error" role="alert">
          {errorMessage(t, formError)}
        </p>
      )}

      <fieldset className="profile-group issuer-group">
        <legend className="profile-legend">{t('issuers.kop')}</legend>
        <KopPreview level={level} kop={kop} emblem={issuer.emblem} font={values.font || house.font} />
        <p className="field-hint">{t('issuers.kopHint')}</p>
        <div className="profile-kop">
          <div className="profile-kop-fields">
            {!kd && textField('govLine', { placeholder: blank.govLine || t('issuers.placeholders.govLine') })}
            {textField('officeName', { placeholder: blank.officeName || t(kd ? 'issuers.placeholders.officeNameKd' : 'issuers.placeholders.officeName') })}
            {kd ? (
              <p className="field-hint">{t('issuers.noAddressOnKd')}</p>
            ) : (
              <>
                {textField('address', { placeholder: addressPlaceholder })}
                <div className="field-row profile-contact-row">
                  {textField('phone', { type: 'tel' })}
                  {textField('email', { type: 'email' })}
                  {textField('website')}
                </div>
              </>
            )}
            <div className="field-row">{textField('placeOfIssue', { placeholder: t('issuers.placeholders.placeOfIssue'), hint: t('issuers.placeOfIssueHint') })}</div>
          </div>
          <EmblemField
            institutionId={issuer.institutionId}
            level={level}
            emblem={issuer.emblem}
            onChanged={() => onEmblemChanged()}
          />
        </div>
      </fieldset>

      <fieldset className="profile-group issuer-group">
        <legend className="profile-legend">{t('issuers.layout.heading')}</legend>
        <div className="layout-summary">
          <p className="field-hint">{layoutText}</p>
          {!layoutOpen && (
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setLayoutOpen(true)}>
              {t('issuers.layout.change')}
            </button>
          )}
        </div>
        {layoutOpen && (
          <div className="house-grid">
            <PageStyleFields
              uid={uid}
              values={values}
              // The selects offer only valid papers and fonts ('' follows the house style); margins are typed text until saved.
              set={(field, value) => set(field, value as never)}
              errors={errors}
              errorOf={errorOf}
              describe={describe}
              follow={house}
              marginsHint={t('issuers.layout.marginsHint', { value: MARGINS.map((m) => house[m]).join('/') })}
            />
            {ownLayout(values) && (
              <div>
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  onClick={() => update('paper', (v) => ({ ...v, paper: '', font: '', marginTop: '', marginRight: '', marginBottom: '', marginLeft: '' }))}
                >
                  {t('issuers.layout.reset')}
                </button>
              </div>
            )}
          </div>
        )}
      </fieldset>

      <fieldset className="profile-group issuer-group">
        <legend className="profile-legend">{t('issuers.register.heading')}</legend>
        <RegisterFields
          value={values.register}
          onChange={(path, register) => update(path, (v) => ({ ...v, register }))}
          uid={uid}
          errors={errors}
          describe={describe}
          errorOf={errorOf}
          sharesSetda={kd}
        />
      </fieldset>

      <fieldset className="profile-group issuer-group">
        <legend className="profile-legend">{t('issuers.tembusan.heading')}</legend>
        <Field id={inputId(uid, 'tembusan')} label={issuerLabel(t, level, 'tembusan')} error={errorOf('tembusan')}>
          <textarea
            id={inputId(uid, 'tembusan')}
            className="input issuer-tembusan"
            rows={4}
            spellCheck={false}
            placeholder={t('issuers.tembusan.placeholder')}
            value={values.tembusan}
            onChange={(e) => set('tembusan', e.target.value)}
            aria-invalid={errors.tembusan ? true : undefined}
            aria-describedby={describe('tembusan', `${uid}-tembusan-hint`)}
          />
          <p id={`${uid}-tembusan-hint`} className="field-hint">
            {t('issuers.tembusan.hint')}
          </p>
        </Field>
      </fieldset>

      <div className="profile-actions">
        {dirty && !saving && <span className="field-hint">{t('issuers.unsaved')}</span>}
        {dirty && !saving && (
          <button type="button" className="btn btn-secondary" onClick={revert}>
            {t('issuers.revert')}
          </button>
        )}
        <button ref={submitRef} type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('issuers.saving') : t('issuers.save', { level: levelName })}
        </button>
      </div>
    </form>
  );
}
