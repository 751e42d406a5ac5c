import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdtempSync, openSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'date-fns';
import { openDatabase } from './db/open';
import { createStore, preparedPer, type Store } from './db/store';
import { ALL_TABLES, type Changes } from '../shared/changes';
import {
  backupDirOf,
  backupErrorKey,
  backupFileName,
  backupTo,
  databaseStem,
  describeBackup,
  listBackupFiles,
  removePartials,
  rotateBackup,
} from './db/backup';
import { DbRefusedError, readHeader } from './db/safety';
import { DatabaseTooNewError } from './db/errors';
import { LATEST_VERSION } from './db/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { createHandlers, type DatabaseHandlers } from './handlers';
import { contract, type AppInfo, type OperationName } from '../shared/contract';
import { DOCX_MIME, Outbox, type Desktop } from './documents';
import { workerBuilder } from './docs/builder';
import { createLogger, logPathOf, type Logger } from './log';
import { SYSTEM_OPERATIONS } from '../shared/backups/ops';
import type { BackupItem, DbHealth, DbProblem, DbState, RestoreOutcome } from '../shared/backups/schemas';
import { AppError } from '../shared/result';

/** The change log's last row and the tables written since a row: both by the primary key. */
const changeStatements = preparedPer((db: Db) => ({
  last: db.prepare(`SELECT max(seq) FROM change_log`).pluck(),
  tablesSince: db.prepare(`SELECT DISTINCT table_name FROM change_log WHERE seq > ? ORDER BY table_name`).pluck(),
}));

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

interface Core {
  db: Db;
  store: Store;
  handlers: DatabaseHandlers;
}

const SYSTEM = new Set<string>([...SYSTEM_OPERATIONS, 'app.info']);

