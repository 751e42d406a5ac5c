import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeClientId } from '@actual-app/crdt';
import { DatabaseTooNewError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations';
import { backupFileName, backupTo } from './backup';

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix of the list. */
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  now?: () => Date;
}

export interface OpenResult {
  db: Db;
  /** Path of the backup taken before migrating, if one was needed. */
  preMigrationBackup: string | null;
  migratedFrom: number;
  version: number;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function readUserVersion(path: string): number | null {
  // Read-only first: a file from a newer app must stay byte-for-byte untouched
  // (switching it to WAL would already write its header).
  let ro: Db;
  try {
    ro = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return null; // does not exist yet
  }
  try {
    return ro.pragma('user_version', { simple: true }) as number;
  } finally {
    ro.close();
  }
}

/**
 * Opens (creating if needed) the database file, refuses a newer schema,
 * backs up an existing file before pending migrations and runs them all in
 * one transaction.
 */
export async function openDatabase(path: string, opts: OpenOptions = {}): Promise<OpenResult> {
  const list = opts.migrations ?? migrations;
  const target = list.reduce((m, x) => Math.max(m, x.version), 0);
  const known = Math.max(target, LATEST_VERSION);
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    const existing = readUserVersion(path);
    if (existing !== null && existing > known) throw new DatabaseTooNewError(path, existing, known);
  }

  const db = new Database(path);
  try {
    applyPragmas(db);
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > known) throw new DatabaseTooNewError(path, from, known);
    const pending = list.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
    let backup: string | null = null;
    if (pending.length > 0 && from > 0 && path !== ':memory:') {
      const dir = opts.backupDir ?? join(dirname(path), 'backups');
      backup = join(dir, backupFileName('pre-migration', (opts.now ?? (() => new Date()))(), from));
      await backupTo(db, backup);
    }
    if (pending.length > 0) {
      db.transaction(() => {
        for (const m of pending) m.up(db);
        db.pragma(`user_version = ${target}`);
        ensureSyncClock(db);
      }).immediate();
      db.pragma('optimize');
    } else {
      ensureSyncClock(db);
    }
    return { db, preMigrationBackup: backup, migratedFrom: from, version: Math.max(from, target) };
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
