import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TripDetail } from '../../../../shared/domain/delegation';
import type { TripNumbers } from '../../../../shared/domain/documents';
import {
  ISSUER_LEVELS,
  SIGNED_KINDS,
  SIGN_FORMS,
  type DocChoice,
  type Issuer,
  type IssuerLevel,
  type ResolvedSigning,
  type SignedKind,
  type SignerLike,
  type SignForm,
  type SigningWarning,
  type TripSigning,
} from '../../../../shared/domain/issuers';
import { formatLongDate, isRealIsoDate } from '../../../../shared/dates';
import { resolveSigning } from '../../../../shared/signing';
import type { ApiError } from '../../../../shared/result';
import { currentLang, i18n } from '../../i18n';
import { useCall, type Load } from '../../lib/data';
import { hrefs } from '../../lib/router';
import { AlertIcon } from '../Icons';
import { InfoIcon } from './icons';
import { ErrorPanel, Loading } from '../Page';
import { useToasts } from '../Toasts';
import { useTripWrite } from '../trip/mutate';
import { SIGNING_ANCHOR } from './anchors';
import { docErrorMessage } from './errors';
import { runtimeKey } from '../../i18n';

const signingCardId = (kind: SignedKind) => `doc-signing-${kind}`;

const CHOICE_ORDER = ['level', 'signerId', 'form', 'acknowledge', 'signDate', 'attention'] as const;
type ChoiceField = (typeof CHOICE_ORDER)[number];
const isChoiceField = (f: string): f is ChoiceField => (CHOICE_ORDER as readonly string[]).includes(f);

/** The names of the fields of a choice, for messages about them. */
const FIELD_KEYS: Record<ChoiceField, string> = {
  level: 'issuers.signing.fields.level',
  signerId: 'issuers.signing.fields.signerId',
  form: 'issuers.signing.fields.form',
  acknowledge: 'issuers.signing.fields.acknowledge',
  signDate: 'issuers.signing.fields.signDate',
  attention: 'issuers.signing.fields.attention',
};

function choiceMessage(t: TFunction, error: ApiError, field: ChoiceField): string {
  const key = [error.key, `errors.${error.code}`].find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  return t(runtimeKey(key), { ...error.params, field: t(runtimeKey(FIELD_KEYS[field])) });
}

/** "Plt. Sekretaris Daerah" */
const jabatanOf = (t: TFunction, s: Pick<SignerLike, 'acting' | 'jabatan'>) => (s.acting ? `${t(`issuers.actingShort.${s.acting}`)} ${s.jabatan}` : s.jabatan);

/** "Drs. Gede Suyasa, M.Pd. — Sekretaris Daerah" */
function signerText(t: TFunction, s: SignerLike | null): string {
  if (!s) return t('issuers.signing.options.nobody');
  const name = s.name.trim() || t('issuers.signing.noName');
  const jabatan = jabatanOf(t, s).trim();
  return jabatan ? `${name} — ${jabatan}` : name;
}

/** The text of a warning, with its parameters. */
export function warningText(t: TFunction, w: SigningWarning): string {
  switch (w.code) {
    case 'signerOutranked':
      // Main names the first five: more are marked with an ellipsis.
      return t('issuers.signing.warnings.signerOutranked', { count: w.count, names: w.count > w.names.split(', ').length ? `${w.names}, …` : w.names });
    case 'acknowledgeSubordinate':
      return t('issuers.signing.warnings.acknowledgeSubordinate', { name: w.name });
    case 'noSignerName':
      return t('issuers.signing.warnings.noSignerName');
    case 'anWithoutHead':
      return t('issuers.signing.warnings.anWithoutHead');
    case 'numberDateOutside':
      return t(`issuers.signing.warnings.numberDateOutside.${w.rule}`, { date: formatLongDate(w.date, currentLang()) });
    case 'numberClash':
      return t('issuers.signing.warnings.numberClash', { number: w.number });
    default:
      return t('issuers.signing.warnings.unknown', { code: (w as { code: string }).code });
  }
}

/** The kinds a trip page lists, in the order the documents are made. */
const KINDS: readonly SignedKind[] = SIGNED_KINDS;

/**
 * Penerbit dan penanda tangan: per signed document (SPT, non-ASN letter,
 * request letter, report) who issues and signs it — the defaults for the
 * delegation, or the trip's choice — with its warnings and what fixes them.
 */
