import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suite, useE2E, watchConsole } from './harness';

/*
 * Two tabs on one database file, in a real Chromium against the real server:
 * what one saves shows in the other without a reload (main streams the
 * tables each write touched), a save over a newer version is refused with
 * the conflict and its two ways on, and a reload with unsaved changes asks.
 */
suite('two windows, one truth', () => {
  const e2e = useE2E();

  async function openTrip(page: Page, id: string, title: string): Promise<void> {
    await page.goto(`${e2e.session.server.url}#/trips/${id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  }

  it('an edit in one tab shows in the other; a stale save is refused, then reloaded or overwritten', async () => {
    const trip = await e2e.call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const a = e2e.page;
    const b = await a.context().newPage();
    const bErrors = watchConsole(b);
    await openTrip(a, trip.id, 'Studi Komparasi ke Kota Malang');
    await openTrip(b, trip.id, 'Studi Komparasi ke Kota Malang');

    // A starts editing; B renames and saves.
    await a.getByRole('button', { name: 'Ubah', exact: true }).click();
    const editA = a.getByRole('dialog', { name: 'Ubah perjalanan' });
    await editA.getByLabel('Judul perjalanan').fill('Kunjungan Kerja ke Kota Malang');

    await b.getByRole('button', { name: 'Ubah', exact: true }).click();
    const editB = b.getByRole('dialog', { name: 'Ubah perjalanan' });
    await editB.getByLabel('Judul perjalanan').fill('Studi Komparasi Command Center Kota Malang');
    await editB.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => editB.count()).toBe(0);

    // A's page behind its dialog follows without a reload; A's draft is kept.
    await expect.poll(() => a.getByRole('heading', { level: 1 }).textContent()).toBe('Studi Komparasi Command Center Kota Malang');
    expect(await editA.getByLabel('Judul perjalanan').inputValue()).toBe('Kunjungan Kerja ke Kota Malang');

    // A saves over B's newer version: refused, nothing written.
    await editA.getByRole('button', { name: 'Simpan' }).click();
    const alert = editA.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Diubah di jendela lain');
    expect(e2e.session.app.db.prepare('SELECT title FROM trips WHERE id = ?').pluck().get(trip.id)).toBe('Studi Komparasi Command Center Kota Malang');

    // "Muat ulang" shows B's version in A's form.
    await alert.getByRole('button', { name: 'Muat ulang' }).click();
    await expect.poll(() => editA.getByLabel('Judul perjalanan').inputValue()).toBe('Studi Komparasi Command Center Kota Malang');

    // A types again, B saves again, A chooses "Timpa": A's words win.
    await editA.getByLabel('Judul perjalanan').fill('Kunjungan Kerja ke Kota Malang');
    await e2e.call('trips.update', { id: trip.id, patch: { startDate: '2025-04-23' } });
    await editA.getByRole('button', { name: 'Simpan' }).click();
    await editA.getByRole('alert').getByRole('button', { name: 'Timpa' }).click();
    await expect.poll(() => editA.count()).toBe(0);
    expect(e2e.session.app.db.prepare('SELECT title FROM trips WHERE id = ?').pluck().get(trip.id)).toBe('Kunjungan Kerja ke Kota Malang');
    await expect.poll(() => b.getByRole('heading', { level: 1 }).textContent()).toBe('Kunjungan Kerja ke Kota Malang');
    expect(bErrors).toEqual([]);
    await b.close();
  });

  it('a follow-up status change costs one read when the documents are off screen', async () => {
    const trip = await e2e.call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    // Enough learnings that the documents section sits well below the first follow-up.
    for (let i = 1; i <= 12; i++) {
      const learning = await e2e.call<{ id: string }>('learnings.create', { tripId: trip.id, topic: `Praktik baik ${i}`, hostPractice: 'Layanan terpadu satu pintu dengan antrean daring dan loket khusus.' });
      await e2e.call('followups.create', { learningId: learning.id, action: `Kaji praktik ${i} di Buleleng` });
    }
    const page = e2e.page;
    const ops: string[] = [];
    let inflight = 0;
    const isInvoke = (url: string) => url.endsWith('/api/invoke');
    page.on('request', (req) => {
      if (!isInvoke(req.url())) return;
      inflight++;
      const body = req.postDataJSON() as { operation?: string } | null;
      if (body?.operation) ops.push(body.operation);
    });
    const done = (req: { url(): string }) => {
      if (isInvoke(req.url())) inflight--;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await openTrip(page, trip.id, 'Studi Komparasi ke Kota Malang');
    const select = page.getByLabel('Status “Kaji praktik 1 di Buleleng”');
    await select.scrollIntoViewIfNeeded();
    await expect.poll(() => inflight).toBe(0);
    // The documents section is more than a screen below: its reads wait.
    const below = await page.evaluate(() => (document.getElementById('trip-documents')?.getBoundingClientRect().top ?? 0) / window.innerHeight);
    expect(below).toBeGreaterThan(2);
    await select.selectOption('in_progress');
    const before = ops.length;
    await page.getByRole('button', { name: 'Simpan status' }).first().click();
    await expect.poll(() => page.getByText('Status “Kaji praktik 1 di Buleleng”: Berjalan.').count()).toBe(1);
    // Every read the announcement causes starts in the same render; wait until they are all answered.
    await expect.poll(() => ops.slice(before).includes('learnings.list') && inflight === 0).toBe(true);
    const made = ops.slice(before);
    expect(made, `calls after a status change: ${made.join(', ')}`).toEqual(['followups.setStatus', 'learnings.list']);
  });

  it('a reload with unsaved changes asks first, and the draft stays when the user stays', async () => {
    const trip = await e2e.call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const page = e2e.page;
    await openTrip(page, trip.id, 'Studi Komparasi ke Kota Malang');
    await page.getByRole('button', { name: 'Ubah', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah perjalanan' });
    await edit.getByLabel('Judul perjalanan').fill('Judul yang belum disimpan');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    // The reload never completes: the user stays.
    void page.reload().catch(() => undefined);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(await edit.getByLabel('Judul perjalanan').inputValue()).toBe('Judul yang belum disimpan');
  });
});
