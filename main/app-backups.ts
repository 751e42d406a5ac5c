import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'date-fns';
import { backupErrorKey, backupFileName, backupTo, databaseStem, describeBackup, listBackupFiles, rotateBackup } from './db/backup';
import { readHeader } from './db/safety';
import { LATEST_VERSION } from './db/migrations';
import type { Handlers } from './dispatcher';
import type { Desktop } from './documents';
import type { Logger } from './log';
import type { AppInfo } from '../shared/contract';
import type { SYSTEM_OPERATIONS } from '../shared/backups/ops';
import type { BackupItem, DbHealth, RestoreOutcome } from '../shared/backups/schemas';
import { AppError } from '../shared/result';
import { fsyncDir, fsyncFile, userFacing, writable } from './app-errors';
import type { AppLog, Core, OpenFile } from './app-file';

/** The operations that answer in every state of the file: its health, its backups and the log. */
export type SystemHandlers = Pick<Handlers, (typeof SYSTEM_OPERATIONS)[number] | 'app.info'>;

export interface BackupsContext {
  file: OpenFile;
  dbPath: string;
  backupDir: string;
  now: () => Date;
  log: AppLog;
  logger: Logger;
  info: Omit<AppInfo, 'schemaVersion'>;
  desktop?: Desktop;
  /** Tells open windows that these tables changed (a backup's outcome: ['backups']). */
  announce: (tables: string[]) => void;
}

export interface Backups {
  health: () => DbHealth;
  /** One automatic backup, rotated by the retention rules (the timer's, and the one at start). */
  backupNow: () => Promise<void>;
  system: SystemHandlers;
}

const schemaOf = (c: Core): number => c.db.pragma('user_version', { simple: true }) as number;

