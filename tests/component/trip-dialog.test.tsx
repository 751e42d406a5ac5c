import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from 'date-fns';
import { dialog, renderAt, seedTrip, startHarness } from './harness';

const field = (dlg: HTMLElement, label: string) => within(dlg).getByLabelText<HTMLInputElement>(label);
const setDate = (input: HTMLInputElement, value: string) => fireEvent.change(input, { target: { value } });

/** The element an input's aria-describedby points at (the first id). */
function description(input: HTMLElement): HTMLElement | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.length ? document.getElementById(ids[0]!) : null;
}

async function openCreate(user: Awaited<ReturnType<typeof startHarness>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Perjalanan baru' }));
  return dialog('Perjalanan baru');
}

describe('trip dialog', () => {
  it('creates a trip that then shows in the list', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    const dlg = await openCreate(user);
    const today = format(new Date(), 'yyyy-MM-dd');
    expect(field(dlg, 'Tanggal mulai').value).toBe(today);
    expect(field(dlg, 'Tanggal selesai').value).toBe(today);
    expect(field(dlg, 'Tanggal mulai').type).toBe('date');

    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Komparasi Command Center ke Kota Malang');
    setDate(field(dlg, 'Tanggal mulai'), '2025-04-24');
    setDate(field(dlg, 'Tanggal selesai'), '2025-04-25');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const link = await screen.findByRole('link', { name: 'Studi Komparasi Command Center ke Kota Malang' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('24–25 April 2025');
    expect(row.textContent).toContain('2 hari');
    const saved = await serverTrips();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ startDate: '2025-04-24', endDate: '2025-04-25' });
    // The new row has the focus, ready for Enter.
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('Ctrl+N from another screen creates the trip and shows it focused in the list', async () => {
    const { user } = await startHarness();
    renderAt('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan' });
    await user.keyboard('{Control>}n{/Control}');
    const dlg = await dialog('Perjalanan baru');
    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Tiru KIM ke Kota Mataram{Enter}');
    const link = await screen.findByRole('link', { name: 'Studi Tiru KIM ke Kota Mataram' });
    expect(window.location.hash).toBe('#/trips');
    await waitFor(() => expect(document.activeElement).toBe(link.closest('tr')));
  });

  it('an empty title shows "Judul perjalanan wajib diisi." under the field and creates nothing', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    const dlg = await openCreate(user);
    await user.type(field(dlg, 'Judul perjalanan'), '   ');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const title = field(dlg, 'Judul perjalanan');
    const message = await within(dlg).findByText('Judul perjalanan wajib diisi.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(description(title)).toBe(message);
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByRole('dialog', { name: 'Perjalanan baru' })).toBe(dlg);
    expect(await serverTrips()).toEqual([]);

    // Typing clears the message; saving then works.
    await user.type(title, 'Kunjungan Kerja Smart Kampung ke Kabupaten Banyuwangi');
    expect(within(dlg).queryByText('Judul perjalanan wajib diisi.')).toBeNull();
    expect(title.getAttribute('aria-invalid')).toBeNull();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Kunjungan Kerja Smart Kampung ke Kabupaten Banyuwangi' })).toBeTruthy();
  });

  it('an end date before the start shows the error under "Tanggal selesai" and keeps the input', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    const dlg = await openCreate(user);
    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Tiru KIM ke Kota Mataram');
    setDate(field(dlg, 'Tanggal mulai'), '2025-05-20');
    setDate(field(dlg, 'Tanggal selesai'), '2025-05-18');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const end = field(dlg, 'Tanggal selesai');
    const message = await within(dlg).findByText('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(description(end)).toBe(message);
    expect(field(dlg, 'Tanggal mulai').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(end));
    // Nothing lost, nothing saved.
    expect(field(dlg, 'Judul perjalanan').value).toBe('Studi Tiru KIM ke Kota Mataram');
    expect(end.value).toBe('2025-05-18');
    expect(await serverTrips()).toEqual([]);
  });

  it('a title over 300 characters names the field and the limit', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    const dlg = await openCreate(user);
    fireEvent.change(field(dlg, 'Judul perjalanan'), { target: { value: 'x'.repeat(301) } });
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(await within(dlg).findByText('Judul perjalanan terlalu panjang: paling banyak 300 karakter.')).toBeTruthy();
    expect(await serverTrips()).toEqual([]);
  });

  it('moving the start date past the end date takes the end date along', async () => {
    const { user } = await startHarness();
    renderAt();
    const dlg = await openCreate(user);
    setDate(field(dlg, 'Tanggal mulai'), '2025-04-24');
    setDate(field(dlg, 'Tanggal selesai'), '2025-04-25');
    setDate(field(dlg, 'Tanggal mulai'), '2025-04-28');
    expect(field(dlg, 'Tanggal selesai').value).toBe('2025-04-28');
    // Moving it earlier leaves the end alone.
    setDate(field(dlg, 'Tanggal mulai'), '2025-04-20');
    expect(field(dlg, 'Tanggal selesai').value).toBe('2025-04-28');
    expect(within(dlg).getByText('20–28 April 2025 · 9 hari')).toBeTruthy();
  });

  it('shows an error of the server in the dialog and keeps it open', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Tiru KIM ke Kota Mataram', '2025-06-10', '2025-06-12');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah' }));
    const dlg = await dialog('Ubah perjalanan');
    // Someone deletes it meanwhile.
    await app.dispatch('trips.delete', { id: trip.id });
    await user.type(field(dlg, 'Judul perjalanan'), ' 2025');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    const alert = await within(dlg).findByRole('alert');
    expect(alert.textContent).toBe('Perjalanan tidak ditemukan. Mungkin sudah dihapus.');
    expect(field(dlg, 'Judul perjalanan').value).toBe('Studi Tiru KIM ke Kota Mataram 2025');
  });

  it('keeps Tab inside the dialog and gives focus back on close', async () => {
    const { user } = await startHarness();
    renderAt();
    const button = await screen.findByRole('button', { name: 'Perjalanan baru' });
    const dlg = await openCreate(user);
    const title = field(dlg, 'Judul perjalanan');
    expect(document.activeElement).toBe(title);
    within(dlg).getByRole('button', { name: 'Simpan' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(title);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dlg).getByRole('button', { name: 'Simpan' }));
    await user.click(within(dlg).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });
});
