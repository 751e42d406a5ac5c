/**
 * The database file is safe: foreign files and foreign -wal files are refused
 * untouched, damage is caught at open and stops writes, backups are checked and
 * carry their database's name, a restore works from the app (with and without
 * a stale -wal), and disk-full / read-only give the user a real message.
 * Everything on real files; the disk-full and read-only-folder cases mount a
 * small tmpfs (root, as in CI) and are skipped loudly where that is not allowed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type App } from '../../main/app';
import { APPLICATION_ID } from '../../main/db/safety';
import { tempDir } from '../helpers/db';
import { damagePage, makeDb, peopleLeaf, sha } from '../helpers/files';
import type { BackupItem, DbHealth, RestoreOutcome } from '../../shared/backups/schemas';
import type { TripSummary } from '../../shared/trips/schemas';
import type { ApiError } from '../../shared/result';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanups.splice(0).reverse()) f();
});

function folder(): string {
  const t = tempDir('rombongan-safety-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function start(dbPath: string, extra: { backups?: boolean } = {}): Promise<App> {
  const app = await startApp({ dbPath, mode: 'test', log: () => undefined, ...extra });
  cleanups.push(() => app.close());
  return app;
}

async function call<T>(app: App, op: string, input: unknown = {}): Promise<T> {
  const r = await app.dispatch(op, input);
  if (!r.ok) throw Object.assign(new Error(`${op}: ${r.error.code} ${r.error.message}`), { api: r.error });
  return r.value as T;
}

async function fails(app: App, op: string, input: unknown = {}): Promise<ApiError> {
  const r = await app.dispatch(op, input);
  if (r.ok) throw new Error(`${op} succeeded but should have failed`);
  return r.error;
}

/** `name` in a fresh folder with these trips and `people` journalists. */
async function newDb(titles: string[], people: number, name = 'rombongan.sqlite'): Promise<{ dir: string; path: string }> {
  const dir = folder();
  const path = join(dir, name);
  await makeDb(path, titles, people);
  return { dir, path };
}

/** `rombongan.sqlite` in a fresh folder with these trips and `people` journalists, closed after the app took one backup of it. */
async function dbWithBackup(titles: string[], people: number): Promise<{ dir: string; path: string; backup: BackupItem }> {
  const { dir, path } = await newDb(titles, people);
  const app = await start(path);
  const backup = await call<BackupItem>(app, 'backups.create');
  app.close();
  return { dir, path, backup };
}

/** Opening `path` is refused for `problem` (`whileOpen` runs on the refused app), and the file is byte for byte what it was once the app is closed. */
async function refusedUntouched(path: string, problem: string, whileOpen?: (app: App) => Promise<void>): Promise<void> {
  const before = sha(path);
  const app = await start(path);
  expect(app.health()).toMatchObject({ state: 'refused', problem });
  await whileOpen?.(app);
  app.close();
  expect(sha(path)).toBe(before);
}

const trip = (title: string) => ({ title, startDate: '2025-04-24', endDate: '2025-04-25' });

async function tripTitles(app: App): Promise<string[]> {
  return (await call<TripSummary[]>(app, 'trips.list')).map((t) => t.title).sort();
}


