import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { dialog, memberRow, renderAt, seedTrip, startHarness } from './harness';
import { call } from '../helpers/dispatch';

/** A trip with two officials and a host official, as they were when they joined. */
async function seed(app: MainApp) {
  const ketut = await call(app, 'people.create', {
    kind: 'official',
    name: 'Ketut Suwarmawan',
    employment: 'pns',
    nip: '197205121998031005',
    golongan: 'IV/b',
    jabatan: 'Kepala Bidang Aplikasi Informatika',
  });
  const made = await call(app, 'people.create', { kind: 'official', name: 'Made Ary Wiratama', employment: 'pns', nip: '197803142003121002', golongan: 'III/d', jabatan: 'Pranata Komputer' });
  const malang = await call(app, 'institutions.create', { kind: 'host', name: 'Dinas Komunikasi dan Informatika Kota Malang', regionCode: '35.73' });
  const host = await call(app, 'people.create', { kind: 'host_official', name: 'Muhammad Nur Widianto', jabatan: 'Sekretaris Dinas', institutionId: malang.id });
  const trip = await seedTrip(app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
  await call(app, 'members.add', { tripId: trip.id, personId: ketut.id, role: 'lead' });
  await call(app, 'members.add', { tripId: trip.id, personId: made.id, role: 'member' });
  await call(app, 'hosts.add', { tripId: trip.id, institutionId: malang.id });
  await call(app, 'hostPeople.add', { tripId: trip.id, personId: host.id, hostRole: 'receiver' });
  return { ketut, made, host, trip };
}

describe('"Perbarui dari direktori" on the trip page', () => {
  it('after a person is edited in the directory, the row shows what changed; updating takes it, and "Urungkan" brings the trip\'s data back', async () => {
    const { app, user } = await startHarness();
    const { ketut, trip } = await seed(app);

    // Ketut is promoted: edited in the directory.
    renderAt('#/directory');
    const dirRow = (await screen.findByRole('rowheader', { name: 'Ketut Suwarmawan' })).closest('tr') as HTMLElement;
    dirRow.focus();
    await user.keyboard('{Enter}');
    const form = await dialog('Ubah data Ketut Suwarmawan');
    const jabatan = within(form).getByLabelText('Jabatan');
    await user.clear(jabatan);
    await user.type(jabatan, 'Kepala Dinas Kominfosanti');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    cleanup();

    renderAt(`#/trips/${trip.id}`);
    await screen.findByText('Ketut Suwarmawan');
    // The trip still prints what it kept, and says the directory differs.
    const row = memberRow('Ketut Suwarmawan');
    expect(within(row).getByText('Kepala Bidang Aplikasi Informatika')).toBeTruthy();
    const notice = (row.nextElementSibling as HTMLElement).querySelector('.directory-notice') as HTMLElement;
    expect(notice.textContent).toContain('Direktori berbeda: Jabatan Kepala Bidang Aplikasi Informatika → Kepala Dinas Kominfosanti');
    expect(screen.getByText(/Data 1 orang di direktori sudah berubah sejak ditambahkan/)).toBeTruthy();
    // Only the one who changed has the notice.
    expect(memberRow('Made Ary Wiratama').nextElementSibling?.querySelector('.directory-notice') ?? null).toBeNull();

    await user.click(within(notice).getByRole('button', { name: 'Perbarui Ketut Suwarmawan dari direktori' }));
    expect(await screen.findByText('Data Ketut Suwarmawan diperbarui dari direktori.')).toBeTruthy();
    await waitFor(() => expect(within(memberRow('Ketut Suwarmawan')).getByText('Kepala Dinas Kominfosanti')).toBeTruthy());
    expect(screen.queryByText(/Direktori berbeda/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Perbarui semua dari direktori' })).toBeNull();
    expect(document.activeElement).toBe(memberRow('Ketut Suwarmawan'));
    let detail = await call(app, 'trips.detail', { id: trip.id });
    expect(detail.members.find((m) => m.personId === ketut.id)).toMatchObject({ person: { jabatan: 'Kepala Dinas Kominfosanti' }, directoryChanges: [], canUndoRefresh: true });

    // Undo: the trip prints the earlier data again, and the notice is back.
    const toast = screen.getByText('Data Ketut Suwarmawan diperbarui dari direktori.').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: /Urungkan/ }));
    expect(await screen.findByText('Pembaruan dibatalkan: data sebelumnya dipakai lagi.')).toBeTruthy();
    await waitFor(() => expect(within(memberRow('Ketut Suwarmawan')).getByText('Kepala Bidang Aplikasi Informatika')).toBeTruthy());
    expect(await screen.findByText(/Direktori berbeda/)).toBeTruthy();
    detail = await call(app, 'trips.detail', { id: trip.id });
    expect(detail.members.find((m) => m.personId === ketut.id)?.person.jabatan).toBe('Kepala Bidang Aplikasi Informatika');
  });

  it('"Perbarui semua dari direktori" takes every changed member at once, host officials on their own; a reported trip offers nothing', async () => {
    const { app, user } = await startHarness();
    const { ketut, made, host, trip } = await seed(app);
    await call(app, 'people.update', { id: ketut.id, patch: { golongan: 'IV/c' } });
    await call(app, 'people.update', { id: made.id, patch: { jabatan: 'Kepala Seksi Command Center' } });
    await call(app, 'people.update', { id: host.id, patch: { jabatan: 'Kepala Dinas' } });

    renderAt(`#/trips/${trip.id}`);
    await screen.findByText('Ketut Suwarmawan');
    expect((memberRow('Ketut Suwarmawan').nextElementSibling as HTMLElement).textContent).toContain('Pangkat/golongan IV/b → IV/c');
    const delegation = screen.getByRole('region', { name: 'Rombongan' });
    expect(within(delegation).getByText(/Data 2 orang di direktori sudah berubah/)).toBeTruthy();
    // The sections below the participants mount a moment after them (TripPage: useAfterFirstCommit).
    const hosts = (await screen.findByRole('heading', { level: 2, name: 'Tuan rumah' })).closest('section') as HTMLElement;
    const hostNotice = () => hosts.querySelector('.directory-notice')?.textContent ?? '';
    expect(hostNotice()).toContain('Direktori berbeda: Jabatan Sekretaris Dinas → Kepala Dinas');

    await user.click(within(delegation).getByRole('button', { name: 'Perbarui semua dari direktori' }));
    expect(await screen.findByText('Data 2 orang diperbarui dari direktori.')).toBeTruthy();
    await waitFor(() => expect(within(delegation).queryByText(/Direktori berbeda/)).toBeNull());
    // The host official was not part of it.
    expect(hostNotice()).toContain('Direktori berbeda: Jabatan Sekretaris Dinas → Kepala Dinas');
    const detail = await call(app, 'trips.detail', { id: trip.id });
    expect(detail.members.map((m) => m.directoryChanges.length)).toEqual([0, 0]);
    expect(detail.hostPeople[0]?.directoryChanges).toHaveLength(1);

    // The host official alone, from its own row.
    await user.click(within(hosts).getByRole('button', { name: 'Perbarui Muhammad Nur Widianto dari direktori' }));
    expect(await screen.findByText('Data Muhammad Nur Widianto diperbarui dari direktori.')).toBeTruthy();
    await waitFor(() => expect(hostNotice()).toBe(''));
    expect(within(hosts).getByText('Kepala Dinas')).toBeTruthy();
    expect((await call(app, 'trips.detail', { id: trip.id })).hostPeople[0]).toMatchObject({ person: { jabatan: 'Kepala Dinas' }, directoryChanges: [] });

    // Reported: the trip keeps what it printed, and offers no update.
    await call(app, 'trips.update', { id: trip.id, patch: { status: 'reported' } });
    cleanup();
    renderAt(`#/trips/${trip.id}`);
    await screen.findByText('Ketut Suwarmawan');
    await screen.findByText('Muhammad Nur Widianto');
    expect(screen.queryByText(/Direktori berbeda/)).toBeNull();
    expect(screen.queryByRole('button', { name: /dari direktori/ })).toBeNull();
  });
});