/** The file's backups (automatic, manual, before a restore), the restore itself and the operations of every state. */
export function backupsOf({ file, dbPath, backupDir, now, log, logger, info, desktop, announce }: BackupsContext): Backups {
  const memory = dbPath === ':memory:';
  let lastBackup: DbHealth['lastBackup'] = null;
  let lastBackupError: DbHealth['lastBackupError'] = null;
  let restored: RestoreOutcome | null = null;

  const backupItems = (): BackupItem[] => listBackupFiles(dbPath, backupDir).map((b) => describeBackup(backupDir, b));

  const recordBackupError = (e: unknown) => {
    lastBackupError = { key: backupErrorKey(e), at: now().getTime() };
    log('Backup failed', e);
    if (e instanceof AppError && e.code === 'DB_DAMAGED') file.markDamaged();
  };
  /** A failed backup as the user is told it. */
  const backupFailure = (e: unknown): AppError =>
    (e instanceof AppError ? e : userFacing(e, file.state)) ?? new AppError('INTERNAL', 'The backup could not be written', { key: backupErrorKey(e) });

  const backupNow = async (): Promise<void> => {
    const core = file.core;
    if (memory || !core || file.state !== 'ok') return;
    try {
      const r = await rotateBackup(core.db, dbPath, now(), undefined, backupDir);
      file.checkedAt = now().getTime();
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
    state: file.state,
    problem: file.problem,
    dbPath,
    backupDir,
    logPath: logger.path,
    checkedAt: file.checkedAt,
    lastBackup,
    lastBackupError,
    restored,
  });

  const manualBackup = async (kind: 'manual' | 'pre-restore' | 'pre-erase'): Promise<BackupItem> => {
    const c = file.need();
    const name = backupFileName(dbPath, kind, now(), schemaOf(c), backupDir);
    try {
      await backupTo(c.db, join(backupDir, name));
    } catch (e) {
      recordBackupError(e);
      throw backupFailure(e);
    }
    lastBackup = { name, at: now().getTime() };
    lastBackupError = null;
    const entry = listBackupFiles(dbPath, backupDir).find((b) => b.name === name);
    if (!entry) throw new AppError('INTERNAL', 'The backup vanished after it was written', { key: 'health.backupErrors.failed' });
    return describeBackup(backupDir, entry);
  };

  /** The backup named, checked and fit to replace the open file (else the refusal the user is shown). */
  const restorable = (name: string) => {
    const entry = listBackupFiles(dbPath, backupDir).find((b) => b.name === name);
    if (!entry) throw new AppError('NOT_FOUND', `No backup named ${name}`, { field: 'name', key: 'backups.errors.notFound' });
    const item = describeBackup(backupDir, entry);
    if (!item.ok || item.schemaVersion === null) {
      throw new AppError('VALIDATION', `The backup ${name} failed its check; it was not restored`, { field: 'name', key: 'backups.errors.notGood' });
    }
    if (item.schemaVersion > LATEST_VERSION) {
      throw new AppError('DB_TOO_NEW', `The backup ${name} was written by a newer Rombongan`, { field: 'name', key: 'errors.DB_TOO_NEW' });
    }
    const { state, problem } = file;
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
    return item;
  };

  /** Swaps the backup in for the closed file by rename, the current file kept aside unless already backed up. */
  const swapIn = (name: string, stamp: Date, safetyBackup: string | null): string | null => {
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
      fsyncFile(staged);
      rmSync(wal, { force: true });
      rmSync(`${dbPath}-shm`, { force: true });
      renameSync(staged, dbPath);
      fsyncDir(dirname(dbPath));
      return safetyBackup;
    } catch (e) {
      rmSync(staged, { force: true });
      throw e;
    }
  };

  const restore = async (name: string): Promise<RestoreOutcome> => {
    const item = restorable(name);
    const stamp = now();
    let safetyBackup: string | null = null;
    if (file.core && file.state === 'ok') {
      safetyBackup = (await manualBackup('pre-restore')).name;
    }
    file.close();
    try {
      safetyBackup = swapIn(name, stamp, safetyBackup);
    } catch (e) {
      log('Restore failed before the file was swapped', e);
      await file.open();
      throw userFacing(e, file.state) ?? new AppError('INTERNAL', 'The restore failed; the database was left as it was', { key: 'backups.errors.failed' });
    }
    await file.open();
    const c = file.core;
    if (!c) {
      log(`The restored file could not be opened (${file.problem ?? '?'})`);
      throw new AppError('DB_UNAVAILABLE', 'The restored file could not be opened', { key: `health.problems.${file.problem ?? 'cannotOpen'}` });
    }
    const count = (table: string) => (c.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
    restored = { name, takenAt: item.takenAt, trips: count('trips'), people: count('people'), schemaVersion: schemaOf(c), safetyBackup };
    log(`Restored the backup ${name} (schema ${item.schemaVersion})`);
    return restored;
  };

  const system: SystemHandlers = {
    'app.info': () => ({ ...info, schemaVersion: file.core ? schemaOf(file.core) : 0 }),
    'health.get': () => health(),
    'backups.list': () => backupItems(),
    'backups.create': () => manualBackup('manual'),
    'backups.saveTo': async () => {
      const c = file.need();
      if (!desktop) {
        throw new AppError('UNSUPPORTED', 'Saving a backup elsewhere needs the desktop app', { key: 'backups.errors.desktopOnly' });
      }
      const chosen = await desktop.chooseSaveFile(`${databaseStem(dbPath)}-cadangan-${format(now(), 'yyyy-MM-dd')}.sqlite`);
      if (chosen === null) return { saved: false };
      const target = chosen.toLowerCase().endsWith('.sqlite') ? chosen : `${chosen}.sqlite`;
      try {
        await backupTo(c.db, target);
      } catch (e) {
        recordBackupError(e);
        throw backupFailure(e);
      }
      return { saved: true, paths: [target], folder: dirname(target) };
    },
    'backups.restore': ({ name }) => restore(name),
    'backups.purge': async () => {
      if (!file.core || file.state !== 'ok') {
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
      if (file.problem !== 'missingWithBackups') {
        throw new AppError('CONFLICT', 'Only a missing database file can be started anew', { key: 'backups.errors.notMissing' });
      }
      await file.open(true);
      return health();
    },
    'log.tail': () => ({ path: logger.path, text: logger.tail() }),
    'log.show': () => {
      if (!desktop) throw new AppError('UNSUPPORTED', 'Showing the log in a folder needs the desktop app', { key: 'backups.errors.desktopOnly' });
      desktop.showItemInFolder(logger.path);
      return { shown: true };
    },
  };

  return { health, backupNow, system };
}
