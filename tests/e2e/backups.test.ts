/**
 * Restore from the app: a backup made in Pengaturan → Cadangan brings back a
 * trip deleted after it; a damaged file shows the banner and refuses writes.
 */
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/settings-backups.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;

suite('backups and restore through the UI', () => {
  const e2e = useE2E();

  it('backs up, loses a trip, restores the backup and sees the trip again', { timeout: 180_000 }, async () => {
    const r = await e2e.session.app.dispatch('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    if (!r.ok) throw new Error(r.error.message);
    const tripId = (r.value as { id: string }).id;
    const page = e2e.page;
    await page.goto(`${e2e.session.server.url}#/settings`);
    const section = page.getByRole('region', { name: 'Cadangan' });
    await section.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await section.getByText('Cadangan dibuat dan diperiksa.').waitFor();
    const rows = section.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('1 perjalanan');
    expect(await rows.first().textContent()).toContain('baik');
    if (SCREENSHOTS) await section.screenshot({ path: join(SCREENSHOTS, 'settings-backups.png') });

    const del = await e2e.session.app.dispatch('trips.delete', { id: tripId });
    expect(del.ok).toBe(true);
    await section.getByRole('button', { name: /^Pulihkan cadangan/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Pulihkan cadangan?' });
    await dialog.getByText(/1 perjalanan dan 0 orang/).waitFor();
    // The app reloads on the restored file: the trip is back in the list.
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()]);
    await page.goto(`${e2e.session.server.url}#/`);
    await page.getByText('Studi Komparasi ke Kota Malang').first().waitFor();
    const listed = await e2e.session.app.dispatch('trips.list', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((t) => t.title)).toEqual(['Studi Komparasi ke Kota Malang']);
    // The file it replaced was kept as a "Sebelum pemulihan" backup.
    await page.goto(`${e2e.session.server.url}#/settings`);
    await page.getByRole('region', { name: 'Cadangan' }).getByText('Sebelum pemulihan').waitFor();
  });

  it('opens the log from Pengaturan', async () => {
    await e2e.page.goto(`${e2e.session.server.url}#/settings`);
    await e2e.page.getByRole('button', { name: 'Buka log' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Log Rombongan' });
    await expect.poll(() => dialog.locator('pre').textContent()).toContain('Opened the database');
    await dialog.getByRole('button', { name: 'Tutup' }).click();
  });
});
