import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/documents/schemas';
import type { Issuer } from '../../../shared/documents/issuers';
import { api } from '../api/bridge';
import { useToasts } from '../components/Toasts';
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
import { houseSummary, MARGINS, serverPath } from './profileForm';
import { PageStyleFields } from './PageStyleFields';
import { RegisterFields } from './RegisterFields';
import { fieldAt, FormError, FormInput, FormTextarea, FormSaveActions, useForm } from '../components/form';

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
  const form = useForm<IssuerValues, string>({
    idPrefix: uid,
    defaults: () => toIssuerValues(issuer),
    fields: ISSUER_ORDER,
    version: issuer.updatedAt,
    latest: async () => {
      const r = await api().call('issuers.list', { institutionId: issuer.institutionId });
      const now = r.ok ? r.value.find((i) => i.level === level) : undefined;
      return now ? { values: toIssuerValues(now), version: now.updatedAt } : null;
    },
  });
  const { values, saving } = form;
  const [layoutOpen, setLayoutOpen] = useState(() => ownLayout(values));
  const dirty = form.isDirty;
  const kop = liveKop(level, values, origin);
  const blank = emptyKop(level, values, origin);

  /** A change of several fields at once clears the message of the path it was made at. */
  const update = (path: string, next: (v: IssuerValues) => IssuerValues) => {
    form.setValues(next);
    form.clearError(path);
  };

  // The layout opens when the first message is in it, so that the field can take the focus.
  const LAYOUT: readonly string[] = ['paper', 'font', ...MARGINS];
  const openFor = (first: string | undefined) => {
    if (first && LAYOUT.includes(first)) setLayoutOpen(true);
  };

  const revert = () => form.reset();

  const submit = form.submit({
    validate: (v) => {
      const local = validateIssuer(issuer.institutionId, level, v);
      openFor(ISSUER_ORDER.find((p) => local[p]));
      return local;
    },
    // What the edit started from goes along (not the version: the kop image is saved apart, and is no conflict).
    send: (v, meta) =>
      api().call('issuers.update', {
        institutionId: issuer.institutionId,
        level,
        patch: toIssuerPatch(v),
        ...(meta.expectedUpdatedAt !== undefined ? { expected: toIssuerPatch(form.baseline) } : {}),
      }),
    onSaved: (saved) => {
      form.reset(toIssuerValues(saved));
      onSaved(saved);
      toasts.show({ message: (tr) => tr('issuers.saved', { level: tr(`issuers.levels.${level}`) }), duration: 4000 });
    },
    onFailed: (error) => openFor(fieldAt(ISSUER_ORDER, serverPath(error))),
  });

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && dirty) {
      e.preventDefault();
      e.stopPropagation();
      revert();
    }
  };

  /** A field's label, which its messages name it by too. */
  const named = (path: string) => ({ form, name: path, label: issuerLabel(t, level, path), errorLabel: issuerLabel(t, level, path) });
  const textField = (
    key: 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'placeOfIssue',
    opts: { placeholder?: string; hint?: string; type?: string } = {},
  ) => <FormInput {...named(key)} type={opts.type ?? 'text'} placeholder={opts.placeholder} hint={opts.hint} />;

  const kd = level === 'regional_head';
  const addressPlaceholder = level === 'agency' && origin?.address?.trim() ? origin.address.trim() : t('issuers.placeholders.address');
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
      <FormError error={form.formError} />

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
            <PageStyleFields form={form} errorLabel={(path) => issuerLabel(t, level, path)} follow={house} marginsHint={t('issuers.layout.marginsHint', { value: MARGINS.map((m) => house[m]).join('/') })} />
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
        <RegisterFields form={form} errorLabel={(path) => issuerLabel(t, level, path)} sharesSetda={kd} />
      </fieldset>

      <fieldset className="profile-group issuer-group">
        <legend className="profile-legend">{t('issuers.tembusan.heading')}</legend>
        <FormTextarea
          {...named('tembusan')}
          className="issuer-tembusan"
          rows={4}
          spellCheck={false}
          placeholder={t('issuers.tembusan.placeholder')}
          hint={t('issuers.tembusan.hint')}
        />
      </fieldset>

      <FormSaveActions form={form} unsavedText={t('issuers.unsaved')} revertLabel={t('issuers.revert')} saveLabel={t('issuers.save', { level: levelName })} savingLabel={t('issuers.saving')} />
    </form>
  );
}
