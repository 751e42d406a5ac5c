import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../main/app';
import { searchTrips } from '../../main/trips';
import type { TripListItem, TripSearchInput, TripSearchResult } from '../../shared/trips/schemas';
import { generateLarge } from '../../scripts/seed-large';

/* `trips.search`: the trips list's search and filters, through the real dispatcher. */

let app: App;
beforeEach(async () => {
  app = await startApp({ dbPath: ':memory:', mode: 'test', log: () => undefined });
});
afterEach(() => app.close());

async function call<T>(op: string, input: unknown): Promise<T> {
  const r = await app.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}
const search = (input: TripSearchInput = {}) => call<TripSearchResult>('trips.search', input);
const titles = async (input: TripSearchInput = {}) => (await search(input)).items.map((t) => t.title);
const trip = (title: string, startDate: string, more: Record<string, unknown> = {}) =>
  call<{ id: string }>('trips.create', { title, startDate, endDate: startDate, ...more });

async function seed() {
  const origin = await call<{ id: string }>('institutions.create', { kind: 'own', name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik' });
  const malang = await trip('Studi Komparasi Command Center', '2025-04-24', { hostRegionCodes: ['35.73'], status: 'done', originInstitutionId: origin.id });
  const mataram = await trip('Studi Tiru KIM', '2024-06-10', { hostRegionCodes: ['52.71'], status: 'reported' });
  const banyuwangi = await trip('Kunjungan Kerja Smart Kampung', '2024-02-01', { hostRegionCodes: ['35.10'] });
  const host = await call<{ id: string }>('institutions.create', { kind: 'host', name: 'Diskominfo Kota Mataram', regionCode: '52.71' });
  await call('hosts.add', { tripId: mataram.id, institutionId: host.id });
  const speaker = await call<{ id: string }>('people.create', { kind: 'host_official', name: 'Lalu Ahmad Zaenuddin', institutionId: host.id });
  await call('hostPeople.add', { tripId: mataram.id, personId: speaker.id, hostRole: 'receiver' });
  const lead = await call<{ id: string; personId: string }>('members.addNew', {
    tripId: banyuwangi.id,
    role: 'lead',
    person: { kind: 'official', name: 'Ni Luh Putu Séri Ariani', employment: 'elected' },
  });
  return { origin, malang, mataram, banyuwangi, host, speaker, lead };
}

describe('trips.search', () => {
  it('lists every live trip newest first, with the filters’ choices', async () => {
    await seed();
    const r = await search();
    expect(r.items.map((t) => t.title)).toEqual(['Studi Komparasi Command Center', 'Studi Tiru KIM', 'Kunjungan Kerja Smart Kampung']);
    expect(r.total).toBe(3);
    expect(r.years).toEqual([2025, 2024]);
    expect(r.regionCodes).toEqual(['35.10', '35.73', '52.71']);
  });

  it('finds a trip by its title: any case, any accents, words in any order', async () => {
    await seed();
    expect(await titles({ query: 'command' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ query: 'CENTER  komparasi' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ query: 'Kómparasi' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ query: 'studi' })).toEqual(['Studi Komparasi Command Center', 'Studi Tiru KIM']);
    // Every word must be found.
    expect(await titles({ query: 'studi kampung' })).toEqual([]);
  });

  it('finds a trip by the name of its host region or that region’s province', async () => {
    await seed();
    expect(await titles({ query: 'malang' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ query: 'kota mataram' })).toEqual(['Studi Tiru KIM']);
    expect(await titles({ query: 'jawa timur' })).toEqual(['Studi Komparasi Command Center', 'Kunjungan Kerja Smart Kampung']);
    expect(await titles({ query: 'banyuwangi kampung' })).toEqual(['Kunjungan Kerja Smart Kampung']);
  });

  it('finds a trip by the name of its origin or host institution', async () => {
    const s = await seed();
    expect(await titles({ query: 'persandian' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ query: 'diskominfo' })).toEqual(['Studi Tiru KIM']);
    // A renamed institution is found by its new name at once.
    await call('institutions.update', { id: s.host.id, patch: { name: 'Dinas Kominfotik Mataram' } });
    expect(await titles({ query: 'diskominfo' })).toEqual([]);
    expect(await titles({ query: 'kominfotik' })).toEqual(['Studi Tiru KIM']);
  });

  it('finds a trip by the name of a member or a host official, and follows their changes', async () => {
    const s = await seed();
    expect(await titles({ query: 'seri ariani' })).toEqual(['Kunjungan Kerja Smart Kampung']);
    expect(await titles({ query: 'ARIANI séri' })).toEqual(['Kunjungan Kerja Smart Kampung']);
    expect(await titles({ query: 'zaenuddin' })).toEqual(['Studi Tiru KIM']);

    // Renamed in the directory: found by the new name, and by the one the trip keeps (its snapshot, what its documents print).
    await call('people.update', { id: s.lead.personId, patch: { name: 'Ni Made Wulan Sari' } });
    expect(await titles({ query: 'wulan' })).toEqual(['Kunjungan Kerja Smart Kampung']);
    expect(await titles({ query: 'ariani' })).toEqual(['Kunjungan Kerja Smart Kampung']);
    await call('members.remove', { id: s.lead.id });
    expect(await titles({ query: 'wulan' })).toEqual([]);
    expect(await titles({ query: 'ariani' })).toEqual([]);
    await call('members.restore', { id: s.lead.id });
    expect(await titles({ query: 'wulan' })).toEqual(['Kunjungan Kerja Smart Kampung']);
  });

  it('filters by start year, status and host region (a province takes in its regencies and cities)', async () => {
    await seed();
    expect(await titles({ year: 2024 })).toEqual(['Studi Tiru KIM', 'Kunjungan Kerja Smart Kampung']);
    expect(await titles({ year: 2023 })).toEqual([]);
    expect(await titles({ status: 'reported' })).toEqual(['Studi Tiru KIM']);
    expect(await titles({ status: 'planned' })).toEqual(['Kunjungan Kerja Smart Kampung']);
    expect(await titles({ region: '35.73' })).toEqual(['Studi Komparasi Command Center']);
    expect(await titles({ region: '35' })).toEqual(['Studi Komparasi Command Center', 'Kunjungan Kerja Smart Kampung']);
    expect(await titles({ region: '35', year: 2024 })).toEqual(['Kunjungan Kerja Smart Kampung']);
    expect(await titles({ region: '35', query: 'studi' })).toEqual(['Studi Komparasi Command Center']);
    // The choices stay those of all trips whatever the filters.
    const r = await search({ year: 2023 });
    expect([r.total, r.years]).toEqual([3, [2025, 2024]]);
  });

  it('refuses a filter that is not one', async () => {
    expect((await app.dispatch('trips.search', { status: 'finished' })).ok).toBe(false);
    expect((await app.dispatch('trips.search', { region: 'Malang' })).ok).toBe(false);
    expect((await app.dispatch('trips.search', { year: '2024' })).ok).toBe(false);
    expect((await app.dispatch('trips.search', { query: 'x'.repeat(201) })).ok).toBe(false);
  });

  it('answers slim rows: only what the list shows, and how much each trip holds', async () => {
    const s = await seed();
    await call('trips.update', { id: s.malang.id, patch: { background: 'Latar belakang '.repeat(500), legalBasis: ['DPA-SKPD Nomor 1'] } });
    await call('agenda.create', { tripId: s.banyuwangi.id, title: 'Paparan', kind: 'presentation', startLocal: '2024-02-01T09:00', endLocal: '2024-02-01T10:00' });
    const items = (await search()).items;
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['contents', 'endDate', 'hostRegionCodes', 'id', 'startDate', 'status', 'title']);
    }
    const byTitle = new Map(items.map((t) => [t.title, t]));
    expect(byTitle.get('Studi Komparasi Command Center')).toEqual<TripListItem>({
      id: s.malang.id,
      title: 'Studi Komparasi Command Center',
      startDate: '2025-04-24',
      endDate: '2025-04-24',
      status: 'done',
      hostRegionCodes: ['35.73'],
      contents: 0,
    });
    // Mataram: one host institution and one host official; Banyuwangi: one member and one agenda item.
    expect(byTitle.get('Studi Tiru KIM')?.contents).toBe(2);
    expect(byTitle.get('Kunjungan Kerja Smart Kampung')?.contents).toBe(2);
    expect(JSON.stringify(items).length).toBeLessThan(800);
  });

  it('drops a deleted trip and brings a restored one back', async () => {
    const s = await seed();
    await call('trips.delete', { id: s.mataram.id });
    expect(await titles({ query: 'studi' })).toEqual(['Studi Komparasi Command Center']);
    expect((await search()).total).toBe(2);
    await call('trips.restore', { id: s.mataram.id });
    expect(await titles({ query: 'studi' })).toEqual(['Studi Komparasi Command Center', 'Studi Tiru KIM']);
  });

  it('keeps its index the same as one built afresh, through many kinds of writes', async () => {
    generateLarge(app.store, { seed: 7, trips: 60, people: 400, memberships: 900 });
    const queries: TripSearchInput[] = [{}, { query: 'studi' }, { query: 'jawa' }, { query: 'dinas komunikasi' }, { query: 'made' }, { year: 2020 }, { region: '35' }, { status: 'done' }];
    const check = async () => {
      for (const q of queries) {
        const cached = await search(q);
        // Inside a transaction the search builds a private index from the tables.
        const fresh = app.store.write(() => searchTrips(app.store, { query: '', ...q }));
        expect(cached, JSON.stringify(q)).toEqual(fresh);
      }
    };
    await check();
    const [a, b] = (await search()).items;
    if (!a || !b) throw new Error('seed made no trips');
    const memberPerson = app.db.prepare(`SELECT person_id FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL LIMIT 1`).pluck().get(a.id) as string;
    await call('people.update', { id: memberPerson, patch: { name: 'Made Renamed Orang' } });
    await call('trips.update', { id: b.id, patch: { title: 'Judul Baru Sekali', hostRegionCodes: ['73.71'], status: 'reported' } });
    await call('trips.delete', { id: a.id });
    await call('learnings.create', { tripId: b.id, topic: 'Temuan' });
    await trip('Studi Banding ke Kota Makassar', '2020-05-01', { hostRegionCodes: ['73.71'] });
    await check();
    expect(await titles({ query: 'makassar' })).toEqual(expect.arrayContaining(['Judul Baru Sekali', 'Studi Banding ke Kota Makassar']));
  });
});
