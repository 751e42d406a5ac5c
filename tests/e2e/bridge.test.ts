import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/**
 * The Electron path without Electron: the page gets `window.rombongan.invoke`
 * exactly as the preload installs it, carried into this Node process by
 * exposeFunction, where the same dispatcher answers.
 */
suite('the preload bridge, end to end', () => {
  const e2e = useE2E();

  it('renders and writes through window.rombongan.invoke with no token at all', async () => {
    const seen: string[] = [];
    await e2e.page.exposeFunction('__rombonganInvoke', (operation: string, input: unknown) => {
      seen.push(operation);
      return e2e.session.app.dispatch(operation, input);
    });
    await e2e.page.addInitScript(() => {
      const w = window as unknown as { rombongan: unknown; __rombonganInvoke: (o: string, i: unknown) => Promise<unknown> };
      w.rombongan = Object.freeze({ invoke: (operation: string, input: unknown) => w.__rombonganInvoke(operation, input) });
    });
    // No token in the URL: only the bridge can answer.
    await e2e.page.goto(`http://127.0.0.1:${e2e.session.server.port}/`);
    await e2e.page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Perjalanan baru' });
    await dialog.getByLabel('Judul perjalanan').fill('Kunker Smart Kampung Banyuwangi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => e2e.page.getByRole('link', { name: 'Kunker Smart Kampung Banyuwangi' }).count()).toBe(1);
    expect(seen).toContain('trips.create');
    expect(e2e.session.app.db.prepare('SELECT title FROM trips').all()).toEqual([{ title: 'Kunker Smart Kampung Banyuwangi' }]);
    expect(e2e.errors).toEqual([]);
  });

  it('browser mode takes the token out of the address bar once read, and a reload still loads the trips', async () => {
    await e2e.call('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const { port, token, url } = e2e.session.server;
    expect(new URL(url).searchParams.get('token')).toBe(token);
    await e2e.page.goto(`${url}&view=compact#/trips`);
    const trip = e2e.page.getByRole('link', { name: 'Studi Komparasi ke Kota Malang' });
    // The list is read with the token, so by now it has been taken out of the address (other parameters and the hash stay).
    await trip.waitFor();
    expect(e2e.page.url()).toBe(`http://127.0.0.1:${port}/?view=compact#/trips`);
    // A reload has no token in the address: the tab's sessionStorage still has it.
    await e2e.page.reload();
    await trip.waitFor();
    expect(e2e.page.url()).not.toContain(token);
  });
});
