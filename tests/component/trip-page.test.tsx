import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { dialog, renderAt, seedTrip, startHarness } from './harness';

describe('trip page', () => {
  it('shows the title, the long date range, length and day names', async () => {
    const { app } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Studi Komparasi Command Center ke Kota Malang');
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('24–25 April 2025');
    expect(main.textContent).toContain('2 hari');
    expect(main.textContent).toContain('Kamis, 24 April 2025');
    expect(main.textContent).toContain('Jumat, 25 April 2025');
    expect(screen.getByRole('heading', { level: 3, name: 'Rombongan' })).toBeTruthy();
    for (const name of ['Agenda', 'Hasil kunjungan', 'Dokumen']) {
      expect(await screen.findByRole('heading', { level: 2, name })).toBeTruthy();
    }
    // The list's nav link stays current on a trip page; the breadcrumb leads back.
    expect(screen.getByRole('link', { name: 'Perjalanan' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Kembali ke Perjalanan' }).getAttribute('href')).toBe('#/trips');
    await waitFor(() => expect(document.title).toBe('Studi Komparasi Command Center ke Kota Malang — Rombongan'));
  });

  it('renames the trip with "Ubah"', async () => {
    const { app, user, serverTrips } = await startHarness();
    const trip = await seedTrip(app, 'Studi Tiru KIM', '2025-06-10', '2025-06-12');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah' }));
    const dlg = await dialog('Ubah perjalanan');
    const title = within(dlg).getByLabelText('Judul perjalanan');
    await user.clear(title);
    await user.type(title, 'Studi Tiru KIM ke Kota Mataram');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Studi Tiru KIM ke Kota Mataram'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await serverTrips())[0]).toMatchObject({ title: 'Studi Tiru KIM ke Kota Mataram', startDate: '2025-06-10' });
  });

  it('F2 opens the edit dialog; Escape cancels without saving', async () => {
    const { app, user, serverTrips } = await startHarness();
    const trip = await seedTrip(app, 'Studi Tiru KIM', '2025-06-10', '2025-06-12');
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Studi Tiru KIM' });
    await user.keyboard('{F2}');
    const dlg = await dialog('Ubah perjalanan');
    await user.type(within(dlg).getByLabelText('Judul perjalanan'), ' (batal)');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await serverTrips())[0]?.title).toBe('Studi Tiru KIM');
  });

  it('"Hapus" deletes, goes to the list, and "Urungkan" restores the trip', async () => {
    const { app, user, serverTrips } = await startHarness();
    const trip = await seedTrip(app, 'Kunjungan Kerja Smart Kampung ke Kabupaten Banyuwangi', '2025-07-01', '2025-07-03');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Hapus' }));

    expect(await screen.findByRole('heading', { name: 'Belum ada perjalanan' })).toBeTruthy();
    expect(window.location.hash).toBe('#/trips');
    expect(await serverTrips()).toEqual([]);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Perjalanan “Kunjungan Kerja Smart Kampung ke Kabupaten Banyuwangi” dihapus.');

    await user.click(within(status).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByRole('link', { name: 'Kunjungan Kerja Smart Kampung ke Kabupaten Banyuwangi' })).toBeTruthy();
    expect((await serverTrips()).map((t) => t.id)).toEqual([trip.id]);
    expect(within(status).queryByRole('button', { name: 'Urungkan' })).toBeNull();
  });

  it('the toast can be dismissed', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Kunjungan A', '2025-07-01', '2025-07-03');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Hapus' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('dihapus'));
    await user.click(within(status).getByRole('button', { name: 'Tutup pemberitahuan' }));
    expect(status.textContent).not.toContain('dihapus');
  });

  it('an unknown trip shows a friendly message and a way back', async () => {
    await startHarness();
    renderAt('#/trips/0196a0b0-0000-7000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Perjalanan tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat semua perjalanan' }).getAttribute('href')).toBe('#/trips');
  });
});
