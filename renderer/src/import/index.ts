/** The import area: its screen. */
export { ImportScreen } from './ImportScreen';
/** Reading a spreadsheet the user chose (CSV or XLSX) into rows of text cells: the rate sets import reads its files so too. */
export { ACCEPT as SPREADSHEET_ACCEPT, readSpreadsheet, SpreadsheetError, type ReadError } from './readFile';
