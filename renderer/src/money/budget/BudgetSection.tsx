import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './budget.css';
import type { TripDetail } from '../../../../shared/delegation/schemas';
import type { TripCostSheet } from '../../../../shared/money/readiness';
import type { AdvanceRecord, MemberMoney, RateSetRecord, TripMoney } from '../../../../shared/money/schemas';
import { formatRupiah } from '../../../../shared/money/rupiah';
import { ErrorPanel, Loading } from '../../components/Page';
import { SectionEmpty } from '../../components/SectionEmpty';
import { MembersIcon } from '../../components/Icons';
import { NoteIcon } from '../../components/SectionIcons';
import { useCall, type Load } from '../../lib/data';
import { hrefs } from '../../lib/router';
import { AdvancesList } from './AdvancesList';
import { CostTable, type CostTableHandle } from './CostTable';
import { MemberDialog } from './MemberDialog';
import { ProblemsList } from './ProblemsList';
import { SettingsForm } from './SettingsForm';
import { Totals } from './Totals';
import { XlsxButton } from '../XlsxButton';

interface Data {
  sheet: TripCostSheet;
  money: TripMoney;
  members: MemberMoney[];
  advances: AdvanceRecord[];
  rateSets: RateSetRecord[];
}

/** All the section's reads, or the first still loading or failed. */
function useBudgetData(tripId: string): { state: Load<Data>; retry: () => void } {
  const sheet = useCall('costSheet.get', { tripId });
  const money = useCall('tripMoney.get', { tripId });
  const members = useCall('memberMoney.list', { tripId });
  const advances = useCall('advances.list', { tripId });
  const rateSets = useCall('rateSets.list', {});
  const all = [sheet, money, members, advances, rateSets];
  const retry = () => all.forEach((c) => c.state.status === 'error' && c.retry());
  const failed = all.find((c) => c.state.status === 'error')?.state;
  if (failed?.status === 'error') return { state: failed, retry };
  if (sheet.state.status === 'ok' && money.state.status === 'ok' && members.state.status === 'ok' && advances.state.status === 'ok' && rateSets.state.status === 'ok') {
    return {
      state: { status: 'ok', value: { sheet: sheet.state.value, money: money.state.value, members: members.state.value, advances: advances.state.value, rateSets: rateSets.state.value } },
      retry,
    };
  }
  return { state: { status: 'loading' }, retry };
}

/**
 * "Anggaran perjalanan" on the trip page (issue 15): the settings, what is
 * not ready, each member's cost (every figure explained in their dialog),
 * the totals and the advances. Every figure is the cost sheet's (main
 * computes it with shared/money); the section only shows and words it.
 */
export function BudgetSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const { state, retry } = useBudgetData(tripId);
  const [open, setOpen] = useState<string | null>(null);
  const table = useRef<CostTableHandle>(null);

  const value = state.status === 'ok' ? state.value : null;
  const moneyOf = useMemo(() => new Map((value?.members ?? []).map((m) => [m.memberId, m])), [value?.members]);
  const names = useMemo(() => new Map((value?.sheet.sheet.members ?? []).map((m) => [m.memberId, m.name])), [value?.sheet]);
  const problemCount = useMemo(() => {
    const out = new Map<string, number>();
    for (const p of value?.sheet.problems ?? []) if (p.memberId) out.set(p.memberId, (out.get(p.memberId) ?? 0) + 1);
    return out;
  }, [value?.sheet]);

  const used = value?.sheet.rateSets ?? [];
  const levels = value?.rateSets.find((s) => s.id === used[0]?.id)?.levels ?? [];
  const opened = open ? value?.sheet.sheet.members.find((m) => m.memberId === open) : undefined;

  return (
    <section className="trip-section budget" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('budget.heading')}</h2>
        {used.length > 0 && <p className="muted">{t('budget.computedWith', { count: used.length, names: used.map((s) => s.name).join(', ') })}</p>}
        {value && value.sheet.sheet.members.length > 0 && value.rateSets.length > 0 && (
          <p className="budget-head-total">
            <span className="muted">{t('budget.totals.total')}</span> <strong>{formatRupiah(value.sheet.sheet.total.planned)}</strong>
          </p>
        )}
        {value && value.sheet.sheet.members.length > 0 && value.rateSets.length > 0 && (
          <XlsxButton operation="costSheet.exportXlsx" input={{ tripId }} className="btn btn-secondary btn-small" label={t('budget.exportXlsxLabel')}>
            {t('budget.exportXlsx')}
          </XlsxButton>
        )}
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('budget.loadError')} error={state.error} onRetry={retry} />}
      {value && value.rateSets.length === 0 && (
        <div className="trip-card">
          <SectionEmpty
            icon={<NoteIcon size={20} />}
            title={t('budget.noRatesTitle')}
            action={
              <a className="btn btn-primary btn-small" href={hrefs.rateSets}>
                {t('budget.noRatesLink')}
              </a>
            }
          >
            {t('budget.noRatesText')}
          </SectionEmpty>
        </div>
      )}
      {value && value.rateSets.length > 0 && (
        <>
          <SettingsForm detail={detail} money={value.money} sheet={value.sheet} rateSets={value.rateSets} />
          <div className="trip-card budget-card">
            <h3>{t('budget.problems.heading')}</h3>
            <ProblemsList problems={value.sheet.problems} names={names} onMember={(id) => table.current?.focus(id)} />
          </div>
          <div className="trip-card budget-card budget-table-card">
            <h3>{t('budget.table.heading')}</h3>
            {value.sheet.sheet.members.length === 0 ? (
              <SectionEmpty icon={<MembersIcon size={20} />} title={t('budget.noMembersTitle')}>
                {t('budget.noMembersText')}
              </SectionEmpty>
            ) : (
              <CostTable
                handle={table}
                members={value.sheet.sheet.members}
                delegation={detail.members}
                money={moneyOf}
                levels={levels}
                problemCount={problemCount}
                onOpen={setOpen}
              />
            )}
          </div>
          {value.sheet.sheet.members.length > 0 && (
            <>
              <div className="trip-card budget-card">
                <h3>{t('budget.totals.heading')}</h3>
                <Totals sheet={value.sheet.sheet} />
              </div>
              <div className="trip-card budget-card">
                <h3>{t('budget.advances.heading')}</h3>
                <AdvancesList tripId={tripId} advances={value.advances} members={value.sheet.sheet.members} tripStart={detail.trip.startDate} />
              </div>
            </>
          )}
        </>
      )}
      {opened && moneyOf.get(opened.memberId) && (
        <MemberDialog member={opened} money={moneyOf.get(opened.memberId) as MemberMoney} trip={detail.trip} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
