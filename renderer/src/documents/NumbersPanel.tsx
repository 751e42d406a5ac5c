import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMBERED_KINDS, type IssuedNumber, type NumberedKind, type TripNumbers } from '../../../shared/documents/schemas';
import type { IssuerLevel, TripSigning } from '../../../shared/documents/issuers';
import { formatLongDate, isRealIsoDate } from '../../../shared/dates';
import type { ApiError } from '../../../shared/result';
import { currentLang } from '../i18n';
import { useCall, type Load } from '../lib/data';
import { Modal } from '../components/Modal';
import { AlertIcon } from '../components/Icons';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { DateField } from '../components/date';
import { Field } from '../components/Field';
import { FieldError } from '../components/form';
import { useTripWrite } from '../lib/mutate';
import { NUMBERS_ANCHOR, numberIssueId, numberRowId } from './anchors';
import { errorText } from '../i18n/errors';

/**
 * Nomor surat: the issued number of the report, the two assignment letters,
 * the request letter, the press release (optional: it may go out
 * unnumbered; the Perangkat Daerah numbers it) and the SPPD (the Perangkat
 * Daerah's register: one number for the trip, each traveller's sheet
 * printing it with their place, …/1, …/2), or the next one to issue from
 * the register of the issuer each document is issued by.
 */
