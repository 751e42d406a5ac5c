/**
 * Sampah on screen (issue 13 item 3), over the real handlers: restoring a
 * trip brings it back whole, "hapus permanen" asks first, a held key acts
 * once, and deleting a person who is in a trip asks first.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, seedTrip, startHarness } from './harness';

/** A trip with two members, an agenda item and a learning. */
async function seedFullTrip(app: MainApp, title = 'Studi Komparasi ke Kota Malang') {
  const trip = await seedTrip(app, title, '2025-04-24', '2025-04-25');
  const people = [];
  for (const [i, name] of ['Gede Supriatna', 'Ketut Suwarmawan'].entries()) {
    const p = await call(app, 'people.create', { kind: 'official', name });
    await call(app, 'members.add', { tripId: trip.id, personId: p.id, role: i === 0 ? 'lead' : 'member' });
    people.push(p);
  }
  await call(app, 'agenda.create', { tripId: trip.id, kind: 'welcome', title: 'Penyambutan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' });
  await call(app, 'learnings.create', { tripId: trip.id, topic: 'Command center 112' });
  return { trip, people };
}

const trashRows = () => within(screen.getByRole('list', { name: 'Isi Sampah' })).getAllByRole('listitem');
const trash = (app: MainApp) => call(app, 'trash.list', {});

describe('Sampah', () => {
  it('restores a trip with everything deleted with it, and it is back in the trips list whole', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedFullTrip(app);
    await call(app, 'trips.delete', { id: trip.id });
    renderAt('#/trash');

    const row = await screen.findByRole('listitem', { name: 'Perjalanan: Studi Komparasi ke Kota Malang' });
    expect(row.textContent).toContain('Ikut kembali: 2 anggota, 1 acara, 1 hasil kunjungan');
    expect(row.textContent).toContain('Dihapus');
    await user.click(within(row).getByRole('button', { name: 'Pulihkan Studi Komparasi ke Kota Malang' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sampah kosong' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('“Studi Komparasi ke Kota Malang” dipulihkan.'));

    await user.click(screen.getByRole('link', { name: 'Perjalanan' }));
    expect(await screen.findByRole('link', { name: 'Studi Komparasi ke Kota Malang' })).toBeTruthy();
    const [back] = await call(app, 'trips.list', {});
    expect(back).toMatchObject({ id: trip.id, officials: 2 });
    expect(await call(app, 'agenda.list', { tripId: trip.id })).toHaveLength(1);
    expect(await call(app, 'learnings.list', { tripId: trip.id })).toHaveLength(1);
  });

  it('asks before deleting permanently and says it cannot be undone; Cancel keeps it', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedFullTrip(app);
    const [learning] = await call(app, 'learnings.list', { tripId: trip.id });
    await call(app, 'learnings.remove', { id: learning!.id });
    renderAt('#/trash');

    const row = await screen.findByRole('listitem', { name: 'Hasil kunjungan: Command center 112' });
    expect(row.textContent).toContain('Perjalanan “Studi Komparasi ke Kota Malang”');
    row.focus();
    await user.keyboard('{Delete}');
    let confirm = await dialog('Hapus permanen “Command center 112”?');
    expect(confirm.textContent).toContain('Ini tidak bisa dibatalkan');
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await trash(app)).toHaveLength(1);

    await user.click(within(row).getByRole('button', { name: 'Hapus permanen Command center 112' }));
    confirm = await dialog('Hapus permanen “Command center 112”?');
    await user.click(within(confirm).getByRole('button', { name: 'Hapus permanen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sampah kosong' })).toBeTruthy();
    expect(await trash(app)).toEqual([]);
    expect(await call(app, 'learnings.list', { tripId: trip.id })).toEqual([]);
  });

  it('a held Enter restores one thing, not the row that takes its place', async () => {
    const { app, user } = await startHarness();
    for (const title of ['Kunjungan A', 'Kunjungan B', 'Kunjungan C']) {
      const t = await seedTrip(app, title, '2025-03-01', '2025-03-02');
      await call(app, 'trips.delete', { id: t.id });
    }
    renderAt('#/trash');
    await screen.findByRole('listitem', { name: 'Perjalanan: Kunjungan A' });
    trashRows()[0]!.focus();
    await user.keyboard('{Enter>4/}');
    await waitFor(() => expect(trashRows()).toHaveLength(2));
    // The focus moved on to the next row, and stays there.
    await waitFor(() => expect(document.activeElement).toBe(trashRows()[0]));
    expect((await trash(app)).map((e) => e.name)).toHaveLength(2);
    expect(await call(app, 'trips.list', {})).toHaveLength(1);
  });

  it('a learning whose trip is in the trash says to restore the trip first', async () => {
    const { app } = await startHarness();
    const { trip } = await seedFullTrip(app);
    const [learning] = await call(app, 'learnings.list', { tripId: trip.id });
    await call(app, 'learnings.remove', { id: learning!.id });
    await call(app, 'trips.delete', { id: trip.id });
    renderAt('#/trash');
    const row = await screen.findByRole('listitem', { name: 'Hasil kunjungan: Command center 112' });
    expect(row.textContent).toContain('Perjalanannya juga di Sampah: pulihkan dulu “Studi Komparasi ke Kota Malang”, lalu ini.');
    expect(within(row).getByRole<HTMLButtonElement>('button', { name: 'Pulihkan Command center 112' }).disabled).toBe(true);
  });
});

describe('deleting from the screens asks once when data goes with it', () => {
  it('a person who is a member of a trip: the question says what goes along; then the person is in Sampah', async () => {
    const { app, user } = await startHarness();
    await seedFullTrip(app);
    renderAt('#/directory');
    const row = (await screen.findByRole('rowheader', { name: 'Gede Supriatna' })).closest('tr') as HTMLElement;
    row.focus();
    await user.keyboard('{Delete>3/}');
    const confirm = await dialog('Hapus Gede Supriatna?');
    expect(confirm.textContent).toContain('Ikut terhapus: 1 keanggotaan rombongan.');
    expect(confirm.textContent).toContain('Semuanya masuk Sampah');
    // The held key opened one question and answered nothing.
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(await trash(app)).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Gede Supriatna dihapus dari direktori.'));
    expect((await trash(app)).map((e) => [e.kind, e.name, e.brings])).toEqual([['person', 'Gede Supriatna', { memberships: 1 }]]);
  });

  it('the trip page asks when the trip holds anything, and Batal keeps it', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedFullTrip(app);
    renderAt(`#/trips/${trip.id}`);
    const actions = await screen.findByRole('group', { name: 'Tindakan perjalanan' });
    await user.click(within(actions).getByRole('button', { name: 'Hapus' }));
    const confirm = await dialog('Hapus perjalanan “Studi Komparasi ke Kota Malang”?');
    expect(confirm.textContent).toContain('Ikut terhapus: 2 anggota, 1 acara, 1 hasil kunjungan.');
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(await call(app, 'trips.list', {})).toHaveLength(1);
    await user.click(within(actions).getByRole('button', { name: 'Hapus' }));
    await user.click(within(await dialog('Hapus perjalanan “Studi Komparasi ke Kota Malang”?')).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Perjalanan “Studi Komparasi ke Kota Malang” dihapus.'));
    expect(await call(app, 'trips.list', {})).toEqual([]);
  });
});
