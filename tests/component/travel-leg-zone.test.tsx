import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { dialog, renderAt, setField, startHarness } from './harness';
import { call } from '../helpers/dispatch';

/** Kabupaten Buleleng (WITA) visits Kota Malang (WIB). */
async function seedBulelengToMalang(app: MainApp) {
  const home = await call(app, 'institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
  const trip = await call(app, 'trips.create', {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-26',
    hostRegionCodes: ['35.73'],
    originInstitutionId: home.id,
  });
  return trip;
}

const agendaRegion = () => screen.getByRole('region', { name: 'Agenda' });
const zoneOf = (root: HTMLElement, label: string) => {
  const select = within(root).getByLabelText<HTMLSelectElement>(label);
  return { value: select.value, text: select.selectedOptions[0]?.textContent ?? '' };
};

describe('agenda: a new journey leaves in the zone of where the delegation is', () => {
  it('Buleleng → Malang departs in WITA and arrives in WIB; the next journey departs in WIB', async () => {
    const { app, user } = await startHarness();
    const trip = await seedBulelengToMalang(app);
    renderAt(`#/trips/${trip.id}`);
    await within(await screen.findByRole('region', { name: 'Agenda' })).findByText('Belum ada agenda');

    // The first day's flight: from home (Buleleng, WITA) to the host (Kota Malang, WIB).
    await user.click(within(agendaRegion()).getByRole('button', { name: 'Tambah acara' }));
    let d = await dialog('Acara baru');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Perjalanan');
    expect(within(d).getByLabelText<HTMLInputElement>('Tanggal').value).toBe('24/04/2025');
    await waitFor(() => expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Makassar'));
    expect(zoneOf(d, 'Zona waktu berangkat').text).toMatch(/^WITA/);
    expect(zoneOf(d, 'Zona waktu tiba')).toMatchObject({ value: 'Asia/Jakarta', text: expect.stringMatching(/^WIB/) as unknown });
    expect(within(d).getByText('Berangkat dari wilayah instansi asal, Pemerintah Kabupaten Buleleng (WITA).')).toBeTruthy();

    await user.type(within(d).getByLabelText('Nama acara'), 'Berangkat ke Malang');
    setField('Berangkat', '05:00', d);
    setField('Tiba', '10:15', d);
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(agendaRegion()).findByText('05.00 WITA – 10.15 WIB')).toBeTruthy();
    const [flight] = await call(app, 'agenda.list', { tripId: trip.id });
    expect(flight).toMatchObject({ startLocal: '2025-04-24T05:00', startZone: 'Asia/Makassar', endLocal: '2025-04-24T10:15', endZone: 'Asia/Jakarta' });

    // A second journey after that arrival: it leaves from Malang, in WIB.
    const day = within(agendaRegion()).getByRole('heading', { name: 'Kamis, 24 April 2025' }).closest('.agenda-day') as HTMLElement;
    await user.click(within(day).getByRole('button', { name: 'Tambah acara' }));
    d = await dialog('Acara baru');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Perjalanan');
    await waitFor(() => expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Jakarta'));
    expect(zoneOf(d, 'Zona waktu berangkat').text).toMatch(/^WIB/);
    expect(zoneOf(d, 'Zona waktu tiba').value).toBe('Asia/Jakarta');
    expect(within(d).getByText('Berangkat dari tempat tiba perjalanan sebelumnya, “Berangkat ke Malang” (WIB).')).toBeTruthy();

    // Later days follow the same arrival; a journey before the flight still leaves from home.
    setField('Tanggal', '26/04/2025', d);
    expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Jakarta');
    setField('Tanggal', '24/04/2025', d);
    setField('Berangkat', '04:00', d);
    expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Makassar');
    setField('Berangkat', '14:00', d);
    expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Jakarta');

    // A zone the user picks stays, whatever the time says.
    await user.selectOptions(within(d).getByLabelText('Zona waktu berangkat'), 'Asia/Makassar');
    setField('Berangkat', '15:00', d);
    expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Makassar');
    await user.selectOptions(within(d).getByLabelText('Zona waktu berangkat'), 'Asia/Jakarta');

    await user.type(within(d).getByLabelText('Nama acara'), 'Ke Ngalam Command Center');
    setField('Tiba', '15:30', d);
    await user.click(within(d).getByRole('button', { name: 'Tambah' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const second = (await call(app, 'agenda.list', { tripId: trip.id })).find((a) => a.title === 'Ke Ngalam Command Center');
    expect(second).toMatchObject({ startLocal: '2025-04-24T15:00', startZone: 'Asia/Jakarta', endZone: 'Asia/Jakarta' });
  });

  it('an event (not a journey) stays in the zone of its place', async () => {
    const { app, user } = await startHarness();
    const trip = await seedBulelengToMalang(app);
    renderAt(`#/trips/${trip.id}`);
    await within(await screen.findByRole('region', { name: 'Agenda' })).findByText('Belum ada agenda');
    await user.click(within(agendaRegion()).getByRole('button', { name: 'Tambah acara' }));
    const d = await dialog('Acara baru');
    expect(zoneOf(d, 'Zona waktu').value).toBe('Asia/Jakarta');
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Perjalanan');
    await waitFor(() => expect(zoneOf(d, 'Zona waktu berangkat').value).toBe('Asia/Makassar'));
    await user.selectOptions(within(d).getByLabelText('Jenis acara'), 'Paparan');
    expect(zoneOf(d, 'Zona waktu').value).toBe('Asia/Jakarta');
  });
});