describe('our own files only', () => {
  it('stamps a new file with Rombongan’s application id, and an older file of ours on its next open', async () => {
    const { path } = await newDb(['Studi A'], 0);
    const raw = new Database(path);
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    raw.pragma('application_id = 0'); // as every file before this version
    raw.close();
    const app = await start(path);
    expect(app.health().state).toBe('ok');
    expect(await tripTitles(app)).toEqual(['Studi A']);
    expect(app.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('refuses another program’s SQLite file, untouched, with no -wal made and no table added', async () => {
    const dir = folder();
    const path = join(dir, 'notes.sqlite');
    const other = new Database(path);
    other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('milik aplikasi lain');`);
    other.close();
    await refusedUntouched(path, 'foreignFile', async (app) => {
      const e = await fails(app, 'trips.list');
      expect(e.code).toBe('DB_UNAVAILABLE');
      expect(e.key).toBe('health.problems.foreignFile');
    });
    expect(readdirSync(dir).filter((n) => n !== 'logs')).toEqual(['notes.sqlite']);
  });

  it('refuses a file with another application id, and one of ours holding foreign tables', async () => {
    const dir = folder();
    const a = join(dir, 'a.sqlite');
    const other = new Database(a);
    other.exec('CREATE TABLE t (x); PRAGMA application_id = 1234; PRAGMA user_version = 3;');
    other.close();
    await refusedUntouched(a, 'foreignFile');

    const b = join(dir, 'b.sqlite');
    await makeDb(b, ['Studi B'], 0);
    const raw = new Database(b);
    raw.exec('CREATE TABLE other_app_data (x)');
    raw.close();
    await refusedUntouched(b, 'foreignTables');
  });

  it('refuses a file that is not SQLite at all, and one of our backups opened in place', async () => {
    const dir = folder();
    const junk = join(dir, 'laporan.sqlite');
    writeFileSync(junk, 'PK\u0003\u0004 this is a Word file renamed');
    await refusedUntouched(junk, 'notDatabase');

    const ours = await dbWithBackup(['Studi'], 0);
    await refusedUntouched(join(ours.dir, 'backups', ours.backup.name), 'isBackup');
  });

  it('refuses a -wal of another database beside ours: nothing applied, nothing migrated, the restore sets it aside', async () => {
    const { dir, path } = await dbWithBackup(['Studi Komparasi Malang'], 300);
    // Another, newer database's -wal: written and never checkpointed (its app crashed).
    const strangerPath = join(folder(), 'other.sqlite');
    const stranger = new Database(strangerPath);
    stranger.pragma('journal_mode = WAL');
    stranger.pragma('wal_autocheckpoint = 0');
    stranger.exec(`CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('${'y'.repeat(5000)}');`);
    copyFileSync(`${strangerPath}-wal`, `${path}-wal`);
    stranger.close();
    const mainBefore = sha(path);
    const walBefore = sha(`${path}-wal`);

    const app = await start(path);
    expect(app.health()).toMatchObject({ state: 'refused', problem: 'foreignWal' });
    expect(sha(path)).toBe(mainBefore);
    expect(sha(`${path}-wal`)).toBe(walBefore);
    expect((await fails(app, 'people.search', {})).code).toBe('DB_UNAVAILABLE');

    const [good] = await call<BackupItem[]>(app, 'backups.list');
    expect(good).toMatchObject({ ok: true, trips: 1, people: 300 });
    const out = await call<RestoreOutcome>(app, 'backups.restore', { name: good?.name });
    expect(out).toMatchObject({ trips: 1, people: 300 });
    expect(app.health().state).toBe('ok');
    expect(await tripTitles(app)).toEqual(['Studi Komparasi Malang']);
    // The stranger's -wal was set aside under another name, not deleted and not applied.
    expect(readdirSync(dir).some((n) => n.startsWith('rombongan.sqlite-wal.set-aside-'))).toBe(true);
  });

  it('accepts the file’s own -wal after a crash (the last writes are there)', async () => {
    const { path } = await newDb(['Sebelum'], 0);
    const live = new Database(path);
    live.pragma('wal_autocheckpoint = 0');
    const app0 = await start(path);
    await call(app0, 'trips.create', trip('Sesudah, belum di-checkpoint'));
    // A crash: copy the file and its -wal as they are on disk while the app runs.
    const crashed = join(folder(), 'rombongan.sqlite');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    live.close();
    const app = await start(crashed);
    expect(app.health().state).toBe('ok');
    expect(await tripTitles(app)).toEqual(['Sebelum', 'Sesudah, belum di-checkpoint']);
  });

  it('refuses the by-hand restore (a backup copied over the file with a crash’s -wal still beside it)', async () => {
    const { dir, path } = await newDb(['Lama'], 20);
    const app0 = await start(path);
    const item = await call<BackupItem>(app0, 'backups.create');
    const live = new Database(path);
    live.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 30; i++) await call(app0, 'people.create', { kind: 'journalist', name: `Baru ${i}`, employment: 'non_asn' });
    const crashDir = folder();
    const crashed = join(crashDir, 'rombongan.sqlite');
    copyFileSync(`${path}-wal`, `${crashed}-wal`); // the crash's -wal …
    copyFileSync(join(dir, 'backups', item.name), crashed); // … and the backup copied over the file by hand
    live.close();
    await refusedUntouched(crashed, 'foreignWal');
  });

  it('asks before starting anew when the file is gone or empty but its backups exist', async () => {
    const { dir, path } = await dbWithBackup(['Ada cadangannya'], 0);
    writeFileSync(path, ''); // emptied (a sync client, a bad copy)
    const app = await start(path);
    expect(app.health()).toMatchObject({ state: 'refused', problem: 'missingWithBackups' });
    expect(statSync(path).size).toBe(0);
    const [b] = await call<BackupItem[]>(app, 'backups.list');
    expect(b).toMatchObject({ ok: true, trips: 1 });
    const h = await call<DbHealth>(app, 'health.startNew');
    expect(h.state).toBe('ok');
    expect(await tripTitles(app)).toEqual([]);
    // Without backups of that name, a missing file is simply a new database.
    const fresh = await start(join(dir, 'lain.sqlite'));
    expect(fresh.health().state).toBe('ok');
  });
});



describe('damage caught early', () => {
  it('opens a damaged file read-only, refuses writes, never copies it into a backup, and offers the good backups', async () => {
    const { path } = await newDb(['Studi 1', 'Studi 2'], 400);
    const app0 = await start(path, { backups: true });
    const [good] = await call<BackupItem[]>(app0, 'backups.list');
    expect(good).toMatchObject({ kind: 'auto', ok: true, trips: 2, people: 400 });
    app0.close();
    damagePage(path, peopleLeaf(path));
    const damaged = sha(path);

    for (let start_ = 0; start_ < 3; start_++) {
      const app = await start(path, { backups: true });
      expect(app.health()).toMatchObject({ state: 'damaged', problem: 'damaged' });
      const e = await fails(app, 'trips.create', trip('Tidak boleh tersimpan'));
      expect(e.code).toBe('DB_DAMAGED');
      expect(e.key).toBe('errors.DB_DAMAGED');
      expect((await fails(app, 'backups.create')).key).toMatch(/^(health\.problems|health\.backupErrors)\./);
      app.close();
      expect(sha(path)).toBe(damaged);
    }
    const app = await start(path);
    const list = await call<BackupItem[]>(app, 'backups.list');
    expect(list).toHaveLength(1); // no damaged copy joined the automatic backups
    expect(list[0]).toMatchObject({ name: good?.name, ok: true });

    const out = await call<RestoreOutcome>(app, 'backups.restore', { name: good?.name });
    expect(out).toMatchObject({ trips: 2, people: 400 });
    expect(app.health().state).toBe('ok');
    // The damaged file was kept aside as evidence, and is listed as not good.
    const after = await call<BackupItem[]>(app, 'backups.list');
    expect(after.find((b) => b.kind === 'pre-restore')).toMatchObject({ ok: false });
    await call(app, 'trips.create', trip('Tersimpan lagi'));
    expect(await tripTitles(app)).toEqual(['Studi 1', 'Studi 2', 'Tersimpan lagi']);
  });
});

describe('restore from the app', () => {
  it('round-trips: backup, change, restore, and the restore can itself be undone', async () => {
    const { dir, path } = await newDb(['Sebelum cadangan'], 10, 'kominfo.sqlite');
    const app = await start(path);
    const item = await call<BackupItem>(app, 'backups.create');
    expect(item.name).toMatch(/^kominfo-manual-\d{8}T\d{6}-v\d+\.sqlite$/);
    await call(app, 'trips.create', trip('Sesudah cadangan'));
    const out = await call<RestoreOutcome>(app, 'backups.restore', { name: item.name });
    expect(out).toMatchObject({ name: item.name, trips: 1, people: 10 });
    expect(await tripTitles(app)).toEqual(['Sebelum cadangan']);
    expect(app.health().restored).toMatchObject({ name: item.name });
    expect(out.safetyBackup).toMatch(/^kominfo-pre-restore-/);
    expect(existsSync(join(dir, 'rombongan.sqlite-wal'))).toBe(false);
    // Undo the restore from its safety backup.
    await call(app, 'backups.restore', { name: out.safetyBackup });
    expect(await tripTitles(app)).toEqual(['Sebelum cadangan', 'Sesudah cadangan']);
    // Still a sound, writable file in WAL mode with our id.
    expect(app.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(app.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('refuses a name it did not list, a damaged backup, and never replaces a file that is not ours', async () => {
    const { dir, path } = await newDb(['X'], 200);
    const app = await start(path);
    expect((await fails(app, 'backups.restore', { name: '../rombongan.sqlite' })).field).toBe('name');
    expect((await fails(app, 'backups.restore', { name: 'rombongan-auto-20200101T000000.sqlite' })).code).toBe('NOT_FOUND');
    const item = await call<BackupItem>(app, 'backups.create');
    damagePage(join(dir, 'backups', item.name), 3);
    const e = await fails(app, 'backups.restore', { name: item.name });
    expect(e).toMatchObject({ code: 'VALIDATION', key: 'backups.errors.notGood' });
    expect(await tripTitles(app)).toEqual(['X']);
  });

  it('removes half-written backups a crash left, and names backups after their database', async () => {
    const dir = folder();
    const path = join(dir, 'protokol.sqlite');
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'protokol-auto-20261201T000000.sqlite.partial'), 'half');
    const app = await start(path, { backups: true });
    const names = readdirSync(join(dir, 'backups'));
    expect(names.some((n) => n.endsWith('.partial'))).toBe(false);
    expect(names.filter((n) => /^protokol-auto-\d{8}T\d{6}\.sqlite$/.test(n))).toHaveLength(1);
    expect(app.health().lastBackup?.name).toMatch(/^protokol-auto-/);
  });

  it('purges older backups on request, keeping one made just now', async () => {
    const { path } = await newDb(['A'], 0);
    const app = await start(path);
    await call(app, 'backups.create');
    await call(app, 'backups.create');
    const { deleted } = await call<{ deleted: number }>(app, 'backups.purge', {});
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await call<BackupItem[]>(app, 'backups.list');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ ok: true, trips: 1 });
  });
});

describe('files for this user only, and a real log', () => {
  it.runIf(process.platform !== 'win32')('creates the database, its backups and the log 0600 in folders 0700', async () => {
    const dir = folder();
    const path = join(dir, 'data', 'rombongan.sqlite');
    const app = await start(path, { backups: true });
    await call(app, 'trips.create', trip('A'));
    app.log.info('a line');
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    expect(mode(join(dir, 'data'))).toBe(0o700);
    expect(mode(join(dir, 'data', 'backups'))).toBe(0o700);
    const [b] = readdirSync(join(dir, 'data', 'backups'));
    expect(mode(join(dir, 'data', 'backups', b as string))).toBe(0o600);
    expect(mode(app.health().logPath)).toBe(0o600);
    expect(mode(join(dir, 'data', 'logs'))).toBe(0o700);
  });

  it('writes failures to the log without personal data, and the user never sees a stack trace', async () => {
    const dir = folder();
    const path = join(dir, 'rombongan.sqlite');
    const app = await start(path);
    app.log.error('import failed', new Error('bad row: 197808172003121002 budi@example.go.id +62 812-3456-7890'));
    const tail = await call<{ path: string; text: string }>(app, 'log.tail');
    expect(tail.path).toBe(join(dir, 'logs', 'rombongan.log'));
    expect(tail.text).toContain('import failed');
    expect(tail.text).not.toContain('197808172003121002');
    expect(tail.text).not.toContain('budi@example.go.id');
    expect(tail.text).not.toContain('3456');
    expect(tail.text).toContain('Opened the database');
  });

  it('records a failed automatic backup where the app shows it', async () => {
    const dir = folder();
    const path = join(dir, 'rombongan.sqlite');
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be');
    const app = await start(path, { backups: true });
    expect(app.health().state).toBe('ok');
    expect(app.health().lastBackupError?.key).toMatch(/^health\.backupErrors\./);
    expect(app.log.tail()).toContain('Backup failed');
  });
});

/** A tiny tmpfs for disk-full and read-only cases; null (and a loud warning) where mounting is not allowed. */
function mountTmpfs(sizeKb: number): string | null {
  const dir = folder();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    if (process.env.CI === 'true') throw new Error('CI runs as root and must be able to mount a tmpfs for the disk-full test');
    console.warn('\n!!! DISK-FULL AND READ-ONLY-FOLDER TESTS SKIPPED: cannot mount a tmpfs here (needs root) !!!\n');
    return null;
  }
  cleanups.push(() => {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    } catch {
      // already gone
    }
  });
  return dir;
}

describe('disk full and read-only', () => {
  it('says the disk is full, loses nothing already saved, and works again once space is freed', async () => {
    const dir = mountTmpfs(1536);
    if (!dir) return;
    const path = join(dir, 'rombongan.sqlite');
    const app = await start(path);
    await call(app, 'trips.create', trip('Tersimpan'));
    const filler = join(dir, 'filler.bin');
    let error: ApiError | null = null;
    // Fill the disk, then write until SQLite cannot.
    try {
      writeFileSync(filler, Buffer.alloc(1536 * 1024));
    } catch {
      // partly written: the disk is as full as it gets
    }
    for (let i = 0; i < 200 && !error; i++) {
      const r = await app.dispatch('people.create', { kind: 'journalist', name: `Orang ${i}`, employment: 'non_asn', notes: 'z'.repeat(1900) });
      if (!r.ok) error = r.error;
    }
    expect(error).toMatchObject({ code: 'DISK_FULL', key: 'errors.DISK_FULL' });
    execFileSync('rm', ['-f', filler]);
    await call(app, 'trips.create', trip('Sesudah ruang dibebaskan'));
    app.close();
    const again = await start(path);
    expect(again.health().state).toBe('ok');
    expect(await tripTitles(again)).toEqual(['Sesudah ruang dibebaskan', 'Tersimpan']);
  });

  it('opens a database in a read-only folder for reading and says why nothing can be saved', async () => {
    const dir = mountTmpfs(4096);
    if (!dir) return;
    const path = join(dir, 'rombongan.sqlite');
    await makeDb(path, ['Hanya dibaca'], 5);
    const maker = await start(path);
    const kept = await call<BackupItem>(maker, 'backups.create', {});
    maker.close();
    const before = sha(path);
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
    const app = await start(path);
    expect(app.health()).toMatchObject({ state: 'readOnly', problem: 'readOnly' });
    expect(await tripTitles(app)).toEqual(['Hanya dibaca']);
    const e = await fails(app, 'trips.create', trip('Tidak bisa'));
    expect(e).toMatchObject({ code: 'READ_ONLY', key: 'errors.READ_ONLY' });
    // A restore cannot write here either: it says so, in its own words, and changes nothing.
    const r = await fails(app, 'backups.restore', { name: kept.name });
    expect(r).toMatchObject({ code: 'READ_ONLY', key: 'backups.errors.readOnly' });
    expect(await tripTitles(app)).toEqual(['Hanya dibaca']);
    app.close();
    expect(sha(path)).toBe(before);
  });
});
