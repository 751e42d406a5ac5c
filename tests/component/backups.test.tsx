/**
 * Pengaturan → Cadangan, the refused screen and the health banners, rendered
 * over the real main handlers on real database files in a temp folder (a
 * backup needs a file): backing up, restoring behind a confirmation, a foreign
 * file refused with no restore offered, a damaged file with writes stopped,
 * a failed backup, the log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startApp, type App as MainApp } from '../../main/app';
import type { Desktop } from '../../main/documents/export';
import { createClient } from '../../shared/client';
import { DB_PROBLEMS } from '../../shared/backups/schemas';
import { setClientForTests } from '../../renderer/src/api/bridge';
import { i18n, LANG_STORAGE_KEY } from '../../renderer/src/i18n';
import backupsId from '../../renderer/src/backups/i18n-backups.id';
import backupsEn from '../../renderer/src/backups/i18n-backups.en';
import { App } from '../../renderer/src/App';
import { tempDir } from '../helpers/db';
import { damagePage, makeDb, peopleLeaf, sha } from '../helpers/files';
import { call } from '../helpers/dispatch';

const cleanups: Array<() => void> = [];
afterEach(() => {
  setClientForTests(undefined);
  for (const f of cleanups.splice(0).reverse()) f();
  window.history.replaceState(null, '', '/');
});

function folder(): string {
  const t = tempDir('rombongan-backups-ui-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const quiet = () => undefined;

/** Main over `dbPath`, and the renderer talking to it. */
async function start(dbPath: string, extra: { backups?: boolean; desktop?: Desktop } = {}): Promise<MainApp> {
  const app = await startApp({ dbPath, mode: extra.desktop ? 'electron' : 'test', log: quiet, ...extra });
  cleanups.push(() => app.close());
  setClientForTests(createClient({ invoke: (op, input) => app.dispatch(op, input), subscribe: (l) => app.onChanges(l) }));
  window.localStorage.removeItem(LANG_STORAGE_KEY);
  await i18n.changeLanguage('id');
  return app;
}

const titles = async (app: MainApp) => (await call(app, 'trips.list', {})).map((t) => t.title).sort();




function renderAt(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App />);
}

const backupsPanel = () => screen.findByRole('region', { name: 'Cadangan' });

function bodyRows(panel: HTMLElement): HTMLTableRowElement[] {
  const table = within(panel).queryByRole('table');
  if (!table) return [];
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement).queryAllByRole<HTMLTableRowElement>('row');
}

const ID_DATE_TIME = /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}, \d{2}\.\d{2}/;

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('backups texts', () => {
  it('has the same keys in Indonesian and English, and a text for every key main answers with', () => {
    expect(keys(backupsEn).sort()).toEqual(keys(backupsId).sort());
    const mainKeys = [
      ...DB_PROBLEMS.map((p) => `health.problems.${p}`),
      ...['diskFull', 'noPermission', 'damaged', 'failed'].map((k) => `health.backupErrors.${k}`),
      ...['notFound', 'notGood', 'notOurs', 'failed', 'desktopOnly', 'notMissing', 'keepWhileUnsound'].map((k) => `backups.errors.${k}`),
      'backups.validation.name',
      ...['DB_UNAVAILABLE', 'DB_DAMAGED', 'DISK_FULL', 'READ_ONLY', 'IO', 'DB_TOO_NEW'].map((k) => `errors.${k}`),
    ];
    for (const lng of ['id', 'en']) {
      for (const key of mainKeys) expect(i18n.exists(key, { lng }), `${lng} ${key}`).toBe(true);
    }
    // Each problem has its own words, in both languages.
    for (const lng of ['id', 'en']) {
      const texts = DB_PROBLEMS.map((p) => i18n.t(`health.problems.${p}`, { lng }));
      expect(new Set(texts).size).toBe(DB_PROBLEMS.length);
    }
  });
});

