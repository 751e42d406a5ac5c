import { describe, expect, it } from 'vitest';
import { createTrip, deleteTrip, getTrip, listTrips, restoreTrip, updateTrip } from '../../main/trips/service';
import { useTempStore } from '../helpers/db';

const { store } = useTempStore();

interface LogRow {
  seq: number;
  hlc: string;
  device_id: string;
  table_name: string;
  row_id: string;
  op: string;
  changed_columns: string;
  previous_values: string | null;
}
const log = () => store.db.prepare('SELECT * FROM change_log ORDER BY seq').all() as LogRow[];

const malang = { title: 'Studi Komparasi Command Center Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' };

describe('trips service', () => {
  it('creates a trip with a UUIDv7 id and UTC millisecond timestamps', () => {
    const before = Date.now();
    const trip = createTrip(store, malang);
    expect(trip.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(trip.createdAt).toBeGreaterThanOrEqual(before);
    expect(trip.updatedAt).toBe(trip.createdAt);
    expect(getTrip(store, trip.id)).toEqual(trip);
  });

  it('lists live trips, newest start first', () => {
    createTrip(store, { ...malang, title: 'Lama', startDate: '2020-12-02', endDate: '2020-12-02' });
    createTrip(store, malang);
    createTrip(store, { ...malang, title: 'Banyuwangi', startDate: '2025-09-02', endDate: '2025-09-03' });
    expect(listTrips(store).map((x) => x.title)).toEqual(['Banyuwangi', malang.title, 'Lama']);
  });

  it('renames and re-dates, refusing an end before the start without writing', () => {
    const trip = createTrip(store, malang);
    const renamed = updateTrip(store, { id: trip.id, patch: { title: 'Kunker Malang' } });
    expect(renamed.title).toBe('Kunker Malang');
    expect(renamed.startDate).toBe(malang.startDate);
    expect(() => updateTrip(store, { id: trip.id, patch: { endDate: '2025-04-01' } })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'patch.endDate' }),
    );
    expect(getTrip(store, trip.id).endDate).toBe(malang.endDate);
  });

  it('deletes with a marker and restores it (undo)', () => {
    const trip = createTrip(store, malang);
    deleteTrip(store, trip.id);
    expect(listTrips(store)).toEqual([]);
    expect(() => getTrip(store, trip.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    const row = store.db.prepare('SELECT deleted_at FROM trips WHERE id = ?').get(trip.id) as { deleted_at: number };
    expect(row.deleted_at).toBeGreaterThan(0); // marked, never removed
    expect(() => deleteTrip(store, trip.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    const back = restoreTrip(store, trip.id);
    expect(back.title).toBe(malang.title);
    expect(listTrips(store).map((x) => x.id)).toEqual([trip.id]);
  });

  it('writes the change log in the same transaction as each change', () => {
    const trip = createTrip(store, malang);
    updateTrip(store, { id: trip.id, patch: { title: 'Baru' } });
    deleteTrip(store, trip.id);
    restoreTrip(store, trip.id);
    const rows = log();
    expect(rows.map((r) => r.op)).toEqual(['PUT', 'PATCH', 'DELETE', 'PATCH']);
    expect(rows.every((r) => r.row_id === trip.id && r.table_name === 'trips' && r.device_id === store.deviceId)).toBe(true);
    expect(JSON.parse(rows[1]!.changed_columns)).toEqual(['title']);
    expect(JSON.parse(rows[1]!.previous_values!)).toEqual({ title: malang.title });
    expect(JSON.parse(rows[2]!.changed_columns)).toEqual(['deleted_at']);
    // Hybrid logical clock: strictly increasing, unique, tagged with this device.
    const hlcs = rows.map((r) => r.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    expect(hlcs[0]).toMatch(new RegExp(`-${store.deviceId}$`));
  });

  it('writes nothing, log included, when an operation fails half way', () => {
    const trip = createTrip(store, malang);
    const before = log().length;
    expect(() =>
      store.write(() => {
        store.db.prepare('UPDATE trips SET title = ? WHERE id = ?').run('setengah', trip.id);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(getTrip(store, trip.id).title).toBe(malang.title);
    expect(log().length).toBe(before);
  });

  it('keeps the clock monotonic across a clock that jumps backwards', () => {
    let now = Date.UTC(2026, 0, 1);
    const s2 = { ...store, now: () => now };
    createTrip(s2, malang);
    now -= 60_000;
    createTrip(s2, malang);
    const hlcs = log().map((r) => r.hlc);
    expect(hlcs[1]! > hlcs[0]!).toBe(true);
  });
});
