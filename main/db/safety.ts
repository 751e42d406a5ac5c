/**
 * What is checked before SQLite is allowed to write a file: that it is ours
 * (application id, tables), that a -wal beside it belongs to it, that it is
 * not one of our backups opened in place, and that it passes quick_check.
 * Every check here reads only: a refused file is left byte-for-byte as it was.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DbProblem } from '../../shared/backups/schemas';
import { AppError } from '../../shared/result';
import { DatabaseTooNewError } from './errors';

/** SQLite's application_id of a Rombongan file: "Romb" in ASCII. */
export const APPLICATION_ID = 0x526f6d62;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface FileHeader {
  /** 0 when the file is missing. */
  size: number;
  exists: boolean;
  isSqlite: boolean;
  applicationId: number;
  userVersion: number;
  /** The header says WAL mode (bytes 18–19 are 2); our live files always do, our backups never. */
  walMode: boolean;
}

/** The first 100 bytes of the file, read without SQLite (nothing is written, no -shm is made). */
export function readHeader(path: string): FileHeader {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    return { size: 0, exists: false, isSqlite: false, applicationId: 0, userVersion: 0, walMode: false };
  }
  if (size === 0) return { size, exists: true, isSqlite: false, applicationId: 0, userVersion: 0, walMode: false };
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const isSqlite = read === 100 && buf.subarray(0, 16).equals(MAGIC);
  return {
    size,
    exists: true,
    isSqlite,
    applicationId: isSqlite ? buf.readUInt32BE(68) : 0,
    userVersion: isSqlite ? buf.readUInt32BE(60) : 0,
    walMode: isSqlite && buf[18] === 2 && buf[19] === 2,
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A refused or damaged file, with the reason the user is shown. */
export class DbRefusedError extends AppError {
  constructor(
    readonly problem: DbProblem,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    super(problem === 'damaged' ? 'DB_DAMAGED' : problem === 'tooNew' ? 'DB_TOO_NEW' : 'DB_UNAVAILABLE', message, {
      key: `health.problems.${problem}`,
      params,
    });
    this.name = 'DbRefusedError';
  }
}

/** Tables SQLite itself makes; never foreign. */
const SQLITE_OWN = /^sqlite_/;

export function userTables(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>)
    .map((r) => r.name)
    .filter((n) => !SQLITE_OWN.test(n));
}

/** quick_check's verdict: 'ok', or the first problem SQLite names. */
export function quickCheck(db: Db): { ok: boolean; detail: string } {
  try {
    const rows = db.pragma('quick_check(3)') as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check ?? 'no answer';
    return { ok: rows.length === 1 && first === 'ok', detail: first };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

export interface Inspection {
  /** The file holds nothing yet (missing, zero bytes, or SQLite with no tables). */
  empty: boolean;
  userVersion: number;
  /** quick_check passed (or the file is empty). */
  intact: boolean;
  checkMs: number;
}

interface InspectOptions {
  /** Every table any version of our schema has had. */
  knownTables: ReadonlySet<string>;
  /** The newest schema this app knows. */
  knownVersion: number;
}

/**
 * Reads one SQLite file (a copy, or the real file with no -wal beside it) and
 * says whether it is ours. Throws DbRefusedError for a foreign or too-new file.
 */
function inspectOpen(db: Db, label: string, opts: InspectOptions): Inspection {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const tables = userTables(db);
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new DbRefusedError('foreignFile', `${label} belongs to another program (application id ${appId}); it was left untouched`);
  }
  if (appId === 0 && userVersion === 0 && tables.length > 0) {
    // Tables but neither our id nor a schema version: not a file any Rombongan wrote.
    throw new DbRefusedError('foreignFile', `${label} was not written by Rombongan; it was left untouched`);
  }
  if (userVersion > opts.knownVersion) {
    throw new DatabaseTooNewError(label, userVersion, opts.knownVersion);
  }
  const foreign = tables.filter((t) => !opts.knownTables.has(t));
  if (foreign.length > 0) {
    throw new DbRefusedError(
      'foreignTables',
      `${label} holds tables Rombongan never makes (${foreign.slice(0, 3).join(', ')}); it was left untouched`,
      { tables: foreign.slice(0, 3).join(', ') },
    );
  }
  if (tables.length === 0) return { empty: true, userVersion, intact: true, checkMs: 0 };
  const t0 = performance.now();
  const check = quickCheck(db);
  return { empty: false, userVersion, intact: check.ok, checkMs: performance.now() - t0 };
}

function openReadOnly(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true });
}

/**
 * Checks a database file before it is opened for writing. A -wal beside it is
 * applied to a private copy first, never to the file: a -wal that is not the
 * file's own (its pages make a file that fails the checks, goes back in
 * schema, or is not ours) refuses the whole file, untouched.
 */
export function inspectFile(path: string, opts: InspectOptions): Inspection {
  const label = basename(path);
  const header = readHeader(path);
  const walSize = fileSize(`${path}-wal`);
  if (header.size === 0) {
    if (walSize > 0) {
      throw new DbRefusedError('foreignWal', `${label} is empty but a -wal file lies beside it; nothing was opened`);
    }
    return { empty: true, userVersion: 0, intact: true, checkMs: 0 };
  }
  if (!header.isSqlite) throw new DbRefusedError('notDatabase', `${label} is not a SQLite database; it was left untouched`);
  if (header.applicationId !== 0 && header.applicationId !== APPLICATION_ID) {
    throw new DbRefusedError('foreignFile', `${label} belongs to another program (application id ${header.applicationId}); it was left untouched`);
  }
  if (walSize === 0) {
    const db = openReadOnly(path);
    try {
      return inspectOpen(db, label, opts);
    } finally {
      db.close();
    }
  }
  if (header.applicationId === APPLICATION_ID && !header.walMode) {
    // Ours, but a single-file copy (a backup put in place by hand): no -wal can be its own.
    throw new DbRefusedError('foreignWal', `The -wal beside ${label} does not belong to it (the file is a single-file copy); nothing was opened`);
  }
  // A -wal with content: a crash left it, or it is a stranger. Apply it to a copy.
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-check-'));
  try {
    const copy = join(dir, 'check.sqlite');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    let result: Inspection;
    const db = new Database(copy, { fileMustExist: true });
    try {
      result = inspectOpen(db, label, opts);
    } catch (e) {
      if (e instanceof DbRefusedError) {
        throw new DbRefusedError('foreignWal', `The -wal beside ${label} does not belong to it; nothing was opened`);
      }
      throw e;
    } finally {
      db.close();
    }
    const goesBack = header.applicationId === APPLICATION_ID && (result.empty || result.userVersion < header.userVersion);
    if (!result.intact || goesBack) {
      throw new DbRefusedError('foreignWal', `The -wal beside ${label} does not belong to it; nothing was opened`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Files named as our backups are never opened in place (they would be written into). */
export function looksLikeBackup(path: string): boolean {
  return /-(auto|manual|pre-migration|pre-restore|pre-erase)-\d{8}T\d{6}(-v\d+)?(-\d+)?\.sqlite$/.test(basename(path)) ||
    /^(auto|pre-migration)-\d{8}T\d{6}(-v\d+)?\.sqlite$/.test(basename(path));
}
