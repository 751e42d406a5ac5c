import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { App as MainApp } from '../../main/app';
import type { Desktop } from '../../main/documents/export';
import { ExportButton } from '../../renderer/src/documents/ExportDialog';
import { tempDir } from '../helpers/db';
import { afterTest, startHarness } from './harness';

/**
 * The export dialog as the desktop app runs it (app.info says 'electron'):
 * the real handlers over a real database, and a desktop whose save dialogs
 * answer what the test queued. (Browser mode's downloads: tests/e2e/export.test.ts.)
 */
class FakeDesktop implements Desktop {
  folders: Array<string | null> = [];
  shown: string[] = [];
  /** Cancelled unless a test says otherwise. */
  chooseSaveFile(_defaultName: string): Promise<string | null> {
    return Promise.resolve(null);
  }
  chooseFolder(): Promise<string | null> {
    return Promise.resolve(this.folders.shift() ?? null);
  }
  showItemInFolder(path: string): void {
    this.shown.push(path);
  }
}

let app: MainApp | null = null;

async function start() {
  const desktop = new FakeDesktop();
  const a = (await startHarness({ mode: 'electron', desktop })).app;
  app = a;
  const r = await a.dispatch('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25', hostRegionCodes: ['35.73'] });
  if (!r.ok) throw new Error(r.error.message);
  const tripId = (r.value as { id: string }).id;
  const folder = tempDir('rombongan-export-ui-');
  afterTest(folder.cleanup);
  render(<ExportButton tripId={tripId} />);
  return { desktop, tripId, folder: folder.dir, user: userEvent.setup() };
}

describe('the export dialog in the desktop app', () => {
  it('builds the chosen documents, saves them in the folder picked in main, and opens that folder', async () => {
    const { desktop, folder, user } = await start();
    desktop.folders.push(folder);
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen' }));
    const d = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    await user.click(within(d).getByRole('checkbox', { name: 'Daftar Peserta dan Daftar Hadir' }));
    await user.click(within(d).getByRole('button', { name: 'Ekspor 2 dokumen' }));

    // The report's daftar isi is paged by a LibreOffice render first: wait as long as a user would.
    const done = await screen.findByRole('dialog', { name: 'Dokumen selesai dibuat' }, { timeout: 120_000 });
    expect(within(done).getByRole('status').textContent).toBe(`Disimpan di ${folder}`);
    const report = join(folder, '2025-04-24 Laporan Studi Komparasi Kota Malang.docx');
    const attendance = join(folder, '2025-04-24 Daftar Hadir Kota Malang.docx');
    const items = within(done).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining(`Tersimpan sebagai ${report}`),
      expect.stringContaining(`Tersimpan sebagai ${attendance}`),
    ]);
    expect(readFileSync(report).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(items[0]?.textContent).toMatch(/\d+ bagian belum diisi/);
    expect(within(done).getByText(/Periksa daftar Kesiapan dokumen/)).toBeTruthy();

    await user.click(within(done).getByRole('button', { name: 'Buka folder' }));
    expect(desktop.shown).toEqual([report]);
    await user.click(within(done).getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  }, 180_000);

  it('keeps the built documents when the save dialog is cancelled, and saves them on a second try', async () => {
    const { desktop, folder, user } = await start();
    // One document: main asks for a file name (this desktop's dialog is cancelled).
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen' }));
    await user.click(await screen.findByRole('button', { name: 'Ekspor 1 dokumen' }));

    // The report's daftar isi is paged by a LibreOffice render first: wait as long as a user would.
    const done = await screen.findByRole('dialog', { name: 'Dokumen selesai dibuat' }, { timeout: 120_000 });
    expect(within(done).getByRole('status').textContent).toBe('Dokumen sudah dibuat tetapi belum disimpan.');
    expect(within(done).queryByRole('button', { name: 'Buka folder' })).toBeNull();
    desktop.chooseSaveFile = () => Promise.resolve(join(folder, 'laporan.docx'));
    await user.click(within(done).getByRole('button', { name: 'Simpan…' }));
    await within(done).findByText(`Tersimpan sebagai ${join(folder, 'laporan.docx')}`);
    expect(within(done).getByRole('status').textContent).toBe(`Disimpan di ${folder}`);
  }, 180_000);

  it('asks for at least one document, and names the document that could not be built', async () => {
    const { tripId, user } = await start();
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen' }));
    const d = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    await user.click(within(d).getByRole('button', { name: 'Kosongkan' }));
    await user.click(within(d).getByRole('button', { name: 'Ekspor' }));
    expect(within(d).getByRole('alert').textContent).toBe('Pilih setidaknya satu dokumen.');

    await user.click(within(d).getByRole('checkbox', { name: 'Siaran Pers' }));
    await app?.dispatch('trips.delete', { id: tripId });
    await user.click(within(d).getByRole('button', { name: 'Ekspor 1 dokumen' }));
    const alert = await within(await screen.findByRole('dialog', { name: 'Ekspor dokumen' })).findByRole('alert');
    expect(alert.textContent).toBe('Siaran Pers tidak dapat dibuat. Perjalanan tidak ditemukan. Mungkin sudah dihapus.');
  });
});