describe('Pengaturan → Cadangan', () => {
  it('backs up, restores the backup behind a confirmation, brings back the earlier data, and keeps the replaced file', async () => {
    const path = join(folder(), 'rombongan.sqlite');
    await makeDb(path, ['Studi Komparasi ke Kota Malang']);
    const app = await start(path);
    const user = userEvent.setup();
    renderAt('#/settings');
    const panel = await backupsPanel();
    const p = within(panel);
    expect(await p.findByText(/Belum ada cadangan/)).toBeTruthy();
    expect(p.getByText(join(dirname(path), 'backups'))).toBeTruthy();
    // The test's main is not the desktop app: no "Simpan cadangan ke…".
    expect(p.queryByRole('button', { name: 'Simpan cadangan ke…' })).toBeNull();

    await user.click(p.getByRole('button', { name: 'Cadangkan sekarang' }));
    expect((await p.findByRole('status')).textContent).toBe('Cadangan dibuat dan diperiksa.');
    await waitFor(() => expect(bodyRows(panel)).toHaveLength(1));
    const [row] = bodyRows(panel);
    const cells = within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(within(row as HTMLElement).getByRole('rowheader').textContent).toMatch(ID_DATE_TIME);
    expect(cells.slice(0, 4)).toEqual(['Dibuat pengguna', '1 perjalanan, 0 orang', expect.stringMatching(/^\d+ KB$/), 'baik']);
    // The last backup time follows.
    expect(within(p.getByText('Cadangan terakhir').parentElement as HTMLElement).getByText(ID_DATE_TIME)).toBeTruthy();

    // After the backup: one trip deleted, another made.
    const [trip] = await call(app, 'trips.list', {});
    await call(app, 'trips.delete', { id: trip!.id });
    await call(app, 'trips.create', { title: 'Dibuat sesudah cadangan', startDate: '2025-05-01', endDate: '2025-05-02' });

    // Cancelling changes nothing.
    const restoreButton = p.getByRole('button', { name: /^Pulihkan cadangan \d/ });
    await user.click(restoreButton);
    let dlg = await screen.findByRole('dialog', { name: 'Pulihkan cadangan?' });
    await user.click(within(dlg).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await titles(app)).toEqual(['Dibuat sesudah cadangan']);

    await user.click(restoreButton);
    dlg = await screen.findByRole('dialog', { name: 'Pulihkan cadangan?' });
    expect(dlg.textContent).toMatch(/dibuka kembali dengan data dari cadangan .*: 1 perjalanan dan 0 orang\./);
    expect(dlg.textContent).toContain('Data yang sekarang dicadangkan lebih dulu (jenis “Sebelum pemulihan”)');
    await user.click(within(dlg).getByRole('button', { name: 'Pulihkan' }));

    // The app reopens on the restored file and says what came back.
    const notice = await screen.findByText(/telah dipulihkan: 1 perjalanan dan 0 orang\./);
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await titles(app)).toEqual(['Studi Komparasi ke Kota Malang']);
    const after = await backupsPanel();
    await waitFor(() => expect(bodyRows(after)).toHaveLength(2));
    expect(bodyRows(after).map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toContain('Sebelum pemulihan');

    // And every screen shows the restored data.
    await user.click(screen.getByRole('link', { name: 'Perjalanan' }));
    expect(await screen.findByRole('link', { name: 'Studi Komparasi ke Kota Malang' })).toBeTruthy();
    expect(screen.queryByText('Dibuat sesudah cadangan')).toBeNull();
  });

  it('deletes old backups behind a confirmation that says why, keeping one made just now', async () => {
    const path = join(folder(), 'rombongan.sqlite');
    await makeDb(path, ['A']);
    const app = await start(path);
    await call(app, 'backups.create', {});
    await call(app, 'backups.create', {});
    const user = userEvent.setup();
    renderAt('#/settings');
    const panel = await backupsPanel();
    await waitFor(() => expect(bodyRows(panel).length).toBeGreaterThanOrEqual(1));
    const before = (await call(app, 'backups.list', {})).length;
    await user.click(within(panel).getByRole('button', { name: 'Hapus cadangan lama…' }));
    const dlg = await screen.findByRole('dialog', { name: 'Hapus cadangan lama?' });
    expect(dlg.textContent).toContain('dihapus permanen');
    await user.click(within(dlg).getByRole('button', { name: 'Hapus cadangan lama' }));
    expect(await within(panel).findByText(`${before} cadangan lama dihapus; satu cadangan baru disimpan.`)).toBeTruthy();
    await waitFor(() => expect(bodyRows(panel)).toHaveLength(1));
    expect(await call(app, 'backups.list', {})).toHaveLength(1);
  });

  it('shows the log’s last lines and its path; on the desktop saves a backup where chosen and shows the log in its folder', async () => {
    const dir = folder();
    const path = join(dir, 'rombongan.sqlite');
    const target = join(dir, 'di-flashdisk');
    const shown: string[] = [];
    const desktop: Desktop = {
      chooseSaveFile: () => Promise.resolve(target),
      chooseFolder: () => Promise.resolve(null),
      showItemInFolder: (p) => void shown.push(p),
    };
    const app = await start(path, { desktop });
    const user = userEvent.setup();
    renderAt('#/settings');
    const panel = await backupsPanel();

    await user.click(await within(panel).findByRole('button', { name: 'Simpan cadangan ke…' }));
    expect(await within(panel).findByText(`Cadangan disimpan dan diperiksa: ${target}.sqlite`)).toBeTruthy();
    const copy = new Database(`${target}.sqlite`, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();

    await user.click(within(panel).getByRole('button', { name: 'Buka log' }));
    const dlg = await screen.findByRole('dialog', { name: 'Log Rombongan' });
    const lines = await within(dlg).findByLabelText('Baris terakhir log');
    expect(lines.tagName).toBe('PRE');
    expect(lines.textContent).toContain('Opened the database');
    expect(within(dlg).getByText(app.health().logPath)).toBeTruthy();
    await user.click(within(dlg).getByRole('button', { name: 'Tampilkan di folder' }));
    await waitFor(() => expect(shown).toEqual([app.health().logPath]));
    await user.click(within(dlg).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('warns of a failed automatic backup over every screen until closed', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be');
    await start(join(dir, 'rombongan.sqlite'), { backups: true });
    const user = userEvent.setup();
    renderAt('#/trips');
    const warning = await screen.findByText(/^Pencadangan otomatis .* gagal: .*Cadangan yang lama tetap utuh\.$/);
    expect(warning.textContent).toMatch(ID_DATE_TIME);
    // Pengaturan → Cadangan says it too.
    await user.click(screen.getByRole('link', { name: 'Pengaturan → Cadangan' }));
    const panel = await backupsPanel();
    expect(within(panel).getByRole('alert').textContent).toMatch(/^Pencadangan .* gagal: /);
    await user.click(screen.getByRole('button', { name: 'Tutup peringatan' }));
    expect(screen.queryByText(/^Pencadangan otomatis/)).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Perjalanan' }));
    await screen.findByRole('heading', { level: 1, name: 'Perjalanan' });
    expect(screen.queryByText(/^Pencadangan otomatis/)).toBeNull();
  });
});

describe('a file that is not opened', () => {
  it('refuses a foreign file: a calm screen says why, lists this name’s backups but offers no restore, and the file stays untouched', async () => {
    const dir = folder();
    const path = join(dir, 'catatan.sqlite');
    // A good backup named for this file exists …
    await makeDb(path, ['Studi lama']);
    const ours = await start(path);
    await call(ours, 'backups.create', {});
    ours.close();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
    // … but the file itself now belongs to another program.
    const other = new Database(path);
    other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('milik aplikasi lain');`);
    other.close();
    const before = sha(path);

    await start(path);
    const user = userEvent.setup();
    renderAt('#/trips');
    expect(await screen.findByRole('heading', { level: 1, name: 'Basis data tidak dapat dibuka' })).toBeTruthy();
    expect(screen.getByText(/^Berkas ini bukan basis data Rombongan \(milik program lain\); berkas tidak diubah\. Buka dengan --db/)).toBeTruthy();
    expect(screen.getByText(path)).toBeTruthy();
    // None of the normal screens.
    expect(screen.queryByRole('navigation')).toBeNull();
    const panel = await backupsPanel();
    await waitFor(() => expect(bodyRows(panel)).toHaveLength(1));
    expect(bodyRows(panel)[0]?.textContent).toContain('baik');
    expect(within(panel).queryByRole('button', { name: /^Pulihkan/ })).toBeNull();
    expect(within(panel).getByText(/Pemulihan tidak ditawarkan/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Cadangkan sekarang' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mulai basis data baru…' })).toBeNull();
    // The log is still there to read.
    await user.click(within(panel).getByRole('button', { name: 'Buka log' }));
    const dlg = await screen.findByRole('dialog', { name: 'Log Rombongan' });
    await waitFor(() => expect(within(dlg).getByLabelText('Baris terakhir log').textContent).toContain('The database was not opened (foreignFile)'));
    expect(sha(path)).toBe(before);
  });

  it('a missing file with backups: asks before starting anew, and restores the newest backup from the refused screen', async () => {
    const path = join(folder(), 'rombongan.sqlite');
    await makeDb(path, ['Ada di cadangan'], 3);
    const first = await start(path);
    await call(first, 'backups.create', {});
    first.close();
    writeFileSync(path, '');
    const app = await start(path);
    const user = userEvent.setup();
    renderAt('#/trips');
    expect(await screen.findByText(/^Berkas basis data kosong atau hilang, padahal ada cadangannya/)).toBeTruthy();

    // "Mulai basis data baru" asks first; cancelled, nothing happens.
    await user.click(screen.getByRole('button', { name: 'Mulai basis data baru…' }));
    const ask = await screen.findByRole('dialog', { name: 'Mulai basis data baru?' });
    expect(ask.textContent).toContain('Cadangan yang ada tidak dihapus');
    await user.click(within(ask).getByRole('button', { name: 'Batal' }));
    expect(app.health().state).toBe('refused');
    expect(statSync(path).size).toBe(0);

    const panel = await backupsPanel();
    await user.click(await within(panel).findByRole('button', { name: /^Pulihkan cadangan/ }));
    const dlg = await screen.findByRole('dialog', { name: 'Pulihkan cadangan?' });
    expect(dlg.textContent).toContain('1 perjalanan dan 3 orang');
    await user.click(within(dlg).getByRole('button', { name: 'Pulihkan' }));
    expect(await screen.findByText(/telah dipulihkan: 1 perjalanan dan 3 orang\./)).toBeTruthy();
    expect(screen.getByRole('navigation')).toBeTruthy();
    expect(app.health().state).toBe('ok');
    await user.click(screen.getByRole('link', { name: 'Perjalanan' }));
    expect(await screen.findByRole('link', { name: 'Ada di cadangan' })).toBeTruthy();
  });

  it('a damaged file: a banner over every screen, reads work, writes fail with the reason, and Cadangan offers the good backup', async () => {
    const path = join(folder(), 'rombongan.sqlite');
    await makeDb(path, ['Studi 1', 'Studi 2'], 400);
    const first = await start(path);
    await call(first, 'backups.create', {});
    first.close();
    damagePage(path, peopleLeaf(path));
    const damaged = sha(path);

    const app = await start(path);
    expect(app.health().state).toBe('damaged');
    const user = userEvent.setup();
    renderAt('#/trips');
    const banner = await screen.findByText(/^Basis data rusak, jadi dibuka hanya untuk dibaca: perubahan tidak disimpan/);
    expect(banner.closest('[role="alert"]')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Studi 1' })).toBeTruthy();

    // A write is refused with the reason, and nothing reaches the file.
    await user.click(screen.getByRole('button', { name: 'Perjalanan baru' }));
    const dlg = await screen.findByRole('dialog', { name: 'Perjalanan baru' });
    await user.type(within(dlg).getByLabelText('Judul perjalanan'), 'Tidak boleh tersimpan');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(await within(dlg).findByText(/^Basis data rusak dan dibuka hanya untuk dibaca; perubahan ini tidak disimpan\./)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(await titles(app)).toEqual(['Studi 1', 'Studi 2']);

    // The banner leads to Cadangan: no new backups of a damaged file, the good one restorable.
    await user.click(screen.getByRole('link', { name: 'Pengaturan → Cadangan' }));
    const panel = await backupsPanel();
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2, name: 'Cadangan' })));
    expect(within(panel).queryByRole('button', { name: 'Cadangkan sekarang' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Hapus cadangan lama…' })).toBeNull();
    await waitFor(() => expect(bodyRows(panel)).toHaveLength(1));
    expect(bodyRows(panel)[0]?.textContent).toContain('2 perjalanan, 400 orang');
    await user.click(within(panel).getByRole('button', { name: /^Pulihkan cadangan/ }));
    const ask = await screen.findByRole('dialog', { name: 'Pulihkan cadangan?' });
    expect(ask.textContent).toContain('disimpan apa adanya sebagai cadangan “Sebelum pemulihan”');
    expect(sha(path)).toBe(damaged);
    await user.click(within(ask).getByRole('button', { name: 'Pulihkan' }));
    expect(await screen.findByText(/telah dipulihkan: 2 perjalanan dan 400 orang\./)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/^Basis data rusak, jadi dibuka/)).toBeNull());
    expect(app.health().state).toBe('ok');
  });

  it('reads the health again when damage shows up during use, and the banner appears', async () => {
    const path = join(folder(), 'rombongan.sqlite');
    await makeDb(path, ['Studi'], 400);
    const app = await start(path);
    const user = userEvent.setup();
    renderAt('#/trips');
    expect(await screen.findByRole('link', { name: 'Studi' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    // The disk fails under the running app; its cache lets go of the pages, as under memory pressure.
    app.db.pragma('shrink_memory');
    const probe = new Database(path, { readonly: true });
    const peoplePage = probe.prepare(`SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 2`).pluck().get() as number;
    probe.close();
    damagePage(path, peoplePage);
    await user.click(screen.getByRole('link', { name: 'Direktori' }));
    expect(await screen.findByText(/^Basis data rusak, jadi dibuka hanya untuk dibaca/)).toBeTruthy();
    expect(app.health().state).toBe('damaged');
    expect(existsSync(path)).toBe(true);
  });
});
