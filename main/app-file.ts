import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase } from './db/open';
import type { Store } from './db/store';
import { databaseStem, listBackupFiles, removePartials } from './db/backup';
import { DbRefusedError, readHeader } from './db/safety';
import type { DatabaseHandlers } from './handlers';
import type { DbProblem, DbState } from '../shared/backups/schemas';
import { AppError } from '../shared/result';
import { refusalOf, writable } from './app-errors';

/** What an open database file serves: the connection, its store and its handlers. */
export interface Core {
  db: Db;
  store: Store;
  handlers: DatabaseHandlers;
}

export type AppLog = (message: string, error?: unknown) => void;

export interface FileContext {
  dbPath: string;
  backupDir: string;
  now: () => Date;
  log: AppLog;
  makeCore: (db: Db) => Core;
}

/** The open database file and its state: open for writing, read-only (damaged or unwritable), or refused. */
export interface OpenFile {
  readonly core: Core | null;
  readonly state: DbState;
  readonly problem: DbProblem | null;
  /** When the file last passed its integrity check (at open, or a backup's check). */
  checkedAt: number | null;
  /** Opens the file for writing, or read-only when damaged or unwritable, or not at all (refused). */
  open(allowNew?: boolean): Promise<void>;
  close(): void;
  /** A write found damage: stop writing at once (the file is reopened read-only). */
  markDamaged(): void;
  /** The open file; throws DB_UNAVAILABLE when it was refused. */
  need(): Core;
}

export function openFile({ dbPath, backupDir, now, log, makeCore }: FileContext): OpenFile {
  const memory = dbPath === ':memory:';
  let core: Core | null = null;
  let state: DbState = 'ok';
  let problem: DbProblem | null = null;
  /** Where a read-only copy lives when even a read-only open of the file itself fails (its folder is read-only). */
  let privateCopy: string | null = null;

  const file: OpenFile = {
    get core() {
      return core;
    },
    get state() {
      return state;
    },
    get problem() {
      return problem;
    },
    checkedAt: null,
    open,
    close,
    markDamaged() {
      if (state !== 'ok') return;
      log('SQLite reported damage during use; reopening read-only');
      close();
      openReadOnly('damaged');
    },
    need() {
      if (!core) {
        throw new AppError('DB_UNAVAILABLE', `The database was not opened (${problem ?? 'unknown'})`, {
          key: `health.problems.${problem ?? 'cannotOpen'}`,
        });
      }
      return core;
    },
  };

  async function open(allowNew = false): Promise<void> {
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
      file.checkedAt = now().getTime();
      if (opened.preMigrationBackup) log(`Backup before migration: ${opened.preMigrationBackup}`);
      log(`Opened the database (schema ${opened.version}; integrity check ${opened.checkMs.toFixed(0)} ms, open ${(performance.now() - t0).toFixed(0)} ms)`);
      core = makeCore(opened.db);
    } catch (e) {
      if (e instanceof DbRefusedError && e.problem === 'damaged') {
        log('The database failed its integrity check at open; opened read-only');
        file.checkedAt = now().getTime();
        openReadOnly('damaged');
        return;
      }
      state = 'refused';
      problem = refusalOf(e);
      log(`The database was not opened (${problem})`, e instanceof AppError ? undefined : e);
    }
  }

  function openReadOnly(why: 'damaged' | 'readOnly'): void {
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
  }

  function close(): void {
    const c = core;
    core = null;
    c?.db.close();
    if (privateCopy) rmSync(privateCopy, { recursive: true, force: true });
    privateCopy = null;
  }

  return file;
}
