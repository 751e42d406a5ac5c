import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { format, parse, isValid } from 'date-fns';
import type { BackupItem, BackupKind } from '../../shared/backups/schemas';
import { AppError } from '../../shared/result';
import { backupsToDelete, DEFAULT_RETENTION, type BackupEntry, type RetentionPolicy } from './retention';
import { APPLICATION_ID, quickCheck, userTables } from './safety';

const STAMP = "yyyyMMdd'T'HHmmss";
const KINDS = '(auto|manual|pre-migration|pre-restore|pre-erase)';
/** Names before backups carried their database's name; they belong to the default rombongan.sqlite. */
const LEGACY_RE = /^(auto|pre-migration)-(\d{8}T\d{6})(?:-v\d+)?\.sqlite$/;
const LEGACY_OWNER = 'rombongan';

/** "rombongan" for /x/rombongan.sqlite: the prefix of that database's backups. */
export function databaseStem(dbPath: string): string {
  const base = basename(dbPath);
  const ext = extname(base);
  return (ext ? base.slice(0, -ext.length) : base).replace(/[^A-Za-z0-9._-]/g, '_') || 'rombongan';
}

export function backupDirOf(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * "rombongan-auto-20261202T101500.sqlite": which database, which kind, when.
 * Given the folder, a name already taken in the same second gets "-2", "-3", ….
 */
export function backupFileName(dbPath: string, kind: BackupKind, at: Date, schemaVersion?: number, dir?: string): string {
  const v = schemaVersion === undefined ? '' : `-v${schemaVersion}`;
  const base = `${databaseStem(dbPath)}-${kind}-${format(at, STAMP)}${v}`;
  if (dir === undefined) return `${base}.sqlite`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The backups of one database in its backups folder, newest first. */
export function listBackupFiles(dbPath: string, dir = backupDirOf(dbPath)): Array<BackupEntry & { kind: BackupKind }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stem = databaseStem(dbPath);
  const own = new RegExp(`^${escapeRe(stem)}-${KINDS}-(\\d{8}T\\d{6})(?:-v\\d+)?(?:-\\d+)?\\.sqlite$`);
  const out: Array<BackupEntry & { kind: BackupKind }> = [];
  for (const name of names) {
    const m = own.exec(name) ?? (stem === LEGACY_OWNER ? LEGACY_RE.exec(name) : null);
    if (!m || m[1] === undefined || m[2] === undefined) continue;
    const takenAt = parse(m[2], STAMP, new Date(0));
    if (isValid(takenAt)) out.push({ name, takenAt, kind: m[1] as BackupKind });
  }
  return out.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export function listAutoBackups(dbPath: string, dir = backupDirOf(dbPath)): BackupEntry[] {
  return listBackupFiles(dbPath, dir).filter((b) => b.kind === 'auto');
}

/** What a backup holds and whether it is sound; read-only, the backup is never written. */
export function describeBackup(dir: string, entry: BackupEntry & { kind: BackupKind }): BackupItem {
  const path = join(dir, entry.name);
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // listed a moment ago, gone now: reported as unreadable
  }
  const item: BackupItem = {
    name: entry.name,
    kind: entry.kind,
    takenAt: entry.takenAt.getTime(),
    size,
    trips: null,
    people: null,
    schemaVersion: null,
    ok: false,
  };
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = new Set(userTables(db));
    item.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (tables.has('trips')) {
      item.trips = (db.prepare('SELECT count(*) AS n FROM trips WHERE deleted_at IS NULL').get() as { n: number }).n;
    }
    if (tables.has('people')) {
      item.people = (db.prepare('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL').get() as { n: number }).n;
    }
    item.ok = (appId === APPLICATION_ID || appId === 0) && tables.has('sync_clock') && quickCheck(db).ok;
  } catch {
    item.ok = false;
  } finally {
    db?.close();
  }
  return item;
}

/** The cause of a failed backup, as a key the UI shows. */
export function backupErrorKey(e: unknown): string {
  if (e instanceof AppError && e.key) return e.key;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'health.backupErrors.diskFull';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return 'health.backupErrors.noPermission';
  }
  return 'health.backupErrors.failed';
}

/**
 * Copies a live database with SQLite's online backup API (never fs.copyFile:
 * that can tear a WAL database). The copy is written under a temporary name,
 * switched to a single file (no -wal), checked with quick_check and only then
 * given its real name, so a crash or a bad copy never leaves a backup that
 * looks good. Refuses (and writes nothing) when the source fails its check.
 */
export async function backupTo(db: Db, dest: string, opts: { checkSource?: boolean } = {}): Promise<void> {
  mkdirSync(dirname(dest), { recursive: true, mode: 0o700 });
  if (opts.checkSource !== false && !quickCheck(db).ok) {
    throw new AppError('DB_DAMAGED', 'The database failed its integrity check; no backup was written over the good ones', {
      key: 'health.backupErrors.damaged',
    });
  }
  const tmp = `${dest}.partial`;
  rmSync(tmp, { force: true });
  try {
    await db.backup(tmp);
    if (process.platform !== 'win32') chmodSync(tmp, 0o600);
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      if (!quickCheck(copy).ok) throw new AppError('DB_DAMAGED', 'The backup copy failed its check', { key: 'health.backupErrors.damaged' });
    } finally {
      copy.close();
    }
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-wal`, { force: true });
    rmSync(`${tmp}-shm`, { force: true });
    throw e;
  }
}

/** Half-written backups a crash left behind. */
export function removePartials(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const doomed = names.filter((n) => /\.partial(-wal|-shm|-journal)?$/.test(n));
  for (const n of doomed) rmSync(join(dir, n), { force: true });
  return doomed;
}

/** Takes one automatic backup and prunes old ones by the retention policy. */
export async function rotateBackup(
  db: Db,
  dbPath: string,
  now: Date = new Date(),
  policy: RetentionPolicy = DEFAULT_RETENTION,
  dir = backupDirOf(dbPath),
): Promise<{ created: string; deleted: string[] }> {
  const created = join(dir, backupFileName(dbPath, 'auto', now, undefined, dir));
  await backupTo(db, created);
  const doomed = backupsToDelete(listAutoBackups(dbPath, dir), now, policy);
  for (const b of doomed) rmSync(join(dir, b.name), { force: true });
  return { created, deleted: doomed.map((b) => b.name) };
}
