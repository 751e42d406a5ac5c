import { Fragment, useImperativeHandle, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/delegation/schemas';
import type { RateLevel } from '../../../../shared/money/rates';
import { formatRupiah } from '../../../../shared/money/rupiah';
import type { MemberMoney } from '../../../../shared/money/schemas';
import type { SheetMember } from '../../../../shared/money/sheet';
import { useTripWrite } from '../../lib/mutate';
import { SpacerRow, usePageWindow, WINDOW_AFTER } from '../../lib/windowed';
import { AlertIcon } from '../../components/Icons';
import { budgetRowId } from './anchors';

export interface CostTableHandle {
  /** Scrolls the member's row into view and focuses its "details" button. */
  focus: (memberId: string) => boolean;
}

/** Row height before it is measured, in px (budget.css). */
const ROW_ESTIMATE = 57;
const COLUMNS = 7;

export function Balance({ amount }: { amount: number }) {
  const { t } = useTranslation();
  const label = amount > 0 ? t('budget.table.toPay') : amount < 0 ? t('budget.table.toReturn') : t('budget.table.settled');
  return (
    <span className={`budget-balance${amount < 0 ? ' is-return' : amount > 0 ? ' is-pay' : ''}`}>
      <span>{formatRupiah(Math.abs(amount))}</span>
      <span className="person-sub">{label}</span>
    </span>
  );
}

/**
 * The cost of each member: heading, level (with the override), planned and
 * real totals, advance and balance. The name opens the member's details.
 * Past WINDOW_AFTER members only the rows near the view are rendered.
 */
export function CostTable({
  members,
  delegation,
  money,
  levels,
  problemCount,
  onOpen,
  handle,
}: {
  members: readonly SheetMember[];
  delegation: readonly Member[];
  money: ReadonlyMap<string, MemberMoney>;
  levels: readonly RateLevel[];
  problemCount: ReadonlyMap<string, number>;
  onOpen: (memberId: string) => void;
  handle: Ref<CostTableHandle>;
}) {
  const { t } = useTranslation();
  const write = useTripWrite();
  const keys = useMemo(() => members.map((m) => m.memberId), [members]);
  const win = usePageWindow({ keys, estimateSize: () => ROW_ESTIMATE, windowed: members.length > WINDOW_AFTER });
  const jabatan = useMemo(() => new Map(delegation.map((m) => [m.id, m.person.jabatan])), [delegation]);
  useImperativeHandle(handle, () => ({ focus: (id) => win.focus(id, (row) => row.querySelector<HTMLElement>('[data-action="open"]')) }), [win]);

  const setLevel = (m: SheetMember, levelOverride: string) => {
    const own = money.get(m.memberId);
    void write('memberMoney.update', { memberId: m.memberId, ...(own ? { expectedUpdatedAt: own.updatedAt } : {}), patch: { levelOverride } });
  };

  const row = (m: SheetMember, i: number) => {
    const override = money.get(m.memberId)?.levelOverride ?? '';
    const auto = override === '' ? m.planned.level : null;
    const problems = problemCount.get(m.memberId) ?? 0;
    return (
      <tr key={m.memberId} id={budgetRowId(m.memberId)} data-index={i} ref={win.rowRef} aria-rowindex={win.windowed ? i + 2 : undefined} data-member-id={m.memberId} className={`budget-row${problems ? ' has-warning' : ''}`}>
        <td className="num cell-no">{i + 1}</td>
        <td className="cell-person">
          <button type="button" className="budget-open person-name" data-action="open" aria-label={t('budget.table.open', { name: m.name })} onClick={() => onOpen(m.memberId)}>
            {m.name}
          </button>
          {m.heading === 'non_asn' && <span className="budget-heading-badge">{t(`budget.headings.${m.heading}`)}</span>}
          {jabatan.get(m.memberId) && <span className="person-sub">{jabatan.get(m.memberId)}</span>}
          {problems > 0 && (
            <span className="budget-row-problems">
              <AlertIcon size={13} />
              {t('budget.table.hasProblems', { count: problems })}
            </span>
          )}
        </td>
        <td>
          <select
            className="input input-compact budget-level"
            data-action="level"
            aria-label={t('budget.table.levelOf', { name: m.name })}
            value={override}
            onChange={(e) => setLevel(m, e.target.value)}
            disabled={levels.length === 0}
          >
            <option value="">{override !== '' ? t('budget.table.levelAuto') : auto ? t('budget.table.levelAutoIs', { code: auto.code }) : t('budget.table.levelNone')}</option>
            {levels.map((l) => (
              <option key={l.code} value={l.code} title={l.label}>
                {l.code}
              </option>
            ))}
            {override !== '' && !levels.some((l) => l.code === override) && <option value={override}>{override}</option>}
          </select>
        </td>
        <td className="num budget-amount">{m.excluded ? <span className="muted">{t('budget.table.excluded')}</span> : formatRupiah(m.planned.total)}</td>
        <td className="num budget-amount">{m.real ? formatRupiah(m.real.total) : <span className="muted">{t('budget.table.noReal')}</span>}</td>
        <td className="num budget-amount">{m.advance ? formatRupiah(m.advance) : <span className="muted">—</span>}</td>
        <td className="num budget-amount">
          <Balance amount={m.balance} />
        </td>
      </tr>
    );
  };

  return (
    <div className="table-wrap">
      <table className="data-table budget-table" aria-rowcount={win.windowed ? members.length + 1 : undefined}>
        <caption className="visually-hidden">{t('budget.table.caption')}</caption>
        <colgroup>
          <col className="col-no" />
          <col />
          <col className="col-budget-level" />
          <col className="col-budget-amount" />
          <col className="col-budget-amount" />
          <col className="col-budget-amount" />
          <col className="col-budget-balance" />
        </colgroup>
        <thead>
          <tr aria-rowindex={win.windowed ? 1 : undefined}>
            <th scope="col" className="num">
              {t('budget.table.no')}
            </th>
            <th scope="col">{t('budget.table.name')}</th>
            <th scope="col">{t('budget.table.level')}</th>
            <th scope="col" className="num">
              {t('budget.table.planned')}
            </th>
            <th scope="col" className="num">
              {t('budget.table.real')}
            </th>
            <th scope="col" className="num">
              {t('budget.table.advance')}
            </th>
            <th scope="col" className="num">
              {t('budget.table.balance')}
            </th>
          </tr>
        </thead>
        <tbody {...win.listProps}>
          {win.rows.map((r) => {
            const m = members[r.index];
            return (
              <Fragment key={r.key}>
                <SpacerRow size={r.before} columns={COLUMNS} />
                {m && row(m, r.index)}
              </Fragment>
            );
          })}
          <SpacerRow size={win.after} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}
