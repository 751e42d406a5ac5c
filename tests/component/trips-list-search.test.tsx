import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { dialog, renderAt, seedTrip, startHarness, tripRows } from './harness';

/* The trips list: search, filters and year groups (issue 13.5), the window (14.2), Delete (13.3). */

async function call<T>(app: MainApp, op: string, input: unknown): Promise<T> {
  const r = await app.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

const titlesShown = () => tripRows().map((r) => within(r).getByRole('link').textContent);
const searchBox = () => screen.getByRole('searchbox', { name: 'Cari perjalanan' });
const rowOf = (title: string) => {
  const row = tripRows().find((r) => within(r).queryByRole('link', { name: title }));
  if (!row) throw new Error(`no row for ${title}`);
  return row;
};

async function seedVisits(app: MainApp) {
  const malang = await call<{ id: string }>(app, 'trips.create', {
    title: 'Studi Komparasi Command Center',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
    status: 'done',
  });
  await call(app, 'trips.create', { title: 'Studi Tiru KIM', startDate: '2024-06-10', endDate: '2024-06-12', hostRegionCodes: ['52.71'] });
  const smart = await call<{ id: string }>(app, 'trips.create', {
    title: 'Kunjungan Kerja Smart Kampung',
    startDate: '2024-02-01',
    endDate: '2024-02-02',
    hostRegionCodes: ['35.10'],
  });
  await call(app, 'members.addNew', {
    tripId: smart.id,
    role: 'lead',
    person: { kind: 'official', name: 'Ni Luh Putu Séri Ariani', employment: 'elected' },
  });
  return { malang, smart };
}

describe('trip list: search and filters', () => {
  it('finds trips as the user types (title, host region, a member’s name), and keeps the search in the address', async () => {
    const { app, user } = await startHarness();
    await seedVisits(app);
    renderAt();
    await screen.findByRole('link', { name: 'Studi Tiru KIM' });
    expect(titlesShown()).toEqual(['Studi Komparasi Command Center', 'Studi Tiru KIM', 'Kunjungan Kerja Smart Kampung']);

    await user.type(searchBox(), 'malang');
    await waitFor(() => expect(titlesShown()).toEqual(['Studi Komparasi Command Center']));
    expect(screen.getByText('1 dari 3 perjalanan')).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe('#/trips?q=malang'));

    await user.clear(searchBox());
    await user.type(searchBox(), 'ARIANI seri');
    await waitFor(() => expect(titlesShown()).toEqual(['Kunjungan Kerja Smart Kampung']));

    // ↓ from the search box goes to the first row.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Kunjungan Kerja Smart Kampung'));
    // "/" goes back to it.
    await user.keyboard('/');
    expect(document.activeElement).toBe(searchBox());
  });

  it('filters by year, status and host region; each year has its header; a reload keeps the filters', async () => {
    const { app, user } = await startHarness();
    await seedVisits(app);
    const view = renderAt();
    await screen.findByRole('link', { name: 'Studi Tiru KIM' });
    const headers = () => screen.getAllByRole('rowheader').filter((h) => h.closest('tr')?.dataset.year !== undefined).map((h) => h.textContent);
    expect(headers()).toEqual(['2025 1 perjalanan', '2024 2 perjalanan']);

    await user.selectOptions(screen.getByLabelText('Tahun'), '2024');
    await waitFor(() => expect(titlesShown()).toEqual(['Studi Tiru KIM', 'Kunjungan Kerja Smart Kampung']));
    expect(headers()).toEqual(['2024 2 perjalanan']);

    await user.selectOptions(screen.getByLabelText('Daerah tujuan'), 'Seluruh Jawa Timur');
    await waitFor(() => expect(titlesShown()).toEqual(['Kunjungan Kerja Smart Kampung']));
    expect(window.location.hash).toBe('#/trips?year=2024&region=35');

    // The same address, opened anew, shows the same list.
    view.unmount();
    renderAt(window.location.hash);
    await waitFor(() => expect(titlesShown()).toEqual(['Kunjungan Kerja Smart Kampung']));
    expect(screen.getByLabelText<HTMLSelectElement>('Tahun').value).toBe('2024');
    expect(screen.getByLabelText<HTMLSelectElement>('Daerah tujuan').value).toBe('35');

    await user.selectOptions(screen.getByLabelText('Daerah tujuan'), '');
    await user.selectOptions(screen.getByLabelText('Status'), 'Selesai');
    await user.selectOptions(screen.getByLabelText('Tahun'), '');
    await waitFor(() => expect(titlesShown()).toEqual(['Studi Komparasi Command Center']));
  });

  it('says when no trip matches and clears the search and filters in one go', async () => {
    const { app, user } = await startHarness();
    await seedVisits(app);
    renderAt('#/trips?q=banyuwangi&year=2025');
    expect(await screen.findByText('Tidak ada perjalanan yang cocok')).toBeTruthy();
    expect(screen.getByText(/cocok dengan “banyuwangi”/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getAllByRole('button', { name: 'Hapus pencarian dan saringan' })[0]!);
    await waitFor(() => expect(titlesShown()).toHaveLength(3));
    expect(document.activeElement).toBe(searchBox());
    expect((searchBox() as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(window.location.hash).toBe('#/trips'));
  });
});

describe('trip list: focus after a create', () => {
  it('a new trip the filters would hide clears them and is focused', async () => {
    const { app, user } = await startHarness();
    await seedVisits(app);
    renderAt('#/trips?q=kampung');
    await waitFor(() => expect(titlesShown()).toEqual(['Kunjungan Kerja Smart Kampung']));
    await user.keyboard('{Control>}n{/Control}');
    const dlg = await dialog('Perjalanan baru');
    await user.type(within(dlg).getByLabelText('Judul perjalanan'), 'Studi Tiru Pasar Digital{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Studi Tiru Pasar Digital')));
    expect(titlesShown()).toHaveLength(4);
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });
});

