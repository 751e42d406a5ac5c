import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { createClient } from '../../shared/client';
import { setClientForTests } from '../../renderer/src/api/bridge';
import { applyTables } from '../../renderer/src/api/changes';
import { parseHash } from '../../renderer/src/lib/router';
import { prefetchTrips } from '../../renderer/src/trips/boot';
import { renderAt, seedTrip, startHarness, tripRows } from './harness';

/*
 * boot.ts asks for the first screen's data before React renders; the screen
 * then takes that answer instead of asking again — unless a table it reads
 * changed in between, when it asks afresh.
 */

async function counted() {
  const h = await startHarness();
  const calls: string[] = [];
  setClientForTests(
    createClient({
      invoke: (op, input) => {
        calls.push(op);
        return h.app.dispatch(op, input);
      },
      subscribe: (l) => h.app.onChanges(l),
    }),
  );
  return { ...h, calls, count: (op: string) => calls.filter((c) => c === op).length };
}

describe('the first screen’s reads, started before the first render', () => {
  it('the trips list takes the search boot.ts started, and asks main once', async () => {
    const h = await counted();
    await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2026-03-10', '2026-03-12');
    window.history.replaceState(null, '', '/#/trips');
    prefetchTrips(parseHash(window.location.hash));
    expect(h.count('trips.search')).toBe(1);
    renderAt('#/trips');
    await screen.findByText('Studi Komparasi ke Kota Malang');
    expect(tripRows()).toHaveLength(1);
    expect(h.count('trips.search')).toBe(1);
  });

  it('the trip page takes the detail boot.ts started', async () => {
    const h = await counted();
    const trip = await seedTrip(h.app, 'Kunjungan Kerja ke Kabupaten Badung', '2026-04-01', '2026-04-02');
    window.history.replaceState(null, '', `/#/trips/${trip.id}`);
    prefetchTrips(parseHash(window.location.hash));
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Kunjungan Kerja ke Kabupaten Badung' });
    expect(h.count('trips.detail')).toBe(1);
  });

  it('asks again when a table changed between the early read and the screen', async () => {
    const h = await counted();
    await seedTrip(h.app, 'Studi Komparasi ke Kota Batu', '2026-05-04', '2026-05-05');
    window.history.replaceState(null, '', '/#/trips');
    prefetchTrips(parseHash(window.location.hash));
    // Another window renamed a trip meanwhile: the early answer may be old.
    applyTables(['trips']);
    renderAt('#/trips');
    await screen.findByText('Studi Komparasi ke Kota Batu');
    expect(h.count('trips.search')).toBe(2);
  });
});
