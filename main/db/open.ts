import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeClientId } from '@actual-app/crdt';
import { DatabaseTooNewError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations';
import { backupFileName, backupTo } from './backup';
import { APPLICATION_ID, DbRefusedError, inspectFile, looksLikeBackup, userTables } from './safety';

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix of the list. */
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  now?: () => Date;
  /** Only the restore itself opens a backup (a copy of it, to read). */
  allowBackupFile?: boolean;
}

export interface OpenResult {
  db: Db;
  /** Path of the backup taken before migrating, if one was needed. */
  preMigrationBackup: string | null;
  migratedFrom: number;
  version: number;
  /** How long the integrity check at open took, ms (0 for a new file). */
  checkMs: number;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

let knownTableSet: Set<string> | null = null;

/** Every table any version of the schema has had: the migrations run once in memory. */
export function knownTables(): ReadonlySet<string> {
  if (knownTableSet) return knownTableSet;
  const set = new Set<string>();
  const mem = new Database(':memory:');
  try {
    // An empty schema has nothing to point at: the migrations that need foreign keys off get them off.
    mem.pragma('foreign_keys = OFF');
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      mem.transaction(() => m.up(mem))();
      for (const t of userTables(mem)) set.add(t);
    }
  } finally {
    mem.close();
  }
  knownTableSet = set;
  return set;
}

/** Database file and folder only for this user (the OS keeps -wal/-shm at the file's mode). */
function restrictModes(path: string, createdDir: string | undefined): void {
  if (process.platform === 'win32') return;
  try {
    chmodSync(path, 0o600);
    if (createdDir) chmodSync(createdDir, 0o700);
  } catch {
    // A file system without modes (FAT on a flash drive): nothing to restrict.
  }
}

/**
 * Opens (creating if needed) the database file. Before SQLite may write it:
 * refuses (untouched) a file that is not ours, a -wal that is not its own, one
 * of our backups, a newer schema; checks its integrity (a damaged file is
 * refused as `damaged`, for the app to open read-only). Backs up any
 * non-empty file before pending migrations and runs them in one transaction.
 */
export async function openDatabase(path: string, opts: OpenOptions = {}): Promise<OpenResult> {
  const list = opts.migrations ?? migrations;
  const target = list.reduce((m, x) => Math.max(m, x.version), 0);
  const known = Math.max(target, LATEST_VERSION);
  let checkMs = 0;
  let existedWithData = false;
  let createdDir: string | undefined;
  if (path !== ':memory:') {
    if (!opts.allowBackupFile && looksLikeBackup(path)) {
      throw new DbRefusedError('isBackup', `${path} is a Rombongan backup; restore it from Pengaturan → Cadangan instead of opening it`);
    }
    createdDir = mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const inspection = inspectFile(path, { knownTables: knownTables(), knownVersion: known });
    checkMs = inspection.checkMs;
    if (!inspection.intact) {
      throw new DbRefusedError('damaged', `${path} failed its integrity check`);
    }
    existedWithData = !inspection.empty;
  }

  const db = new Database(path);
  try {
    if (path !== ':memory:') restrictModes(path, createdDir ? dirname(path) : undefined);
    applyPragmas(db);
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > known) throw new DatabaseTooNewError(path, from, known);
    const pending = list.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
    let backup: string | null = null;
    if (pending.length > 0 && existedWithData && path !== ':memory:') {
      const dir = opts.backupDir ?? join(dirname(path), 'backups');
      backup = join(dir, backupFileName(path, 'pre-migration', (opts.now ?? (() => new Date()))(), from));
      await backupTo(db, backup);
    }
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (pending.length > 0) {
      // PRAGMA foreign_keys cannot change inside a transaction: off before it, on after it, whatever happens.
      const keysOff = pending.some((m) => m.foreignKeysOff);
      if (keysOff) db.pragma('foreign_keys = OFF');
      try {
        db.transaction(() => {
          for (const m of pending) m.up(db);
          db.pragma(`user_version = ${target}`);
          db.pragma(`application_id = ${APPLICATION_ID}`);
          ensureSyncClock(db);
        }).immediate();
      } finally {
        if (keysOff) db.pragma('foreign_keys = ON');
      }
      db.pragma('optimize');
    } else {
      db.transaction(() => {
        if (appId !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
        ensureSyncClock(db);
      }).immediate();
    }
    return { db, preMigrationBackup: backup, migratedFrom: from, version: Math.max(from, target), checkMs };
  } catch (e) {
    db.close();
    throw e;
  }
}

function ensureSyncClock(db: Db): void {
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_clock'`)
    .get();
  if (!hasTable) return;
  db.prepare(`INSERT OR IGNORE INTO sync_clock (id, device_id, hlc) VALUES (1, ?, '')`).run(
    makeClientId().slice(0, 16).toUpperCase(),
  );
}
