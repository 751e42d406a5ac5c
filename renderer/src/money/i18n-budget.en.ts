import type { BudgetResources } from './i18n-budget.id';

/** English texts of the money area's budget screens: same keys as i18n-budget.id.ts. */
const budgetEn: BudgetResources = {
  title: 'budget',
};

export default budgetEn;
