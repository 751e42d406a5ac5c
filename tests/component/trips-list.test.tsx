import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { deleteFirstTripByKey, dialog, renderAt, seedTrip, startHarness, tripRows } from './harness';

describe('trip list', () => {
  it('shows the empty state with one create button when there are no trips', async () => {
    await startHarness();
    renderAt();
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada perjalanan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeTruthy();
    // Exactly one "Perjalanan baru" button (the header one is not shown), named without its shortcut hint.
    expect(screen.getAllByRole('button', { name: 'Perjalanan baru' })).toHaveLength(1);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the trips of the server in its order, titles as links, with dates and length', async () => {
    const { app } = await startHarness();
    const a = await seedTrip(app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    await seedTrip(app, 'Studi Tiru KIM ke Kota Mataram', '2025-06-10', '2025-06-12');
    renderAt();
    const link = await screen.findByRole('link', { name: 'Studi Komparasi Command Center ke Kota Malang' });
    expect(link.getAttribute('href')).toBe(`#/trips/${a.id}`);
    const rows = tripRows();
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'Studi Tiru KIM ke Kota Mataram',
      'Studi Komparasi Command Center ke Kota Malang',
    ]);
    expect(rows[0]?.textContent).toContain('10–12 Juni 2025');
    expect(rows[0]?.textContent).toContain('3 hari');
    expect(rows[1]?.textContent).toContain('24–25 April 2025');
    expect(rows[1]?.textContent).toContain('2 hari');
    expect(screen.getByText('2 perjalanan', { selector: '.page-subtitle span' })).toBeTruthy();
    // One year header above both: 2025, two trips.
    expect(screen.getByRole('rowheader', { name: '2025 2 perjalanan' })).toBeTruthy();
  });

  it('moves between rows with the arrow keys and opens a trip with Enter', async () => {
    const { app, user } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    const b = await seedTrip(app, 'Kunjungan B', '2025-02-01', '2025-02-02');
    await seedTrip(app, 'Kunjungan C', '2025-01-01', '2025-01-03');
    renderAt();
    await screen.findByRole('link', { name: 'Kunjungan A' });

    // Tab from the last filter lands on the first row (one tab stop for the table).
    screen.getByLabelText('Daerah tujuan').focus();
    await user.tab();
    const rows = tripRows();
    expect(document.activeElement).toBe(rows[0]);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows[1]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rows[2]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rows[1]);
    // Roving tab stop follows the focus.
    expect(rows[1]?.tabIndex).toBe(0);
    expect(rows[0]?.tabIndex).toBe(-1);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunjungan B' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/trips/${b.id}`);
  });

  it('F2 on a row opens the edit dialog for that trip', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    await seedTrip(app, 'Kunjungan B', '2025-02-01', '2025-02-02');
    renderAt();
    await screen.findByRole('link', { name: 'Kunjungan A' });
    await user.click(tripRows()[1]!.cells[1]!);
    await user.keyboard('{F2}');
    const dlg = await dialog('Ubah perjalanan');
    const title = within(dlg).getByLabelText('Judul perjalanan');
    expect((title as HTMLInputElement).value).toBe('Kunjungan B');
    await user.clear(title);
    await user.type(title, 'Kunjungan B (revisi){Enter}');
    expect(await screen.findByRole('link', { name: 'Kunjungan B (revisi)' })).toBeTruthy();
    expect((await serverTrips()).map((t) => t.title)).toContain('Kunjungan B (revisi)');
    // Focus is back on the row it came from.
    await waitFor(() => expect(document.activeElement).toBe(tripRows()[1]));
  });

  it('Delete on a row deletes it, and Ctrl+Z brings it back while the toast shows', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    await seedTrip(app, 'Kunjungan B', '2025-02-01', '2025-02-02');
    const status = await deleteFirstTripByKey(user, 'Kunjungan A');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Kunjungan A' })).toBeNull());
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Kunjungan B']);
    // Focus moved to the row that took its place.
    await waitFor(() => expect(document.activeElement).toBe(tripRows()[0]));

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('link', { name: 'Kunjungan A' })).toBeTruthy();
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Kunjungan A', 'Kunjungan B']);
    await waitFor(() => expect(status.textContent).toContain('dikembalikan'));
  });

  it('Ctrl+N opens the new-trip dialog with the title field focused; Escape closes it', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    await screen.findByRole('heading', { name: 'Belum ada perjalanan' });
    await user.keyboard('{Control>}n{/Control}');
    const dlg = await dialog('Perjalanan baru');
    expect(dlg.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dlg).getByLabelText('Judul perjalanan'));
    await user.type(document.activeElement as HTMLElement, 'Tidak jadi');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await serverTrips()).toEqual([]);
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    const { app, user } = await startHarness();
    // The real handlers over a database that went away under them.
    app.db.close();
    renderAt();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Daftar perjalanan tidak dapat dimuat.');
    expect(alert.textContent).toContain('Terjadi kesalahan tak terduga.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Daftar perjalanan tidak dapat dimuat.');
  });
});
