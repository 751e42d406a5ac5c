import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suite, useE2E, type E2E } from './harness';

/**
 * Issue 13.6, laid out for real in Chromium: a zone badge never breaks inside
 * "WIB"/"WITA"/"WIT", and the tracker's status column holds its longest
 * status, Indonesian or English, down to the window's minimum width.
 */

/** Waits for a state; the limit is one against a hang, not a speed check. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** How many lines each zone badge's text takes. */
const badgeLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.zone-badge')].map((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return `${b.textContent} ${tops.size}`;
    }),
  );

async function seedTracker(e2e: E2E) {
  const trip = await e2e.call<{ id: string }>('trips.create', {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
  });
  const learning = await e2e.call<{ id: string }>('learnings.create', { tripId: trip.id, topic: 'Ngalam Command Center', dimensions: ['governance', 'society'] });
  const rows: Array<[string, string, string]> = [
    ['Kajian kebutuhan pusat kendali terpadu', 'Bappeda', 'planned'],
    ['Inventarisasi aplikasi layanan publik seluruh OPD', 'Dinas Kominfosanti', 'in_progress'],
    ['Integrasi CCTV lalu lintas ke pusat kendali', 'Dinas Perhubungan', 'done'],
    ['Pelatihan admin media sosial perangkat daerah', 'Bagian Prokopim', 'cancelled'],
  ];
  for (const [action, ownerUnit, status] of rows) {
    await e2e.call('followups.create', { learningId: learning.id, action, ownerUnit, targetDate: '2026-09-24', status });
  }
}

suite('layout that fits, in Chromium', () => {
  const e2e = useE2E({ context: { viewport: { width: 1280, height: 800 } } });

  it('zone badges stay on one line in narrow columns, however long the region’s name', async () => {
    const { page } = e2e;
    const trip = await e2e.call<{ id: string }>('trips.create', {
      title: 'Studi Komparasi Pelayanan Publik ke Tiga Zona Waktu',
      startDate: '2025-04-24',
      endDate: '2025-04-25',
      // Kepulauan Seribu (WIB), Hulu Sungai Selatan (WITA), Pegunungan Bintang (WIT).
      hostRegionCodes: ['31.01', '63.06', '95.02'],
    });
    const host = await e2e.call<{ id: string }>('institutions.create', { kind: 'host', name: 'Pemerintah Kabupaten Hulu Sungai Selatan', regionCode: '63.06' });
    await e2e.call('hosts.add', { tripId: trip.id, institutionId: host.id });
    await page.goto(`${e2e.session.server.url}#/trips/${trip.id}`);
    await poll(() => page.locator('.zone-badge').count()).toBe(4);
    // The details' three columns, where a destination has least room; then a window near the minimum.
    for (const width of [1180, 1280, 960]) {
      await page.setViewportSize({ width, height: 800 });
      await frames(page);
      expect(await badgeLines(page), `at ${width}px`).toEqual(['WIB 1', 'WITA 1', 'WIT 1', 'WITA 1']);
    }
  });

  for (const lang of ['id', 'en'] as const) {
    it(`the tracker’s status column holds its longest status (${lang}), wide and at the window’s minimum`, async () => {
      const { page } = e2e;
      await seedTracker(e2e);
      await page.goto(`${e2e.session.server.url}#/followups`);
      await page.evaluate((l) => localStorage.setItem('rombongan.lang', l), lang);
      await page.reload();
      await poll(() => page.locator('.tracker-table .status-pill').count()).toBe(4);
      for (const width of [1280, 960]) {
        await page.setViewportSize({ width, height: 800 });
        await frames(page);
        const fit = await page.evaluate(() => {
          const card = (document.querySelector('.tracker-table') as HTMLElement).parentElement as HTMLElement;
          const pills = [...document.querySelectorAll<HTMLElement>('.tracker-table .status-pill')].map((p) => {
            const td = p.closest('td') as HTMLElement;
            const box = td.getBoundingClientRect();
            const css = getComputedStyle(td);
            const r = p.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(p);
            const inside = r.left >= box.left + parseFloat(css.paddingLeft) - 0.5 && r.right <= box.right - parseFloat(css.paddingRight) + 0.5;
            return `${p.textContent}: ${inside ? 'inside' : 'cut'}, ${range.getClientRects().length} line`;
          });
          return { pills, tableFitsCard: (document.querySelector('.tracker-table') as HTMLElement).getBoundingClientRect().right <= card.getBoundingClientRect().right + 0.5 };
        });
        const labels = lang === 'id' ? ['Direncanakan', 'Berjalan', 'Selesai', 'Dibatalkan'] : ['Planned', 'In progress', 'Done', 'Cancelled'];
        expect(fit.tableFitsCard, `at ${width}px`).toBe(true);
        expect([...fit.pills].sort(), `at ${width}px`).toEqual(labels.map((l) => `${l}: inside, 1 line`).sort());
      }
    });
  }
});
