import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import type { InputOf } from '../../shared/contract';
import type { TripDetail } from '../../shared/delegation/schemas';
import { call } from '../helpers/dispatch';
import { delegationNames, dialog, memberRow, renderAt, seedTrip, startHarness } from './harness';

const official = (name: string, more: Record<string, string> = {}) =>
  ({ kind: 'official', name, employment: 'pns', ...more }) as InputOf<'people.create'>;

async function seedPeople(app: MainApp) {
  const gede = await call(app, 'people.create', { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const ketut = await call(app, 'people.create', official('Ketut Suwarmawan', { nip: '197205121998031005', golongan: 'IV/c', eselon: 'II', jabatan: 'Kepala Dinas Kominfosanti' }));
  const made = await call(app, 'people.create', official('Made Ary Wiratama', { nip: '197803142003121002', golongan: 'IV/b', jabatan: 'Sekretaris Dinas' }));
  return { gede, ketut, made };
}

const detail = (app: MainApp, id: string): Promise<TripDetail> => call(app, 'trips.detail', { id });

const row = memberRow;

describe('trip page: delegation', () => {
  it('adds members with a role through the directory picker, in protocol order, with the counts', async () => {
    const { app, user } = await startHarness();
    await seedPeople(app);
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    expect(await screen.findByText('Belum ada anggota rombongan')).toBeTruthy();
    expect(screen.getByLabelText('Ringkasan peserta').textContent).toBe('0 pejabat·0 jurnalis·0 tuan rumah');

    const roleSelect = screen.getByRole('combobox', { name: 'Peran anggota baru' });
    // With no head yet, the first one added is proposed as head; choose "Anggota" instead.
    expect((roleSelect as HTMLSelectElement).value).toBe('lead');
    await user.selectOptions(roleSelect, 'Anggota');
    const picker = screen.getByRole('combobox', { name: 'Tambah anggota' });
    await user.type(picker, 'Ketut');
    await user.click(await screen.findByRole('option', { name: /Ketut Suwarmawan/ }));
    await waitFor(() => expect(delegationNames()).toEqual(['Ketut Suwarmawan']));
    expect(screen.getByRole('status').textContent).toContain('Ketut Suwarmawan ditambahkan sebagai Anggota.');

    await user.selectOptions(roleSelect, 'Ketua');
    await user.type(picker, 'Gede');
    await user.click(await screen.findByRole('option', { name: /Gede Supriatna/ }));
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan']));

    // Next proposed role is "Anggota" again; Made (IV/b) goes under Ketut (IV/c).
    expect((roleSelect as HTMLSelectElement).value).toBe('member');
    await user.type(picker, 'Made');
    await user.click(await screen.findByRole('option', { name: /Made Ary Wiratama/ }));
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan', 'Made Ary Wiratama']));

    const gedeRow = row('Gede Supriatna');
    expect(within(gedeRow).getByText('Pejabat terpilih')).toBeTruthy();
    expect(within(gedeRow).getByRole<HTMLSelectElement>('combobox', { name: 'Peran Gede Supriatna' }).value).toBe('lead');
    expect(row('Ketut Suwarmawan').textContent).toContain('19720512 199803 1 005');
    expect(row('Ketut Suwarmawan').textContent).toContain('IV/c');
    expect(screen.getByLabelText('Ringkasan peserta').textContent).toBe('3 pejabat·0 jurnalis·0 tuan rumah');
    expect((await detail(app, trip.id)).members.map((m) => [m.person.name, m.role])).toEqual([
      ['Gede Supriatna', 'lead'],
      ['Ketut Suwarmawan', 'member'],
      ['Made Ary Wiratama', 'member'],
    ]);

    // Changing a role re-sorts by protocol.
    await user.selectOptions(within(row('Made Ary Wiratama')).getByRole('combobox', { name: 'Peran Made Ary Wiratama' }), 'Wakil ketua');
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Made Ary Wiratama', 'Ketut Suwarmawan']));
  });

  it('reorders with Alt+ArrowUp/Down on a focused row and the move buttons; "Urutkan sesuai protokol" resets', async () => {
    const { app, user } = await startHarness();
    const { gede, ketut, made } = await seedPeople(app);
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    for (const [p, role] of [[gede, 'lead'], [ketut, 'member'], [made, 'member']] as const) {
      await call(app, 'members.add', { tripId: trip.id, personId: p.id, role });
    }
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('region', { name: 'Rombongan' });
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan', 'Made Ary Wiratama']));
    expect(screen.queryByRole('button', { name: 'Urutkan sesuai protokol' })).toBeNull();

    row('Gede Supriatna').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(delegationNames()).toEqual(['Ketut Suwarmawan', 'Gede Supriatna', 'Made Ary Wiratama']));
    // Focus stays on the moved row, so the next press moves it again.
    await waitFor(() => expect(document.activeElement).toBe(row('Gede Supriatna')));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(delegationNames()).toEqual(['Ketut Suwarmawan', 'Made Ary Wiratama', 'Gede Supriatna']));
    let d = await detail(app, trip.id);
    expect(d.customOrder).toBe(true);
    expect(d.members.map((m) => m.person.name)).toEqual(['Ketut Suwarmawan', 'Made Ary Wiratama', 'Gede Supriatna']);

    // Plain arrows move between rows; Alt+ArrowUp moves up.
    await waitFor(() => expect(document.activeElement).toBe(row('Gede Supriatna')));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(row('Made Ary Wiratama'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(delegationNames()).toEqual(['Made Ary Wiratama', 'Ketut Suwarmawan', 'Gede Supriatna']));

    // The buttons do the same.
    await user.click(screen.getByRole('button', { name: 'Naikkan Gede Supriatna' }));
    await waitFor(() => expect(delegationNames()).toEqual(['Made Ary Wiratama', 'Gede Supriatna', 'Ketut Suwarmawan']));
    expect(screen.getByText('Urutan diatur manual.', { selector: '.order-note' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Urutkan sesuai protokol' }));
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan', 'Made Ary Wiratama']));
    d = await detail(app, trip.id);
    expect(d.customOrder).toBe(false);
    expect(screen.queryByRole('button', { name: 'Urutkan sesuai protokol' })).toBeNull();
  });

  it('removes a member and brings them back with "Urungkan"', async () => {
    const { app, user } = await startHarness();
    const { gede, ketut } = await seedPeople(app);
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    await call(app, 'members.add', { tripId: trip.id, personId: gede.id, role: 'lead' });
    const k = await call(app, 'members.add', { tripId: trip.id, personId: ketut.id, role: 'member' });
    await call(app, 'members.update', { id: k.id, patch: { hotel: 'Hotel Tugu Malang' } });
    renderAt(`#/trips/${trip.id}`);
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan']));

    await user.click(screen.getByRole('button', { name: 'Keluarkan Ketut Suwarmawan' }));
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna']));
    expect(screen.getByLabelText('Ringkasan peserta').textContent).toContain('1 pejabat');
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Ketut Suwarmawan dikeluarkan dari rombongan.');
    expect((await detail(app, trip.id)).members).toHaveLength(1);

    await user.click(within(status).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna', 'Ketut Suwarmawan']));
    const back = (await detail(app, trip.id)).members.find((m) => m.personId === ketut.id);
    expect(back).toMatchObject({ id: k.id, hotel: 'Hotel Tugu Malang' });
    expect(status.textContent).toContain('Ketut Suwarmawan kembali ke rombongan.');
  });

  it('shows warnings inline: another trip on the same days, a shared NIP, a missing NIP', async () => {
    const { app } = await startHarness();
    const { made } = await seedPeople(app);
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const rakor = await seedTrip(app, 'Rakor SPBE Provinsi Bali', '2025-04-25', '2025-04-25');
    await call(app, 'members.add', { tripId: trip.id, personId: made.id, role: 'member' });
    await call(app, 'members.add', { tripId: rakor.id, personId: made.id, role: 'member' });
    const pppk = await call(app, 'people.create', official('Kadek Sri Wahyuni', { employment: 'pppk' }));
    await call(app, 'members.add', { tripId: trip.id, personId: pppk.id, role: 'companion' });
    // The same official entered twice (as an old import could): the directory refuses it, so plain SQL.
    const twin = await call(app, 'people.create', official('I Made Ary Wiratama'));
    app.db.prepare('UPDATE people SET nip = ? WHERE id = ?').run('197803142003121002', twin.id);
    await call(app, 'members.add', { tripId: trip.id, personId: twin.id, role: 'member' });

    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('region', { name: 'Rombongan' });
    await waitFor(() => expect(delegationNames()).toHaveLength(3));
    const warningsOf = (name: string) => {
      const next = row(name).nextElementSibling;
      return next?.classList.contains('warning-row') ? (next.textContent ?? '') : '';
    };
    expect(warningsOf('Made Ary Wiratama')).toContain('Juga ikut perjalanan Rakor SPBE Provinsi Bali (25 April 2025)');
    expect(warningsOf('Made Ary Wiratama')).toContain('NIP sama dengan I Made Ary Wiratama');
    expect(warningsOf('I Made Ary Wiratama')).toContain('NIP sama dengan Made Ary Wiratama');
    expect(warningsOf('Kadek Sri Wahyuni')).toBe('Belum ada NIP');
    expect(screen.getByRole('link', { name: 'Rakor SPBE Provinsi Bali' }).getAttribute('href')).toBe(`#/trips/${rakor.id}`);
  });

  it('creates someone new inline with "Orang baru", validating the NIP first', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Orang baru' }));
    const form = screen.getByRole('form', { name: 'Pejabat baru' });
    await user.type(within(form).getByLabelText('Nama'), 'Nyoman Adi Saputra');
    await user.type(within(form).getByLabelText('Gelar belakang'), 'S.Sos.');
    await user.type(within(form).getByLabelText('NIP'), '1987061720100110');
    await user.click(within(form).getByRole('button', { name: 'Simpan dan tambahkan' }));
    expect(await within(form).findByText('NIP harus 18 angka.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('NIP'));
    expect((await detail(app, trip.id)).members).toEqual([]);

    await user.type(within(form).getByLabelText('NIP'), '03');
    await user.click(within(form).getByRole('button', { name: 'Simpan dan tambahkan' }));
    await waitFor(() => expect(delegationNames()).toEqual(['Nyoman Adi Saputra, S.Sos.']));
    expect(screen.queryByRole('form', { name: 'Pejabat baru' })).toBeNull();
    const [m] = (await detail(app, trip.id)).members;
    expect(m).toMatchObject({ role: 'lead', person: { name: 'Nyoman Adi Saputra', nip: '198706172010011003', kind: 'official' } });
  });

  it('a 45-member delegation renders a window of its rows, every member reached row by row with ↓; the last row moved by keyboard keeps its focus', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi Besar ke Kota Malang', '2025-04-24', '2025-04-25');
    const names: string[] = [];
    for (let i = 1; i <= 45; i++) {
      const name = `Anggota Rombongan ${String(i).padStart(2, '0')}`;
      names.push(name);
      const p = await call(app, 'people.create', { kind: 'official', name });
      await call(app, 'members.add', { tripId: trip.id, personId: p.id, role: i === 1 ? 'lead' : 'member' });
    }
    renderAt(`#/trips/${trip.id}`);
    const region = await screen.findByRole('region', { name: 'Rombongan' });
    await waitFor(() => expect(delegationNames().length).toBeGreaterThan(0));
    // Past a few dozen, only the rows near the view are in the DOM (lib/windowed.tsx); the table counts them all.
    expect(delegationNames().length).toBeLessThan(45);
    const rowCount = within(region).getByRole('table').getAttribute('aria-rowcount');
    expect(Number(rowCount)).toBeGreaterThan(45);

    // Every member is in the list: ↓ reaches each, rendered as it is reached.
    const focusedName = () => document.activeElement?.querySelector('.person-name')?.textContent ?? '';
    row(delegationNames()[0] as string).focus();
    const seen = [focusedName()];
    for (let i = 1; i < 45; i++) {
      await user.keyboard('{ArrowDown}');
      await waitFor(() => expect(focusedName()).not.toBe(seen[i - 1]));
      seen.push(focusedName());
    }
    expect(new Set(seen)).toEqual(new Set(names));

    // The last row, moved up with Alt+↑: nothing is cut from the list, and focus stays on it.
    const last = seen[44] as string;
    expect(document.activeElement).toBe(row(last));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(row(last).querySelector('.cell-no')?.textContent).toBe('44'));
    await waitFor(() => expect(document.activeElement).toBe(row(last)));
    expect(within(region).getByRole('table').getAttribute('aria-rowcount')).toBe(rowCount);
    expect((await detail(app, trip.id)).members.map((m) => m.person.name)[43]).toBe(last);
  });
});

describe('trip page: journalists, hosts, details, duplicate', () => {
  it('lists journalists apart, adds hosts with their people and venues, and counts them', async () => {
    const { app, user } = await startHarness();
    const radar = await call(app, 'institutions.create', { kind: 'media', name: 'Radar Bali' });
    await call(app, 'people.create', { kind: 'journalist', name: 'Putu Agus Mahendra', institutionId: radar.id, mediaType: 'print' });
    await call(app, 'institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);

    const press = await screen.findByRole('region', { name: 'Jurnalis' });
    await user.type(within(press).getByRole('combobox', { name: 'Tambah jurnalis' }), 'Putu');
    await user.click(await screen.findByRole('option', { name: /Putu Agus Mahendra/ }));
    await waitFor(() => expect(within(press).getByRole('table').textContent).toContain('Radar Bali'));
    expect(within(press).getByRole('table').textContent).toContain('Cetak');
    expect(delegationNames()).toEqual([]);

    const hosts = screen.getByRole('region', { name: 'Tuan rumah' });
    await user.click(within(hosts).getByRole('combobox', { name: 'Tambah instansi tuan rumah' }));
    await user.click(await screen.findByRole('option', { name: /Pemerintah Kota Malang/ }));
    const card = await within(hosts).findByRole('article', { name: 'Pemerintah Kota Malang' });
    expect(card.textContent).toContain('WIB');
    expect(screen.getByLabelText('Ringkasan peserta').textContent).toBe('0 pejabat·1 jurnalis·1 tuan rumah');

    // A host official, created inline as the liaison.
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Peran pejabat baru' }), 'Narahubung');
    await user.click(within(card).getByRole('button', { name: 'Pejabat baru' }));
    const form = within(card).getByRole('form', { name: /Pejabat tuan rumah baru/ });
    await user.type(within(form).getByLabelText('Nama'), 'Yulia Rahmawati');
    await user.type(within(form).getByLabelText('Telepon'), '0812 3456 7821');
    await user.click(within(form).getByRole('button', { name: 'Simpan dan tambahkan' }));
    await waitFor(() => expect(within(card).getByRole('table').textContent).toContain('Yulia Rahmawati'));
    expect(within(card).getByRole('table').textContent).toContain('0812 3456 7821');
    expect(within(card).getByRole<HTMLSelectElement>('combobox', { name: 'Peran Yulia Rahmawati' }).value).toBe('liaison');

    await user.click(within(card).getByRole('button', { name: 'Tambah tempat' }));
    await user.type(within(card).getByLabelText('Nama tempat'), 'Ngalam Command Center');
    await user.click(within(card).getByRole('button', { name: 'Simpan tempat' }));
    await waitFor(() => expect(within(card).getByText('Ngalam Command Center')).toBeTruthy());
    const d = await detail(app, trip.id);
    expect(d.counts).toEqual({ officials: 0, journalists: 1, hosts: 1, hostPeople: 1 });
    expect(d.hostPeople[0]).toMatchObject({ hostRole: 'liaison', person: { kind: 'host_official', institutionId: d.hosts[0]!.institutionId } });
    expect(d.venues.map((v) => [v.name, v.institutionId])).toEqual([['Ngalam Command Center', d.hosts[0]!.institutionId]]);
  });

  it('edits the details per section: status, destinations with zone, narrative and the legal basis', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Lengkapi rincian' }));
    const form = screen.getByRole('form', { name: 'Rincian' });
    await user.selectOptions(within(form).getByLabelText('Status'), 'Persiapan');
    await user.type(within(form).getByRole('combobox', { name: 'Daerah tujuan' }), 'kota malang');
    await user.click(await screen.findByRole('option', { name: /Kota Malang/ }));
    expect(within(form).getByRole('button', { name: 'Hapus Kota Malang dari daerah tujuan' })).toBeTruthy();
    await user.type(within(form).getByLabelText('Maksud'), 'Mempelajari Command Center.');
    await user.click(within(form).getByRole('button', { name: 'Tambah dasar' }));
    await user.type(within(form).getByRole('textbox', { name: 'Dasar 1' }), 'SPT Nomor 000.1.2.3/1551/2025');
    await user.click(within(form).getByRole('button', { name: 'Tambah dasar' }));
    await user.type(within(form).getByRole('textbox', { name: 'Dasar 2' }), 'DPA-SKPD Dinas Kominfosanti');
    await user.click(within(form).getByRole('button', { name: 'Naikkan dasar 2' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan rincian' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Rincian' })).toBeNull());
    const t = (await detail(app, trip.id)).trip;
    expect(t).toMatchObject({
      status: 'preparing',
      hostRegionCodes: ['35.73'],
      purpose: 'Mempelajari Command Center.',
      legalBasis: ['DPA-SKPD Dinas Kominfosanti', 'SPT Nomor 000.1.2.3/1551/2025'],
    });
    const region = screen.getByRole('region', { name: 'Rincian' });
    expect(region.textContent).toContain('Kota Malang');
    expect(region.textContent).toContain('WIB');
    expect([...region.querySelectorAll('.legal-basis li')].map((li) => li.textContent)).toEqual(['DPA-SKPD Dinas Kominfosanti', 'SPT Nomor 000.1.2.3/1551/2025']);

    // A field that is too long is named under the field, and nothing is saved.
    await user.click(screen.getByRole('button', { name: 'Ubah rincian' }));
    const again = screen.getByRole('form', { name: 'Rincian' });
    const scope = within(again).getByLabelText('Ruang lingkup');
    await user.click(scope);
    await user.paste('x'.repeat(20_001));
    await user.click(within(again).getByRole('button', { name: 'Simpan rincian' }));
    expect((await within(again).findByRole('alert')).textContent).toBe('Ruang lingkup terlalu panjang: paling banyak 20000 karakter.');
    expect(document.activeElement).toBe(scope);
    expect((await detail(app, trip.id)).trip.scope).toBe('');
  });

  it('"Duplikat sebagai templat" asks a title and dates, then opens the copy', async () => {
    const { app, user } = await startHarness();
    const { gede } = await seedPeople(app);
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    await call(app, 'members.add', { tripId: trip.id, personId: gede.id, role: 'lead' });
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Duplikat sebagai templat' }));
    const dlg = await dialog('Duplikat sebagai templat');
    const title = within(dlg).getByLabelText('Judul perjalanan');
    expect((title as HTMLInputElement).value).toBe('Studi Komparasi ke Kota Malang (salinan)');
    await user.clear(title);
    await user.type(title, 'Studi Komparasi Lanjutan ke Kota Malang');
    await user.clear(within(dlg).getByLabelText('Tanggal selesai'));
    await user.type(within(dlg).getByLabelText('Tanggal selesai'), '2025-04-01');
    await user.click(within(dlg).getByRole('button', { name: 'Buat salinan' }));
    expect((await within(dlg).findByRole('alert')).textContent).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');

    await user.clear(within(dlg).getByLabelText('Tanggal mulai'));
    await user.type(within(dlg).getByLabelText('Tanggal mulai'), '2026-04-23');
    await user.clear(within(dlg).getByLabelText('Tanggal selesai'));
    await user.type(within(dlg).getByLabelText('Tanggal selesai'), '2026-04-24');
    await user.click(within(dlg).getByRole('button', { name: 'Buat salinan' }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Studi Komparasi Lanjutan ke Kota Malang'));
    const copyId = decodeURIComponent(window.location.hash.replace('#/trips/', ''));
    expect(copyId).not.toBe(trip.id);
    await waitFor(() => expect(delegationNames()).toEqual(['Gede Supriatna']));
    expect((await detail(app, copyId)).trip).toMatchObject({ startDate: '2026-04-23', endDate: '2026-04-24', status: 'planned' });
  });
});
