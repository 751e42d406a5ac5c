/** The budget section's wrapper id on the trip page, where a money readiness gap is fixed. */
export const BUDGET_ANCHOR = 'trip-budget';

/** The id prefix of the budget settings' fields (one budget section on a page). */
export const BUDGET_SETTINGS_PREFIX = 'budget-settings';

/** The controls a readiness gap is fixed with, to focus after jumping to the section (documents' jumpTo). */
export const BUDGET_FIELD_IDS = {
  rateSet: `${BUDGET_SETTINGS_PREFIX}-rateSetId`,
  destination: `${BUDGET_SETTINGS_PREFIX}-destinationRegionCode`,
  budgetLine: `${BUDGET_SETTINGS_PREFIX}-budgetCode`,
  ppk: `${BUDGET_SETTINGS_PREFIX}-ppkPersonId`,
} as const;

/** The row of a member in the cost table (a problem of theirs leads there). */
export const budgetRowId = (memberId: string) => `budget-member-${memberId}`;