export function NumbersPanel({ tripId, state, signing, onRetry }: { tripId: string; state: Load<TripNumbers>; signing: Load<TripSigning>; onRetry: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  return (
    <div id={NUMBERS_ANCHOR} className="trip-card doc-numbers" role="region" aria-labelledby={`${uid}-h`}>
      <header className="doc-panel-head">
        <h3 id={`${uid}-h`}>{t('documents.numbers.heading')}</h3>
        <p className="field-hint">{t('documents.numbers.intro')}</p>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('documents.numbers.heading')} error={state.error} onRetry={onRetry} />}
      {state.status === 'ok' && (
        <ul className="framed-list framed-list-soft" aria-label={t('documents.numbers.caption')}>
          {NUMBERED_KINDS.map((kind) => (
            <NumberRow
              key={kind}
              tripId={tripId}
              kind={kind}
              issued={state.value.issued[kind]}
              suggested={state.value.suggested[kind]}
              defaultDate={state.value.defaultDates[kind]}
              signerChanged={state.value.signerChanged.includes(kind)}
              register={signing.status === 'ok' ? registerLevel(kind === 'press' || kind === 'sppd' ? 'agency' : signing.value.docs[kind].level) : null}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * An issued document prints who signed it as it was issued; when the issuer
 * or signer has changed since, say so and offer to print them as they are now.
 */
function SignerChanged({ tripId, kind }: { tripId: string; kind: NumberedKind }) {
  const { t } = useTranslation();
  const write = useTripWrite();
  const [busy, setBusy] = useState(false);
  return (
    <p className="number-clash">
      <AlertIcon size={13} />
      <span>{t('documents.numbers.signerChanged')}</span>{' '}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void write('numbers.refreshSigning', { tripId, kind }).finally(() => setBusy(false));
        }}
      >
        {t('documents.numbers.refreshSigning')}
      </button>
    </p>
  );
}

/** The register a document's number runs in: the Kepala Daerah's letters are numbered by the Setda's (as main numbers them). */
const registerLevel = (level: IssuerLevel): IssuerLevel => (level === 'regional_head' ? 'secretariat' : level);

/**
 * After a number is issued or removed, the button pressed is gone once the
 * numbers load again: focus then goes to the new number, or to "Terbitkan
 * nomor", so keyboard users keep their place.
 */
let pendingFocus: { kind: NumberedKind; to: 'number' | 'issue' } | null = null;

interface NumberRowProps {
  tripId: string;
  kind: NumberedKind;
  issued?: IssuedNumber;
  suggested: string;
  defaultDate: string;
  /** The issuer whose register numbers this document (while not yet issued). */
  register: IssuerLevel | null;
  /** Issued, and its issuer or signer changed since. */
  signerChanged: boolean;
}

function NumberRow({ tripId, kind, issued, suggested, defaultDate, register, signerChanged }: NumberRowProps) {
  const { t } = useTranslation();
  const uid = useId();
  const kindName = t(`documents.kinds.${kind}`);
  const [confirming, setConfirming] = useState(false);
  const numberRef = useRef<HTMLParagraphElement>(null);
  const issuedId = issued?.id;
  useEffect(() => {
    if (pendingFocus?.kind !== kind) return;
    if (pendingFocus.to === 'number' && issuedId) numberRef.current?.focus();
    else if (pendingFocus.to === 'issue' && !issuedId) document.getElementById(numberIssueId(kind))?.focus();
    else return;
    pendingFocus = null;
  }, [kind, issuedId]);
  return (
    <li id={numberRowId(kind)} className={`number-row${issued ? ' is-issued' : ''}`} aria-labelledby={`${uid}-kind`}>
      <p className="number-kind" id={`${uid}-kind`}>
        {kindName}
      </p>
      {issued ? (
        <>
          <div className="number-value">
            <p className="number-text" ref={numberRef} tabIndex={-1}>
              {issued.number}
            </p>
            <p className="field-hint">
              {t('documents.numbers.issuedOn', { date: formatLongDate(issued.issuedOn, currentLang()) })}
              {issued.seq === 0 && <> · {t('documents.numbers.handTyped')}</>}
            </p>
            {issued.clash && (
              <p className="number-clash">
                <AlertIcon size={13} />
                <span>{t('documents.numbers.clash')}</span>
              </p>
            )}
            {signerChanged && <SignerChanged tripId={tripId} kind={kind} />}
            {kind === 'sppd' && <p className="field-hint">{t('documents.numbers.sppdNote')}</p>}
          </div>
          <div className="number-actions">
            <button type="button" className="btn btn-secondary btn-small" aria-label={t('documents.numbers.clearLabel', { kind: kindName })} onClick={() => setConfirming(true)}>
              {t('documents.numbers.clear')}
            </button>
          </div>
          {confirming && <ClearDialog tripId={tripId} issued={issued} kindName={kindName} onClose={() => setConfirming(false)} />}
        </>
      ) : (
        <IssueForm tripId={tripId} kind={kind} kindName={kindName} suggested={suggested} defaultDate={defaultDate} register={register} />
      )}
    </li>
  );
}

function IssueForm(props: { tripId: string; kind: NumberedKind; kindName: string; suggested: string; defaultDate: string; register: IssuerLevel | null }) {
  const { tripId, kind, kindName, suggested, defaultDate, register } = props;
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  // The date that fits the trip (before departure for the letters, after return for the report).
  const [issuedOn, setIssuedOn] = useState(defaultDate);
  const [own, setOwn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (e: ApiError | null) => (e?.field ?? '').split('.').pop();
  // The next number depends on the date of issue (its year and month): preview it for a date the user chose;
  // on the kind's default date the section's own numbers.get already says it (`suggested`).
  const onDefault = issuedOn === defaultDate || !isRealIsoDate(issuedOn);
  const preview = useCall('numbers.get', isRealIsoDate(issuedOn) ? { tripId, onDate: issuedOn } : { tripId }, { skip: onDefault });
  const next = !onDefault && preview.state.status === 'ok' ? preview.state.value.suggested[kind] : suggested;

  const dateId = `${uid}-date`;
  const ownId = `${uid}-own`;
  const errId = `${uid}-err`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const number = own.trim();
    pendingFocus = { kind, to: 'number' };
    const r = await write('numbers.issue', { tripId, kind, issuedOn, ...(number ? { number } : {}) }, { quiet: true });
    setBusy(false);
    if (!r.ok) {
      pendingFocus = null;
      setError(r.error);
      if (field(r.error) === 'number') document.getElementById(ownId)?.focus();
      else if (field(r.error) === 'issuedOn') document.getElementById(dateId)?.focus();
      // A number taken or a date refused is shown under its field; anything else also says so in a toast.
      const f = field(r.error);
      if (f !== 'number' && f !== 'issuedOn' && r.error.code !== 'VALIDATION') toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      return;
    }
    setError(null);
    toasts.show({ message: (tr) => tr('documents.numbers.issued', { kind: tr(`documents.kinds.${kind}`), number: r.value.number }), duration: 5000 });
  };

  const dateInvalid = field(error) === 'issuedOn';
  const ownInvalid = field(error) === 'number';
  return (
    <>
      <div className="number-value">
        <p className="number-missing">{t(kind === 'press' ? 'documents.numbers.notIssuedOptional' : 'documents.numbers.notIssued')}</p>
        <p className="field-hint">{t('documents.numbers.next', { number: next })}</p>
        {register && <p className="field-hint number-register">{t('documents.numbers.register', { issuer: t(`issuers.levels.${register}`) })}</p>}
        {kind === 'sppd' && <p className="field-hint">{t('documents.numbers.sppdNote')}</p>}
      </div>
      <form className="number-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('documents.numbers.issueLabel', { kind: kindName })}>
        <Field id={dateId} label={t('documents.numbers.date')} className="number-date" error={dateInvalid && <FieldError id={errId} error={error} />}>
          <DateField
            id={dateId}
            required
            value={issuedOn}
            onChange={(v) => {
              setIssuedOn(v);
              if (dateInvalid) setError(null);
            }}
            aria-invalid={dateInvalid || undefined}
            aria-describedby={dateInvalid ? errId : undefined}
            aria-label={t('documents.numbers.dateLabel', { kind: kindName })}
          />
        </Field>
        <Field id={ownId} label={t('documents.numbers.own')} className="number-own" error={ownInvalid && <FieldError id={errId} error={error} />}>
          <input
            id={ownId}
            className="input"
            value={own}
            placeholder={t('documents.numbers.ownPlaceholder')}
            onChange={(e) => {
              setOwn(e.target.value);
              if (ownInvalid) setError(null);
            }}
            aria-invalid={ownInvalid || undefined}
            aria-describedby={ownInvalid ? errId : undefined}
            aria-label={t('documents.numbers.ownLabel', { kind: kindName })}
            spellCheck={false}
          />
        </Field>
        <button id={numberIssueId(kind)} type="submit" className="btn btn-primary btn-small number-issue" disabled={busy} aria-label={t('documents.numbers.issueLabel', { kind: kindName })}>
          {t('documents.numbers.issue')}
        </button>
        {error && !dateInvalid && !ownInvalid && (
          <p id={errId} className="field-error number-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
      </form>
    </>
  );
}

function ClearDialog({ tripId, issued, kindName, onClose }: { tripId: string; issued: IssuedNumber; kindName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const confirm = async () => {
    // The dialog closes first, so focus is back on the page when the row changes.
    onClose();
    pendingFocus = { kind: issued.kind, to: 'issue' };
    const r = await write('numbers.clear', { tripId, kind: issued.kind });
    if (!r.ok) {
      pendingFocus = null;
      return;
    }
    toasts.show({ message: (tr) => tr('documents.numbers.cleared', { kind: tr(`documents.kinds.${issued.kind}`) }), duration: 5000 });
  };
  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-text`} onCancel={onClose}>
      <header className="modal-header">
        <h2 id={`${uid}-h`}>{t('documents.numbers.confirmTitle', { kind: kindName })}</h2>
      </header>
      <div className="modal-body">
        <p id={`${uid}-text`}>
          {issued.seq > 0
            ? t('documents.numbers.confirmText', { number: issued.number, seq: issued.seq })
            : t('documents.numbers.confirmTextTyped', { number: issued.number })}
        </p>
      </div>
      <footer className="modal-footer">
        <button type="button" className="btn btn-secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void confirm()}>
          {t('documents.numbers.confirm')}
        </button>
      </footer>
    </Modal>
  );
}
