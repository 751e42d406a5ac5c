import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launch, startSession, watchConsole, type Session } from './harness';

const chromiumPath = findChromium();
const suite = chromiumPath ? describe : describe.skip;

/**
 * The Electron path without Electron: the page gets `window.rombongan.invoke`
 * exactly as the preload installs it, carried into this Node process by
 * exposeFunction, where the same dispatcher answers.
 */
suite('the preload bridge, end to end', () => {
  let browser: Browser;
  let session: Session;
  beforeAll(async () => {
    browser = await launch(chromiumPath as string);
    session = await startSession();
  });
  afterAll(async () => {
    await browser.close();
    await session.close();
  });

  it('renders and writes through window.rombongan.invoke with no token at all', async () => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const seen: string[] = [];
    await page.exposeFunction('__rombonganInvoke', (operation: string, input: unknown) => {
      seen.push(operation);
      return session.app.dispatch(operation, input);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { rombongan: unknown; __rombonganInvoke: (o: string, i: unknown) => Promise<unknown> };
      w.rombongan = Object.freeze({ invoke: (operation: string, input: unknown) => w.__rombonganInvoke(operation, input) });
    });
    // No token in the URL: only the bridge can answer.
    await page.goto(`http://127.0.0.1:${session.server.port}/`);
    await page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Perjalanan baru' });
    await dialog.getByLabel('Judul perjalanan').fill('Kunker Smart Kampung Banyuwangi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Kunker Smart Kampung Banyuwangi' }).count()).toBe(1);
    expect(seen).toContain('trips.create');
    expect(session.app.db.prepare('SELECT title FROM trips').all()).toEqual([{ title: 'Kunker Smart Kampung Banyuwangi' }]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
