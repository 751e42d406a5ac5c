import { Fragment, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FONTS, PAPERS, type Profile } from '../../../../shared/domain/documents';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage } from '../../i18n/errors';
import { Field } from '../Field';
import { Loading, ErrorPanel } from '../Page';
import { useToasts } from '../Toasts';
import { EmblemField } from './EmblemField';
import { KopPreview } from './KopPreview';
import { NumberingFields } from './NumberingFields';
import { SignatoryFields } from './SignatoryFields';
import {
  fieldMessage,
  fieldOrder,
  inputId,
  MARGINS,
  toPatch,
  toValues,
  validate,
  type FieldErrors,
  type ProfileValues,
} from './profileForm';

/** Pengaturan → "Profil instansi dan kop surat": loads the profile, edits it, saves it in one call. */
export function ProfileSection() {
  const { t } = useTranslation();
  const uid = useId();
  const [load, setLoad] = useState<{ status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; profile: Profile }>({
    status: 'loading',
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void api()
      .call('profile.get', {})
      .then((r) => {
        if (live) setLoad(r.ok ? { status: 'ok', profile: r.value } : { status: 'error', error: r.error });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <section className="panel profile-panel" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="panel-title">
        {t('profile.heading')}
      </h2>
      <p className="field-hint profile-intro">{t('profile.intro')}</p>
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && <ErrorPanel title={t('profile.loadError')} error={load.error} onRetry={() => setAttempt((a) => a + 1)} />}
      {load.status === 'ok' && <ProfileForm initial={load.profile} />}
    </section>
  );
}

function ProfileForm({ initial }: { initial: Profile }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const [profile, setProfile] = useState(initial);
  const [saved, setSaved] = useState<ProfileValues>(() => toValues(initial));
  const [values, setValues] = useState<ProfileValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
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

  const update = (path: string, next: (v: ProfileValues) => ProfileValues) => {
    setValues(next);
    setErrors((prev) => {
      if (!prev[path]) return prev;
      const copy = { ...prev };
      delete copy[path];
      return copy;
    });
  };
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => update(key, (v) => ({ ...v, [key]: value }));

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = fieldOrder().find((p) => next[p]) ?? Object.keys(next)[0] ?? 'submit';
    setFocusRequest((r) => ({ path: first, n: (r?.n ?? 0) + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setFormError(null);
    const local = validate(values);
    if (Object.keys(local).length > 0) {
      showErrors(local);
      return;
    }
    setSaving(true);
    const r = await api().call('profile.update', toPatch(values));
    if (!live.current) return;
    setSaving(false);
    if (r.ok) {
      const v = toValues(r.value);
      setProfile(r.value);
      setSaved(v);
      setValues(v);
      setErrors({});
      toasts.show({ message: (tr) => tr('profile.saved'), duration: 4000 });
      return;
    }
    if (r.error.field) showErrors({ [r.error.field]: r.error });
    else setFormError(r.error);
  };

  const describe = (path: string, hintId?: string) => [errors[path] ? `${inputId(uid, path)}-error` : null, hintId].filter(Boolean).join(' ') || undefined;
  const errorOf = (path: string): ReactNode => {
    const error = errors[path];
    if (!error) return null;
    return (
      <p id={`${inputId(uid, path)}-error`} className="field-error" role="alert">
        {fieldMessage(t, error, path)}
      </p>
    );
  };
  const fieldProps = { uid, errors, describe, errorOf };

  const textField = (key: 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'placeOfIssue', opts: { placeholder?: string; hint?: string; type?: string } = {}) => {
    const id = inputId(uid, key);
    const hintId = opts.hint ? `${id}-hint` : undefined;
    return (
      <Field id={id} label={t(`profile.${key}`)} error={errorOf(key)}>
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

  const marginsHint = `${uid}-margins-hint`;

  return (
    <form className="profile-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      {formError && (
        <p className="form-error" role="alert">
          {errorMessage(t, formError)}
        </p>
      )}

      <fieldset className="profile-group">
        <legend className="profile-legend">{t('profile.kop')}</legend>
        <div className="profile-kop">
          <div className="profile-kop-fields">
            {textField('govLine', { placeholder: t('profile.govLinePlaceholder') })}
            {textField('officeName', { placeholder: t('profile.officeNamePlaceholder') })}
            {textField('address', { placeholder: t('profile.addressPlaceholder') })}
            <div className="field-row profile-contact-row">
              {textField('phone', { type: 'tel' })}
              {textField('email', { type: 'email' })}
              {textField('website')}
            </div>
          </div>
          <EmblemField
            emblem={profile.emblem}
            onChanged={(p) => setProfile((cur) => ({ ...cur, emblem: p.emblem, updatedAt: p.updatedAt }))}
          />
        </div>
        <KopPreview values={values} emblem={profile.emblem} />
      </fieldset>

      <fieldset className="profile-group">
        <legend className="profile-legend">{t('profile.layout')}</legend>
        <div className="field-row">
          <Field id={inputId(uid, 'paper')} label={t('profile.paper')} error={errorOf('paper')}>
            <select
              id={inputId(uid, 'paper')}
              className="input profile-select"
              value={values.paper}
              onChange={(e) => set('paper', e.target.value as ProfileValues['paper'])}
            >
              {PAPERS.map((p) => (
                <option key={p} value={p}>
                  {t(`profile.papers.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={inputId(uid, 'font')} label={t('profile.font')} error={errorOf('font')}>
            <select
              id={inputId(uid, 'font')}
              className="input profile-select"
              value={values.font}
              onChange={(e) => set('font', e.target.value as ProfileValues['font'])}
            >
              {FONTS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="profile-margins" aria-describedby={marginsHint}>
          <legend className="label">{t('profile.margins')}</legend>
          <div className="profile-margin-row">
            {MARGINS.map((m) => {
              const id = inputId(uid, m);
              return (
                // The columns are narrow: their messages go under the row.
                <Field key={m} id={id} label={t(`profile.${m}`)} error={null}>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={5}
                    max={60}
                    step={1}
                    className="input profile-mm"
                    value={values[m]}
                    onChange={(e) => set(m, e.target.value)}
                    aria-invalid={errors[m] ? true : undefined}
                    aria-describedby={describe(m)}
                  />
                </Field>
              );
            })}
          </div>
          {MARGINS.map((m) => (
            <Fragment key={m}>{errorOf(m)}</Fragment>
          ))}
          <p id={marginsHint} className="field-hint">
            {t('profile.marginsHint')}
          </p>
        </fieldset>
        <div className="field-row">
          {textField('placeOfIssue', { placeholder: t('profile.placeOfIssuePlaceholder'), hint: t('profile.placeOfIssueHint') })}
        </div>
      </fieldset>

      <fieldset className="profile-group">
        <legend className="profile-legend">{t('profile.signatories')}</legend>
        <div className="profile-signatories">
          <SignatoryFields role="head" value={values.head} onChange={(path, head) => update(path, (v) => ({ ...v, head }))} {...fieldProps} />
          <SignatoryFields
            role="sptSigner"
            value={values.sptSigner}
            onChange={(path, sptSigner) => update(path, (v) => ({ ...v, sptSigner }))}
            {...fieldProps}
          />
        </div>
      </fieldset>

      <fieldset className="profile-group">
        <legend className="profile-legend">{t('profile.numbering')}</legend>
        <p className="field-hint">{t('profile.numberingHint')}</p>
        <NumberingFields
          value={values.numbering}
          next={profile.next}
          onChange={(path, numbering) => update(path, (v) => ({ ...v, numbering }))}
          {...fieldProps}
        />
      </fieldset>

      <div className="profile-actions">
        {dirty && !saving && <span className="field-hint">{t('profile.unsaved')}</span>}
        <button ref={submitRef} type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('profile.saving') : t('profile.save')}
        </button>
      </div>
    </form>
  );
}

/** What each group of fields needs to show errors like the rest of the form. */
export interface FieldProps {
  uid: string;
  errors: FieldErrors;
  describe: (path: string, hintId?: string) => string | undefined;
  errorOf: (path: string) => ReactNode;
}
