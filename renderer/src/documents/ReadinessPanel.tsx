import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BuildKind, MoneyReadinessGap, Readiness, ReadinessGap } from '../../../shared/documents/schemas';
import { formatLongDate, isRealIsoDate } from '../../../shared/dates';
import { currentLang, i18n } from '../i18n';
import type { Load } from '../lib/data';
import { hrefs } from '../lib/router';
import { AlertIcon } from '../components/Icons';
import { ErrorPanel, Loading } from '../components/Page';
import { fixTarget, jumpTo } from './anchors';
import { CheckCircleIcon, InfoIcon } from '../components/StatusIcons';
import { runtimeKey } from '../i18n';

/** The text of a gap: documents.gaps.<code> with its parameters; unknown codes still say something. */
export function gapText(t: TFunction, gap: Pick<ReadinessGap, 'code' | 'params'>): string {
  const key = `documents.gaps.${gap.code}`;
  const params = { ...gap.params };
  // Dates come as YYYY-MM-DD: written as the documents write them.
  if (typeof params.date === 'string' && isRealIsoDate(params.date)) params.date = formatLongDate(params.date, currentLang());
  if (i18n.exists(key, params)) return t(runtimeKey(key), params);
  return t('documents.gaps.unknown', { code: gap.code });
}

const SEVERITY_ORDER: ReadonlyArray<ReadinessGap['severity']> = ['missing', 'warning', 'advice'];

/** A gap of any document: the letters' (ReadinessGap) or the money papers' (MoneyReadinessGap). */
export type AnyGap = Omit<ReadinessGap, 'kinds'> & { kinds: BuildKind[] };

/** Missing first, then what to check (warnings), then advice; the order within each is the server's. */
export function sortGaps<G extends Pick<ReadinessGap, 'severity'>>(gaps: readonly G[]): G[] {
  return SEVERITY_ORDER.flatMap((s) => gaps.filter((g) => g.severity === s));
}

/**
 * The panel's two parts: the letters' gaps, each also naming the money papers
 * a money gap of the same code and wording marks (no members, a name
 * missing: said once), and the money papers' own.
 */
export function splitGaps(r: Readiness): { letters: AnyGap[]; money: MoneyReadinessGap[] } {
  const letters: AnyGap[] = r.gaps.map((g) => ({ ...g, kinds: [...g.kinds] }));
  const key = (g: Pick<AnyGap, 'code' | 'severity' | 'params'>) => JSON.stringify([g.code, g.severity, g.params ?? null]);
  const byKey = new Map(letters.map((g) => [key(g), g]));
  const money: MoneyReadinessGap[] = [];
  for (const g of r.moneyGaps ?? []) {
    const same = byKey.get(key(g));
    if (same) same.kinds.push(...g.kinds.filter((k) => !same.kinds.includes(k)));
    else money.push(g);
  }
  return { letters, money };
}

/** Every gap of the trip's documents, the letters' and the money papers', each with the documents it shows in. */
export function allGaps(r: Readiness): AnyGap[] {
  return [...r.gaps, ...(r.moneyGaps ?? [])];
}

