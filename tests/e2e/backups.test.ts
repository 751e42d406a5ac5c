/**
 * Restore from the app, in Chromium over the real handlers and a real file:
 * a trip made and backed up in Pengaturan → Cadangan, then deleted, comes back
 * when the backup is restored; the log opens from Pengaturan.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/settings-backups.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;
const TITLE = 'Studi Komparasi ke Kota Malang';

suite('backups and restore through the UI', () => {
  const e2e = useE2E();

  it('makes a trip, backs up, deletes the trip, restores the backup and sees the trip again', { timeout: 180_000 }, async () => {
    const page = e2e.page;
    for (const name of ['Putu Ayu Lestari', 'Made Wirawan', 'Komang Sari']) {
      await e2e.call('people.create', { kind: 'journalist', name, employment: 'non_asn' });
    }
    await page.goto(`${e2e.session.server.url}#/trips`);

    // A trip, made as a user does.
    await page.getByRole('button', { name: 'Perjalanan baru' }).click();
    const create = page.getByRole('dialog', { name: 'Perjalanan baru' });
    await create.getByLabel('Judul perjalanan').fill(TITLE);
    await create.getByLabel('Tanggal mulai', { exact: true }).fill('2025-04-24');
    await create.getByLabel('Tanggal selesai', { exact: true }).fill('2025-04-25');
    await create.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();

    // Backed up in Pengaturan → Cadangan.
    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    const section = page.getByRole('region', { name: 'Cadangan' });
    await section.getByText(/Belum ada cadangan/).waitFor();
    await section.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await section.getByText('Cadangan dibuat dan diperiksa.').waitFor();
    const rows = section.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('1 perjalanan, 3 orang');
    expect(await rows.first().textContent()).toContain('baik');

    // The trip is deleted from the list (Delete on its row).
    await page.getByRole('link', { name: 'Perjalanan', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.locator('tr.trips-row').first().locator('td').nth(1).click();
    await page.keyboard.press('Delete');
    // An empty trip goes to the trash without a question.
    await page.getByText(`Perjalanan “${TITLE}” dihapus.`).waitFor();
    await page.getByRole('heading', { name: 'Belum ada perjalanan' }).waitFor();

    // Restored from Pengaturan → Cadangan, behind a confirmation.
    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await section.getByRole('button', { name: /^Pulihkan cadangan/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Pulihkan cadangan?' });
    await dialog.getByText(/1 perjalanan dan 3 orang/).waitFor();
    await dialog.getByText(/dicadangkan lebih dulu/).waitFor();
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click();
    await section.getByText(/telah dipulihkan: 1 perjalanan dan 3 orang\./).waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The file it replaced was kept as a "Sebelum pemulihan" backup.
    await expect.poll(() => rows.count()).toBe(2);
    await section.getByRole('cell', { name: 'Sebelum pemulihan' }).waitFor();
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: join(SCREENSHOTS, 'settings-backups.png') });
    }

    // The trip is back, in the list and in main.
    await page.getByRole('link', { name: 'Perjalanan', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    const listed = await e2e.call<Array<{ title: string }>>('trips.list', {});
    expect(listed.map((t) => t.title)).toEqual([TITLE]);
  });

  it('opens the log from Pengaturan', async () => {
    await e2e.page.goto(`${e2e.session.server.url}#/settings`);
    await e2e.page.getByRole('button', { name: 'Buka log' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Log Rombongan' });
    await expect.poll(() => dialog.locator('pre').textContent()).toContain('Opened the database');
    // Browser mode: no file manager to show the log in.
    expect(await dialog.getByRole('button', { name: 'Tampilkan di folder' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => e2e.page.getByRole('dialog').count()).toBe(0);
  });
});
