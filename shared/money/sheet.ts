import { computeMemberCost, type CostContext, type MemberCost, type MemberCostInput } from './costs';
import type { CostWarning } from './explain';
import type { Sen } from './rupiah';
import type { BudgetLine, Expenses } from './schemas';
import { COST_COMPONENTS, COST_HEADINGS, type CostComponent, type CostHeading } from './vocabulary';

/*
 * The trip's cost sheet: every member's planned and real cost, the totals by
 * component and by heading, the advances (uang muka) and what is still to be
 * paid or returned, against the trip's DPA budget line.
 */

export interface SheetMemberInput extends MemberCostInput {
  planned: Expenses;
  /** What was really spent, once known (the SPJ); null or absent until then. */
  real?: Expenses | null;
}

/** Uang muka: to one member, or (memberId null) to the delegation as a whole, e.g. the treasurer who travels. */
export interface Advance {
  memberId: string | null;
  amount: Sen;
}

export interface TripCostInput extends CostContext {
  members: readonly SheetMemberInput[];
  advances?: readonly Advance[];
  budgetLine?: BudgetLine | null;
}

export interface PlanReal {
  planned: Sen;
  /** Real where a member's real costs are in, planned for the others. */
  real: Sen;
}

export interface SheetMember {
  memberId: string;
  name: string;
  heading: CostHeading;
  excluded: boolean;
  planned: MemberCost;
  real: MemberCost | null;
  advance: Sen;
  /** Still to pay the member (positive) or for them to return (negative): their real cost (their plan until it is known) less their advance. */
  balance: Sen;
}

export interface CostSheet {
  members: SheetMember[];
  byComponent: Record<CostComponent, PlanReal>;
  byHeading: Record<CostHeading, PlanReal>;
  total: PlanReal;
  /** How many members' real costs are in. */
  realCount: number;
  /** Every advance, the delegation's own included. */
  advances: Sen;
  /** Still to pay (positive) or to return (negative) for the whole trip: the real total less every advance. */
  balance: Sen;
  budget: { line: BudgetLine; remaining: Sen } | null;
  /** The sheet's own warnings (the budget line); each member's are on the member. */
  warnings: CostWarning[];
}

const zeroPlanReal = (): PlanReal => ({ planned: 0, real: 0 });

export function computeCostSheet(input: TripCostInput): CostSheet {
  const advances = input.advances ?? [];
  const advanceOf = new Map<string, Sen>();
  for (const a of advances) if (a.memberId !== null) advanceOf.set(a.memberId, (advanceOf.get(a.memberId) ?? 0) + a.amount);
  const byComponent = Object.fromEntries(COST_COMPONENTS.map((c) => [c, zeroPlanReal()])) as Record<CostComponent, PlanReal>;
  const byHeading = Object.fromEntries(COST_HEADINGS.map((h) => [h, zeroPlanReal()])) as Record<CostHeading, PlanReal>;
  const total = zeroPlanReal();
  let realCount = 0;
  const members = input.members.map((m): SheetMember => {
    const planned = computeMemberCost(input, m, m.planned);
    const real = m.real ? computeMemberCost(input, m, m.real) : null;
    if (real) realCount++;
    const actual = real ?? planned;
    const plannedBy = planned.byComponent;
    const actualBy = actual === planned ? plannedBy : actual.byComponent;
    for (const c of COST_COMPONENTS) {
      byComponent[c].planned += plannedBy[c];
      byComponent[c].real += actualBy[c];
    }
    byHeading[planned.heading].planned += planned.total;
    byHeading[planned.heading].real += actual.total;
    total.planned += planned.total;
    total.real += actual.total;
    const advance = advanceOf.get(m.memberId) ?? 0;
    return { memberId: m.memberId, name: m.name, heading: planned.heading, excluded: planned.excluded, planned, real, advance, balance: actual.total - advance };
  });
  const advanced = advances.reduce((s, a) => s + a.amount, 0);
  const warnings: CostWarning[] = [];
  const line = input.budgetLine ?? null;
  const highest = Math.max(total.planned, total.real);
  if (line && highest > line.ceiling) warnings.push({ code: 'aboveBudget', budgetCode: line.code, amount: highest, ceiling: line.ceiling });
  return {
    members,
    byComponent,
    byHeading,
    total,
    realCount,
    advances: advanced,
    balance: total.real - advanced,
    budget: line ? { line, remaining: line.ceiling - total.real } : null,
    warnings,
  };
}