describe('trip list: Delete', () => {
  it('asks once for a trip that holds something; a held or repeated key deletes nothing more', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedVisits(app);
    renderAt();
    await screen.findByRole('link', { name: 'Kunjungan Kerja Smart Kampung' });
    const row = rowOf('Kunjungan Kerja Smart Kampung');
    await user.click(row.cells[1]!);
    fireEvent.keyDown(row, { key: 'Delete' });
    fireEvent.keyDown(row, { key: 'Delete', repeat: true });
    fireEvent.keyDown(row, { key: 'Delete' });
    const dlg = await dialog('Hapus “Kunjungan Kerja Smart Kampung”?');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(dlg.textContent).toContain('sudah berisi 1 catatan');
    expect(dlg.textContent).toContain('Sampah');
    // Cancel is the safe choice, focused first; Escape keeps the trip and gives the row its focus back.
    expect(document.activeElement).toBe(within(dlg).getByRole('button', { name: 'Batal' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(row);
    expect(await serverTrips()).toHaveLength(3);

    await user.keyboard('{Delete}');
    const again = await dialog('Hapus “Kunjungan Kerja Smart Kampung”?');
    await user.click(within(again).getByRole('button', { name: 'Hapus perjalanan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Kunjungan Kerja Smart Kampung' })).toBeNull());
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Studi Komparasi Command Center', 'Studi Tiru KIM']);
    // It was the last row: focus goes to the one before it.
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Studi Tiru KIM')));
    expect(screen.getByRole('status').textContent).toContain('dihapus');
  });

  it('deletes an empty trip at once, one per key press, and moves the focus to the next row', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    await seedTrip(app, 'Kunjungan B', '2025-02-01', '2025-02-02');
    await seedTrip(app, 'Kunjungan C', '2025-01-01', '2025-01-03');
    renderAt();
    await screen.findByRole('link', { name: 'Kunjungan A' });
    const row = rowOf('Kunjungan A');
    await user.click(row.cells[2]!);
    // Two presses before the first delete is done, and the key held down: one trip goes.
    fireEvent.keyDown(row, { key: 'Delete' });
    fireEvent.keyDown(row, { key: 'Delete' });
    fireEvent.keyDown(row, { key: 'Delete', repeat: true });
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Kunjungan B')));
    fireEvent.keyDown(document.activeElement!, { key: 'Delete', repeat: true });
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Kunjungan B', 'Kunjungan C']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(titlesShown()).toEqual(['Kunjungan B', 'Kunjungan C']);
  });

  it('puts the focus in the search box when the last matching trip goes', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    await seedTrip(app, 'Studi B', '2025-02-01', '2025-02-02');
    renderAt('#/trips?q=studi');
    await waitFor(() => expect(titlesShown()).toEqual(['Studi B']));
    await user.click(rowOf('Studi B').cells[1]!);
    await user.keyboard('{Delete}');
    expect(await screen.findByText('Tidak ada perjalanan yang cocok')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Kunjungan A']);
  });
});

describe('trip list: windowed', () => {
  it('keeps 300 trips out of the DOM but finds and focuses any of them by keyboard', async () => {
    const { app, user } = await startHarness();
    for (let i = 0; i < 300; i++) {
      // Newest first is the order they are made in: 28 a year, one a day.
      const year = 2026 - Math.floor(i / 28);
      const day = String(28 - (i % 28)).padStart(2, '0');
      await seedTrip(app, `Kunjungan ${String(i + 1).padStart(3, '0')}`, `${year}-05-${day}`, `${year}-05-${day}`);
    }
    renderAt();
    await screen.findByRole('link', { name: 'Kunjungan 001' });
    const rendered = tripRows().length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(300 + 11 + 1));

    await user.click(rowOf('Kunjungan 001').cells[1]!);
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Kunjungan 300'));
    expect(document.activeElement).toBe(rowOf('Kunjungan 300'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Kunjungan 299')));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Kunjungan 001')));

    // Scrolled far away by the mouse, the focused row stays in the DOM and keeps the focus; ↓ goes on from it.
    const scroller = document.querySelector<HTMLElement>('.trips-scroll')!;
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 200 * 56 });
    fireEvent.scroll(scroller);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Kunjungan 190' })).not.toBeNull());
    expect(document.activeElement).toBe(rowOf('Kunjungan 001'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Kunjungan 002')));

    // Enter opens the focused trip.
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunjungan 002' })).toBeTruthy();
  });

  it('focuses a restored trip far down the list (Ctrl+Z after a delete)', async () => {
    const { app, user } = await startHarness();
    for (let i = 0; i < 120; i++) await seedTrip(app, `Kunjungan ${String(i + 1).padStart(3, '0')}`, `2025-05-${String(1 + (i % 28)).padStart(2, '0')}`, '2025-05-28');
    renderAt();
    await screen.findAllByRole('link', { name: /Kunjungan/ });
    await user.click(tripRows()[0]!.cells[1]!);
    await user.keyboard('{End}');
    const last = document.activeElement as HTMLTableRowElement;
    const title = within(last).getByRole('link').textContent ?? '';
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.queryByRole('link', { name: title })).toBeNull());
    await user.keyboard('{Home}');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf(title)));
  });
});
