/** The money area's public face (issue 15): the rate sets screen and the trip's budget section. */
export { RateSetsScreen } from './rates/RateSetsScreen';
export { BudgetSection } from './budget/BudgetSection';
export { BUDGET_ANCHOR, BUDGET_FIELD_IDS } from './budget/anchors';
export { XlsxButton } from './XlsxButton';
export { MemberReceipts } from './receipts/MemberReceipts';
