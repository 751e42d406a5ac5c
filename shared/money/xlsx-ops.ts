import { byIdSchema, byTripSchema } from '../common';
import { op } from '../op';

/** The MIME type of an .xlsx workbook. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A workbook built in main and waiting in the documents' outbox, as a built
 * document waits: the desktop saves it with `docs.save` (main's own save
 * dialog), browser mode downloads it once from /api/download (the file
 * itself, never base64 in JSON), the test bridge reads it with `docs.fetch`.
 */
export interface XlsxExport {
  exportId: string;
  fileName: string;
  mime: typeof XLSX_MIME;
  /** Bytes. */
  size: number;
}

/** The money's spreadsheets (issue 15 item 7): the trip's cost sheet for the treasurer, and a rate set in its import layout. */
export const moneyXlsxOps = {
  /**
   * The cost sheet as one workbook: Rekap (by member, with totals), Rincian
   * (one row per cost line), Per komponen (planned and real, the DPA line),
   * Daftar Uang Harian and Pengeluaran Riil. Amounts in rupiah.
   */
  'costSheet.exportXlsx': op<typeof byTripSchema, XlsxExport>(byTripSchema),
  /** A rate set as .xlsx in the layout of its CSV export (`rateSetToRows`), which the import reads back. */
  'rateSets.exportXlsx': op<typeof byIdSchema, XlsxExport>(byIdSchema),
};
