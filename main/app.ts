import type { Database as Db } from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { openDatabase } from './db/open';
import { createStore, type Store } from './db/store';
import { rotateBackup } from './db/backup';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import type { AppInfo } from '../shared/contract';
import type { Desktop } from './handlers/export';
import { workerBuilder } from './docs/builder';

export const APP_VERSION = '0.1.0';
/** Automatic backups while the app is open, besides the one at start. */
export const BACKUP_INTERVAL_MS = 4 * 60 * 60 * 1000;

export interface App {
  db: Db;
  store: Store;
  dispatch: Dispatch;
  dbPath: string;
  close(): void;
}

export interface StartOptions {
  dbPath: string;
  mode: AppInfo['mode'];
  /** Automatic rotating backups (off in most tests). */
  backups?: boolean;
  log?: (message: string, error?: unknown) => void;
  /** The desktop's save dialog and file manager (the Electron shell, or a test's stand-in). */
  desktop?: Desktop;
  /**
   * The document worker bundle. Default: docs-worker.cjs beside the running
   * bundle (dist/main, where esbuild puts both). Missing, as when running from
   * the TypeScript sources: documents are built in main's own thread.
   */
  docsWorker?: string;
}

/** Everything main needs, without Electron: used by the window, browser mode, the CLI and tests. */
export async function startApp(opts: StartOptions): Promise<App> {
  const log = opts.log ?? ((m: string, e?: unknown) => (e ? console.error(m, e) : console.log(m)));
  const { db, preMigrationBackup } = await openDatabase(opts.dbPath);
  if (preMigrationBackup) log(`Backup before migration: ${preMigrationBackup}`);
  const store = createStore(db);
  const docs = workerBuilder(opts.docsWorker ?? join(__dirname, 'docs-worker.cjs'));
  const dispatch = createDispatcher(
    createHandlers({
      store,
      info: { version: APP_VERSION, mode: opts.mode, dbPath: opts.dbPath },
      ...(opts.desktop && { desktop: opts.desktop }),
      docBuilder: docs.build,
    }),
    { log },
  );
  let timer: NodeJS.Timeout | undefined;
  if (opts.backups && opts.dbPath !== ':memory:') {
    const dir = join(dirname(opts.dbPath), 'backups');
    const run = () =>
      rotateBackup(db, dir).catch((e: unknown) => {
        log('Automatic backup failed', e);
      });
    await run();
    timer = setInterval(() => void run(), BACKUP_INTERVAL_MS);
    timer.unref();
  }
  return {
    db,
    store,
    dispatch,
    dbPath: opts.dbPath,
    close() {
      if (timer) clearInterval(timer);
      void docs.close();
      db.close();
    },
  };
}
