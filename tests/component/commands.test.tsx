import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { App as MainApp } from '../../main/app';
import type { PersonCreateInput } from '../../shared/directory/person';
import { i18n } from '../../renderer/src/i18n';
import { commands, createCommandRegistry } from '../../renderer/src/lib/commands';
import { CommandRegistryProvider, useCommand } from '../../renderer/src/lib/commands-react';
import { deleteFirstTripByKey, dialog, renderAt, seedTrip, startHarness } from './harness';

async function seedPerson(app: MainApp, input: PersonCreateInput): Promise<void> {
  const r = await app.dispatch('people.create', input);
  if (!r.ok) throw new Error(r.error.message);
}

const supriatna: PersonCreateInput = { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' };

/** The overlay's table for one context: [what it does, its keys] per row. */
function shortcuts(help: HTMLElement, group: string): [string, string][] {
  const table = within(help).getByRole('table', { name: group });
  const [, body] = within(table).getAllByRole('rowgroup');
  if (!body) throw new Error('no table body');
  return within(body)
    .getAllByRole('row')
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getByRole('cell').textContent ?? '']);
}

const groups = (help: HTMLElement) => within(help).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('keyboard shortcuts overlay', () => {
  it('F1 lists the commands of the trip list by context; Escape closes it and focus goes back', async () => {
    const { user } = await startHarness();
    renderAt();
    const create = await screen.findByRole('button', { name: /Perjalanan baru/ });
    create.focus();
    await user.keyboard('{F1}');
    const help = await dialog('Pintasan papan ketik');
    expect(groups(help)).toEqual(['Umum', 'Perjalanan']);
    expect(shortcuts(help, 'Umum')).toEqual(
      expect.arrayContaining([
        ['Tampilkan pintasan papan ketik', 'F1 atau ?'],
        ['Urungkan penghapusan terakhir (selama pemberitahuannya tampil)', 'Ctrl+Z'],
      ]),
    );
    expect(shortcuts(help, 'Umum')).toHaveLength(2);
    expect(shortcuts(help, 'Perjalanan')).toEqual([['Perjalanan baru (dari layar mana pun)', 'Ctrl+N']]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(create);
  });

  it('on a trip page F1 lists F2 (edit this trip), and F2 opens the trip’s edit dialog', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Studi Komparasi ke Kota Malang' });
    await user.keyboard('{F1}');
    const help = await dialog('Pintasan papan ketik');
    expect(groups(help)).toEqual(['Umum', 'Perjalanan', 'Halaman perjalanan']);
    expect(shortcuts(help, 'Halaman perjalanan')).toEqual([['Ubah rincian perjalanan ini', 'F2']]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.keyboard('{F2}');
    const edit = await screen.findByRole('dialog');
    expect(within(edit).getByDisplayValue('Studi Komparasi ke Kota Malang')).toBeTruthy();
  });

  it('"?" lists the directory tab’s own commands, and they follow the tab', async () => {
    const { user } = await startHarness();
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' });
    await user.keyboard('?');
    let help = await dialog('Pintasan papan ketik');
    expect(groups(help)).toEqual(['Umum', 'Perjalanan', 'Direktori: orang']);
    expect(shortcuts(help, 'Direktori: orang')).toEqual([
      ['Pejabat baru', 'Ctrl+N'],
      ['Ke kotak pencarian', 'Ctrl+F atau /'],
    ]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('tab', { name: /Instansi/ }));
    await screen.findByRole('button', { name: /Instansi baru/ });
    await user.keyboard('{F1}');
    help = await dialog('Pintasan papan ketik');
    expect(groups(help)).toEqual(['Umum', 'Perjalanan', 'Direktori: instansi']);
    expect(shortcuts(help, 'Direktori: instansi')).toEqual([
      ['Instansi baru', 'Ctrl+N'],
      ['Ke kotak pencarian', 'Ctrl+F atau /'],
    ]);
    await user.click(within(help).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('"?" typed in a text field is a character; F1 there still opens the overlay', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, supriatna);
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    await screen.findByRole('rowheader', { name: 'Gede Supriatna' });
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Cari' });
    await user.type(search, 'apa?');
    expect(search.value).toBe('apa?');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('{F1}');
    expect(await dialog('Pintasan papan ketik')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(search);
  });

  it('opens from the sidebar, in English too', async () => {
    const { user } = await startHarness();
    await i18n.changeLanguage('en');
    renderAt('#/settings');
    await user.click(await screen.findByRole('button', { name: /Keyboard shortcuts/ }));
    const help = await dialog('Keyboard shortcuts');
    expect(shortcuts(help, 'General')).toEqual(expect.arrayContaining([['Show keyboard shortcuts', 'F1 or ?']]));
    expect(shortcuts(help, 'Trips')).toEqual([['New trip (from any screen)', 'Ctrl+N']]);
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not open over another dialog', async () => {
    const { user } = await startHarness();
    renderAt();
    await screen.findByRole('heading', { name: 'Belum ada perjalanan' });
    await user.keyboard('{Control>}n{/Control}');
    const form = await dialog('Perjalanan baru');
    await user.keyboard('{F1}');
    expect(screen.getAllByRole('dialog')).toEqual([form]);
    await user.click(within(form).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'Pintasan papan ketik' })).toBeNull();
  });
});

describe('shortcuts through the registry', () => {
  it('Ctrl+Z undoes a trip deletion through its toast', async () => {
    const { app, user, serverTrips } = await startHarness();
    await seedTrip(app, 'Kunjungan A', '2025-03-01', '2025-03-02');
    const status = await deleteFirstTripByKey(user, 'Kunjungan A');
    await waitFor(async () => expect(await serverTrips()).toEqual([]));

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('link', { name: 'Kunjungan A' })).toBeTruthy();
    await waitFor(() => expect(status.textContent).toContain('dikembalikan'));
    expect((await serverTrips()).map((t) => t.title)).toEqual(['Kunjungan A']);
  });

  it('Ctrl+Z undoes a person’s deletion, and does nothing once nothing is left to undo', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, supriatna);
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    const row = (await screen.findByRole('rowheader', { name: 'Gede Supriatna' })).closest('tr') as HTMLElement;
    row.focus();
    await user.keyboard('{Delete}');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Gede Supriatna dihapus dari direktori.'));
    await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' });

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('rowheader', { name: 'Gede Supriatna' })).toBeTruthy();
    await waitFor(() => expect(status.textContent).toContain('Gede Supriatna dikembalikan.'));
    // The undo toast is gone: Ctrl+Z is the browser's again.
    expect(fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })).toBe(true);
  });

  it('Ctrl+F and "/" go to the search box; Ctrl+N opens a new institution on its tab, once', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, supriatna);
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    const row = (await screen.findByRole('rowheader', { name: 'Gede Supriatna' })).closest('tr') as HTMLElement;
    const search = screen.getByRole('searchbox', { name: 'Cari' });
    row.focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(search);
    row.focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(search);

    await user.click(screen.getByRole('tab', { name: /Instansi/ }));
    await screen.findByRole('heading', { level: 2, name: /Belum ada instansi/ });
    await user.keyboard('{Control>}n{/Control}');
    const form = await dialog('Instansi baru');
    // Inside the dialog Ctrl+N opens nothing more, yet never reaches the browser (a new window).
    expect(fireEvent.keyDown(document.activeElement ?? form, { key: 'n', ctrlKey: true })).toBe(false);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });
});

