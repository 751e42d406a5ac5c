/** Who issues and signs each document of the trip: a card per document, its warnings and the fix offered. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { TripNumbers } from '../../../shared/documents/schemas';
import {
  SIGNED_KINDS,
  type DocChoice,
  type Issuer,
  type ResolvedSigning,
  type SignedKind,
  type SignerLike,
  type SigningWarning,
  type TripSigning,
} from '../../../shared/documents/issuers';
import { formatLongDate } from '../../../shared/dates';
import { currentLang } from '../i18n';
import { useCall, type Load } from '../lib/data';
import { hrefs } from '../lib/router';
import { Fact } from '../components/Fact';
import { AlertIcon } from '../components/Icons';
import { InfoIcon } from '../components/StatusIcons';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { SIGNING_ANCHOR } from './anchors';
import { ChoiceForm } from './SigningChoiceForm';

export const signingCardId = (kind: SignedKind) => `doc-signing-${kind}`;

/** "Plt. Sekretaris Daerah" */
export const jabatanOf = (t: TFunction, s: Pick<SignerLike, 'acting' | 'jabatan'>) => (s.acting ? `${t(`issuers.actingShort.${s.acting}`)} ${s.jabatan}` : s.jabatan);

/** "Drs. Gede Suyasa, M.Pd. — Sekretaris Daerah" */
export function signerText(t: TFunction, s: SignerLike | null): string {
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
export const KINDS: readonly SignedKind[] = SIGNED_KINDS;

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
export function withoutAcknowledge(r: ResolvedSigning): ResolvedSigning {
  if (r.choice.acknowledge !== '') return r;
  return { ...r, acknowledge: null, warnings: r.warnings.filter((w) => w.code !== 'acknowledgeSubordinate'), choice: { ...r.choice, acknowledge: 'none' } };
}

export interface CardProps {
  detail: TripDetail;
  signing: TripSigning;
  resolved: ResolvedSigning;
  /** The report texts' "Mengetahui" switch is off (see withoutAcknowledge). */
  ackOff: boolean;
  numbers: TripNumbers | null;
}

export function SigningCard({ detail, signing, resolved, ackOff, numbers }: CardProps) {
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
        <Fact className="signing-fact" term={t('issuers.signing.issuer')}>
          <span className="level-chip">{t(`issuers.levels.${level}`)}</span>
          {tag(defaults.level)}
          <span className="signing-kop">{[issuer.kop.govLine, issuer.kop.officeName].filter(Boolean).join(' · ') || '—'}</span>
        </Fact>
        <Fact className="signing-fact" term={report ? t('issuers.signing.maker') : t('issuers.signing.signer')}>
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
        </Fact>
        {report && (
          <Fact className="signing-fact" term={t('issuers.signing.acknowledge')}>
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
          </Fact>
        )}
        {kind === 'letter' && choice.attention && (
          <Fact className="signing-fact" term={t('issuers.signing.attention')}>
            {choice.attention}
          </Fact>
        )}
        <Fact className="signing-fact" term={t('issuers.signing.signDate')}>
          {date}
        </Fact>
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

export function OutrankedFix({ warning, issuers, onApply }: { warning: Extract<SigningWarning, { code: 'signerOutranked' }>; issuers: readonly Issuer[]; onApply: () => void }) {
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
