import { z } from 'zod';

/**
 * The database file's health and its backups (Pengaturan → Cadangan). Main
 * owns every path: the renderer names a backup only by the file name main
 * listed, never by a path.
 */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration', 'pre-restore', 'pre-erase'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupItem {
  /** File name inside the backups folder, e.g. "rombongan-auto-20261202T101500.sqlite". */
  name: string;
  kind: BackupKind;
  /** When it was taken, UTC ms (from the name). */
  takenAt: number;
  size: number;
  /** Read from the backup itself; null when it could not be read. */
  trips: number | null;
  people: number | null;
  schemaVersion: number | null;
  /** The backup passed SQLite's quick_check and is ours (application id, tables). */
  ok: boolean;
}

/**
 * - ok: open for reading and writing;
 * - readOnly: the file or its folder cannot be written; open read-only;
 * - damaged: the file failed its integrity check; open read-only, every write refused;
 * - refused: not opened at all (a foreign file, a -wal that is not its own, a
 *   backup opened in place, a missing file whose backups exist, …); only the
 *   backups and the log can be used.
 */
export type DbState = 'ok' | 'readOnly' | 'damaged' | 'refused';

export const DB_PROBLEMS = [
  'damaged',
  'foreignFile',
  'foreignTables',
  'notDatabase',
  'foreignWal',
  'isBackup',
  'missingWithBackups',
  'tooNew',
  'readOnly',
  'cannotOpen',
] as const;
export type DbProblem = (typeof DB_PROBLEMS)[number];

export interface DbHealth {
  state: DbState;
  /** Why the state is not ok; the UI shows `health.problems.<problem>`. */
  problem: DbProblem | null;
  dbPath: string;
  backupDir: string;
  logPath: string;
  /** When the file was last checked (quick_check), UTC ms. */
  checkedAt: number | null;
  lastBackup: { name: string; at: number } | null;
  /** The last automatic or manual backup that failed, with the reason's i18n key. */
  lastBackupError: { key: string; at: number } | null;
  /** What the last restore brought back, until the app is restarted. */
  restored: RestoreOutcome | null;
}

export interface RestoreOutcome {
  name: string;
  takenAt: number;
  trips: number;
  people: number;
  schemaVersion: number;
  /** The backup of the file that was replaced, so a restore can itself be undone. */
  safetyBackup: string | null;
}

export interface LogTail {
  path: string;
  /** The last lines of the log (no personal data is ever written there). */
  text: string;
}

export const backupNameSchema = z.strictObject({
  name: z
    .string()
    .min(1, 'validation.required')
    .max(200, 'validation.tooLong')
    .regex(/^[A-Za-z0-9._-]+\.sqlite$/, 'backups.validation.name'),
});

export const purgeSchema = z.strictObject({
  /** Keep the newest backup (made just now) and delete every other. */
  keepNewest: z.boolean().default(true),
});
