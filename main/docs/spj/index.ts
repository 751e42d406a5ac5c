/** The money documents (issue 15), SPJ papers: one builder per kind, each a pure function of DocData with its money. */
import type { MoneyDocKind } from '../../../shared/documents/money-docs';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { buildAllowanceList } from './allowance-list';
import { buildBudgetPlan } from './budget-plan';
import { buildCostDetail } from './cost-detail';
import { buildRealExpenses } from './real-expenses';
import { buildReceipt } from './receipt';
import { buildSppd } from './sppd';

export const MONEY_BUILDERS: Record<MoneyDocKind, (data: DocData) => BuiltDocument> = {
  sppd: buildSppd,
  cost_detail: buildCostDetail,
  receipt: buildReceipt,
  allowance_list: buildAllowanceList,
  real_expenses: buildRealExpenses,
  budget_plan: buildBudgetPlan,
};
