/** The money area's public face (issue 15): the rate sets screen and the trip's budget section. */
export { RateSetsScreen } from './rates/RateSetsScreen';
export { BudgetSection } from './budget/BudgetSection';
