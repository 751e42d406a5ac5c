/**
 * The gaps the money documents mark (i18n keys under documents.gaps, like the
 * letters' GAP_CODES; the readiness panel lists them under "Keuangan (SPJ)").
 * The letters' own member gaps (membersWithoutName, membersWithoutNip, …) are
 * marked by the money documents too, and listed for them by moneyReadiness.
 */
export const MONEY_GAP_CODES = [
  /** No PPK chosen for the trip: the SPPD and the papers it approves have nobody to sign. */
  'noPpk',
  /** The SPPD has no number in a register yet. */
  'noSppdNumber',
  /** The SPPD's date of issue (the SPT's) is not set. */
  'noSppdDate',
  /** No DPA budget line: SPPD item 9 and the rencana anggaran's ceiling. */
  'noBudgetLine',
  /** A traveller without a travel-cost level: their rates cannot be read. */
  'membersWithoutLevel',
  /** Rates missing for the destination, a day or a table a traveller needs. */
  'noRates',
  /** A traveller without a means of transport (SPPD item 5). */
  'membersWithoutTransport',
  /** No place visited is known (SPPD item 6b, lembar II). */
  'noDestinationPlace',
  // Warnings (the papers print, but should be looked at first): from the trip's money problems.
  /** A sample rate set (example figures, not the region's) is in use. */
  'sampleRates',
  /** A bill above its ceiling (named in the rincian's Keterangan). */
  'amountAboveCeiling',
  /** The trip's total above the ceiling of its DPA line. */
  'aboveBudget',
] as const;
export type MoneyGapCode = (typeof MONEY_GAP_CODES)[number];