/** Kesiapan dokumen: what the documents still lack, each with where it is fixed. */
export function ReadinessPanel({ state, onRetry }: { state: Load<Readiness>; onRetry: () => void }) {
  const { t } = useTranslation();
  const uid = useId();

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel title={t('documents.readiness.loadError')} error={state.error} onRetry={onRetry} />;

  const { letters, money } = splitGaps(state.value);
  const gaps = sortGaps(letters);
  const missing = gaps.filter((g) => g.severity === 'missing');
  const warnings = gaps.filter((g) => g.severity === 'warning');
  const advice = gaps.filter((g) => g.severity === 'advice');
  const ready = missing.length === 0;

  return (
    <div className={`trip-card readiness${ready ? ' is-ready' : ''}`} aria-labelledby={`${uid}-h`} role="region">
      <header className="readiness-head">
        <span className={`readiness-icon${ready ? ' is-ready' : ''}`} aria-hidden="true">
          {ready ? <CheckCircleIcon size={20} /> : <AlertIcon size={20} />}
        </span>
        <div className="readiness-head-text">
          <h3 id={`${uid}-h`}>{ready ? t('documents.readiness.readyTitle') : t('documents.readiness.heading')}</h3>
          <p className="readiness-summary">
            {ready
              ? advice.length || warnings.length
                ? t('documents.readiness.readyWithAdvice')
                : t('documents.readiness.readyText')
              : [
                  t('documents.readiness.summary', { count: missing.length }),
                  warnings.length ? t('documents.readiness.warningCount', { count: warnings.length }) : '',
                  advice.length ? t('documents.readiness.adviceCount', { count: advice.length }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </p>
          {!ready && <p className="field-hint">{t('documents.readiness.exportNote')}</p>}
        </div>
      </header>
      {missing.length > 0 && <GapList heading={t('documents.readiness.missingHeading')} gaps={missing} />}
      {warnings.length > 0 && <GapList heading={t('documents.readiness.warningHeading')} gaps={warnings} />}
      {advice.length > 0 && <GapList heading={t('documents.readiness.adviceHeading')} gaps={advice} />}
      {state.value.moneyGaps && <MoneyGaps gaps={money} />}
    </div>
  );
}

/**
 * The money papers' gaps (SPPD, rincian, kuitansi …), listed as the letters'
 * are but in their own part of the panel: a trip whose costs are not kept in
 * the app still reads "Siap diekspor" for its letters.
 */
function MoneyGaps({ gaps: all }: { gaps: readonly MoneyReadinessGap[] }) {
  const { t } = useTranslation();
  const uid = useId();
  const gaps = sortGaps(all);
  const missing = gaps.filter((g) => g.severity === 'missing');
  const warnings = gaps.filter((g) => g.severity !== 'missing');
  return (
    <section className="readiness-money" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`} className="readiness-money-heading">
        {t('exporting.moneyGroup')}
      </h4>
      <p className="readiness-summary">
        {missing.length === 0 && warnings.length === 0
          ? t('documents.readiness.moneyReady')
          : [missing.length ? t('documents.readiness.moneySummary', { count: missing.length }) : '', warnings.length ? t('documents.readiness.warningCount', { count: warnings.length }) : '']
              .filter(Boolean)
              .join(' · ')}
      </p>
      {missing.length > 0 && <GapList heading={t('documents.readiness.missingHeading')} gaps={missing} />}
      {warnings.length > 0 && <GapList heading={t('documents.readiness.warningHeading')} gaps={warnings} />}
    </section>
  );
}

function GapList({ heading, gaps }: { heading: string; gaps: AnyGap[] }) {
  const uid = useId();
  return (
    <div className="gap-group">
      <h4 id={`${uid}-h`} className="group-label gap-group-heading">
        {heading}
      </h4>
      <ul className="framed-list framed-list-soft" aria-labelledby={`${uid}-h`}>
        {gaps.map((g, i) => (
          <GapItem key={`${g.code}-${i}`} gap={g} />
        ))}
      </ul>
    </div>
  );
}

function GapItem({ gap }: { gap: AnyGap }) {
  const { t } = useTranslation();
  const uid = useId();
  const textId = `${uid}-text`;
  const badge = { missing: 'missingBadge', warning: 'warningBadge', advice: 'adviceBadge' }[gap.severity];
  return (
    <li className={`gap gap-${gap.severity}`}>
      <span className="gap-icon" aria-hidden="true">
        {gap.severity === 'advice' ? <InfoIcon size={15} /> : <AlertIcon size={15} />}
      </span>
      <div className="gap-body">
        <p className="gap-text" id={textId}>
          <span className="visually-hidden">{t(runtimeKey(`documents.readiness.${badge}`))}: </span>
          {gapText(t, gap)}
        </p>
        {gap.kinds.length > 0 && (
          <p className="gap-kinds">
            <span className="visually-hidden">{t('documents.readiness.affects')} </span>
            {gap.kinds.map((k) => (
              <span key={k} className="gap-kind">
                {t(`documents.kinds.${k}`)}
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="gap-fix">
        {gap.fix === 'profile' ? (
          <a className="btn btn-secondary btn-small" href={hrefs.settings} aria-describedby={textId}>
            {t('documents.readiness.fixInSettings')}
          </a>
        ) : (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            aria-describedby={textId}
            onClick={() => {
              const { anchor, focus } = fixTarget(gap.code, gap.fix as Exclude<ReadinessGap['fix'], 'profile'>);
              jumpTo(anchor, focus);
            }}
          >
            {t('documents.readiness.fix')}
          </button>
        )}
      </div>
    </li>
  );
}
