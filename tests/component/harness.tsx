/**
 * Renders the whole renderer over the real handlers and a real SQLite
 * database (in memory): no mocks between the screens and the services.
 */
import type { ComponentProps } from 'react';
import { afterEach, expect } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startApp, type App as MainApp, type StartOptions } from '../../main/app';
import { createClient } from '../../shared/client';
import type { Trip } from '../../shared/trips/schemas';
import { setClientForTests } from '../../renderer/src/api/bridge';
import { i18n, LANG_STORAGE_KEY } from '../../renderer/src/i18n';
import { App } from '../../renderer/src/App';
import { RegionPicker } from '../../renderer/src/components/RegionPicker';
import { call } from '../helpers/dispatch';
import { photoInput } from '../helpers/media';

let current: MainApp | null = null;
const cleanups: Array<() => void> = [];

/** Runs `cleanup` after the test (a temporary folder's removal, say). */
export function afterTest(cleanup: () => void): void {
  cleanups.push(cleanup);
}

afterEach(() => {
  setClientForTests(undefined);
  current?.close();
  current = null;
  for (const cleanup of cleanups.splice(0)) cleanup();
  // Back to a clean route, without a hashchange reaching the next test.
  window.history.replaceState(null, '', '/');
});

export interface Harness {
  app: MainApp;
  user: ReturnType<typeof userEvent.setup>;
  /** The trips the real handlers hold right now. */
  serverTrips: () => Promise<Trip[]>;
}

/** The app over an in-memory database (mode 'test' unless told, with the desktop a test gives), the renderer's client on it, in Indonesian. */
export async function startHarness({ mode = 'test', desktop }: Partial<Pick<StartOptions, 'mode' | 'desktop'>> = {}): Promise<Harness> {
  const app = await startApp({ dbPath: ':memory:', mode, log: () => undefined, ...(desktop && { desktop }) });
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

/** Opens the trip list, selects the row of `title` (the first) and presses Delete; answers the toasts' status once it says the trip is deleted. */
export async function deleteFirstTripByKey(user: Harness['user'], title: string): Promise<HTMLElement> {
  renderAt();
  await screen.findByRole('link', { name: title });
  await user.click(tripRows()[0]!.cells[2]!);
  await user.keyboard('{Delete}');
  const status = screen.getByRole('status');
  await waitFor(() => expect(status.textContent).toContain(`Perjalanan “${title}” dihapus.`));
  return status;
}

/** A RegionPicker of kabupaten and kota, labelled "Daerah tujuan", reporting to `onChange`; answers its combobox. */
export function renderRegionPicker(onChange: ComponentProps<typeof RegionPicker>['onChange']): HTMLElement {
  render(
    <>
      <label htmlFor="rp">Daerah tujuan</label>
      <RegionPicker id="rp" value="" onChange={onChange} levels={['kabupaten', 'kota']} />
    </>,
  );
  return screen.getByRole('combobox', { name: 'Daerah tujuan' });
}

/** A date or time typed into the field labelled `label` inside `root`, read when the field is left (as the user's Tab does). */
export function setField(label: string, value: string, root: HTMLElement): void {
  const input = within(root).getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

/** Names in the trip page's delegation table, in screen order. */
export function delegationNames(): string[] {
  const region = screen.getByRole('region', { name: 'Rombongan' });
  return [...region.querySelectorAll<HTMLElement>('tr[data-member-id] .person-name')].map((el) => el.textContent ?? '');
}

/** The delegation table's row of the member named `name`. */
export function memberRow(name: string): HTMLElement {
  const el = [...document.querySelectorAll<HTMLElement>('tr[data-member-id]')].find((r) => r.querySelector('.person-name')?.textContent === name);
  if (!el) throw new Error(`no row for ${name}`);
  return el;
}

/** The harness with the Malang trip of 24–25 April 2025 holding the fixture photo as each of `fileNames`, taken on its first morning. */
export async function startWithPhotos(fileNames: string[]): Promise<Harness & { trip: Trip }> {
  const h = await startHarness();
  const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
  for (const fileName of fileNames) await call(h.app, 'photos.add', photoInput(trip.id, fileName, { takenAt: '2025-04-24T09:30' }));
  return { ...h, trip };
}
