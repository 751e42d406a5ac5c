import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { suite, useE2E, type E2E } from './harness';

/** Set SHOTS_DIR to keep screenshots of the shell after the wheel (issue 13.6 checks them by eye). */
const SHOTS = process.env.SHOTS_DIR ?? null;

/** Waits for a state; the limit is one against a hang, not a speed check. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });

/** Where each part of the window has scrolled to. */
const scrolled = (page: Page) =>
  page.evaluate(() => {
    const at = (sel: string) => (document.querySelector(sel) as HTMLElement).scrollTop;
    return { window: (document.scrollingElement as HTMLElement).scrollTop, sidebar: at('.sidebar'), main: at('.main') };
  });

/** The middle of an element, to put the mouse on. */
async function middleOf(page: Page, selector: string, dy = 0): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 + dy };
}

/** A trip whose page is several screens long: a delegation of thirty. */
async function longTrip(e2e: E2E, members = 30): Promise<string> {
  const trip = await e2e.call<{ id: string }>('trips.create', {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
  });
  for (let i = 1; i <= members; i++) {
    await e2e.call('members.addNew', {
      tripId: trip.id,
      role: i === 1 ? 'lead' : 'member',
      person: { kind: 'official', name: `I Gede Peserta ${i}`, employment: 'elected', jabatan: 'Anggota DPRD' },
    });
  }
  return trip.id;
}

/** Every scroll event, and what scrolled: the window must never be one of them. */
const recordScrolls = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { scrolls: string[] };
    w.scrolls = [];
    document.addEventListener(
      'scroll',
      (e) => w.scrolls.push(e.target === document ? 'window' : (e.target as HTMLElement).className),
      { capture: true },
    );
  });
const scrollsSeen = (page: Page) => page.evaluate(() => [...new Set((window as unknown as { scrolls: string[] }).scrolls)]);

