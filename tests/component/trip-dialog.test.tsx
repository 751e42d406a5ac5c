import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format } from 'date-fns';
import { dialog, renderAt, seedTrip, startHarness } from './harness';

const field = (dlg: HTMLElement, label: string) => within(dlg).getByLabelText<HTMLInputElement>(label);
type User = Awaited<ReturnType<typeof startHarness>>['user'];
/** Types a date as a user does: clears the field, types, and leaves it (Tab). */
async function typeDate(user: User, input: HTMLInputElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
}

/** The element an input's aria-describedby points at (the first id). */
function description(input: HTMLElement): HTMLElement | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.length ? document.getElementById(ids[0]!) : null;
}

async function openCreate(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Perjalanan baru' }));
  return dialog('Perjalanan baru');
}

/** The alert `text` in `dlg` is shown as the error of `input`: the field is marked invalid and described by it. */
async function expectAlertUnder(dlg: HTMLElement, input: HTMLElement, text: string) {
  const message = await within(dlg).findByText(text);
  expect(message.getAttribute('role')).toBe('alert');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(description(input)).toBe(message);
}

/** A fresh app on the trip list, with "Perjalanan baru" open. */
async function startCreating() {
  const h = await startHarness();
  renderAt();
  return { ...h, dlg: await openCreate(h.user) };
}

/** Types the title and both dates of the trip dialog `dlg`. */
async function fillTrip(user: User, dlg: HTMLElement, title: string, start: string, end: string) {
  await user.type(field(dlg, 'Judul perjalanan'), title);
  await typeDate(user, field(dlg, 'Tanggal mulai'), start);
  await typeDate(user, field(dlg, 'Tanggal selesai'), end);
}

