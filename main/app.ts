import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { createStore, type Store } from './db/store';
import type { Changes } from '../shared/changes';
import { backupDirOf } from './db/backup';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { createHandlers, type DatabaseHandlers } from './handlers';
import { contract, type AppInfo, type OperationName } from '../shared/contract';
import { DOCX_MIME, Outbox, type Desktop } from './documents';
import { workerBuilder } from './docs/builder';
import { createLogger, logPathOf, type Logger } from './log';
import type { DbHealth } from '../shared/backups/schemas';
import { userFacing } from './app-errors';
import { openFile, type Core } from './app-file';
import { backupsOf } from './app-backups';
import { liveChanges } from './app-live';

/*
 * The app without Electron, by job: the open file's states (./app-file.ts),
 * its backups, restore and the operations of every state (./app-backups.ts),
 * live change announcements (./app-live.ts), what SQLite and the OS throw as
 * the user is told it (./app-errors.ts); here they are wired together with the
 * handlers, the dispatcher, the document worker and the backup timer.
 */

export const APP_VERSION = '0.1.0';
/** Automatic backups while the app is open, besides the one at start. */
export const BACKUP_INTERVAL_MS = 4 * 60 * 60 * 1000;

export interface App {
  /** The open database; throws when the file was refused (see `health()`). */
  readonly db: Db;
  readonly store: Store;
  dispatch: Dispatch;
  /** Calls `listener` after every committed write with the tables it touched; returns the unsubscribe. */
  onChanges: (listener: (changes: Changes) => void) => () => void;
  dbPath: string;
  health(): DbHealth;
  readonly log: Logger;
  /** Takes one automatic backup now, as the timer does (tests, and after start). */
  backupNow(): Promise<void>;
  /**
   * A built document's bytes for a browser-mode download, handed out once (it
   * leaves the outbox); throws the NOT_FOUND of an expired or unknown export.
   */
  takeDoc(exportId: string): { fileName: string; mime: string; bytes: Buffer };
  close(): void;
}

export interface StartOptions {
  dbPath: string;
  mode: AppInfo['mode'];
  /**
   * Automatic rotating backups (off in most tests): true takes the first one
   * before `startApp` resolves; 'deferred' leaves it to the caller, who calls
   * `backupNow()` once the window or the server is up, so the first paint
   * never waits on a backup.
   */
  backups?: boolean | 'deferred';
  /** A second sink for log lines (tests silence it); the log file is always written. */
  log?: (message: string, error?: unknown) => void;
  /** The desktop's save dialog and file manager (the Electron shell, or a test's stand-in). */
  desktop?: Desktop;
  /**
   * The document worker bundle. Default: docs-worker.cjs beside the running
   * bundle (dist/main, where esbuild puts both). Missing, as when running from
   * the TypeScript sources: documents are built in main's own thread.
   */
  docsWorker?: string;
  now?: () => Date;
}

/** Everything main needs, without Electron: used by the window, browser mode, the CLI and tests. */
export async function startApp(opts: StartOptions): Promise<App> {
  const { dbPath } = opts;
  const memory = dbPath === ':memory:';
  const now = opts.now ?? (() => new Date());
  const logger = createLogger(memory ? '' : logPathOf(dbPath), {
    echo: opts.log === undefined,
  });
  const log = (m: string, e?: unknown) => {
    if (!memory) {
      if (e === undefined) logger.info(m);
      else logger.error(m, e);
    }
    opts.log?.(m, e);
  };
  const backupDir = backupDirOf(dbPath);
  const docs = workerBuilder(opts.docsWorker ?? join(__dirname, 'docs-worker.cjs'));
  const info = { version: APP_VERSION, mode: opts.mode, dbPath };

  /** Built documents: one outbox for the app's life (a restore keeps what was built), served to browser downloads by takeDoc. */
  const outbox = new Outbox();
  const makeCore = (db: Db): Core => {
    const store = createStore(db);
    return {
      db,
      store,
      handlers: createHandlers({
        store,
        info,
        ...(opts.desktop && { desktop: opts.desktop }),
        docBuilder: docs.build,
        workbookWriter: docs.workbook,
        outbox,
      }),
    };
  };

  const file = openFile({ dbPath, backupDir, now, log, makeCore });
  await file.open();
  const live = liveChanges(log);
  const backups = backupsOf({ file, dbPath, backupDir, now, log, logger, info, ...(opts.desktop && { desktop: opts.desktop }), announce: live.announce });

  // One handler table for the whole life of the app: database operations go to
  // whichever file is open now (a restore swaps it), system ones always answer.
  const handlers = {} as Record<string, (input: unknown) => unknown>;
  for (const name of Object.keys(contract) as OperationName[]) {
    handlers[name] = Object.prototype.hasOwnProperty.call(backups.system, name)
      ? (backups.system[name as keyof typeof backups.system] as (input: unknown) => unknown)
      : (input) => (file.need().handlers[name as keyof DatabaseHandlers] as (i: unknown) => unknown)(input);
  }
  const inner = createDispatcher(handlers as unknown as Handlers, {
    log,
    mapError: (e) => {
      const ui = userFacing(e, file.state);
      if (ui?.code === 'DB_DAMAGED') file.markDamaged();
      return ui;
    },
  });
  const dispatch = live.tracked(inner, () => file.core?.db);

  let timer: NodeJS.Timeout | undefined;
  if (opts.backups && !memory) {
    if (opts.backups !== 'deferred') await backups.backupNow();
    timer = setInterval(() => void backups.backupNow(), BACKUP_INTERVAL_MS);
    timer.unref();
  }
  return {
    get db() {
      return file.need().db;
    },
    get store() {
      return file.need().store;
    },
    takeDoc(exportId) {
      const p = outbox.take(exportId);
      return { fileName: p.fileName, mime: p.mime ?? DOCX_MIME, bytes: p.bytes };
    },
    dispatch,
    onChanges: live.onChanges,
    dbPath,
    health: backups.health,
    log: logger,
    backupNow: backups.backupNow,
    close() {
      if (timer) clearInterval(timer);
      void docs.close();
      file.close();
    },
  };
}
