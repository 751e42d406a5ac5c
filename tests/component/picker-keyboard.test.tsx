import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { searchRegions } from '../../shared/regions';
import { delegationNames, renderAt, renderRegionPicker, seedTrip, startHarness } from './harness';
import { call } from '../helpers/dispatch';

/**
 * Issue 13.6: in the member picker, typing part of a name, ↓ once and Enter
 * takes the FIRST match (↓ used to skip it), also when the keys come before
 * the search for what was typed has answered.
 */

/** Three officials called Made, and two who are not. */
async function seedMades(app: MainApp) {
  for (const [name, jabatan] of [
    ['Made Ary Wiratama', 'Sekretaris Dinas'],
    ['Made Budiarsa', 'Kepala Bidang Aplikasi Informatika'],
    ['Made Sukadana', 'Pranata Komputer Ahli Muda'],
    ['Agung Pratama', 'Kepala Dinas Kominfosanti'],
    ['Bagus Wicaksana', 'Sekretaris Daerah'],
  ] as const) {
    await call(app, 'people.create', { kind: 'official', name, employment: 'elected', jabatan });
  }
  // The order the picker shows them in is the directory search's own.
  const search = async (query: string) =>
    (await call(app, 'people.search', { query, kind: 'official', limit: 20 })).items.map((p) => p.name);
  const names = await search('Made');
  expect(names).toHaveLength(3);
  // Before "Made" is searched the list holds everyone: neither of its first two is the first Made,
  // so taking an option from that stale list (or the second match) shows.
  expect((await search('')).slice(0, 2)).not.toContain(names[0]);
  return names as [string, string, string];
}

const memberNames = async (app: MainApp, tripId: string) => (await call(app, 'trips.detail', { id: tripId })).members.map((m) => m.person.name);

async function openTrip() {
  const h = await startHarness();
  const names = await seedMades(h.app);
  const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
  renderAt(`#/trips/${trip.id}`);
  expect(await screen.findByText('Belum ada anggota rombongan')).toBeTruthy();
  const picker = screen.getByRole<HTMLInputElement>('combobox', { name: 'Tambah anggota' });
  return { ...h, names, tripId: trip.id, picker };
}

/** The options once the list shows the results for what is in the input. */
async function freshOptions(picker: HTMLInputElement, expected: string[]) {
  const list = document.getElementById(picker.getAttribute('aria-controls') ?? '') as HTMLElement;
  await waitFor(() => {
    expect(picker.getAttribute('aria-busy')).toBeNull();
    expect(within(list).getAllByRole('option').map((o) => o.querySelector('.combo-main')?.textContent ?? o.textContent)).toEqual(expected);
  });
  return within(list).getAllByRole('option');
}

describe('member picker: ↓ then Enter takes the first match', () => {
  it('typing, ↓ and Enter at once: the first match for what was typed is added', async () => {
    const { app, user, names, tripId, picker } = await openTrip();
    // No pause between the typing and the keys: the search for "Made" may not have answered yet.
    await user.type(picker, 'Made');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(delegationNames()).toEqual([names[0]]));
    expect(screen.getByRole('status').textContent).toContain(`${names[0]} ditambahkan sebagai Ketua.`);
    expect(await memberNames(app, tripId)).toEqual([names[0]]);
    expect(picker.value).toBe('');
  });

  it('nothing is active while typing; ↓ activates the first option, Enter adds it', async () => {
    const { app, user, names, tripId, picker } = await openTrip();
    await user.type(picker, 'made');
    const options = await freshOptions(picker, [...names, 'Tambah “made” sebagai orang baru']);
    expect(picker.getAttribute('aria-expanded')).toBe('true');
    expect(picker.getAttribute('aria-activedescendant')).toBeNull();
    expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).toEqual([]);

    await user.keyboard('{ArrowDown}');
    const first = options[0] as HTMLElement;
    await waitFor(() => expect(picker.getAttribute('aria-activedescendant')).toBe(first.id));
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(first.textContent).toContain(names[0]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(delegationNames()).toEqual([names[0]]));
    expect(await memberNames(app, tripId)).toEqual([names[0]]);
  });

  it('Enter with no option active adds the first; ↓ ↓ ↑ comes back to the first', async () => {
    const { app, user, names, tripId, picker } = await openTrip();
    await user.type(picker, 'Made');
    await freshOptions(picker, [...names, 'Tambah “Made” sebagai orang baru']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(delegationNames()).toEqual([names[0]]));

    // The one added is no longer offered: the next Made is now the first match.
    await user.type(picker, 'Made');
    const options = await freshOptions(picker, [names[1], names[2], 'Tambah “Made” sebagai orang baru']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(picker.getAttribute('aria-activedescendant')).toBe(options[1]?.id));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(picker.getAttribute('aria-activedescendant')).toBe(options[0]?.id));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(delegationNames()).toEqual([names[0], names[1]]));
    expect((await memberNames(app, tripId)).sort()).toEqual([names[0], names[1]].sort());
  });

  it('Escape closes the list without adding anyone; Enter then does nothing', async () => {
    const { app, user, names, tripId, picker } = await openTrip();
    await user.type(picker, 'Made');
    await freshOptions(picker, [...names, 'Tambah “Made” sebagai orang baru']);
    await user.keyboard('{ArrowDown}{Escape}');
    await waitFor(() => expect(picker.getAttribute('aria-expanded')).toBe('false'));
    await user.keyboard('{Enter}');
    expect(picker.getAttribute('aria-expanded')).toBe('false');
    expect(await memberNames(app, tripId)).toEqual([]);
    expect(delegationNames()).toEqual([]);
  });
});

describe('the other combobox users keep the same keys', () => {
  it('RegionPicker: ↓ then Enter picks the first region found', async () => {
    const { user } = await startHarness();
    const onChange = vi.fn();
    const input = renderRegionPicker(onChange);
    const first = searchRegions('malang', 60).find((r) => r.level === 'kabupaten' || r.level === 'kota');
    expect(first).toBeTruthy();
    await user.type(input, 'malang');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith(first?.code, expect.objectContaining({ name: first?.name }));
  });
});
