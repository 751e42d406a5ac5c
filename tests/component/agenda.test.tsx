import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import type { AgendaItem } from '../../shared/agenda/schemas';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, setField, startHarness } from './harness';

async function seedMalang(app: MainApp) {
  const trip = await call(app, 'trips.create', {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
  });
  const pemkot = await call(app, 'institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
  await call(app, 'hosts.add', { tripId: trip.id, institutionId: pemkot.id });
  await call(app, 'venues.create', { tripId: trip.id, institutionId: pemkot.id, name: 'Ruang Sidang Balai Kota Malang', address: '' });
  await call(app, 'venues.create', { tripId: trip.id, institutionId: pemkot.id, name: 'Ngalam Command Center', address: '' });
  return trip;
}

/** Local start and end of each item, by title. */
async function times(app: MainApp, tripId: string): Promise<Record<string, [string, string]>> {
  const items = await call(app, 'agenda.list', { tripId });
  return Object.fromEntries(items.map((i) => [i.title, [i.startLocal, i.endLocal]]));
}

/** The undo button of the toast saying `message`. */
async function undoButton(message: string): Promise<HTMLElement> {
  const toast = (await screen.findByText(message)).closest('.toast') as HTMLElement;
  return within(toast).getByRole('button', { name: 'Urungkan' });
}

const agendaRegion = () => screen.getByRole('region', { name: 'Agenda' });

describe('trip page: agenda', () => {
  it("builds the Malang visit's morning across two zones, grouped by the local day of the place", async () => {
    const { app, user } = await startHarness();
    const trip = await seedMalang(app);
    renderAt(`#/trips/${trip.id}`);
    expect(await screen.findByText('Belum ada agenda')).toBeTruthy();

    // 1. The flight: Singaraja 05.00 WITA → Malang 10.15 WIB.
    await user.click(within(agendaRegion()).getByRole('button', { name: 'Tambah acara' }));
    let d = await dialog('Acara baru');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Perjalanan');
    await user.type(within(d).getByLabelText('Nama acara'), 'Berangkat ke Malang');
    expect(within(d).getByLabelText<HTMLInputElement>('Tanggal').value).toBe('24/04/2025');
    setField('Berangkat', '05:00', d);
    await user.selectOptions(within(d).getByLabelText('Zona waktu berangkat'), 'Asia/Makassar');
    setField('Tiba', '10:15', d);
    await user.selectOptions(within(d).getByLabelText('Zona waktu tiba'), 'Asia/Jakarta');
    await user.type(within(d).getByLabelText('Dari'), 'Singaraja');
    await user.type(within(d).getByLabelText('Ke'), 'Malang');
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(agendaRegion()).findByText('05.00 WITA – 10.15 WIB')).toBeTruthy();
    expect(within(agendaRegion()).getByText('Singaraja → Malang')).toBeTruthy();

    // 2. The reception at Balai Kota: the zone follows the venue (Kota Malang, WIB).
    const day = () => within(agendaRegion()).getByRole('heading', { name: 'Kamis, 24 April 2025' }).closest('.agenda-day') as HTMLElement;
    await user.click(within(day()).getByRole('button', { name: 'Tambah acara' }));
    d = await dialog('Acara baru');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Penyambutan');
    await user.type(within(d).getByLabelText('Nama acara'), 'Penyambutan oleh Sekda Kota Malang');
    await user.selectOptions(within(d).getByLabelText('Tempat'), 'Ruang Sidang Balai Kota Malang');
    expect(within(d).getByLabelText<HTMLSelectElement>('Zona waktu').value).toBe('Asia/Jakarta');
    setField('Mulai', '10:45', d);
    // An end before the start is refused, under the field.
    setField('Selesai', '09:00', d);
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    expect((await within(d).findByRole('alert')).textContent).toBe('Jam selesai harus sesudah jam mulai.');
    expect(within(d).getByLabelText('Selesai').getAttribute('aria-invalid')).toBe('true');
    setField('Selesai', '12:00', d);
    await user.type(within(d).getByLabelText('Penanggung jawab'), 'Bagian Protokol Pemkot Malang');
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // 3. Ngalam Command Center after lunch.
    await user.click(within(day()).getByRole('button', { name: 'Tambah acara' }));
    d = await dialog('Acara baru');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Kunjungan lapangan');
    await user.type(within(d).getByLabelText('Nama acara'), 'Kunjungan ke Ngalam Command Center');
    await user.selectOptions(within(d).getByLabelText('Tempat'), 'Ngalam Command Center');
    setField('Mulai', '13:00', d);
    setField('Selesai', '14:30', d);
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(day().querySelectorAll('.agenda-item')).toHaveLength(3));
    const times = [...day().querySelectorAll('.agenda-time')].map((e) => e.textContent);
    expect(times).toEqual(['05.00 WITA – 10.15 WIB', '10.45–12.00 WIB', '13.00–14.30 WIB']);
    const gaps = [...day().querySelectorAll('.agenda-gap')].map((e) => e.textContent);
    expect(gaps).toEqual(['jeda 30 menit', 'jeda 1 jam']);
    expect(within(day()).getByText('Ruang Sidang Balai Kota Malang')).toBeTruthy();
    expect(within(day()).getByText('Bagian Protokol Pemkot Malang')).toBeTruthy();
    expect(within(day()).getByText('Kunjungan lapangan')).toBeTruthy();

    // Stored as instants plus the zone of the place.
    const items = await call(app, 'agenda.list', { tripId: trip.id });
    const leg = items[0] as AgendaItem;
    expect(new Date(leg.startAt).toISOString()).toBe('2025-04-23T21:00:00.000Z');
    expect(leg).toMatchObject({ startZone: 'Asia/Makassar', endZone: 'Asia/Jakarta' });
    expect(items.map((i) => i.startZone)).toEqual(['Asia/Makassar', 'Asia/Jakarta', 'Asia/Jakarta']);
  });

  it('groups a late item by the date of its own place and flags overlaps quietly', async () => {
    const { app, user } = await startHarness();
    const trip = await seedMalang(app);
    const base = { tripId: trip.id, kind: 'other' as const };
    // 00.30 WITA on the 25th is 23.30 WIB on the 24th: it belongs to Friday in Bali.
    await call(app, 'agenda.create', { ...base, title: 'Tiba di Singaraja', startLocal: '2025-04-25T00:30', startZone: 'Asia/Makassar', endLocal: '2025-04-25T01:00' });
    await call(app, 'agenda.create', { ...base, title: 'Paparan Command Center', startLocal: '2025-04-24T13:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T14:30' });
    await call(app, 'agenda.create', { ...base, title: 'Wawancara media', startLocal: '2025-04-24T14:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T15:00' });
    await call(app, 'agenda.create', { ...base, title: 'Foto bersama', startLocal: '2025-04-24T13:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T13:10' });
    renderAt(`#/trips/${trip.id}`);
    const region = await screen.findByRole('region', { name: 'Agenda' });
    const headings = await within(region).findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Kamis, 24 April 2025', 'Jumat, 25 April 2025']);
    expect(within(region).getByText('00.30–01.00 WITA')).toBeTruthy();
    expect(within(region).getByText('Bentrok dengan "Wawancara media" (14.00–15.00 WIB).')).toBeTruthy();
    expect(within(region).getAllByText('Bentrok dengan "Paparan Command Center" (13.00–14.30 WIB).')).toHaveLength(2);

    // Shift Friday back one day: it joins Thursday.
    await user.click(within(region).getByRole('button', { name: 'Mundurkan semua acara Jumat, 25 April 2025 satu hari' }));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kamis, 24 April 2025']));

    // Alt+↓ moves an item among those starting at the same time.
    const titles = () => [...region.querySelectorAll('.agenda-title')].map((e) => e.textContent).filter((x) => x === 'Foto bersama' || x === 'Paparan Command Center');
    expect(titles()).toEqual(['Paparan Command Center', 'Foto bersama']);
    const paparan = within(region).getByRole('article', { name: /Paparan Command Center/ });
    paparan.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(titles()).toEqual(['Foto bersama', 'Paparan Command Center']));

    // Remove with undo.
    await user.click(within(region).getByRole('button', { name: 'Hapus Wawancara media' }));
    await waitFor(() => expect(within(region).queryByText('Wawancara media')).toBeNull());
    await user.click(await undoButton('Acara "Wawancara media" dihapus.'));
    expect(await within(region).findByText('Wawancara media')).toBeTruthy();
  });

  it('shifts a day forward onto a day that has items, and undo moves back only the shifted ones', async () => {
    const { app, user } = await startHarness();
    const trip = await seedMalang(app);
    const base = { tripId: trip.id, kind: 'other' as const, startZone: 'Asia/Jakarta' };
    await call(app, 'agenda.create', { ...base, title: 'Penyambutan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' });
    await call(app, 'agenda.create', { ...base, title: 'Kunjungan NCC', startLocal: '2025-04-24T13:00', endLocal: '2025-04-24T14:30' });
    await call(app, 'agenda.create', { ...base, title: 'Ramah tamah', startLocal: '2025-04-25T08:00', endLocal: '2025-04-25T09:00' });
    const before = await times(app, trip.id);
    renderAt(`#/trips/${trip.id}`);
    const region = await screen.findByRole('region', { name: 'Agenda' });
    await within(region).findByText('Penyambutan');

    await user.click(within(region).getByRole('button', { name: 'Majukan semua acara Kamis, 24 April 2025 satu hari' }));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Jumat, 25 April 2025']));
    expect(await times(app, trip.id)).toEqual({
      Penyambutan: ['2025-04-25T09:00', '2025-04-25T10:00'],
      'Kunjungan NCC': ['2025-04-25T13:00', '2025-04-25T14:30'],
      'Ramah tamah': ['2025-04-25T08:00', '2025-04-25T09:00'],
    });

    await user.click(await undoButton('Acara Kamis, 24 April 2025 dipindah +1 hari.'));
    await waitFor(() =>
      expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kamis, 24 April 2025', 'Jumat, 25 April 2025']),
    );
    expect(await times(app, trip.id)).toEqual(before);
  });

  it('copies a day to the next one, and undo removes exactly the copies', async () => {
    const { app, user } = await startHarness();
    const trip = await seedMalang(app);
    const base = { tripId: trip.id, kind: 'other' as const, startZone: 'Asia/Jakarta' };
    await call(app, 'agenda.create', { ...base, title: 'Penyambutan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' });
    await call(app, 'agenda.create', { ...base, title: 'Kunjungan NCC', startLocal: '2025-04-24T13:00', endLocal: '2025-04-24T14:30' });
    const originals = (await call(app, 'agenda.list', { tripId: trip.id })).map((i) => i.id);
    renderAt(`#/trips/${trip.id}`);
    const region = await screen.findByRole('region', { name: 'Agenda' });
    await within(region).findByText('Penyambutan');

    await user.click(within(region).getByRole('button', { name: 'Salin semua acara Kamis, 24 April 2025 ke hari lain' }));
    const d = await dialog('Salin acara Kamis, 24 April 2025');
    expect(within(d).getByLabelText<HTMLInputElement>('Ke tanggal').value).toBe('25/04/2025');
    await user.click(within(d).getByRole('button', { name: 'Salin' }));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kamis, 24 April 2025', 'Jumat, 25 April 2025']));
    expect(await call(app, 'agenda.list', { tripId: trip.id })).toHaveLength(4);

    await user.click(await undoButton('Acara Kamis, 24 April 2025 disalin ke Jumat, 25 April 2025.'));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kamis, 24 April 2025']));
    expect((await call(app, 'agenda.list', { tripId: trip.id })).map((i) => i.id)).toEqual(originals);
  });

  it("numbers the trip's days and warns on a day outside the trip dates", async () => {
    const { app } = await startHarness();
    const trip = await seedMalang(app);
    const base = { tripId: trip.id, kind: 'other' as const, startZone: 'Asia/Jakarta' };
    await call(app, 'agenda.create', { ...base, title: 'Penyambutan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' });
    await call(app, 'agenda.create', { ...base, title: 'Rapat evaluasi', startLocal: '2025-04-28T09:00', endLocal: '2025-04-28T10:00' });
    renderAt(`#/trips/${trip.id}`);
    const region = await screen.findByRole('region', { name: 'Agenda' });
    await within(region).findByText('Rapat evaluasi');
    const group = (name: string) => within(region).getByRole('heading', { level: 3, name }).closest('.agenda-day') as HTMLElement;

    const thursday = within(region).getByRole('heading', { level: 3, name: 'Kamis, 24 April 2025' });
    expect(within(group('Kamis, 24 April 2025')).getByText('Hari ke-1 dari 2')).toBeTruthy();
    expect(thursday.getAttribute('aria-describedby')).toBe(within(group('Kamis, 24 April 2025')).getByText('Hari ke-1 dari 2').id);
    expect(within(group('Kamis, 24 April 2025')).queryByText(/Di luar tanggal perjalanan/)).toBeNull();
    const monday = group('Senin, 28 April 2025');
    expect(within(monday).getByText('Di luar tanggal perjalanan (24–25 April 2025): periksa tanggalnya.')).toBeTruthy();
    expect(within(monday).queryByText(/Hari ke-/)).toBeNull();
  });
});
