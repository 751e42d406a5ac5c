import { emptySchema } from '../trips/schemas';
import {
  backupNameSchema,
  purgeSchema,
  type BackupItem,
  type DbHealth,
  type LogTail,
  type RestoreOutcome,
} from './schemas';
import type { SaveOutcome } from '../documents/schemas';
import { op } from '../op';

/**
 * The file's health, its backups and the log. These work in every state of
 * the database, even when the file was refused (so a restore is always reachable).
 */
export const backupsOps = {
  'health.get': op<typeof emptySchema, DbHealth>(emptySchema),
  'backups.list': op<typeof emptySchema, BackupItem[]>(emptySchema),
  /** "Cadangkan sekarang": a checked backup with the backup API. */
  'backups.create': op<typeof emptySchema, BackupItem>(emptySchema),
  /** "Simpan cadangan ke…": a fresh checked copy written where the user chooses (desktop only). */
  'backups.saveTo': op<typeof emptySchema, SaveOutcome>(emptySchema),
  /** Checks the backup, backs up the current file, swaps the backup in and reopens. */
  'backups.restore': op<typeof backupNameSchema, RestoreOutcome>(backupNameSchema),
  /** After an erasure: delete the older backups that still hold erased data. */
  'backups.purge': op<typeof purgeSchema, { deleted: number }>(purgeSchema),
  /** A missing or empty file whose backups exist: the user chose to start a new database. */
  'health.startNew': op<typeof emptySchema, DbHealth>(emptySchema),
  'log.tail': op<typeof emptySchema, LogTail>(emptySchema),
  /** "Buka log": shows the log file in the file manager (desktop only). */
  'log.show': op<typeof emptySchema, { shown: boolean }>(emptySchema),
};

/** Operations the app answers when the database is refused or damaged (besides app.info). */
export const SYSTEM_OPERATIONS = Object.keys(backupsOps) as Array<keyof typeof backupsOps>;
