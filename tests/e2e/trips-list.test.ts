import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/trips.png and trips-search.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;

const TOPICS = ['Command Center', 'Mal Pelayanan Publik', 'Smart Kampung', 'Satu Data Indonesia', 'Layanan Kedaruratan 112', 'Desa Wisata', 'Kelompok Informasi Masyarakat'];
const VISITS = ['Studi Komparasi', 'Studi Tiru', 'Kunjungan Kerja', 'Studi Banding'];
const PLACES: Array<[string, string]> = [
  ['35.73', 'Kota Malang'],
  ['52.71', 'Kota Mataram'],
  ['35.10', 'Kabupaten Banyuwangi'],
  ['33.74', 'Kota Semarang'],
  ['34.71', 'Kota Yogyakarta'],
  ['32.73', 'Kota Bandung'],
  ['51.71', 'Kota Denpasar'],
  ['35.78', 'Kota Surabaya'],
];
const STATUSES = ['reported', 'done', 'reported', 'done', 'preparing', 'planned'];

suite('the trips list in Chromium: search, filters, year groups, the window', () => {
  const e2e = useE2E();

  it('finds an old trip among many, keeps the search over a reload, and sticks the year under the headers', async () => {
    const { page } = e2e;
    // Eight years of visits, newest first; a few with a delegation.
    for (let i = 0; i < 64; i++) {
      const year = 2026 - Math.floor(i / 8);
      const month = String(12 - (i % 8)).padStart(2, '0');
      const [code, place] = PLACES[i % PLACES.length] as [string, string];
      const trip = await e2e.call<{ id: string }>('trips.create', {
        title: `${VISITS[i % VISITS.length]} ${TOPICS[i % TOPICS.length]} ke ${place}`,
        startDate: `${year}-${month}-10`,
        endDate: `${year}-${month}-${String(10 + (i % 3)).padStart(2, '0')}`,
        hostRegionCodes: [code],
        status: year >= 2026 ? (i % 2 ? 'planned' : 'preparing') : STATUSES[i % STATUSES.length],
      });
      if (i % 9 === 3) {
        await e2e.call('members.addNew', {
          tripId: trip.id,
          role: 'lead',
          person: { kind: 'official', name: i === 30 ? 'Ni Luh Putu Séri Ariani' : `Gede Peserta ${i}`, employment: 'elected' },
        });
      }
    }
    await page.goto(e2e.session.server.url);
    await expect.poll(() => page.getByText('64 perjalanan').count()).toBe(1);
    // Windowed: far fewer rows than trips in the DOM.
    const rendered = await page.locator('tr[data-trip-id]').count();
    expect(rendered).toBeGreaterThan(8);
    expect(rendered).toBeLessThan(64);
    await page.locator('tr[data-trip-id]').nth(1).click();
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'trips.png') });
    }

    // Scrolled down, the current year's header sits right under the column headers.
    await page.locator('.trips-scroll').evaluate((el) => el.scrollTo({ top: 20 * 56 }));
    await expect
      .poll(async () => {
        const head = await page.locator('.trips-head').boundingBox();
        const sticky = await page.locator('.trips-year-sticky').boundingBox();
        return head && sticky ? Math.round(sticky.y - (head.y + head.height)) : null;
      })
      .toBe(0);
    expect(Number(await page.locator('.trips-year-sticky').getAttribute('data-year'))).toBeLessThan(2026);

    // By a member's name, typed without the accent.
    await page.getByRole('searchbox', { name: 'Cari perjalanan' }).fill('seri ariani');
    await expect.poll(() => page.locator('tr[data-trip-id]').count()).toBe(1);
    await page.getByLabel('Tahun').selectOption('2023');
    await expect.poll(() => page.url()).toContain('q=seri+ariani&year=2023');
    await page.reload();
    await expect.poll(() => page.locator('tr[data-trip-id]').count()).toBe(1);
    expect(await page.getByRole('searchbox', { name: 'Cari perjalanan' }).inputValue()).toBe('seri ariani');

    // A region and a status: Jawa Timur's reported visits.
    await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).click();
    await page.getByLabel('Daerah tujuan').selectOption({ label: 'Seluruh Jawa Timur' });
    await page.getByLabel('Status').selectOption({ label: 'Dilaporkan' });
    await expect.poll(() => page.getByText(/dari 64 perjalanan/).count()).toBe(1);
    await expect.poll(() => page.url()).toContain('status=reported&region=35');
    await expect.poll(() => page.locator('tr[data-trip-id]').count()).toBeGreaterThan(0);
    const places = await page.locator('tr[data-trip-id] .trips-place').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(['Kota Malang', 'Kabupaten Banyuwangi', 'Kota Surabaya']).toContain(p);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'trips-search.png') });
  });
});
