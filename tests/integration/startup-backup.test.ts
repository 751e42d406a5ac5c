import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../main/app';
import type { Changes } from '../../shared/changes';
import type { DbHealth } from '../../shared/backups/schemas';
import { READS } from '../../shared/reads';
import { tempDir } from '../helpers/db';

/*
 * The start-up backup never holds the first paint: with `backups: 'deferred'`
 * (npm start, the Electron window) the app is up before any backup exists;
 * the caller runs it once the address is printed or the window has painted,
 * and its outcome is announced, so the file's health on screen follows.
 */
const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

async function start(dbPath: string): Promise<App> {
  const app = await startApp({ dbPath, mode: 'test', log: () => undefined, backups: 'deferred' });
  cleanups.push(() => app.close());
  return app;
}

describe('the start-up backup, after the start', () => {
  it('is not taken before startApp resolves; backupNow takes it and announces it to the health read', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const app = await start(join(t.dir, 'rombongan.sqlite'));
    const backups = join(t.dir, 'backups');
    const autos = () => (existsSync(backups) ? readdirSync(backups).filter((n) => /^rombongan-auto-.*\.sqlite$/.test(n)) : []);
    expect(autos()).toEqual([]);
    // The app answers before the backup.
    const trip = await app.dispatch('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    expect(trip.ok).toBe(true);

    const heard: Changes[] = [];
    app.onChanges((c) => heard.push(c));
    await app.backupNow();
    expect(autos()).toHaveLength(1);
    const announced = heard.flatMap((c) => c.tables);
    expect(announced).toEqual(['backups']);
    // The health read is one that listens to it, so a failed backup warns without a reload.
    expect(READS['health.get']).toContain('backups');
    const health = await app.dispatch('health.get', {});
    expect(health.ok && (health.value as DbHealth).lastBackup?.name).toMatch(/^rombongan-auto-/);
  });
});
