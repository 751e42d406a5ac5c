import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/open';
import { LATEST_VERSION, migrations, type Migration } from '../../main/db/migrations';
import { DatabaseTooNewError } from '../../main/db/errors';
import { listAutoBackups, rotateBackup } from '../../main/db/backup';
import { createStore } from '../../main/db/store';
import { createTrip, listTrips } from '../../main/trips/service';
import { tempDir } from '../helpers/db';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('opening the database', () => {
  it('creates a new file with WAL, full sync, foreign keys and the latest schema', async () => {
    const path = join(dir(), 'sub', 'folder', 'r.sqlite');
    const { db, version, preMigrationBackup } = await openDatabase(path);
    expect(version).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(preMigrationBackup).toBeNull(); // nothing to protect in a new file
    const clock = db.prepare('SELECT device_id FROM sync_clock').get() as { device_id: string };
    expect(clock.device_id).toMatch(/^[0-9A-F]{16}$/);
    db.close();
  });

  it('keeps the same device id across reopenings', async () => {
    const path = join(dir(), 'r.sqlite');
    const a = await openDatabase(path);
    const id1 = (a.db.prepare('SELECT device_id FROM sync_clock').get() as { device_id: string }).device_id;
    a.db.close();
    const b = await openDatabase(path);
    const id2 = (b.db.prepare('SELECT device_id FROM sync_clock').get() as { device_id: string }).device_id;
    b.db.close();
    expect(id2).toBe(id1);
  });

  it('refuses a file from a newer version and leaves it byte-for-byte untouched', async () => {
    const path = join(dir(), 'future.sqlite');
    const raw = new Database(path);
    raw.exec(`CREATE TABLE x (a TEXT); INSERT INTO x VALUES ('data'); PRAGMA user_version = ${LATEST_VERSION + 5};`);
    raw.close();
    const before = sha(path);
    const files = readdirSync(join(path, '..')).sort();
    const err = await openDatabase(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseTooNewError);
    expect((err as DatabaseTooNewError).code).toBe('DB_TOO_NEW');
    expect((err as Error).message).toContain('newer version');
    expect(sha(path)).toBe(before);
    expect(readdirSync(join(path, '..')).sort()).toEqual(files); // no -wal, no backup
  });

  it('backs up with the backup API before pending migrations, then migrates in one transaction', async () => {
    const folder = dir();
    const path = join(folder, 'r.sqlite');
    const v1 = migrations.filter((m) => m.version === 1);
    const first = await openDatabase(path, { migrations: v1 });
    first.db
      .prepare(`INSERT INTO trips (id, title, start_date, end_date) VALUES ('0190b0a0-0000-7000-8000-000000000001', 'Sebelum migrasi', '2025-04-24', '2025-04-25')`)
      .run();
    first.db.close();

    const v2: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test: add a column',
      up: (db) => db.exec(`ALTER TABLE trips ADD COLUMN note TEXT NOT NULL DEFAULT ''`),
    };
    const second = await openDatabase(path, { migrations: [...migrations, v2], now: () => new Date(2026, 0, 2, 3, 4, 5) });
    expect(second.migratedFrom).toBe(1);
    expect(second.version).toBe(LATEST_VERSION + 1);
    expect(second.preMigrationBackup).not.toBeNull();
    const backupPath = second.preMigrationBackup as string;
    expect(backupPath).toContain('pre-migration-20260102T030405-v1');
    second.db.close();

    const backup = new Database(backupPath, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((backup.prepare('SELECT title FROM trips').get() as { title: string }).title).toBe('Sebelum migrasi');
    backup.close();
  });

  it('rolls back every pending migration when one fails', async () => {
    const path = join(dir(), 'r.sqlite');
    (await openDatabase(path)).db.close();
    const good: Migration = { version: LATEST_VERSION + 1, name: 'good', up: (db) => db.exec('CREATE TABLE good_one (id TEXT)') };
    const bad: Migration = { version: LATEST_VERSION + 2, name: 'bad', up: (db) => db.exec('CREATE TABLE broken (') };
    await expect(openDatabase(path, { migrations: [...migrations, good, bad] })).rejects.toThrow();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'good_one'`).get()).toBeUndefined();
    db.close();
  });
});

describe('automatic backups', () => {
  it('writes a consistent copy and prunes by the retention policy', async () => {
    const folder = dir();
    const dbPath = join(folder, 'r.sqlite');
    const { db } = await openDatabase(dbPath);
    const store = createStore(db);
    createTrip(store, { title: 'A', startDate: '2025-01-01', endDate: '2025-01-01' });
    const backups = join(folder, 'backups');
    mkdirSync(backups);
    // Ten old backups, one a day, then a new one: the policy keeps a bounded set.
    for (let i = 10; i >= 1; i--) {
      writeFileSync(join(backups, `r-auto-202611${String(23 - i).padStart(2, '0')}T120000.sqlite`), '', { flag: 'w' });
    }
    const { created, deleted } = await rotateBackup(db, dbPath, new Date(2026, 10, 23, 12, 0, 0), {
      keepLast: 3,
      daily: 5,
      weekly: 0,
      monthly: 0,
    });
    expect(existsSync(created)).toBe(true);
    expect(deleted.length).toBeGreaterThan(0);
    expect(created).toContain('r-auto-20261123T120000');
    expect(listAutoBackups(dbPath).length).toBe(11 - deleted.length);
    const copy = new Database(created, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file, no -wal
    expect(copy.prepare('SELECT count(*) AS n FROM trips').get()).toEqual({ n: 1 });
    copy.close();
    expect(listTrips(store)).toHaveLength(1);
    db.close();
  });
});
