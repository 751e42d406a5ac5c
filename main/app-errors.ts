import { accessSync, closeSync, constants, fsyncSync, openSync } from 'node:fs';
import type { DbProblem, DbState } from '../shared/backups/schemas';
import { AppError } from '../shared/result';
import { DbRefusedError } from './db/safety';
import { DatabaseTooNewError } from './db/errors';

/** The `code` of what Node or SQLite threw ('' when none). */
export const errorCode = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '');

/** SQLite's and the OS's error codes, as the user is told them. */
export function userFacing(e: unknown, state: DbState): AppError | null {
  const code = errorCode(e);
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

/** Why a file that failed to open was refused (the health screen's problem). */
export function refusalOf(e: unknown): DbProblem {
  if (e instanceof DbRefusedError) return e.problem;
  if (e instanceof DatabaseTooNewError) return 'tooNew';
  const code = errorCode(e);
  return /READONLY|EACCES|EPERM|EROFS/.test(code) ? 'readOnly' : code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'damaged' : 'cannotOpen';
}

export function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function fsync(path: string, flags: 'r' | 'r+'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a written file to the disk. */
export const fsyncFile = (path: string): void => fsync(path, 'r+');

/** Flushes a folder's entries (a rename) to the disk. */
export function fsyncDir(dir: string): void {
  try {
    fsync(dir, 'r');
  } catch {
    // Windows cannot open a folder; its renames are durable enough.
  }
}
