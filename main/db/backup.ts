import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, parse, isValid } from 'date-fns';
import { backupsToDelete, DEFAULT_RETENTION, type BackupEntry, type RetentionPolicy } from './retention';

const STAMP = "yyyyMMdd'T'HHmmss";
const NAME_RE = /^(auto|pre-migration)-(\d{8}T\d{6})(?:-v\d+)?\.sqlite$/;

export function backupFileName(kind: 'auto' | 'pre-migration', at: Date, schemaVersion?: number): string {
  const v = schemaVersion === undefined ? '' : `-v${schemaVersion}`;
  return `${kind}-${format(at, STAMP)}${v}.sqlite`;
}

/**
 * Copies a live database with SQLite's online backup API (never fs.copyFile:
 * that can tear a WAL database). Written to a temporary name first, so a
 * crash never leaves a half backup under a real name.
 */
export async function backupTo(db: Db, dest: string): Promise<void> {
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = `${dest}.partial`;
  rmSync(tmp, { force: true });
  await db.backup(tmp);
  renameSync(tmp, dest);
}

export function listAutoBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const m = NAME_RE.exec(name);
    if (!m || m[1] !== 'auto' || m[2] === undefined) continue;
    const takenAt = parse(m[2], STAMP, new Date(0));
    if (isValid(takenAt)) out.push({ name, takenAt });
  }
  return out;
}

/** Takes one automatic backup and prunes old ones by the retention policy. */
export async function rotateBackup(
  db: Db,
  dir: string,
  now: Date = new Date(),
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<{ created: string; deleted: string[] }> {
  const created = join(dir, backupFileName('auto', now));
  await backupTo(db, created);
  const doomed = backupsToDelete(listAutoBackups(dir), now, policy);
  for (const b of doomed) rmSync(join(dir, b.name), { force: true });
  return { created, deleted: doomed.map((b) => b.name) };
}
