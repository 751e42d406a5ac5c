/** The money area: rate sets, a trip's and its members' money, advances and the cost sheet (issue 15). Other areas and main import it from here only. */
export * from './rate-sets';
export * from './trip-money';
export { costSheet } from './cost-sheet';
export { confirmRateSetImport, exportRateSetCsv, previewRateSetImport } from './rate-csv';
export { addReceipt, listReceipts, readReceipts, receiptFile, removeReceipt, restoreReceipt } from './receipts';
export { moneyHandlers } from './handlers';
export { costSheetXlsx, moneyXlsxHandlers, rateSetXlsx } from './xlsx/handlers';
