/** `#/rates`: the region's rate sets (standar biaya). Being built (issue 15). */
export function RateSetsScreen() {
  return null;
}
