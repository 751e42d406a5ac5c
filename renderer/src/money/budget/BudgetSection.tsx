/** The trip's budget section (issue 15). Being built. */
export function BudgetSection({ tripId }: { tripId: string }) {
  void tripId;
  return null;
}
