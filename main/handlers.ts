import type { AppInfo } from '../shared/contract';
import type { Handlers } from './dispatcher';
import type { Store } from './db/store';
import { tripsHandlers } from './handlers/trips';
import { institutionsHandlers } from './handlers/institutions';
import { peopleHandlers } from './handlers/people';
import { delegationHandlers } from './handlers/delegation';
import { agendaHandlers } from './handlers/agenda';
import { learningsHandlers } from './handlers/learnings';
import { mediaHandlers } from './handlers/media';
import { documentsHandlers } from './handlers/documents';
import { issuersHandlers } from './handlers/issuers';
import { quotesHandlers } from './handlers/quotes';
import { exportHandlers, type Desktop } from './handlers/export';
import type { DocBuilder } from './docs/builder';
import type { SYSTEM_OPERATIONS } from '../shared/ops/backups';

export interface HandlerContext {
  store: Store;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** The desktop's save dialog and file manager; absent in browser mode and tests without one. */
  desktop?: Desktop;
  /** Where documents are built (the app's worker thread); absent: in this thread. */
  docBuilder?: DocBuilder;
}

/** The operations of an open database; the file's health, backups and log are bound by main/app.ts. */
export type DatabaseHandlers = Omit<Handlers, (typeof SYSTEM_OPERATIONS)[number]>;

/** Binds every database operation to its service: the union of every area's bindings (main/handlers/<area>.ts). */
export function createHandlers({ store, info, desktop, docBuilder }: HandlerContext): DatabaseHandlers {
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
    ...exportHandlers(store, desktop, { ...(docBuilder && { builder: docBuilder }) }),
  };
}