describe('useCommand', () => {
  function Counter() {
    const [n, setN] = useState(0);
    const [seen, setSeen] = useState<number[]>([]);
    useCommand({ id: 'test.log', label: 'commands.labels.help', keys: 'F8', context: 'global', run: () => setSeen((s) => [...s, n]) });
    return (
      <>
        <button type="button" onClick={() => setN((x) => x + 1)}>
          plus
        </button>
        <output>{seen.join(',')}</output>
      </>
    );
  }

  it('always runs the latest closure, and unregisters on unmount', async () => {
    const user = userEvent.setup();
    const registry = createCommandRegistry({ target: window });
    const view = render(
      <CommandRegistryProvider registry={registry}>
        <Counter />
      </CommandRegistryProvider>,
    );
    await user.keyboard('{F8}');
    expect(screen.getByRole('status').textContent).toBe('0');
    await user.click(screen.getByRole('button', { name: 'plus' }));
    await user.click(screen.getByRole('button', { name: 'plus' }));
    await user.keyboard('{F8}');
    expect(screen.getByRole('status').textContent).toBe('0,2');
    expect(registry.list().map((c) => c.id)).toEqual(['test.log']);

    view.unmount();
    expect(registry.list()).toEqual([]);
    expect(fireEvent.keyDown(document.body, { key: 'F8' })).toBe(true);
    // The app's own registry was never touched, and the screens above left nothing behind.
    expect(commands.list()).toEqual([]);
  });
});
