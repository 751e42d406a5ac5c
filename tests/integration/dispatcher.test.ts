import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../main/app';
import { tempDir } from '../helpers/db';
import { LATEST_VERSION } from '../../main/db/migrations';
import { OPERATION_NAMES, type OperationName } from '../../shared/contract';
import { join } from 'node:path';

let app: App;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  app = await startApp({ dbPath: join(t.dir, 'r.sqlite'), mode: 'test', log: () => undefined });
});
afterEach(() => {
  app.close();
  cleanup();
});

const counts = () =>
  app.db.prepare(`SELECT (SELECT count(*) FROM trips) AS trips, (SELECT count(*) FROM change_log) AS log`).get();

const good = { title: 'Studi Komparasi Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' };

describe('the dispatcher', () => {
  it('runs a valid operation and answers {ok, value}', async () => {
    const r = await app.dispatch('trips.create', good);
    expect(r.ok).toBe(true);
    const list = await app.dispatch('trips.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ title: good.title }] });
    const info = await app.dispatch('app.info', undefined);
    expect(info).toMatchObject({ ok: true, value: { mode: 'test', schemaVersion: LATEST_VERSION } });
  });

  const bad: Array<[string, unknown, unknown, string | undefined]> = [
    ['unknown operation', 'trips.drop', {}, undefined],
    ['prototype key as operation', '__proto__', {}, undefined],
    ['non-string operation', 42, {}, undefined],
    ['input not an object', 'trips.create', 'DROP TABLE trips', undefined],
    ['null input', 'trips.create', null, undefined],
    ['missing title', 'trips.create', { startDate: '2025-04-24', endDate: '2025-04-25' }, 'title'],
    ['title of wrong type', 'trips.create', { ...good, title: 123 }, 'title'],
    ['blank title', 'trips.create', { ...good, title: '    ' }, 'title'],
    ['huge title', 'trips.create', { ...good, title: 'x'.repeat(100_000) }, 'title'],
    ['impossible date', 'trips.create', { ...good, startDate: '2025-02-30' }, 'startDate'],
    ['date in another format', 'trips.create', { ...good, endDate: '25/04/2025' }, 'endDate'],
    ['end before start', 'trips.create', { ...good, endDate: '2025-04-01' }, 'endDate'],
    ['unknown field', 'trips.create', { ...good, deleted_at: 1 }, 'deleted_at'],
    ['bad id', 'trips.get', { id: "1' OR '1'='1" }, 'id'],
    ['empty patch', 'trips.update', { id: '0190b0a0-0000-7000-8000-000000000000', patch: {} }, 'patch'],
  ];

  it.each(bad)('refuses %s with a clear error and changes nothing', async (_name, op, input, field) => {
    await app.dispatch('trips.create', good);
    const before = counts();
    const r = await app.dispatch(op, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.message.length).toBeLessThan(300);
    // Every name that is not an operation (not only a non-string one) is refused as unknown.
    if (typeof op !== 'string' || !OPERATION_NAMES.includes(op as OperationName)) expect(r.error.code).toBe('UNKNOWN_OPERATION');
    if (field !== undefined) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.field).toBe(field);
      expect(r.error.key).toMatch(/^validation\./);
    }
    expect(counts()).toEqual(before);
  });

  it('names the offending field in the message', async () => {
    const r = await app.dispatch('trips.create', { ...good, title: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'title', key: 'validation.required' } });
    if (!r.ok) expect(r.error.message).toContain('title');
  });

  it('answers NOT_FOUND for a missing trip, and INTERNAL without details for a crash', async () => {
    const missing = await app.dispatch('trips.get', { id: '0190b0a0-0000-7000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    app.db.exec('DROP TRIGGER trips_log_insert; CREATE TRIGGER trips_boom BEFORE INSERT ON trips BEGIN SELECT RAISE(ABORT, "secret detail"); END;');
    const crash = await app.dispatch('trips.create', good);
    expect(crash).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!crash.ok) expect(crash.error.message).not.toContain('secret');
  });
});
