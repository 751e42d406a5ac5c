/**
 * What the money documents will mark, listed before they are exported, the
 * way main/docs/readiness.ts lists the letters' gaps: each gap with the money
 * documents it shows in and where it is fixed. A 'missing' gap is listed for
 * exactly the documents that print its marker, under the same conditions
 * (the same predicates as the builders); warnings come from the trip's money
 * problems (shared/money/readiness.ts: a sample rate set, an amount above its
 * ceiling, the trip above its DPA line).
 */
import { MONEY_DOC_KINDS, type MoneyDocKind } from '../../../shared/documents/money-docs';
import type { MoneyReadinessGap, ReadinessGap } from '../../../shared/documents/schemas';
import type { CostWarning } from '../../../shared/money/explain';
import { formatRupiah } from '../../../shared/money/rupiah';
import { isBlank } from '../format';
import type { DocData } from '../model';
import { jabatanMissing, nameMissing } from '../parts';
import { dateOutside, type GapCode } from '../readiness';
import { moneyOf, travellers, type Traveller } from './common';
import { MONEY_GAP_CODES, type MoneyGapCode } from './gaps';
import { unreceipted } from './real-expenses';
import { destinationPlace, originPlace, sppdDate, transportText } from './sppd';


const MAX_NAMES = 5;
const names = (list: readonly string[]): string =>
  list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join(', ')}, +${list.length - MAX_NAMES}` : list.join(', ');

const LEVEL_WARNINGS: ReadonlySet<CostWarning['code']> = new Set(['noLevel', 'unknownLevel']);
const RATE_WARNINGS: ReadonlySet<CostWarning['code']> = new Set(['missingRate', 'noDestinationRates', 'noRateSet']);

/** The order gaps are listed in: the money gaps, then the letters' own codes the money documents mark. */
const ORDER: readonly string[] = [...MONEY_GAP_CODES, 'numberClash', 'numberDateOutside', 'noPlaceOfIssue', 'noMembers', 'membersWithoutName', 'membersWithoutJabatan', 'noTripDates'];

/** The money documents' gaps for the trip. */
export function moneyReadiness(data: DocData): MoneyReadinessGap[] {
  const money = moneyOf(data);
  const gaps: MoneyReadinessGap[] = [];
  const add = (code: GapCode | MoneyGapCode, kinds: MoneyDocKind[], fix: MoneyReadinessGap['fix'], severity: ReadinessGap['severity'] = 'missing', params?: ReadinessGap['params']) => {
    const shown = MONEY_DOC_KINDS.filter((k) => kinds.includes(k));
    if (shown.length === 0) return;
    gaps.push(params ? { code, kinds: shown, fix, severity, params } : { code, kinds: shown, fix, severity });
  };
  const people = travellers(data);
  const some = people.length > 0;
  /** The documents a traveller's page is in: all but the delegation's own lists, and the daftar pengeluaran riil when they have such costs. */
  const perTraveller = (t: Traveller): MoneyDocKind[] => ['sppd', 'cost_detail', 'receipt', ...(unreceipted(t).length > 0 ? (['real_expenses'] as const) : [])];
  const withReal = people.filter((t) => unreceipted(t).length > 0);
  const lists: MoneyDocKind[] = ['allowance_list', 'budget_plan'];
  const memberGap = (code: GapCode | MoneyGapCode, fix: MoneyReadinessGap['fix'], hit: (t: Traveller) => MoneyDocKind[]) => {
    const kinds = new Set<MoneyDocKind>();
    const who: string[] = [];
    for (const t of people) {
      const k = hit(t);
      if (k.length === 0) continue;
      k.forEach((x) => kinds.add(x));
      who.push(t.sheet.name.trim() || `#${people.indexOf(t) + 1}`);
    }
    if (kinds.size) add(code, [...kinds], fix, 'missing', { count: who.length, names: names(who) });
  };

  // The PPK signs every one of them; the SPPD's number and date; the budget line.
  add('noPpk', money.ppk ? [] : [...(some ? (['sppd', 'cost_detail', 'receipt'] as const) : []), ...(withReal.length ? (['real_expenses'] as const) : []), ...lists], 'money');
  const sppdPapers: MoneyDocKind[] = [...(some ? (['sppd'] as const) : []), ...(withReal.length ? (['real_expenses'] as const) : [])];
  add('noSppdNumber', isBlank(data.numbers.sppd?.number ?? '') ? sppdPapers : [], 'documents');
  add('noSppdDate', isBlank(sppdDate(data)) ? sppdPapers : [], 'documents');
  const number = data.numbers.sppd;
  if (number?.clash) add('numberClash', ['sppd'], 'documents', 'warning', { number: number.number });
  const rule = number ? dateOutside('sppd', number.issuedOn, data.detail.trip.startDate, data.detail.trip.endDate) : null;
  if (number && rule) add('numberDateOutside', ['sppd'], 'documents', 'warning', { date: number.issuedOn, rule });
  add('noBudgetLine', money.sheet.budget ? [] : [...(some ? (['sppd', 'receipt'] as const) : []), 'budget_plan'], 'money');
  add('noMembers', some ? [] : ['sppd', 'cost_detail', 'receipt'], 'delegation');

  // The travellers: levels, rates, transport, names, jabatan, dates.
  memberGap('membersWithoutLevel', 'money', (t) => [
    ...(t.cost.level ? [] : (['sppd', 'allowance_list'] as const)),
    ...(t.cost.warnings.some((w) => LEVEL_WARNINGS.has(w.code)) ? (['cost_detail'] as const) : []),
    ...(t.sheet.planned.level ? [] : (['budget_plan'] as const)),
  ]);
  memberGap('noRates', 'money', (t) => (t.cost.warnings.some((w) => RATE_WARNINGS.has(w.code)) ? ['cost_detail'] : []));
  memberGap('membersWithoutTransport', 'delegation', (t) => (transportText(t) === '' ? ['sppd'] : []));
  memberGap('membersWithoutName', 'delegation', (t) => (nameMissing(t.member) || isBlank(t.sheet.name) ? [...perTraveller(t), ...lists] : []));
  memberGap('membersWithoutJabatan', 'delegation', (t) => (jabatanMissing(t.member) ? ['sppd', ...(unreceipted(t).length > 0 ? (['real_expenses'] as const) : [])] : []));
  memberGap('noTripDates', 'trip', (t) => (isBlank(t.cost.departDate) || isBlank(t.cost.returnDate) ? ['sppd'] : []));
  add('noDestinationPlace', some && isBlank(destinationPlace(data)) ? ['sppd'] : [], 'trip');
  add('noPlaceOfIssue', isBlank(originPlace(data)) ? [...(some ? (['sppd', 'cost_detail', 'receipt'] as const) : []), ...(withReal.length ? (['real_expenses'] as const) : []), 'budget_plan'] : [], 'profile');

  // Warnings: the papers print, but someone should look first.
  for (const p of money.problems) {
    if (p.code === 'sampleRates') add('sampleRates', [...MONEY_DOC_KINDS], 'money', 'warning', p.params);
    if (p.code === 'aboveCeiling' && p.warning?.code === 'aboveCeiling') {
      const who = money.sheet.members.find((m) => m.memberId === p.memberId)?.name ?? '';
      add('amountAboveCeiling', ['cost_detail', 'receipt'], 'money', 'warning', { names: who, count: 1 });
    }
    if (p.code === 'aboveBudget' && p.warning?.code === 'aboveBudget') add('aboveBudget', ['budget_plan'], 'money', 'warning', { amount: formatRupiah(p.warning.amount), ceiling: formatRupiah(p.warning.ceiling) });
  }

  const order = (code: string) => ORDER.indexOf(code);
  return merge(gaps).sort((a, b) => order(a.code) - order(b.code));
}

/** Warnings of one code for several members become one gap naming them. */
function merge(gaps: MoneyReadinessGap[]): MoneyReadinessGap[] {
  const out: MoneyReadinessGap[] = [];
  for (const g of gaps) {
    const same = g.code === 'amountAboveCeiling' ? out.find((o) => o.code === g.code) : undefined;
    if (!same) {
      out.push(g);
      continue;
    }
    const list = String(same.params?.names ?? '').split(', ').filter(Boolean);
    const name = String(g.params?.names ?? '');
    if (name && !list.includes(name)) list.push(name);
    same.params = { names: names(list), count: list.length };
  }
  return out;
}
