/** Indonesian texts of the money area's budget screens, merged under the "budget" key. */
const budgetId = {
  title: 'budget',
};

export default budgetId;
export type BudgetResources = typeof budgetId;