export function SigningPanel({ detail, state, numbers, onRetry }: { detail: TripDetail; state: Load<TripSigning>; numbers: Load<TripNumbers>; onRetry: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  // The report texts' older "Mengetahui" switch: when off, the report has nobody unless a signer is chosen.
  const texts = useCall('reportText.get', { tripId: detail.trip.id }).state;
  const ackOff = texts.status === 'ok' && !texts.value.acknowledge;
  return (
    <div id={SIGNING_ANCHOR} className="trip-card doc-signing" role="region" aria-labelledby={`${uid}-h`}>
      <header className="doc-panel-head doc-signing-head">
        <div>
          <h3 id={`${uid}-h`}>{t('issuers.signing.heading')}</h3>
          <p className="field-hint">{t('issuers.signing.intro')}</p>
        </div>
        <a className="doc-signing-settings" href={hrefs.settings}>
          {t('issuers.signing.settingsLink')}
        </a>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('issuers.signing.loadError')} error={state.error} onRetry={onRetry} />}
      {state.status === 'ok' && (
        <div className="signing-list">
          {KINDS.map((kind) => (
            <SigningCard
              key={kind}
              detail={detail}
              signing={state.value}
              resolved={kind === 'report' && ackOff ? withoutAcknowledge(state.value.docs[kind]) : state.value.docs[kind]}
              ackOff={kind === 'report' && ackOff}
              numbers={numbers.status === 'ok' ? numbers.value : null}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** The report as it prints while its texts' "Mengetahui" switch is off and no signer is chosen: nobody. */
function withoutAcknowledge(r: ResolvedSigning): ResolvedSigning {
  if (r.choice.acknowledge !== '') return r;
  return { ...r, acknowledge: null, warnings: r.warnings.filter((w) => w.code !== 'acknowledgeSubordinate'), choice: { ...r.choice, acknowledge: 'none' } };
}

interface CardProps {
  detail: TripDetail;
  signing: TripSigning;
  resolved: ResolvedSigning;
  /** The report texts' "Mengetahui" switch is off (see withoutAcknowledge). */
  ackOff: boolean;
  numbers: TripNumbers | null;
}

function SigningCard({ detail, signing, resolved, ackOff, numbers }: CardProps) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const [open, setOpen] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  /** After a write or closing the form: "Ubah" takes focus once the card shows the result. */
  const focusEdit = useRef(false);
  const { kind, issuer, level, signer, above, acknowledge, defaults, warnings, choice } = resolved;
  const kindName = t(`issuers.signing.kinds.${kind}`);
  const issued = numbers?.issued[kind];
  const report = kind === 'report';

  useEffect(() => {
    if (!focusEdit.current || open) return;
    focusEdit.current = false;
    editRef.current?.focus();
  }, [resolved, open]);

  const applySuggestion = async (w: Extract<SigningWarning, { code: 'signerOutranked' }>) => {
    const patch: Partial<Pick<DocChoice, 'level' | 'signerId' | 'form'>> = { form: null };
    if (w.suggestedLevel) patch.level = w.suggestedLevel;
    if (w.suggestedSignerId) patch.signerId = w.suggestedSignerId;
    focusEdit.current = true;
    const r = await write('signing.update', { tripId: detail.trip.id, kind, patch });
    if (!r.ok) {
      focusEdit.current = false;
      return;
    }
    const s = r.value.docs[kind].signer;
    toasts.show({ message: (tr) => tr('issuers.signing.warnings.applied', { kind: tr(`issuers.signing.kinds.${kind}`), name: signerText(tr, s) }), duration: 5000 });
  };

  // Unnumbered and without a date of its own, a document has no date yet: it takes its number's.
  const date: ReactNode = issued ? (
    t('issuers.signing.dateOfNumber', { date: formatLongDate(issued.issuedOn, lang) })
  ) : choice.signDate ? (
    formatLongDate(choice.signDate, lang)
  ) : (
    <>
      <span className="signing-date-gap">{t('issuers.signing.noDate')}</span>
      {numbers && <span className="signing-jabatan">{t('issuers.signing.noDateHint', { date: formatLongDate(numbers.defaultDates[kind], lang) })}</span>}
    </>
  );

  const tag = (isDefault: boolean) => (
    <span className={`signing-tag${isDefault ? ' is-default' : ' is-chosen'}`}>{isDefault ? t('issuers.signing.byDefault') : t('issuers.signing.chosen')}</span>
  );

  return (
    <article id={signingCardId(kind)} className={`signing-card${warnings.length ? ' has-warning' : ''}`} aria-labelledby={`${uid}-h`}>
      <header className="signing-card-head">
        <div className="signing-card-title">
          <h4 id={`${uid}-h`}>{kindName}</h4>
          <p className="field-hint">{t(`issuers.signing.kindHints.${kind}`)}</p>
        </div>
        {!open && (
          <button
            ref={editRef}
            type="button"
            className="btn btn-secondary btn-small"
            aria-label={t('issuers.signing.editLabel', { kind: kindName })}
            aria-expanded={false}
            onClick={() => setOpen(true)}
          >
            {t('issuers.signing.edit')}
          </button>
        )}
      </header>

      <dl className="signing-facts">
        <div className="signing-fact">
          <dt>{t('issuers.signing.issuer')}</dt>
          <dd>
            <span className="level-chip">{t(`issuers.levels.${level}`)}</span>
            {tag(defaults.level)}
            <span className="signing-kop">{[issuer.kop.govLine, issuer.kop.officeName].filter(Boolean).join(' · ') || '—'}</span>
          </dd>
        </div>
        <div className="signing-fact">
          <dt>{report ? t('issuers.signing.maker') : t('issuers.signing.signer')}</dt>
          <dd>
            <span className="signing-signer">
              {above.length > 0 && <span className="signing-above">{above.join(' ')}</span>}
              {signer ? (
                <>
                  <span className={signer.name.trim() ? 'signing-name' : 'signing-name is-gap'}>{signer.name.trim() || t('issuers.signing.noName')}</span>
                  {jabatanOf(t, signer) && <span className="signing-jabatan">{jabatanOf(t, signer)}</span>}
                </>
              ) : (
                <span className="signing-name is-gap">{t('issuers.signing.noLead')}</span>
              )}
            </span>
            {!report && tag(defaults.signer && defaults.form)}
          </dd>
        </div>
        {report && (
          <div className="signing-fact">
            <dt>{t('issuers.signing.acknowledge')}</dt>
            <dd>
              <span className="signing-signer">
                {acknowledge ? (
                  <>
                    <span className="signing-name">{acknowledge.name.trim() || t('issuers.signing.noName')}</span>
                    {jabatanOf(t, acknowledge) && <span className="signing-jabatan">{jabatanOf(t, acknowledge)}</span>}
                  </>
                ) : (
                  <span className="muted">{t('issuers.signing.noAcknowledge')}</span>
                )}
              </span>
              {tag(choice.acknowledge === '' && !ackOff)}
            </dd>
          </div>
        )}
        {kind === 'letter' && choice.attention && (
          <div className="signing-fact">
            <dt>{t('issuers.signing.attention')}</dt>
            <dd>{choice.attention}</dd>
          </div>
        )}
        <div className="signing-fact">
          <dt>{t('issuers.signing.signDate')}</dt>
          <dd>{date}</dd>
        </div>
      </dl>

      {issued && (
        <p className="signing-numbered">
          <InfoIcon size={14} />
          <span>{t('issuers.signing.numbered', { number: issued.number })}</span>
        </p>
      )}

      {warnings.length > 0 && (
        <ul className="signing-warnings" aria-label={t('issuers.signing.warnings.label', { kind: kindName })}>
          {warnings.map((w, i) => (
            <li key={`${w.code}-${i}`} className="signing-warning">
              <AlertIcon size={15} />
              <div className="signing-warning-body">
                <p>{warningText(t, w)}</p>
                {w.code === 'signerOutranked' && <OutrankedFix warning={w} issuers={signing.issuers} onApply={() => void applySuggestion(w)} />}
              </div>
            </li>
          ))}
        </ul>
      )}

      {open && (
        <ChoiceForm
          detail={detail}
          signing={signing}
          resolved={resolved}
          ackOff={ackOff}
          numbered={issued ? issued.issuedOn : null}
          defaultDate={numbers?.defaultDates[kind] ?? ''}
          onClose={() => {
            focusEdit.current = true;
            setOpen(false);
          }}
        />
      )}
    </article>
  );
}

function OutrankedFix({ warning, issuers, onApply }: { warning: Extract<SigningWarning, { code: 'signerOutranked' }>; issuers: readonly Issuer[]; onApply: () => void }) {
  const { t } = useTranslation();
  const suggested = warning.suggestedSignerId ? issuers.flatMap((i) => i.signers).find((s) => s.id === warning.suggestedSignerId) : undefined;
  if (!suggested && !warning.suggestedLevel) {
    return (
      <p className="signing-warning-fix">
        <a href={hrefs.settings}>{t('issuers.signing.warnings.outrankedNoFix')}</a>
      </p>
    );
  }
  const levelName = warning.suggestedLevel ? t(`issuers.levels.${warning.suggestedLevel}`) : '';
  const label = suggested
    ? t('issuers.signing.warnings.outrankedFix', { name: suggested.name || suggested.jabatan || t(`issuers.seats.${suggested.seat}`), level: levelName })
    : t('issuers.signing.warnings.outrankedFixLevel', { level: levelName });
  return (
    <p className="signing-warning-fix">
      <button type="button" className="btn btn-secondary btn-small" onClick={onApply}>
        {label}
      </button>
    </p>
  );
}

type Draft = Pick<DocChoice, 'level' | 'signerId' | 'form' | 'acknowledge' | 'signDate' | 'attention'>;
const draftOf = (c: DocChoice): Draft => ({ level: c.level, signerId: c.signerId, form: c.form, acknowledge: c.acknowledge, signDate: c.signDate, attention: c.attention });

interface ChoiceFormProps {
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
function ChoiceForm({ detail, signing, resolved, ackOff, numbered, defaultDate, onClose }: ChoiceFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const kind = resolved.kind;
  const kindName = t(`issuers.signing.kinds.${kind}`);
  const saved = draftOf(resolved.choice);
  const [draft, setDraft] = useState<Draft>(saved);
  const [errors, setErrors] = useState<Partial<Record<ChoiceField, ApiError>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fid = (f: ChoiceField) => `${uid}-${f}`;

  const firstRef = useRef<HTMLSelectElement>(null);
  // The form opens on purpose: its first choice takes focus.
  useEffect(() => firstRef.current?.focus(), []);

  const report = kind === 'report';
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

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((prev) => {
      if (!prev[key]) return prev;
      const copy = { ...prev };
      delete copy[key];
      return copy;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (busy) return;
    setFormError(null);
    const patch: Partial<Draft> = {};
    for (const k of Object.keys(draft) as Array<keyof Draft>) if (draft[k] !== saved[k]) (patch as Record<string, unknown>)[k] = draft[k];
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    if (ackOff && patch.acknowledge === '') {
      // "Mengetahui" by default again: the texts' old switch goes back on, and the stored choice is already the default.
      const on = await write('reportText.update', { tripId: detail.trip.id, patch: { acknowledge: true } });
      if (!on.ok) {
        setBusy(false);
        return;
      }
      delete patch.acknowledge;
    }
    const r = Object.keys(patch).length > 0 ? await write('signing.update', { tripId: detail.trip.id, kind, patch }, { quiet: true }) : ({ ok: true } as const);
    setBusy(false);
    if (r.ok) {
      toasts.show({ message: (tr) => tr('issuers.signing.saved', { kind: tr(`issuers.signing.kinds.${kind}`) }), duration: 4000 });
      onClose();
      return;
    }
    const field = (r.error.field ?? '').replace(/^patch\./, '');
    if (isChoiceField(field)) {
      setErrors({ [field]: r.error });
      document.getElementById(fid(field))?.focus();
    } else {
      setFormError(r.error);
    }
  };

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    const r = await write('signing.reset', { tripId: detail.trip.id, kind });
    if (r.ok && ackOff) await write('reportText.update', { tripId: detail.trip.id, patch: { acknowledge: true } });
    setBusy(false);
    if (!r.ok) return;
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

  const errorOf = (f: ChoiceField) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error" role="alert">
        {choiceMessage(t, errors[f], f)}
      </p>
    ) : null;
  const describe = (f: ChoiceField, hint?: string) => [errors[f] ? `${fid(f)}-error` : null, hint].filter(Boolean).join(' ') || undefined;

  const field = (f: ChoiceField, control: ReactNode, hint?: string) => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {t(runtimeKey(FIELD_KEYS[f]))}
      </label>
      {control}
      {hint && (
        <p id={`${fid(f)}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {errorOf(f)}
    </div>
  );

  const signerOptions = (
    <>
      {signing.issuers.map((i) =>
        i.signers.length === 0 ? null : (
          <optgroup key={i.id} label={t(`issuers.levels.${i.level}`)}>
            {i.signers.map((s) => (
              <option key={s.id} value={s.id}>
                {signerText(t, { ...s, rank: 0 })}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </>
  );
  const anySigners = signing.issuers.some((i) => i.signers.length > 0);
  const nonDefault = ackOff || resolved.choice.level !== null || resolved.choice.signerId !== null || resolved.choice.form !== null || resolved.choice.acknowledge !== '' || resolved.choice.signDate !== '' || resolved.choice.attention !== '';

  return (
    <form className="signing-form" noValidate aria-label={t('issuers.signing.editTitle', { kind: kindName })} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-busy={busy || undefined}>
      {formError && (
        <p className="form-error" role="alert">
          {docErrorMessage(t, formError)}
        </p>
      )}
      {numbered && <p className="field-hint signing-numbered-hint">{t('issuers.signing.numberedHint')}</p>}
      <div className="signing-form-grid">
        {field(
          'level',
          <select ref={firstRef} id={fid('level')} className="input" value={draft.level ?? ''} onChange={(e) => set('level', (e.target.value || null) as IssuerLevel | null)} aria-describedby={describe('level')}>
            <option value="">{t('issuers.signing.options.levelDefault', { value: t(`issuers.levels.${byDefault.level}`) })}</option>
            {ISSUER_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`issuers.levels.${l}`)}
              </option>
            ))}
          </select>,
        )}
        {!report &&
          field(
            'signerId',
            <select
              id={fid('signerId')}
              className="input"
              value={draft.signerId ?? ''}
              onChange={(e) => set('signerId', e.target.value || null)}
              aria-invalid={errors.signerId ? true : undefined}
              aria-describedby={describe('signerId', anySigners ? undefined : `${fid('signerId')}-hint`)}
            >
              <option value="">{t('issuers.signing.options.signerDefault', { value: signerText(t, byDefault.signer) })}</option>
              {signerOptions}
            </select>,
            anySigners ? undefined : t('issuers.signing.hints.noSigners'),
          )}
        {!report &&
          field(
            'form',
            <select id={fid('form')} className="input" value={draft.form ?? ''} onChange={(e) => set('form', (e.target.value || null) as SignForm | null)} aria-describedby={describe('form')}>
              <option value="">{t('issuers.signing.options.formDefault', { value: t(`issuers.forms.${byDefault.form}`) })}</option>
              {SIGN_FORMS.map((f) => (
                <option key={f} value={f}>
                  {t(`issuers.forms.${f}`)}
                </option>
              ))}
            </select>,
          )}
        {report &&
          field(
            'acknowledge',
            <select
              id={fid('acknowledge')}
              className="input"
              value={draft.acknowledge}
              onChange={(e) => set('acknowledge', e.target.value)}
              aria-invalid={errors.acknowledge ? true : undefined}
              aria-describedby={describe('acknowledge')}
            >
              <option value="">{t('issuers.signing.options.acknowledgeDefault', { value: signerText(t, byDefault.acknowledge) })}</option>
              <option value="none">{t('issuers.signing.options.acknowledgeNone')}</option>
              {signerOptions}
            </select>,
          )}
        {field(
          'signDate',
          <input
            id={fid('signDate')}
            type="date"
            className="input"
            value={numbered ?? draft.signDate}
            disabled={numbered !== null}
            onChange={(e) => set('signDate', isRealIsoDate(e.target.value) ? e.target.value : '')}
            aria-invalid={errors.signDate ? true : undefined}
            aria-describedby={describe('signDate', `${fid('signDate')}-hint`)}
          />,
          numbered
            ? t('issuers.signing.hints.signDateNumbered', { date: formatLongDate(numbered, lang) })
            : t('issuers.signing.hints.signDate', { date: defaultDate ? formatLongDate(defaultDate, lang) : '—' }),
        )}
        {kind === 'letter' &&
          field(
            'attention',
            <input
              id={fid('attention')}
              className="input"
              autoComplete="off"
              value={draft.attention}
              placeholder={t('issuers.signing.hints.attention')}
              onChange={(e) => set('attention', e.target.value)}
              aria-invalid={errors.attention ? true : undefined}
              aria-describedby={describe('attention')}
            />,
          )}
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

      <div className="inline-form-foot">
        {nonDefault && (
          <button type="button" className="btn btn-secondary" onClick={() => void reset()} disabled={busy} aria-label={t('issuers.signing.resetLabel', { kind: kindName })}>
            {t('issuers.signing.reset')}
          </button>
        )}
        <span className="field-hint signing-keys">{t('issuers.signing.keysHint')}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('issuers.signing.save')}
        </button>
      </div>
    </form>
  );
}
