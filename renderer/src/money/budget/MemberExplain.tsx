import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateRange } from '../../../../shared/dates';
import type { CostLine, MemberCost } from '../../../../shared/money/costs';
import { formatRupiah } from '../../../../shared/money/rupiah';
import { currentLang } from '../../i18n';
import { AlertIcon } from '../../components/Icons';
import { formulaText, lineName, sourceText, warningText, type Lang } from './texts';

/** "24, 25 April 2026" for the days a line counts; consecutive days as a range. */
function datesText(dates: readonly string[], lang: Lang): string {
  if (dates.length === 0) return '';
  const sorted = [...dates].sort();
  const first = sorted[0] ?? '';
  const last = sorted[sorted.length - 1] ?? '';
  return formatDateRange(first, last, lang);
}

function levelText(t: TFunction, cost: MemberCost): string {
  const l = cost.level;
  if (!l) return t('budget.member.levelNone');
  return `${l.label} — ${t(`budget.levelBy.${l.by}`, { matched: l.matched })}`;
}

function Line({ line }: { line: CostLine }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <tr className={line.warnings.length > 0 ? 'has-warning' : undefined}>
      <th scope="row" className="budget-line-name">
        <span>{lineName(t, line)}</span>
        <span className="person-sub">{t(`budget.rules.${line.rule}`)}</span>
      </th>
      <td className="budget-line-formula">
        <span className="budget-formula">{formulaText(t, line.factors)}</span>
        <span className="person-sub">{line.source ? t('budget.member.source', { source: sourceText(t, line.source) }) : t('budget.member.sourceAtCost')}</span>
        {line.dates.length > 0 && <span className="person-sub">{t('budget.member.onDates', { dates: datesText(line.dates, lang) })}</span>}
        {line.given !== null && <span className="person-sub">{t('budget.member.given', { amount: formatRupiah(line.given) })}</span>}
        {line.warnings.map((w, i) => (
          <span key={i} className="budget-warning">
            <AlertIcon size={14} />
            {warningText(t, w, lang)}
          </span>
        ))}
      </td>
      <td className="num budget-amount">{formatRupiah(line.amount)}</td>
    </tr>
  );
}

/** How a member's cost (planned or real) came about: each line's formula and source, and the warnings. */
export function MemberExplain({ cost, caption, focusFirst = false }: { cost: MemberCost; caption: string; focusFirst?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  // The member's own warnings; a line's are shown on the line (compared as data: the answer came over the wire).
  const onLines = new Set(cost.lines.flatMap((l) => l.warnings.map((w) => JSON.stringify(w))));
  const own = cost.warnings.filter((w) => !onLines.has(JSON.stringify(w)));
  const days = t('budget.units.day', { count: cost.days });
  const nights = cost.nights > 0 ? t('budget.units.night', { count: cost.nights }) : t('budget.member.nightsNone');
  return (
    <div className="budget-explain">
      {/* In a dialog the reading starts here (not at the form below): the dialog's first focus. */}
      <p className="budget-explain-meta" tabIndex={focusFirst ? -1 : undefined} data-autofocus={focusFirst || undefined}>
        <span>
          {t('budget.member.dates', { range: cost.days > 0 ? formatDateRange(cost.departDate, cost.returnDate, lang) : '—', days, nights })}
        </span>
        <span>
          {t('budget.member.level')}: {levelText(t, cost)}
        </span>
        <span>{t('budget.member.headingOf', { heading: t(`budget.headings.${cost.heading}`) })}</span>
      </p>
      {own.length > 0 && (
        <ul className="budget-warnings">
          {own.map((w, i) => (
            <li key={i} className="budget-warning">
              <AlertIcon size={14} />
              {warningText(t, w, lang)}
            </li>
          ))}
        </ul>
      )}
      {cost.excluded ? (
        <p className="muted">{t('budget.member.excluded')}</p>
      ) : cost.lines.length === 0 ? (
        <p className="muted">{t('budget.member.noLines')}</p>
      ) : (
        <table className="data-table budget-lines">
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col className="col-line-name" />
            <col />
            <col className="col-line-amount" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('budget.member.line')}</th>
              <th scope="col">{t('budget.member.formula')}</th>
              <th scope="col" className="num">
                {t('budget.member.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cost.lines.map((l, i) => (
              <Line key={i} line={l} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('budget.member.total')}
              </th>
              <td className="num budget-amount">{formatRupiah(cost.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
