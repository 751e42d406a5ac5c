/**
 * Renders the whole renderer over the real handlers and a real SQLite
 * database (in memory): no mocks between the screens and the services.
 */
import { afterEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startApp, type App as MainApp } from '../../main/app';
import { createClient } from '../../shared/client';
import type { Trip } from '../../shared/trips/schemas';
import { setClientForTests } from '../../renderer/src/api/bridge';
import { i18n, LANG_STORAGE_KEY } from '../../renderer/src/i18n';
import { App } from '../../renderer/src/App';

let current: MainApp | null = null;

afterEach(() => {
  setClientForTests(undefined);
  current?.close();
  current = null;
  // Back to a clean route, without a hashchange reaching the next test.
  window.history.replaceState(null, '', '/');
});

export interface Harness {
  app: MainApp;
  user: ReturnType<typeof userEvent.setup>;
  /** The trips the real handlers hold right now. */
  serverTrips: () => Promise<Trip[]>;
}

export async function startHarness(): Promise<Harness> {
  const app = await startApp({ dbPath: ':memory:', mode: 'test', log: () => undefined });
  current = app;
  setClientForTests(createClient({ invoke: (op, input) => app.dispatch(op, input), subscribe: (l) => app.onChanges(l) }));
  window.localStorage.removeItem(LANG_STORAGE_KEY);
  await i18n.changeLanguage('id');
  return {
    app,
    user: userEvent.setup(),
    serverTrips: async () => {
      const r = await app.dispatch('trips.list', {});
      if (!r.ok) throw new Error(r.error.message);
      return r.value as Trip[];
    },
  };
}

export async function seedTrip(app: MainApp, title: string, startDate: string, endDate: string): Promise<Trip> {
  const r = await app.dispatch('trips.create', { title, startDate, endDate });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Trip;
}

/** Opens the app at `hash` (default the trip list). */
export function renderAt(hash = '#/trips') {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App />);
}

export const dialog = (name: string) => screen.findByRole('dialog', { name });

/** The rendered trip rows of the trip table, in order (the header row and the year headers excluded). */
export function tripRows(): HTMLTableRowElement[] {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  if (!body) throw new Error('no table body');
  return within(body)
    .getAllByRole<HTMLTableRowElement>('row')
    .filter((r) => r.dataset.tripId !== undefined);
}
