import { XLSX_MIME, type XlsxExport, type moneyXlsxOps } from '../../../shared/money/xlsx-ops';
import type { Handlers } from '../../dispatcher';
import type { Store } from '../../db/store';
import type { Outbox } from '../../documents';
import { tripDetail } from '../../delegation';
import { costSheet } from '../cost-sheet';
import { rateSetFileName } from '../rate-csv';
import { liveRateSet } from '../rate-sets';
import type { WorkbookWriter } from '../../docs/builder';
import { writeWorkbook } from '../../docs/workbook';
import { costSheetBook } from './cost-sheet';
import { rateSetSheet } from './rate-set';

/*
 * The money's spreadsheets reach the user the way documents do: the bytes
 * wait in the app's one outbox under an exportId; the desktop saves them
 * through main's save dialog (`docs.save`), browser mode downloads them once
 * from /api/download, the test bridge reads them with `docs.fetch`. Main
 * reads and lays out the sheets; the bytes are written by `write`, in the app
 * the document worker, so the window does not wait on the zipping.
 */

/** The cost sheet workbook's bytes and name; the trip and the cost sheet read in one transaction. */
export async function costSheetXlsx(store: Store, tripId: string, today: string, write: WorkbookWriter = writeWorkbook): Promise<{ fileName: string; bytes: Buffer }> {
  const book = store.db.transaction(() => {
    const money = costSheet(store, tripId); // refuses a missing or deleted trip (field tripId)
    return costSheetBook(tripDetail(store, tripId), money, today);
  })();
  return { fileName: book.fileName, bytes: await write(book.sheets) };
}

export async function rateSetXlsx(store: Store, id: string, write: WorkbookWriter = writeWorkbook): Promise<{ fileName: string; bytes: Buffer }> {
  const set = liveRateSet(store, id);
  return { fileName: rateSetFileName(set, 'xlsx'), bytes: await write([rateSetSheet(set)]) };
}

/** Binds costSheet.exportXlsx and rateSets.exportXlsx; `outbox` is the one the documents use, `today` the user's calendar date. */
export function moneyXlsxHandlers(store: Store, outbox: Outbox, today: () => string, write: WorkbookWriter = writeWorkbook): Pick<Handlers, keyof typeof moneyXlsxOps> {
  const put = ({ fileName, bytes }: { fileName: string; bytes: Buffer }): XlsxExport => ({
    exportId: outbox.put({ kind: 'xlsx', fileName, bytes, mime: XLSX_MIME }),
    fileName,
    mime: XLSX_MIME,
    size: bytes.byteLength,
  });
  return {
    'costSheet.exportXlsx': async ({ tripId }) => put(await costSheetXlsx(store, tripId, today(), write)),
    'rateSets.exportXlsx': async ({ id }) => put(await rateSetXlsx(store, id, write)),
  };
}