/** SQLite's and the OS's error codes, as the user is told them. */
function userFacing(e: unknown, state: DbState): AppError | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', 'The disk is full; nothing was saved', { key: 'errors.DISK_FULL' });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return state === 'damaged'
      ? new AppError('DB_DAMAGED', 'The database is damaged and open read-only; nothing was saved', { key: 'errors.DB_DAMAGED' })
      : new AppError('READ_ONLY', 'The database file or its folder cannot be written; nothing was saved', { key: 'errors.READ_ONLY' });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('DB_DAMAGED', 'The database is damaged; nothing was saved', { key: 'errors.DB_DAMAGED' });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError('INTERNAL', 'The disk could not be read or written', { key: 'errors.IO' });
  }
  return null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder; its renames are durable enough.
  }
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

  let core: Core | null = null;
  let state: DbState = 'ok';
  let problem: DbProblem | null = null;
  let checkedAt: number | null = null;
  let lastBackup: DbHealth['lastBackup'] = null;
  let lastBackupError: DbHealth['lastBackupError'] = null;
  let restored: RestoreOutcome | null = null;

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
        outbox,
      }),
    };
  };

  /** Opens the file for writing, or read-only when damaged or unwritable, or not at all (refused). */
  const openCore = async (allowNew = false): Promise<void> => {
    core = null;
    state = 'ok';
    problem = null;
    if (!memory) {
      removePartials(backupDir);
      rmSync(`${dbPath}.restoring`, { force: true });
      const header = readHeader(dbPath);
      if (header.size === 0 && !allowNew && !existsSync(`${dbPath}-wal`) && listBackupFiles(dbPath, backupDir).length > 0) {
        state = 'refused';
        problem = 'missingWithBackups';
        log(`The database file is missing or empty while backups of it exist; waiting for the user (${databaseStem(dbPath)})`);
        return;
      }
      if (header.size > 0 && (!writable(dbPath) || !writable(dirname(dbPath)))) {
        openReadOnly('readOnly');
        return;
      }
    }
    try {
      const t0 = performance.now();
      const opened = await openDatabase(dbPath, { backupDir, now });
      checkedAt = now().getTime();
      if (opened.preMigrationBackup) log(`Backup before migration: ${opened.preMigrationBackup}`);
      log(`Opened the database (schema ${opened.version}; integrity check ${opened.checkMs.toFixed(0)} ms, open ${(performance.now() - t0).toFixed(0)} ms)`);
      core = makeCore(opened.db);
    } catch (e) {
      if (e instanceof DbRefusedError && e.problem === 'damaged') {
        log('The database failed its integrity check at open; opened read-only');
        checkedAt = now().getTime();
        openReadOnly('damaged');
        return;
      }
      state = 'refused';
      if (e instanceof DbRefusedError) problem = e.problem;
      else if (e instanceof DatabaseTooNewError) problem = 'tooNew';
      else {
        const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
        problem = /READONLY|EACCES|EPERM|EROFS/.test(code) ? 'readOnly' : code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'damaged' : 'cannotOpen';
      }
      log(`The database was not opened (${problem})`, e instanceof AppError ? undefined : e);
    }
  };

  /** Where a read-only copy lives when even a read-only open of the file itself fails (its folder is read-only). */
  let privateCopy: string | null = null;
  const openReadOnly = (why: 'damaged' | 'readOnly') => {
    const attempt = (path: string): Db => {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('foreign_keys = ON');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return db;
    };
    try {
      let db: Db;
      try {
        db = attempt(dbPath);
      } catch (first) {
        // A WAL file in a read-only folder cannot get its -shm: read a private copy instead.
        if (why !== 'readOnly') throw first;
        privateCopy = mkdtempSync(join(tmpdir(), 'rombongan-readonly-'));
        const copy = join(privateCopy, 'rombongan.sqlite');
        copyFileSync(dbPath, copy);
        if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
        db = attempt(copy);
      }
      core = makeCore(db);
      state = why === 'damaged' ? 'damaged' : 'readOnly';
      problem = why;
    } catch (e) {
      core = null;
      state = 'refused';
      problem = why;
      log(`The database could not be opened even read-only (${why})`, e);
    }
  };

  const closeCore = () => {
    const c = core;
    core = null;
    c?.db.close();
    if (privateCopy) rmSync(privateCopy, { recursive: true, force: true });
    privateCopy = null;
  };

  /** A write found damage: stop writing at once (the file is reopened read-only). */
  const markDamaged = () => {
    if (state !== 'ok') return;
    log('SQLite reported damage during use; reopening read-only');
    closeCore();
    openReadOnly('damaged');
  };

  await openCore();

  const needCore = (): Core => {
    if (!core) {
      throw new AppError('DB_UNAVAILABLE', `The database was not opened (${problem ?? 'unknown'})`, {
        key: `health.problems.${problem ?? 'cannotOpen'}`,
      });
    }
    return core;
  };

  const backupItems = (): BackupItem[] => listBackupFiles(dbPath, backupDir).map((b) => describeBackup(backupDir, b));

  const recordBackupError = (e: unknown) => {
    lastBackupError = { key: backupErrorKey(e), at: now().getTime() };
    log('Backup failed', e);
    if (e instanceof AppError && e.code === 'DB_DAMAGED') markDamaged();
  };

  const backupNow = async (): Promise<void> => {
    if (memory || !core || state !== 'ok') return;
    try {
      const r = await rotateBackup(core.db, dbPath, now(), undefined, backupDir);
      checkedAt = now().getTime();
      lastBackup = { name: r.created.slice(backupDir.length + 1), at: now().getTime() };
      lastBackupError = null;
      if (r.deleted.length) log(`Automatic backup; ${r.deleted.length} old backup(s) thinned by the retention rules`);
    } catch (e) {
      recordBackupError(e);
    }
    // Open windows show the outcome (a failure warns over every screen) without waiting for a reload.
    announce(['backups']);
  };

  const health = (): DbHealth => ({
    state,
    problem,
    dbPath,
    backupDir,
    logPath: logger.path,
    checkedAt,
    lastBackup,
    lastBackupError,
    restored,
  });

  const manualBackup = async (kind: 'manual' | 'pre-restore' | 'pre-erase'): Promise<BackupItem> => {
    const c = needCore();
    const name = backupFileName(dbPath, kind, now(), c.db.pragma('user_version', { simple: true }) as number, backupDir);
    try {
      await backupTo(c.db, join(backupDir, name));
    } catch (e) {
      recordBackupError(e);
      const ui = e instanceof AppError ? e : userFacing(e, state);
      throw ui ?? new AppError('INTERNAL', 'The backup could not be written', { key: backupErrorKey(e) });
    }
    lastBackup = { name, at: now().getTime() };
    lastBackupError = null;
    const entry = listBackupFiles(dbPath, backupDir).find((b) => b.name === name);
    if (!entry) throw new AppError('INTERNAL', 'The backup vanished after it was written', { key: 'health.backupErrors.failed' });
    return describeBackup(backupDir, entry);
  };

  const restore = async (name: string): Promise<RestoreOutcome> => {
    const entry = listBackupFiles(dbPath, backupDir).find((b) => b.name === name);
    if (!entry) throw new AppError('NOT_FOUND', `No backup named ${name}`, { field: 'name', key: 'backups.errors.notFound' });
    const item = describeBackup(backupDir, entry);
    if (!item.ok || item.schemaVersion === null) {
      throw new AppError('VALIDATION', `The backup ${name} failed its check; it was not restored`, { field: 'name', key: 'backups.errors.notGood' });
    }
    if (item.schemaVersion > LATEST_VERSION) {
      throw new AppError('DB_TOO_NEW', `The backup ${name} was written by a newer Rombongan`, { field: 'name', key: 'errors.DB_TOO_NEW' });
    }
    if ((state === 'readOnly' || problem === 'readOnly') && !writable(dirname(dbPath))) {
      // An unwritable file or folder cannot take the backup's bytes: say so rather than fail half-way.
      throw new AppError('READ_ONLY', 'The folder of the database cannot be written; nothing was restored', {
        key: 'backups.errors.readOnly',
      });
    }
    if (state === 'refused' && problem !== null && !['damaged', 'foreignWal', 'missingWithBackups', 'cannotOpen'].includes(problem)) {
      // A file that is not ours is never replaced: the user picked the wrong file.
      throw new AppError('CONFLICT', 'The open file is not a Rombongan database; it is never replaced by a restore', {
        key: 'backups.errors.notOurs',
      });
    }
    const stamp = now();
    let safetyBackup: string | null = null;
    if (core && state === 'ok') {
      safetyBackup = (await manualBackup('pre-restore')).name;
    }
    closeCore();
    const staged = `${dbPath}.restoring`;
    try {
      if (safetyBackup === null && readHeader(dbPath).size > 0) {
        // Damaged, unwritable or refused for its -wal: kept aside as it is, never copied over a good backup.
        safetyBackup = backupFileName(dbPath, 'pre-restore', stamp, undefined, backupDir);
        copyFileSync(dbPath, join(backupDir, safetyBackup));
      }
      const wal = `${dbPath}-wal`;
      if (readHeader(wal).size > 0) renameSync(wal, `${wal}.set-aside-${format(stamp, "yyyyMMdd'T'HHmmss")}`);
      copyFileSync(join(backupDir, name), staged);
      const fd = openSync(staged, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      rmSync(wal, { force: true });
      rmSync(`${dbPath}-shm`, { force: true });
      renameSync(staged, dbPath);
      fsyncDir(dirname(dbPath));
    } catch (e) {
      rmSync(staged, { force: true });
      log('Restore failed before the file was swapped', e);
      await openCore();
      throw userFacing(e, state) ?? new AppError('INTERNAL', 'The restore failed; the database was left as it was', { key: 'backups.errors.failed' });
    }
    await openCore();
    if (!core) {
      log(`The restored file could not be opened (${problem ?? '?'})`);
      throw new AppError('DB_UNAVAILABLE', 'The restored file could not be opened', { key: `health.problems.${problem ?? 'cannotOpen'}` });
    }
    const c: Core = core;
    const count = (table: string) => (c.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
    restored = {
      name,
      takenAt: item.takenAt,
      trips: count('trips'),
      people: count('people'),
      schemaVersion: c.db.pragma('user_version', { simple: true }) as number,
      safetyBackup,
    };
    log(`Restored the backup ${name} (schema ${item.schemaVersion})`);
    return restored;
  };

  const system: Pick<Handlers, (typeof SYSTEM_OPERATIONS)[number] | 'app.info'> = {
    'app.info': () => ({
      ...info,
      schemaVersion: core ? (core.db.pragma('user_version', { simple: true }) as number) : 0,
    }),
    'health.get': () => health(),
    'backups.list': () => backupItems(),
    'backups.create': () => manualBackup('manual'),
    'backups.saveTo': async () => {
      const c = needCore();
      if (!opts.desktop) {
        throw new AppError('UNSUPPORTED', 'Saving a backup elsewhere needs the desktop app', { key: 'backups.errors.desktopOnly' });
      }
      const chosen = await opts.desktop.chooseSaveFile(`${databaseStem(dbPath)}-cadangan-${format(now(), 'yyyy-MM-dd')}.sqlite`);
      if (chosen === null) return { saved: false };
      const target = chosen.toLowerCase().endsWith('.sqlite') ? chosen : `${chosen}.sqlite`;
      try {
        await backupTo(c.db, target);
      } catch (e) {
        recordBackupError(e);
        throw (e instanceof AppError ? e : userFacing(e, state)) ?? new AppError('INTERNAL', 'The backup could not be written', { key: backupErrorKey(e) });
      }
      return { saved: true, paths: [target], folder: dirname(target) };
    },
    'backups.restore': ({ name }) => restore(name),
    'backups.purge': async () => {
      if (!core || state !== 'ok') {
        // Without a fresh, checked backup of a sound file, the old ones are the only way back.
        throw new AppError('CONFLICT', 'Older backups are kept while the database is not sound', { key: 'backups.errors.keepWhileUnsound' });
      }
      await manualBackup('manual');
      const doomed = listBackupFiles(dbPath, backupDir).slice(1);
      for (const b of doomed) rmSync(join(backupDir, b.name), { force: true });
      log(`Deleted ${doomed.length} older backup(s) at the user's request`);
      return { deleted: doomed.length };
    },
    'health.startNew': async () => {
      if (problem !== 'missingWithBackups') {
        throw new AppError('CONFLICT', 'Only a missing database file can be started anew', { key: 'backups.errors.notMissing' });
      }
      await openCore(true);
      return health();
    },
    'log.tail': () => ({ path: logger.path, text: logger.tail() }),
    'log.show': () => {
      if (!opts.desktop) throw new AppError('UNSUPPORTED', 'Showing the log in a folder needs the desktop app', { key: 'backups.errors.desktopOnly' });
      opts.desktop.showItemInFolder(logger.path);
      return { shown: true };
    },
  };

  // One handler table for the whole life of the app: database operations go to
  // whichever file is open now (a restore swaps it), system ones always answer.
  const handlers = {} as Record<string, (input: unknown) => unknown>;
  for (const name of Object.keys(contract) as OperationName[]) {
    if (SYSTEM.has(name)) {
      handlers[name] = system[name as keyof typeof system] as (input: unknown) => unknown;
      continue;
    }
    handlers[name] = (input) => (needCore().handlers[name as keyof DatabaseHandlers] as (i: unknown) => unknown)(input);
  }
  const inner = createDispatcher(handlers as unknown as Handlers, {
    log,
    mapError: (e) => {
      const ui = userFacing(e, state);
      if (ui?.code === 'DB_DAMAGED') markDamaged();
      return ui;
    },
  });

  // Live data: after a call, the change log says which tables it wrote; the
  // answer carries them and every subscriber (the other windows) hears them.
  const changeListeners = new Set<(c: Changes) => void>();
  let announced = 0;
  const run = randomUUID();
  const seqNow = (db: Db | undefined): number | null => {
    if (!db) return null;
    try {
      return (changeStatements(db).last.get() as number | null) ?? 0;
    } catch {
      return null; // damaged or closed: no announcement
    }
  };
  function announce(tables: string[]): Changes {
    const changes: Changes = { run, id: ++announced, tables };
    for (const l of changeListeners) {
      try {
        l(changes);
      } catch (e) {
        log('A change listener failed', e);
      }
    }
    return changes;
  }
  const dispatch: Dispatch = async (operation, input) => {
    const db = core?.db;
    const before = seqNow(db);
    const r = await inner(operation, input);
    const nowDb = core?.db;
    let tables: string[] | null = null;
    if (nowDb !== db) {
      tables = [ALL_TABLES]; // another file (restore, start anew): everything on screen is stale
    } else if (before !== null) {
      const after = seqNow(db);
      if (after !== null && after > before && db) tables = changeStatements(db).tablesSince.all(before) as string[];
    }
    if (tables && tables.length > 0) {
      const changes = announce(tables);
      if (r.ok) r.changes = changes;
    }
    return r;
  };

  let timer: NodeJS.Timeout | undefined;
  if (opts.backups && !memory) {
    if (opts.backups !== 'deferred') await backupNow();
    timer = setInterval(() => void backupNow(), BACKUP_INTERVAL_MS);
    timer.unref();
  }
  return {
    get db() {
      return needCore().db;
    },
    get store() {
      return needCore().store;
    },
    takeDoc(exportId) {
      const p = outbox.take(exportId);
      return { fileName: p.fileName, mime: DOCX_MIME, bytes: p.bytes };
    },
    dispatch,
    onChanges(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    dbPath,
    health,
    log: logger,
    backupNow,
    close() {
      if (timer) clearInterval(timer);
      void docs.close();
      closeCore();
    },
  };
}
