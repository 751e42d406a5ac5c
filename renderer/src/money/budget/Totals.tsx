import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../../shared/money/rupiah';
import type { CostSheet } from '../../../../shared/money/sheet';
import { COST_COMPONENTS, COST_HEADINGS } from '../../../../shared/money/vocabulary';

/** The sheet's totals: by component and by heading, planned and real, the advances, the balance and the DPA line. */
export function Totals({ sheet }: { sheet: CostSheet }) {
  const { t } = useTranslation();
  const budget = sheet.budget;
  const pr = (label: string, v: { planned: number; real: number }, className?: string) => (
    <tr key={label} className={className}>
      <th scope="row">{label}</th>
      <td className="num budget-amount">{formatRupiah(v.planned)}</td>
      <td className="num budget-amount">{formatRupiah(v.real)}</td>
    </tr>
  );
  return (
    <div className="budget-totals">
      <table className="data-table budget-totals-table">
        <caption className="visually-hidden">{t('budget.totals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.totals.item')}</th>
            <th scope="col" className="num">
              {t('budget.totals.planned')}
            </th>
            <th scope="col" className="num">
              {t('budget.totals.real')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="budget-group-row">
            <th scope="rowgroup" colSpan={3}>
              {t('budget.totals.byComponent')}
            </th>
          </tr>
          {COST_COMPONENTS.filter((c) => sheet.byComponent[c].planned !== 0 || sheet.byComponent[c].real !== 0).map((c) => pr(t(`budget.components.${c}`), sheet.byComponent[c]))}
          <tr className="budget-group-row">
            <th scope="rowgroup" colSpan={3}>
              {t('budget.totals.byHeading')}
            </th>
          </tr>
          {COST_HEADINGS.map((h) => pr(t(`budget.headings.${h}`), sheet.byHeading[h]))}
        </tbody>
        <tfoot>{pr(t('budget.totals.total'), sheet.total, 'budget-total-row')}</tfoot>
      </table>
      <dl className="budget-summary">
        <div>
          <dt>{t('budget.totals.advances')}</dt>
          <dd className="budget-amount">{formatRupiah(sheet.advances)}</dd>
        </div>
        <div>
          <dt>{t('budget.totals.balance')}</dt>
          <dd className={`budget-amount${sheet.balance < 0 ? ' is-return' : ''}`} data-testid="budget-balance">
            {sheet.balance < 0
              ? t('budget.totals.balanceToReturn', { amount: formatRupiah(-sheet.balance) })
              : t('budget.totals.balanceToPay', { amount: formatRupiah(sheet.balance) })}
          </dd>
        </div>
        {budget ? (
          <>
            <div className="budget-summary-line">
              <dt>{t('budget.totals.budgetLine', { code: budget.line.code, name: budget.line.name })}</dt>
              <dd />
            </div>
            <div>
              <dt>{t('budget.totals.ceiling')}</dt>
              <dd className="budget-amount">{formatRupiah(budget.line.ceiling)}</dd>
            </div>
            <div>
              <dt>{t('budget.totals.remaining')}</dt>
              <dd className={`budget-amount${budget.remaining < 0 ? ' is-return' : ''}`}>{formatRupiah(budget.remaining)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {!budget && <p className="muted budget-note">{t('budget.totals.noBudgetLine')}</p>}
      {sheet.realCount > 0 && <p className="field-hint budget-note">{t('budget.totals.realCount', { count: sheet.realCount, total: sheet.members.length })}</p>}
    </div>
  );
}