suite('the shell in Chromium: the window stays put, the sidebar and the page scroll on their own', () => {
  const e2e = useE2E({ context: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' } });

  it('a wheel over the sidebar leaves the window where it is; over the page, the page scrolls', async () => {
    const { page } = e2e;
    const tripId = await longTrip(e2e);
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await poll(() => page.getByText('I Gede Peserta 30').count()).toBe(1);
    const size = await page.evaluate(() => {
      const main = document.querySelector('.main') as HTMLElement;
      return { main: main.scrollHeight - main.clientHeight, window: document.scrollingElement!.scrollHeight - window.innerHeight };
    });
    // The page is far longer than the window, and the window has nothing to scroll.
    expect(size.main).toBeGreaterThan(1500);
    expect(size.window).toBe(0);
    await recordScrolls(page);

    // Below the sidebar's links, where the grey used to slide in.
    const overSidebar = await middleOf(page, '.sidebar', 200);
    await page.mouse.move(overSidebar.x, overSidebar.y);
    await page.mouse.wheel(0, 1200);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'shell-after-sidebar-wheel.png') });
    }

    // Then over the page: it scrolls, and by then the sidebar's wheel has long been handled.
    const overMain = await middleOf(page, '.main');
    await page.mouse.move(overMain.x, overMain.y);
    await page.mouse.wheel(0, 600);
    await poll(async () => (await scrolled(page)).main).toBeGreaterThan(0);
    expect(await scrolled(page)).toMatchObject({ window: 0, sidebar: 0 });
    expect(await scrollsSeen(page)).toEqual(['main']);
    // The sidebar is where it was: its first link at the top of the window.
    expect((await page.getByRole('navigation').getByRole('link', { name: 'Perjalanan', exact: true }).boundingBox())?.y).toBeLessThan(120);

    // And at the page's end, more wheel over it does not move the window either.
    const end = () => page.locator('.main').evaluate((el) => Math.round(el.scrollHeight - el.clientHeight - el.scrollTop));
    await poll(async () => {
      await page.mouse.wheel(0, 5000);
      return end();
    }).toBe(0);
    await page.mouse.move(overSidebar.x, overSidebar.y);
    await page.mouse.wheel(0, 1200);
    await page.mouse.move(overMain.x, overMain.y);
    await page.mouse.wheel(0, -300);
    await poll(end).toBeGreaterThan(0);
    expect((await scrolled(page)).window).toBe(0);
    expect(await scrollsSeen(page)).toEqual(['main']);
  });

  it('in a short window the sidebar scrolls by itself, and the page stays where it is', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1000, height: 300 });
    const tripId = await longTrip(e2e);
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const room = await page.locator('.sidebar').evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(room).toBeGreaterThan(0);
    await recordScrolls(page);

    const overSidebar = await middleOf(page, '.sidebar');
    await page.mouse.move(overSidebar.x, overSidebar.y);
    await page.mouse.wheel(0, 5000);
    await poll(async () => (await scrolled(page)).sidebar).toBe(room);
    await page.mouse.wheel(0, 5000);
    // Scrolled to its end, the sidebar hands nothing on: not to the window, nor to the page.
    const overMain = await middleOf(page, '.main');
    await page.mouse.move(overMain.x, overMain.y);
    await page.mouse.wheel(0, 100);
    await poll(async () => (await scrolled(page)).main).toBeGreaterThan(0);
    expect(await scrolled(page)).toMatchObject({ window: 0, sidebar: room });
    expect((await scrolled(page)).main).toBeLessThanOrEqual(100);
    expect((await scrollsSeen(page)).sort()).toEqual(['main', 'sidebar']);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'shell-short-window.png') });
  });

  it('“Perbaiki” in the readiness check scrolls the page area to the section, not the window', async () => {
    const { page } = e2e;
    const tripId = await longTrip(e2e);
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    const fix = page.locator('li.gap', { hasText: 'Agenda kunjungan masih kosong.' }).getByRole('button', { name: 'Perbaiki' });
    // Down to the readiness check at the foot of the page (sections read as they come near the view).
    await poll(() => page.locator('#trip-documents').count()).toBe(1);
    await page.locator('.main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await poll(() => fix.count()).toBe(1);
    await page.locator('.main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await fix.click();
    // The agenda section comes to the top of the page area; the window does not move.
    await poll(() => page.evaluate(() => Math.round(document.getElementById('trip-agenda')!.getBoundingClientRect().top)))
      .toBeLessThan(40);
    expect(await page.evaluate(() => document.getElementById('trip-agenda')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect((await scrolled(page)).window).toBe(0);
    // Focus went with it, to the section's heading.
    expect(await page.evaluate(() => document.getElementById('trip-agenda')!.contains(document.activeElement))).toBe(true);
  });

  it('a section a little below the page area’s fold reads what changed before it scrolls into view', async () => {
    const { page } = e2e;
    const tripId = await longTrip(e2e);
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await poll(() => page.getByRole('region', { name: 'Agenda' }).count()).toBe(1);
    // The agenda half a window below the bottom of the page area.
    await page.locator('.main').evaluate((el) => {
      const top = document.getElementById('trip-agenda')!.getBoundingClientRect().top;
      el.scrollTop += top - el.clientHeight * 1.5;
    });
    const below = () => page.evaluate(() => document.getElementById('trip-agenda')!.getBoundingClientRect().top - window.innerHeight);
    expect(await below()).toBeGreaterThan(300);

    await e2e.call('agenda.create', { tripId, kind: 'presentation', title: 'Paparan Ngalam Command Center', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:30' });
    await poll(() => page.locator('#trip-agenda').getByText('Paparan Ngalam Command Center').count()).toBe(1);
    // Still off screen: it was read ahead, a screen early.
    expect(await below()).toBeGreaterThan(300);
  });
  it('scrolled to a long agenda below a long delegation, the page stays there as the agenda\'s list mounts', async () => {
    const { page } = e2e;
    const tripId = await longTrip(e2e, 60);
    // More items than a list shows whole (lib/windowed.tsx WINDOW_AFTER): the agenda's list is windowed too.
    for (let i = 0; i < 50; i++) {
      const at = `2025-04-${i < 25 ? 24 : 25}T${String(7 + Math.floor((i % 25) / 5)).padStart(2, '0')}`;
      await e2e.call('agenda.create', { tripId, kind: 'discussion', title: `Sesi ${i + 1}`, startLocal: `${at}:${String((i % 5) * 10).padStart(2, '0')}`, endLocal: `${at}:55` });
    }
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await poll(() => page.locator('tr.member-row').count()).toBeGreaterThan(5);
    const agenda = page.locator('#trip-agenda');
    await poll(() => agenda.count()).toBe(1);
    // As "Perbaiki" or a user's jump does: the agenda to the top of the page area. Its list mounts as it comes near,
    // and its virtualizer attaches to the page area: that must not write the page back to its top.
    await agenda.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await poll(() => agenda.getByText('Sesi 1', { exact: true }).count()).toBe(1);
    await poll(() => page.locator('.main').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    expect(await agenda.evaluate((el) => Math.abs(el.getBoundingClientRect().top - (el.closest('.main') as HTMLElement).getBoundingClientRect().top))).toBeLessThan(200);
    // On past the agenda's windowed days to the documents: the page keeps rendering (a day whose rows moved the list
    // itself once chased its own position until React gave up and the window went blank).
    const errors: string[] = [];
    const onError = (e: Error) => errors.push(String(e));
    page.on('pageerror', onError);
    try {
      const documents = page.locator('#trip-documents');
      for (const step of [0.25, 0.5, 0.75, 1]) {
        await page.locator('.main').evaluate((el, f) => el.scrollTo({ top: el.scrollHeight * f }), step);
        await poll(() => page.locator('.main h1').count()).toBe(1);
      }
      // Sections between mount as they come near and grow, so the documents are brought into view as a user scrolls on.
      await poll(async () => {
        await documents.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        return documents.getByRole('region', { name: /Kesiapan dokumen|Siap diekspor/ }).count();
      }).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      page.off('pageerror', onError);
    }
  });

  it('a section far below the fold is not read when the trip opens, only once the page is scrolled to it', async () => {
    const { page } = e2e;
    const tripId = await longTrip(e2e);
    const asked: string[] = [];
    const onRequest = (r: Request) => {
      if (r.url().endsWith('/api/invoke')) asked.push((JSON.parse(r.postData() ?? '{}') as { operation?: string }).operation ?? '');
    };
    page.on('request', onRequest);
    try {
      await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
      // The page has settled on its first screen: the delegation's table and the hosts just below it, read.
      await poll(() => page.locator('tr.member-row').count()).toBeGreaterThan(5);
      await poll(() => Promise.resolve(asked.includes('trips.detail'))).toBe(true);
      const documents = page.locator('#trip-documents');
      await poll(() => documents.count()).toBe(1);
      expect(await documents.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight)).toBeGreaterThan(900);
      expect(asked).not.toContain('docs.readiness');
      // Scrolled to the foot of the page, the documents section reads and shows its readiness check.
      await page.locator('.main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await poll(() => Promise.resolve(asked.includes('docs.readiness'))).toBe(true);
      await poll(() => documents.getByRole('region', { name: /Kesiapan dokumen|Siap diekspor/ }).count()).toBe(1);
    } finally {
      page.off('request', onRequest);
    }
  });
});
