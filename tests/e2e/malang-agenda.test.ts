import { beforeAll, expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/**
 * Issue 4's Malang visit in Chromium: the morning's agenda across two time
 * zones and the learnings of seeds 000/001 with their figures and a
 * follow-up each, entered through the UI, then checked after a restart and
 * a reload — in a browser whose own zone is not the place's.
 */
suite('the Malang visit: agenda across zones and learnings, end to end', () => {
  // The laptop is somewhere else entirely: its zone must not leak in.
  const e2e = useE2E({ per: 'file', context: { viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York', locale: 'id-ID' } });

  let tripId = '';

  beforeAll(async () => {
    // Set-up the issue-3 test already drives through the UI: trip, host and venues.
    const trip = await e2e.call<{ id: string }>('trips.create', {
      title: 'Studi Komparasi Command Center ke Kota Malang',
      startDate: '2025-04-24',
      endDate: '2025-04-24',
      hostRegionCodes: ['35.73'],
    });
    tripId = trip.id;
    const host = await e2e.call<{ id: string }>('institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
    await e2e.call('hosts.add', { tripId, institutionId: host.id });
    await e2e.call('venues.create', { tripId, institutionId: host.id, name: 'Ruang Sidang Balai Kota Malang', address: 'Jl. Tugu No. 1' });
    await e2e.call('venues.create', { tripId, institutionId: host.id, name: 'Ngalam Command Center', address: 'Balai Kota Malang' });
  });

  async function addItem(fields: {
    kind: string;
    title: string;
    start: string;
    end: string;
    zone?: string;
    arrivalZone?: string;
    from?: string;
    to?: string;
    venue?: string;
  }): Promise<void> {
    await e2e.page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: 'Tambah acara' }).first().click();
    const d = e2e.page.getByRole('dialog', { name: 'Acara baru' });
    await d.getByLabel('Jenis acara').selectOption({ label: fields.kind });
    await d.getByLabel('Nama acara').fill(fields.title);
    if (fields.arrivalZone) {
      await d.getByLabel('Berangkat', { exact: true }).fill(fields.start);
      await d.getByLabel('Zona waktu berangkat').selectOption(fields.zone as string);
      await d.getByLabel('Tiba', { exact: true }).fill(fields.end);
      await d.getByLabel('Zona waktu tiba').selectOption(fields.arrivalZone);
      await d.getByLabel('Dari').fill(fields.from ?? '');
      await d.getByLabel('Ke', { exact: true }).fill(fields.to ?? '');
    } else {
      if (fields.venue) await d.getByLabel('Tempat', { exact: true }).selectOption({ label: fields.venue });
      await d.getByLabel('Mulai', { exact: true }).fill(fields.start);
      await d.getByLabel('Selesai', { exact: true }).fill(fields.end);
    }
    await d.getByRole('button', { name: 'Tambah' }).click();
    await expect.poll(() => d.count()).toBe(0);
  }

  async function addLearning(topic: string, figures: Array<[string, string]>, dimension: string, action: string, owner: string, target: string) {
    const section = e2e.page.locator('section').filter({ has: e2e.page.getByRole('heading', { level: 2, name: 'Hasil kunjungan' }) });
    await section.getByRole('button', { name: 'Tambah hasil' }).first().click();
    const d = e2e.page.getByRole('dialog');
    await d.getByLabel('Topik').fill(topic);
    for (const [k, [label, value]] of figures.entries()) {
      await d.getByRole('button', { name: 'Tambah angka' }).click();
      await d.getByRole('textbox', { name: 'Keterangan' }).nth(k).fill(label);
      await d.getByRole('textbox', { name: 'Nilai' }).nth(k).fill(value);
    }
    await d.getByRole('checkbox', { name: dimension }).check();
    await d.getByLabel('OPD penanggung jawab').fill('Dinas Kominfosanti');
    await d.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => d.count()).toBe(0);
    const card = section.locator('article').filter({ has: e2e.page.getByRole('heading', { level: 3, name: topic }) });
    await card.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await card.getByLabel('Rencana aksi').fill(action);
    await card.getByLabel('Pelaksana').fill(owner);
    await card.getByLabel('Target', { exact: true }).fill(target);
    await card.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => card.textContent()).toContain(action);
  }

  it('builds the morning across WITA and WIB and the learnings, and finds them again after a reload', async () => {
    await e2e.page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await e2e.page.getByRole('heading', { level: 1, name: 'Studi Komparasi Command Center ke Kota Malang' }).waitFor();

    await addItem({ kind: 'Perjalanan', title: 'Berangkat ke Malang', start: '05:00', zone: 'Asia/Makassar', end: '07:15', arrivalZone: 'Asia/Jakarta', from: 'Singaraja', to: 'Malang' });
    await addItem({ kind: 'Penyambutan', title: 'Penyambutan oleh Sekda Kota Malang', venue: 'Ruang Sidang Balai Kota Malang', start: '09:00', end: '10:30' });
    await addItem({ kind: 'Kunjungan lapangan', title: 'Kunjungan ke Ngalam Command Center', venue: 'Ngalam Command Center', start: '11:00', end: '12:30' });

    await addLearning('Integrasi aplikasi layanan publik', [['Aplikasi layanan publik', '108 → 28']], 'Smart Governance', 'Inventarisasi aplikasi layanan publik Buleleng', 'Dinas Kominfosanti', '2025-09-30');
    await addLearning('Ngalam Command Center', [['Beroperasi sejak', '2016'], ['Layanan darurat', '112']], 'Smart Living', 'Kaji kebutuhan command center', 'Bappeda', '2025-12-31');

    await e2e.reopen();
    const agenda = e2e.page.getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('heading', { name: 'Kamis, 24 April 2025' }).waitFor();
    const text = (await agenda.textContent()) ?? '';
    expect(text).toContain('05.00 WITA – 07.15 WIB');
    expect(text).toContain('Singaraja → Malang');
    expect(text).toContain('09.00–10.30 WIB');
    expect(text).toContain('11.00–12.30 WIB');
    expect(text).not.toMatch(/GMT|EDT|EST/);
    const results = e2e.page.locator('section').filter({ has: e2e.page.getByRole('heading', { level: 2, name: 'Hasil kunjungan' }) });
    // A section reads once it comes near the view (lib/visible.tsx): scroll to it as a user does, then wait for its learnings.
    await results.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await results.textContent()) ?? '').toContain('108 → 28');
    const resultsText = (await results.textContent()) ?? '';
    expect(resultsText).toContain('108 → 28');
    expect(resultsText).toContain('Inventarisasi aplikasi layanan publik Buleleng');
    expect(resultsText).toContain('Kaji kebutuhan command center');

    // Stored as instants: 05.00 WITA is 21.00 UTC the day before; 09.00 WIB is 02.00 UTC.
    const db = e2e.session.app.db;
    const rows = db.prepare(`SELECT title, start_at, start_zone, end_at, end_zone FROM agenda_items ORDER BY start_at`).all() as Array<{
      title: string;
      start_at: number;
      start_zone: string;
      end_at: number;
      end_zone: string;
    }>;
    expect(rows.map((r) => [r.title, new Date(r.start_at).toISOString(), r.start_zone, new Date(r.end_at).toISOString(), r.end_zone])).toEqual([
      ['Berangkat ke Malang', '2025-04-23T21:00:00.000Z', 'Asia/Makassar', '2025-04-24T00:15:00.000Z', 'Asia/Jakarta'],
      ['Penyambutan oleh Sekda Kota Malang', '2025-04-24T02:00:00.000Z', 'Asia/Jakarta', '2025-04-24T03:30:00.000Z', 'Asia/Jakarta'],
      ['Kunjungan ke Ngalam Command Center', '2025-04-24T04:00:00.000Z', 'Asia/Jakarta', '2025-04-24T05:30:00.000Z', 'Asia/Jakarta'],
    ]);
    const learnings = db.prepare(`SELECT topic, figures FROM learnings ORDER BY topic`).all() as Array<{ topic: string; figures: string }>;
    expect(learnings.map((l) => l.topic)).toEqual(['Integrasi aplikasi layanan publik', 'Ngalam Command Center']);
    expect(JSON.stringify(learnings.map((l) => JSON.parse(l.figures) as unknown))).toContain('108 → 28');
    expect(db.prepare(`SELECT count(*) FROM followups WHERE deleted_at IS NULL`).pluck().get()).toBe(2);
    expect(e2e.errors).toEqual([]);
  });
});