describe('trip dialog', () => {
  it('creates a trip that then shows in the list', async () => {
    const { user, serverTrips, dlg } = await startCreating();
    // Today, as Indonesian letters write it, in a text field (not the browser's own date control).
    const today = format(new Date(), 'dd/MM/yyyy');
    expect(field(dlg, 'Tanggal mulai').value).toBe(today);
    expect(field(dlg, 'Tanggal selesai').value).toBe(today);
    expect(field(dlg, 'Tanggal mulai').type).toBe('text');
    expect(field(dlg, 'Tanggal mulai').placeholder).toBe('hh/bb/tttt');

    await fillTrip(user, dlg, 'Studi Komparasi Command Center ke Kota Malang', '24/04/2025', '25/4/2025');
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
    const { user, serverTrips, dlg } = await startCreating();
    await user.type(field(dlg, 'Judul perjalanan'), '   ');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const title = field(dlg, 'Judul perjalanan');
    await expectAlertUnder(dlg, title, 'Judul perjalanan wajib diisi.');
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
    const { user, serverTrips, dlg } = await startCreating();
    await fillTrip(user, dlg, 'Studi Tiru KIM ke Kota Mataram', '20/05/2025', '18/05/2025');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const end = field(dlg, 'Tanggal selesai');
    await expectAlertUnder(dlg, end, 'Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(field(dlg, 'Tanggal mulai').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(end));
    // Nothing lost, nothing saved.
    expect(field(dlg, 'Judul perjalanan').value).toBe('Studi Tiru KIM ke Kota Mataram');
    expect(end.value).toBe('18/05/2025');
    expect(await serverTrips()).toEqual([]);
  });

  it('a title over 300 characters names the field and the limit', async () => {
    const { user, serverTrips, dlg } = await startCreating();
    fireEvent.change(field(dlg, 'Judul perjalanan'), { target: { value: 'x'.repeat(301) } });
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(await within(dlg).findByText('Judul perjalanan terlalu panjang: paling banyak 300 karakter.')).toBeTruthy();
    expect(await serverTrips()).toEqual([]);
  });

  it('the end date follows the start until the user sets it', async () => {
    const { user, dlg } = await startCreating();
    await typeDate(user, field(dlg, 'Tanggal mulai'), '24/04/2025');
    expect(field(dlg, 'Tanggal selesai').value).toBe('24/04/2025');
    expect(within(dlg).getByText('24 April 2025 · 1 hari')).toBeTruthy();
    await typeDate(user, field(dlg, 'Tanggal mulai'), '2 Mei 2025');
    expect(field(dlg, 'Tanggal selesai').value).toBe('02/05/2025');

    // Once the user sets the end, moving the start leaves it alone …
    await typeDate(user, field(dlg, 'Tanggal selesai'), '4/5');
    expect(field(dlg, 'Tanggal selesai').value).toBe('04/05/2025');
    await typeDate(user, field(dlg, 'Tanggal mulai'), '28/04/2025');
    expect(field(dlg, 'Tanggal selesai').value).toBe('04/05/2025');
    expect(within(dlg).getByText('28 April – 4 Mei 2025 · 7 hari')).toBeTruthy();
    // … unless the start passes it: then the end comes along.
    await typeDate(user, field(dlg, 'Tanggal mulai'), '06/05/2025');
    expect(field(dlg, 'Tanggal selesai').value).toBe('06/05/2025');
  });

  it('an edited trip keeps its end when the start moves earlier', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Tiru KIM ke Kota Mataram', '2025-06-10', '2025-06-12');
    renderAt(`#/trips/${trip.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah' }));
    const dlg = await dialog('Ubah perjalanan');
    await typeDate(user, field(dlg, 'Tanggal mulai'), '09/06/2025');
    expect(field(dlg, 'Tanggal selesai').value).toBe('12/06/2025');
  });

  it('a 20-day trip asks before it is saved; Enter on the start date of a 2-day trip saves without asking', async () => {
    const { user, serverTrips } = await startHarness();
    renderAt();
    let dlg = await openCreate(user);
    await fillTrip(user, dlg, 'Studi Komparasi ke Kota Malang', '01/04/2025', '20/04/2025');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));

    const ask = await dialog('Perjalanan 20 hari?');
    expect(ask.textContent).toContain('1–20 April 2025 adalah 20 hari.');
    expect(await serverTrips()).toEqual([]);
    // "Periksa tanggal" goes back to the form, nothing saved, the dates still there.
    await user.click(within(ask).getByRole('button', { name: 'Periksa tanggal' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Perjalanan 20 hari?' })).toBeNull());
    expect(field(dlg, 'Tanggal selesai').value).toBe('20/04/2025');
    expect(await serverTrips()).toEqual([]);
    // Asked again, confirmed: saved.
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    await user.click(within(await dialog('Perjalanan 20 hari?')).getByRole('button', { name: 'Simpan 20 hari' }));
    await screen.findByRole('link', { name: 'Studi Komparasi ke Kota Malang' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await serverTrips()).toMatchObject([{ startDate: '2025-04-01', endDate: '2025-04-20' }]);

    // A 2-day trip: typed end, then Enter in the start field saves at once.
    dlg = await openCreate(user);
    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Tiru KIM ke Kota Mataram');
    await typeDate(user, field(dlg, 'Tanggal selesai'), '25/04/2025');
    await user.clear(field(dlg, 'Tanggal mulai'));
    await user.type(field(dlg, 'Tanggal mulai'), '24/4/2025{Enter}');
    await screen.findByRole('link', { name: 'Studi Tiru KIM ke Kota Mataram' });
    expect(screen.queryByRole('dialog', { name: /hari\?$/ })).toBeNull();
    expect((await serverTrips()).find((x) => x.title === 'Studi Tiru KIM ke Kota Mataram')).toMatchObject({ startDate: '2025-04-24', endDate: '2025-04-25' });
  });

  it('Enter after typing only the start of a new trip saves a one-day trip, not one ending today', async () => {
    const { user, serverTrips, dlg } = await startCreating();
    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Tiru KIM ke Kota Mataram');
    await user.clear(field(dlg, 'Tanggal mulai'));
    await user.type(field(dlg, 'Tanggal mulai'), 'Kamis, 24 April 2025{Enter}');
    await screen.findByRole('link', { name: 'Studi Tiru KIM ke Kota Mataram' });
    expect(await serverTrips()).toMatchObject([{ startDate: '2025-04-24', endDate: '2025-04-24' }]);
  });

  it('after the start, Tab into the end and typing replaces the end that followed the start', async () => {
    const { user, serverTrips, dlg } = await startCreating();
    await user.type(field(dlg, 'Judul perjalanan'), 'Studi Tiru KIM ke Kota Mataram');
    await user.clear(field(dlg, 'Tanggal mulai'));
    await user.type(field(dlg, 'Tanggal mulai'), '24/04/2025');
    await user.tab();
    // The end followed the start as the focus arrived, and is selected.
    const end = field(dlg, 'Tanggal selesai');
    expect(document.activeElement).toBe(end);
    expect(end.value).toBe('24/04/2025');
    expect([end.selectionStart, end.selectionEnd]).toEqual([0, end.value.length]);
    await user.keyboard('26/04/2025{Enter}');
    await screen.findByRole('link', { name: 'Studi Tiru KIM ke Kota Mataram' });
    expect(await serverTrips()).toMatchObject([{ startDate: '2025-04-24', endDate: '2025-04-26' }]);
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
