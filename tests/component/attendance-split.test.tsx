import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReportText } from '../../shared/documents/schemas';
import { renderAt, seedTrip, startHarness, type Harness } from './harness';

async function stored(h: Harness, tripId: string): Promise<ReportText> {
  const r = await h.app.dispatch('reportText.get', { tripId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ReportText;
}

/** The attendance choice on the trip's Documents section. */
async function attendancePanel(): Promise<HTMLElement> {
  const section = (await screen.findByRole('heading', { level: 2, name: 'Dokumen' })).closest('section') as HTMLElement;
  return within(section).findByRole('region', { name: 'Daftar hadir' });
}

const radio = (panel: HTMLElement, name: string) => within(panel).getByRole<HTMLInputElement>('radio', { name });

describe('attendance list per day or per session', () => {
  it('saves the choice at once, says so, and shows it when the trip is opened again', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    const panel = await attendancePanel();
    const group = within(panel).getByRole('group', { name: 'Lembar daftar hadir' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    // A new trip: per day.
    expect(radio(panel, 'Per hari').checked).toBe(true);
    expect(radio(panel, 'Per sesi').checked).toBe(false);

    await h.user.click(radio(panel, 'Per sesi'));
    expect(await screen.findByText('Tersimpan: daftar hadir dibuat per sesi.')).toBeTruthy();
    expect((await stored(h, trip.id)).attendanceSplit).toBe('session');
    expect(radio(panel, 'Per sesi').checked).toBe(true);

    // Opened again: the saved choice.
    cleanup();
    renderAt(`#/trips/${trip.id}`);
    const again = await attendancePanel();
    expect(radio(again, 'Per sesi').checked).toBe(true);
    expect(radio(again, 'Per hari').checked).toBe(false);

    // Back to per day, with the keyboard.
    radio(again, 'Per sesi').focus();
    await h.user.keyboard('{ArrowUp}');
    expect(await screen.findByText('Tersimpan: daftar hadir dibuat per hari.')).toBeTruthy();
    expect((await stored(h, trip.id)).attendanceSplit).toBe('day');
  });

  it('a failed save puts the stored choice back and says why beside it', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    const panel = await attendancePanel();
    expect(radio(panel, 'Per hari').checked).toBe(true);
    // The trip is deleted by another program on the file meanwhile (no announcement reaches this window): the save fails.
    expect(h.app.db.prepare(`UPDATE trips SET deleted_at = 1 WHERE id = ?`).run(trip.id).changes).toBe(1);

    await h.user.click(radio(panel, 'Per sesi'));
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toMatch(/^Pilihan daftar hadir belum tersimpan: \S/);
    expect(radio(panel, 'Per hari').checked).toBe(true);
    expect(radio(panel, 'Per sesi').checked).toBe(false);
    expect(within(panel).getByRole('group', { name: 'Lembar daftar hadir' }).getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.queryByText('Tersimpan: daftar hadir dibuat per sesi.')).toBeNull();
  });
});
