import { beforeEach, expect, it } from 'vitest';
import { suite, useE2E } from './harness';

suite('trips, end to end in Chromium against the real handlers and database file', () => {
  const e2e = useE2E();
  beforeEach(async () => {
    await e2e.page.goto(e2e.session.server.url);
  });

  const rows = () => e2e.session.app.db.prepare('SELECT title, start_date, end_date, deleted_at FROM trips ORDER BY created_at').all();

  async function createTrip(title: string, start: string, end: string): Promise<void> {
    await e2e.page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Perjalanan baru' });
    await dialog.getByLabel('Judul perjalanan').fill(title);
    await dialog.getByLabel('Tanggal mulai', { exact: true }).fill(start);
    await dialog.getByLabel('Tanggal selesai', { exact: true }).fill(end);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  }

  it('creates, renames and deletes a trip, and each survives a reload', async () => {
    await expect.poll(() => e2e.page.getByText('Belum ada perjalanan').count()).toBe(1);

    await createTrip('Studi Komparasi Command Center Kota Malang', '2025-04-24', '2025-04-25');
    expect(rows()).toEqual([
      { title: 'Studi Komparasi Command Center Kota Malang', start_date: '2025-04-24', end_date: '2025-04-25', deleted_at: null },
    ]);

    await e2e.page.reload();
    const link = e2e.page.getByRole('link', { name: 'Studi Komparasi Command Center Kota Malang' });
    await link.click();
    await expect.poll(() => e2e.page.getByRole('heading', { level: 1 }).textContent()).toBe('Studi Komparasi Command Center Kota Malang');
    await expect.poll(() => e2e.page.getByText('Kamis, 24 April 2025').count()).toBeGreaterThan(0);

    // Rename.
    await e2e.page.getByRole('button', { name: 'Ubah', exact: true }).click();
    const edit = e2e.page.getByRole('dialog', { name: 'Ubah perjalanan' });
    await edit.getByLabel('Judul perjalanan').fill('Kunjungan Kerja ke Kota Malang');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => e2e.page.getByRole('heading', { level: 1 }).textContent()).toBe('Kunjungan Kerja ke Kota Malang');

    // Main restarts over the same file; the page reloads and still shows the new name.
    await e2e.reopen();
    await expect.poll(() => e2e.page.getByRole('heading', { level: 1 }).textContent()).toBe('Kunjungan Kerja ke Kota Malang');

    // Delete, then undo, then delete for good.
    await e2e.page.getByRole('button', { name: 'Hapus', exact: true }).click();
    const toast = e2e.page.getByRole('status').filter({ hasText: 'dihapus' });
    await expect.poll(() => toast.count()).toBe(1);
    await expect.poll(() => e2e.page.getByText('Belum ada perjalanan').count()).toBe(1);
    await toast.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(() => e2e.page.getByRole('link', { name: 'Kunjungan Kerja ke Kota Malang' }).count()).toBe(1);
    expect(rows()).toMatchObject([{ deleted_at: null }]);

    await e2e.page.getByRole('link', { name: 'Kunjungan Kerja ke Kota Malang' }).click();
    await e2e.page.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect.poll(() => e2e.page.getByText('Belum ada perjalanan').count()).toBe(1);
    await e2e.page.reload();
    await expect.poll(() => e2e.page.getByText('Belum ada perjalanan').count()).toBe(1);
    expect((rows()[0] as { deleted_at: number | null }).deleted_at).not.toBeNull();
  });

  it('shows the field that is wrong and saves nothing', async () => {
    await e2e.page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Perjalanan baru' });
    await dialog.getByLabel('Judul perjalanan').fill('   ');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Judul perjalanan wajib diisi.').count()).toBe(1);
    expect(await dialog.getByLabel('Judul perjalanan').getAttribute('aria-invalid')).toBe('true');
    expect(rows()).toEqual([]);
    await e2e.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('works by keyboard: Ctrl+N, typing, Enter', async () => {
    await e2e.page.locator('body').click();
    await e2e.page.keyboard.press('Control+n');
    const dialog = e2e.page.getByRole('dialog', { name: 'Perjalanan baru' });
    await expect.poll(() => dialog.count()).toBe(1);
    await e2e.page.keyboard.type('Studi Tiru KIM Kota Mataram');
    await e2e.page.keyboard.press('Enter');
    await expect.poll(() => e2e.page.getByRole('link', { name: 'Studi Tiru KIM Kota Mataram' }).count()).toBe(1);
    expect(rows()).toMatchObject([{ title: 'Studi Tiru KIM Kota Mataram' }]);
  });

  it('switches the interface to English and back', async () => {
    await e2e.page.getByRole('link', { name: 'Pengaturan' }).click();
    await e2e.page.getByLabel('Bahasa').selectOption({ label: 'English' });
    await expect.poll(() => e2e.page.getByRole('link', { name: 'Trips' }).count()).toBe(1);
    await e2e.page.reload();
    await expect.poll(() => e2e.page.getByRole('link', { name: 'Settings' }).count()).toBe(1);
  });
});
