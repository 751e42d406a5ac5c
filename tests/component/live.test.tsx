import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createClient } from '../../shared/client';
import { READS } from '../../shared/reads';
import { setClientForTests } from '../../renderer/src/api/bridge';
import { call } from '../helpers/dispatch';
import { renderAt, seedTrip, startHarness, type Harness } from './harness';

/*
 * Nothing typed is lost, every screen stays true: leaving a form with
 * unsaved changes asks, a write elsewhere shows here without a reload, and a
 * write costs only the reads of what it changed. The client is the real one
 * over the real handlers; `app.dispatch` from the test is "another window".
 */

/** Counts the calls the screens make (and the ones still out). */
function countCalls(h: Harness) {
  const calls: string[] = [];
  let out = 0;
  setClientForTests(
    createClient({
      invoke: async (op, input) => {
        calls.push(op);
        out += 1;
        try {
          return await h.app.dispatch(op, input);
        } finally {
          out -= 1;
        }
      },
      subscribe: (l) => h.app.onChanges(l),
    }),
  );
  return { calls, idle: () => out === 0 };
}

const isRead = (op: string) => op in READS;

describe('live data and unsaved changes', () => {
  it('a write in another window shows on the trip page without a reload', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Studi Komparasi ke Kota Malang');
    await call(h.app, 'trips.update', { id: trip.id, patch: { title: 'Kunjungan Kerja ke Kota Malang' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kunjungan Kerja ke Kota Malang'));
  });

  it('leaving "Ubah rincian" with unsaved text asks: Batal stays with the text, Simpan saves and goes, Buang goes', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    await h.user.click(await screen.findByRole('button', { name: 'Lengkapi rincian' }));
    const form = screen.getByRole('form', { name: 'Rincian' });
    await h.user.type(within(form).getByLabelText('Ruang lingkup'), 'Mal Pelayanan Publik');

    // A click elsewhere in the app: held, asked.
    await h.user.click(screen.getByRole('link', { name: 'Direktori' }));
    const ask = await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' });
    expect(window.location.hash).toBe(`#/trips/${trip.id}`);
    await h.user.click(within(ask).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Perubahan belum disimpan' })).toBeNull());
    expect((within(screen.getByRole('form', { name: 'Rincian' })).getByLabelText<HTMLTextAreaElement>('Ruang lingkup')).value).toBe('Mal Pelayanan Publik');

    // A reload (or closing the window) gets the browser's question.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    // Simpan: saved, then on to the directory.
    await h.user.click(screen.getByRole('link', { name: 'Direktori' }));
    await h.user.click(within(await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' })).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(window.location.hash).toBe('#/directory'));
    expect((await call(h.app, 'trips.detail', { id: trip.id })).trip.scope).toBe('Mal Pelayanan Publik');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);

    // Buang: back to the trip, type, leave, discard.
    window.location.hash = `#/trips/${trip.id}`;
    await h.user.click(await screen.findByRole('button', { name: 'Ubah rincian' }));
    await h.user.type(within(screen.getByRole('form', { name: 'Rincian' })).getByLabelText('Ruang lingkup'), ' dan Command Center');
    await h.user.click(screen.getByRole('link', { name: 'Direktori' }));
    await h.user.click(within(await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' })).getByRole('button', { name: 'Buang' }));
    await waitFor(() => expect(window.location.hash).toBe('#/directory'));
    expect((await call(h.app, 'trips.detail', { id: trip.id })).trip.scope).toBe('Mal Pelayanan Publik');
  });

  it('a chosen follow-up status says "belum disimpan" until saved, leaving asks, and the save re-reads each list on screen once', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const learning = await call(h.app, 'learnings.create', { tripId: trip.id, topic: 'Mal Pelayanan Publik' });
    await call(h.app, 'followups.create', { learningId: learning.id, action: 'Kaji MPP di Buleleng' });
    const counter = countCalls(h);
    renderAt(`#/trips/${trip.id}`);
    const select = await screen.findByLabelText('Status “Kaji MPP di Buleleng”');
    await waitFor(() => expect(counter.idle()).toBe(true));
    // Opening the page reads the numbers once: the issue forms' next numbers on their default dates come with it.
    await screen.findByRole('button', { name: 'Terbitkan nomor SPT' });
    expect(counter.calls.filter((op) => op === 'numbers.get')).toEqual(['numbers.get']);

    await h.user.selectOptions(select, 'in_progress');
    expect(screen.getByText('belum disimpan')).toBeTruthy();
    await h.user.click(screen.getByRole('link', { name: 'Direktori' }));
    await h.user.click(within(await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' })).getByRole('button', { name: 'Batal' }));

    const before = counter.calls.length;
    await h.user.click(screen.getByRole('button', { name: 'Simpan status' }));
    await screen.findByText('Status “Kaji MPP di Buleleng”: Berjalan.');
    await waitFor(() => expect(screen.queryByText('belum disimpan')).toBeNull());
    await waitFor(() => expect(counter.idle()).toBe(true));
    const made = counter.calls.slice(before);
    expect(made.filter((op) => !isRead(op))).toEqual(['followups.setStatus']);
    // jsdom has no layout, so every section counts as on screen (lib/visible.tsx): the
    // follow-up's own list and the two reads of the documents section, each once. With
    // the documents section off screen (a real Chromium, tests/e2e/two-windows.test.ts)
    // the list alone is read.
    const reads = made.filter(isRead);
    expect(reads.sort(), `reads after a status change: ${reads.join(', ')}`).toEqual(['docs.readiness', 'learnings.list', 'reportText.drafts']);
  });
});
