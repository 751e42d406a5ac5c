/** The form that chooses, per document, the issuer, the signer, how they sign, Mengetahui, the date and u.p. */
import { useEffect, useId, useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { ISSUER_LEVELS, SIGN_FORMS, type DocChoice, type ResolvedSigning, type TripSigning } from '../../../shared/documents/issuers';
import { formatLongDate, isRealIsoDate } from '../../../shared/dates';
import { resolveSigning } from '../../../shared/documents/signing';
import type { ApiError, Result } from '../../../shared/result';
import { currentLang, i18n } from '../i18n';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { runtimeKey } from '../i18n';
import { jabatanOf, signerText } from './SigningPanel';
import { FormDate, FormError, FormFooter, FormInput, FormSelect, useForm } from '../components/form';
import { CodeOptions, ItemOptions } from '../components/Options';

export const CHOICE_ORDER = ['level', 'signerId', 'form', 'acknowledge', 'signDate', 'attention'] as const;

export type ChoiceField = (typeof CHOICE_ORDER)[number];

export const isChoiceField = (f: string): f is ChoiceField => (CHOICE_ORDER as readonly string[]).includes(f);

/** The names of the fields of a choice, for messages about them. */
export const FIELD_KEYS: Record<ChoiceField, string> = {
  level: 'issuers.signing.fields.level',
  signerId: 'issuers.signing.fields.signerId',
  form: 'issuers.signing.fields.form',
  acknowledge: 'issuers.signing.fields.acknowledge',
  signDate: 'issuers.signing.fields.signDate',
  attention: 'issuers.signing.fields.attention',
};

export function choiceMessage(t: TFunction, error: ApiError, field: ChoiceField): string {
  const key = [error.key, `errors.${error.code}`].find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  return t(runtimeKey(key), { ...error.params, field: t(runtimeKey(FIELD_KEYS[field])) });
}

export type Draft = Pick<DocChoice, 'level' | 'signerId' | 'form' | 'acknowledge' | 'signDate' | 'attention'>;

export const draftOf = (c: DocChoice): Draft => ({ level: c.level, signerId: c.signerId, form: c.form, acknowledge: c.acknowledge, signDate: c.signDate, attention: c.attention });

export interface ChoiceFormProps {
  detail: TripDetail;
  signing: TripSigning;
  resolved: ResolvedSigning;
  ackOff: boolean;
  /** The number's date when the document is numbered, else null. */
  numbered: string | null;
  defaultDate: string;
  onClose: () => void;
}

/**
 * Changes one document's issuer, signer, form, "Mengetahui", date and u.p.;
 * what it will print is shown as the choices change (the same resolution
 * main prints with). Enter applies, Escape closes.
 */
export function ChoiceForm({ detail, signing, resolved, ackOff, numbered, defaultDate, onClose }: ChoiceFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const kind = resolved.kind;
  const kindName = t(`issuers.signing.kinds.${kind}`);
  const saved = draftOf(resolved.choice);
  const report = kind === 'report';
  // The choices this kind of document has, in screen order.
  const fields = CHOICE_ORDER.filter((f) => (report ? f !== 'signerId' && f !== 'form' : f !== 'acknowledge') && (f !== 'attention' || kind === 'letter'));
  const form = useForm<Draft, ChoiceField>({ idPrefix: uid, defaults: saved, fields });
  const { values: draft, set } = form;
  const busy = form.saving;

  const firstRef = useRef<HTMLSelectElement>(null);
  // The form opens on purpose: its first choice takes focus.
  useEffect(() => firstRef.current?.focus(), []);

  const resolveWith = (c: Draft) =>
    resolveSigning({
      kind,
      issuers: signing.issuers,
      members: detail.members,
      hosts: detail.hosts,
      regionCode: detail.originInstitution?.regionCode ?? '',
      choice: { ...resolved.choice, ...c },
    });
  const preview = resolveWith(draft);
  const byDefault = {
    level: resolveWith({ ...draft, level: null }).level,
    signer: resolveWith({ ...draft, signerId: null }).signer,
    form: resolveWith({ ...draft, form: null }).form,
    acknowledge: resolveWith({ ...draft, acknowledge: '' }).acknowledge,
  };

  const changed = (d: Draft): Partial<Draft> => {
    const patch: Partial<Draft> = {};
    for (const k of Object.keys(d) as Array<keyof Draft>) if (d[k] !== saved[k]) (patch as Record<string, unknown>)[k] = d[k];
    return patch;
  };

  const submit = form.submit({
    send: (d) => {
      const patch = changed(d);
      if (Object.keys(patch).length === 0) {
        onClose();
        return null;
      }
      return (async (): Promise<Result<unknown> | null> => {
        if (ackOff && patch.acknowledge === '') {
          // "Mengetahui" by default again: the texts' old switch goes back on, and the stored choice is already the default.
          const on = await write('reportText.update', { tripId: detail.trip.id, patch: { acknowledge: true } });
          // Its failure was told by its toast.
          if (!on.ok) return null;
          delete patch.acknowledge;
        }
        return Object.keys(patch).length > 0 ? write('signing.update', { tripId: detail.trip.id, kind, patch }, { quiet: true }) : { ok: true, value: null };
      })();
    },
    onSaved: () => {
      toasts.show({ message: (tr) => tr('issuers.signing.saved', { kind: tr(`issuers.signing.kinds.${kind}`) }), duration: 4000 });
      onClose();
    },
    keepSaved: false,
  });

  const reset = async () => {
    const r = await form.run(async () => {
      const done = await write('signing.reset', { tripId: detail.trip.id, kind });
      if (done.ok && ackOff) await write('reportText.update', { tripId: detail.trip.id, patch: { acknowledge: true } });
      return done;
    });
    if (!r?.ok) return;
    toasts.show({ message: (tr) => tr('issuers.signing.resetDone', { kind: tr(`issuers.signing.kinds.${kind}`) }), duration: 4000 });
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  /** A choice's label, which its messages name it by too. */
  const named = (f: ChoiceField) => ({ form, name: f, label: t(runtimeKey(FIELD_KEYS[f])), errorLabel: t(runtimeKey(FIELD_KEYS[f])) });
  /** A choice whose first option, '', follows the default: null in the draft. */
  const orDefault = <K extends 'level' | 'signerId' | 'form'>(f: K) => ({
    ...named(f),
    value: draft[f] ?? '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) => set(f, (e.target.value || null) as Draft[K]),
  });

  const signerOptions = (
    <>
      {signing.issuers.map((i) =>
        i.signers.length === 0 ? null : (
          <optgroup key={i.id} label={t(`issuers.levels.${i.level}`)}>
            <ItemOptions items={i.signers} valueOf={(s) => s.id} labelOf={(s) => signerText(t, { ...s, rank: 0 })} />
          </optgroup>
        ),
      )}
    </>
  );
  const anySigners = signing.issuers.some((i) => i.signers.length > 0);
  const nonDefault = ackOff || resolved.choice.level !== null || resolved.choice.signerId !== null || resolved.choice.form !== null || resolved.choice.acknowledge !== '' || resolved.choice.signDate !== '' || resolved.choice.attention !== '';

  return (
    <form className="signing-form" noValidate aria-label={t('issuers.signing.editTitle', { kind: kindName })} onSubmit={(e) => {
        e.stopPropagation();
        void submit(e);
      }} onKeyDown={onKeyDown} aria-busy={busy || undefined}>
      <FormError error={form.formError} />
      {numbered && <p className="field-hint signing-numbered-hint">{t('issuers.signing.numberedHint')}</p>}
      <div className="signing-form-grid">
        <FormSelect {...orDefault('level')} ref={firstRef}>
          <option value="">{t('issuers.signing.options.levelDefault', { value: t(`issuers.levels.${byDefault.level}`) })}</option>
          <CodeOptions codes={ISSUER_LEVELS} labelOf={(l) => t(`issuers.levels.${l}`)} />
        </FormSelect>
        {!report && (
          <FormSelect {...orDefault('signerId')} hint={anySigners ? undefined : t('issuers.signing.hints.noSigners')}>
            <option value="">{t('issuers.signing.options.signerDefault', { value: signerText(t, byDefault.signer) })}</option>
            {signerOptions}
          </FormSelect>
        )}
        {!report && (
          <FormSelect {...orDefault('form')}>
            <option value="">{t('issuers.signing.options.formDefault', { value: t(`issuers.forms.${byDefault.form}`) })}</option>
            <CodeOptions codes={SIGN_FORMS} labelOf={(f) => t(`issuers.forms.${f}`)} />
          </FormSelect>
        )}
        {report && (
          <FormSelect {...named('acknowledge')}>
            <option value="">{t('issuers.signing.options.acknowledgeDefault', { value: signerText(t, byDefault.acknowledge) })}</option>
            <option value="none">{t('issuers.signing.options.acknowledgeNone')}</option>
            {signerOptions}
          </FormSelect>
        )}
        <FormDate
          {...named('signDate')}
          hint={
            numbered
              ? t('issuers.signing.hints.signDateNumbered', { date: formatLongDate(numbered, lang) })
              : t('issuers.signing.hints.signDate', { date: defaultDate ? formatLongDate(defaultDate, lang) : '—' })
          }
          value={numbered ?? draft.signDate}
          disabled={numbered !== null}
          onChange={(v) => set('signDate', isRealIsoDate(v) ? v : '')}
        />
        {kind === 'letter' && <FormInput {...named('attention')} placeholder={t('issuers.signing.hints.attention')} />}
      </div>

      <div className="signing-preview" aria-live="polite">
        <p className="signing-preview-label">{t('issuers.signing.preview')}</p>
        <p className="signing-preview-kop">{[preview.issuer.kop.govLine, preview.issuer.kop.officeName].filter(Boolean).join(' · ') || '—'}</p>
        <div className="signing-preview-block">
          {preview.above.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {preview.signer && (
            <>
              {jabatanOf(t, preview.signer) && <p>{jabatanOf(t, preview.signer)},</p>}
              <p className={preview.signer.name.trim() ? 'signing-preview-name' : 'signing-preview-name is-gap'}>{preview.signer.name.trim() || t('issuers.signing.noName')}</p>
            </>
          )}
        </div>
      </div>

      <FormFooter
        inline
        saving={busy}
        submitId={form.submitId}
        onCancel={onClose}
        submitLabel={t('issuers.signing.save')}
        start={
          <>
            {nonDefault && (
              <button type="button" className="btn btn-secondary" onClick={() => void reset()} disabled={busy} aria-label={t('issuers.signing.resetLabel', { kind: kindName })}>
                {t('issuers.signing.reset')}
              </button>
            )}
            <span className="field-hint signing-keys">{t('issuers.signing.keysHint')}</span>
          </>
        }
      />
    </form>
  );
}
