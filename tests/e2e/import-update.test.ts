/**
 * Updating people already in the directory from a spreadsheet is opt-in and
 * shown before anything is written: in the real renderer against the real
 * handlers, the preview lists per matched person the fields the file would
 * change (from → to), "Perbarui …" starts unticked, an import left unticked
 * changes no one, and ticking it writes exactly the changes shown.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/import-preview.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;
const CSV = readFileSync(join(__dirname, '../fixtures/officials-buleleng.csv'));

suite('import: updating the directory is opt-in and shown per person', () => {
  const e2e = useE2E();

  const ketut = () =>
    e2e.session.app.db.prepare(`SELECT title_prefix, golongan, jabatan, eselon FROM people WHERE nip = '197003121995031004'`).get() as Record<string, string>;

  async function preview(): Promise<void> {
    const { page } = e2e;
    await page.goto(`${e2e.session.server.url}#/directory/import`);
    await page.getByLabel('Pilih berkas').setInputFiles({ name: 'peserta-buleleng.csv', mimeType: 'text/csv', buffer: CSV });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pratinjau' }).waitFor();
  }

  it('lists the changes of each match, writes none unless ticked, then exactly those', async () => {
    const { page } = e2e;
    await e2e.call('people.create', {
      kind: 'official',
      name: 'Ketut Suwarmawan',
      employment: 'pns',
      nip: '19700312 199503 1 004',
      golongan: 'IV/a',
      jabatan: 'Sekretaris Dinas Komunikasi, Informatika, Persandian dan Statistik',
      eselon: 'III',
    });
    const before = ketut();
    await preview();

    const changes = page.getByRole('list', { name: 'Perubahan data Ketut Suwarmawan' });
    const item = (label: string) => changes.getByRole('listitem').filter({ hasText: label });
    await expect.poll(() => item('Pangkat/golongan').textContent()).toContain('Pembina (IV/a)');
    expect(await item('Pangkat/golongan').locator('ins').textContent()).toBe('Pembina Tingkat I (IV/b)');
    expect(await item('Jabatan').locator('del').textContent()).toBe('Sekretaris Dinas Komunikasi, Informatika, Persandian dan Statistik');
    const update = page.getByRole('checkbox', { name: 'Perbarui data 1 orang yang sudah ada di direktori' });
    expect(await update.isChecked()).toBe(false);

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await update.check();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOTS, 'import-preview.png') });
      await update.uncheck();
    }

    // Unticked: the new people are written, the match is left as it was.
    await page.getByRole('button', { name: 'Impor 5 orang' }).click();
    await page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor();
    await expect.poll(() => page.getByText('3 dilewati').count()).toBe(1);
    expect(ketut()).toEqual(before);

    // Again, ticked: the fields shown are the fields written.
    await preview();
    await update.check();
    await page.getByRole('button', { name: 'Impor 1 orang' }).click();
    await page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor();
    await expect.poll(() => page.getByText('1 diperbarui').count()).toBe(1);
    expect(ketut()).toEqual({
      title_prefix: 'Drs.',
      golongan: 'IV/b',
      jabatan: 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik',
      eselon: 'II',
    });
  });
});
