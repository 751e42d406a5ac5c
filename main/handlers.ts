import type { AppInfo } from '../shared/contract';
import type { Handlers } from './dispatcher';
import type { Store } from './db/store';
import { tripsHandlers } from './trips';
import { institutionsHandlers } from './directory';
import { peopleHandlers } from './directory';
import { delegationHandlers } from './delegation';
import { agendaHandlers } from './agenda';
import { learningsHandlers } from './learnings';
import { mediaHandlers } from './media';
import { documentsHandlers } from './documents';
import { issuersHandlers } from './documents';
import { quotesHandlers } from './quotes';
import { moneyHandlers, moneyXlsxHandlers } from './money';
import { trashHandlers } from './trash';
import { exportHandlers, localToday, Outbox, type Desktop } from './documents';
import type { DocBuilder, WorkbookWriter } from './docs/builder';
import type { SYSTEM_OPERATIONS } from '../shared/backups/ops';

export interface HandlerContext {
  store: Store;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** The desktop's save dialog and file manager; absent in browser mode and tests without one. */
  desktop?: Desktop;
  /** Where documents are built (the app's worker thread); absent: in this thread. */
  docBuilder?: DocBuilder;
  /** Where the money's spreadsheets are written (the same worker); absent: in this thread. */
  workbookWriter?: WorkbookWriter;
  /** Built documents waiting to be saved or downloaded (the app's one outbox, which browser mode also serves). */
  outbox?: Outbox;
}

/** The operations of an open database; the file's health, backups and log are bound by main/app.ts. */
export type DatabaseHandlers = Omit<Handlers, (typeof SYSTEM_OPERATIONS)[number]>;

/** Binds every database operation to its service: the union of every area's bindings (main/handlers/<area>.ts). */
export function createHandlers({ store, info, desktop, docBuilder, workbookWriter, outbox = new Outbox() }: HandlerContext): DatabaseHandlers {
  return {
    'app.info': () => ({
      ...info,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    }),

    ...tripsHandlers(store),
    ...institutionsHandlers(store),
    ...peopleHandlers(store),
    ...delegationHandlers(store),
    ...agendaHandlers(store),
    ...learningsHandlers(store),
    ...mediaHandlers(store),
    ...documentsHandlers(store),
    ...issuersHandlers(store),
    ...quotesHandlers(store),
    ...moneyHandlers(store),
    // Its workbooks wait in the documents' outbox, so docs.save and browser downloads hand them out.
    ...moneyXlsxHandlers(store, outbox, () => localToday(), workbookWriter),
    ...trashHandlers(store),
    ...exportHandlers(store, desktop, { ...(docBuilder && { builder: docBuilder }), outbox }),
  };
}
