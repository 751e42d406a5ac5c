import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/shortcuts-help.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;

suite('keyboard shortcuts in Chromium', () => {
  const e2e = useE2E();
  beforeEach(async () => {
    await e2e.page.goto(e2e.session.server.url);
  });

  it('F1 lists the shortcuts of the trip page, Escape closes it, F2 and Ctrl+N do what it says', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const create = page.getByRole('dialog', { name: 'Perjalanan baru' });
    await create.getByLabel('Judul perjalanan').fill('Studi Komparasi ke Kota Malang');
    await create.getByLabel('Tanggal mulai', { exact: true }).fill('2025-04-24');
    await create.getByLabel('Tanggal selesai', { exact: true }).fill('2025-04-25');
    await create.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => create.count()).toBe(0);
    await page.getByRole('link', { name: 'Studi Komparasi ke Kota Malang' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Studi Komparasi ke Kota Malang');

    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
    await expect.poll(() => help.count()).toBe(1);
    const groups = await help.getByRole('heading', { level: 3 }).allTextContents();
    expect(groups).toEqual(['Umum', 'Perjalanan', 'Halaman perjalanan']);
    const trip = help.getByRole('table', { name: 'Halaman perjalanan' });
    expect(await trip.getByRole('row').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Ubah rincian perjalanan ini')]));
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts-help.png') });
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    await page.keyboard.press('F2');
    await expect.poll(() => page.getByRole('dialog', { name: 'Ubah perjalanan' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.keyboard.press('Control+n');
    await expect.poll(() => page.getByRole('dialog', { name: 'Perjalanan baru' }).count()).toBe(1);
  });
});
