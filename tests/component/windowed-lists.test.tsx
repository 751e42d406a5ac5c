import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { call } from '../helpers/dispatch';
import { renderAt, seedTrip, startHarness } from './harness';

/**
 * The trip page's long lists are windowed (lib/windowed.tsx): only the rows
 * near the view are in the DOM, inside the page area that scrolls. jsdom lays
 * nothing out, so the page area is given what a browser would: the app's
 * layout styles (it is the scroller), a 600 px view over tall content, and a
 * scrollTo that scrolls it and says so. Rows have no height here and count
 * at their estimates.
 */

let sheet: HTMLStyleElement | null = null;
afterEach(() => {
  sheet?.remove();
  sheet = null;
  vi.restoreAllMocks();
});

function loadLayout() {
  sheet = document.createElement('style');
  sheet.textContent = readFileSync(resolve(__dirname, '../../renderer/src/styles/layout.css'), 'utf8');
  document.head.append(sheet);
}

/**
 * The page area, sized as in a browser window. What is inside it starts at the
 * top of its content and reaches far down, so it moves up as the page scrolls.
 */
function sizePage(): HTMLElement {
  const main = screen.getByRole('main');
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    // As jsdom has it (no layout) outside the page area and for the page area itself.
    if (this === main || !main.contains(this)) return DOMRect.fromRect();
    return DOMRect.fromRect({ x: 0, y: -main.scrollTop, width: 800, height: 400_000 });
  });
  Object.defineProperty(main, 'clientHeight', { configurable: true, value: 600 });
  Object.defineProperty(main, 'scrollHeight', { configurable: true, value: 400_000 });
  main.scrollTo = ((opts: ScrollToOptions) => {
    main.scrollTop = opts.top ?? main.scrollTop;
    fireEvent.scroll(main);
  }) as Element['scrollTo'];
  return main;
}

/** The user scrolls the page with the wheel. */
function scrollPage(main: HTMLElement, top: number) {
  main.scrollTop = top;
  fireEvent.scroll(main);
}

const pad = (i: number) => String(i).padStart(3, '0');

describe('windowed lists on the trip page', () => {
  it('members: a window of rows; a far row is found by scrolling, expands, keeps its focus when moved by keyboard, and its neighbour takes the focus after it is removed', async () => {
    const { app, user } = await startHarness();
    loadLayout();
    const trip = await seedTrip(app, 'Studi Komparasi Besar ke Kota Malang', '2025-04-24', '2025-04-25');
    for (let i = 1; i <= 150; i++) {
      const p = await call(app, 'people.create', { kind: 'official', name: `Anggota ${pad(i)}`, employment: 'non_asn' });
      await call(app, 'members.add', { tripId: trip.id, personId: p.id, role: i === 1 ? 'lead' : 'member' });
    }
    const order = async () => (await call(app, 'trips.detail', { id: trip.id })).members.map((m) => m.person.name);
    renderAt(`#/trips/${trip.id}`);
    const main = sizePage();
    const region = await screen.findByRole('region', { name: 'Rombongan' });
    const rows = () => [...region.querySelectorAll<HTMLTableRowElement>('tr[data-member-id]')];
    const rowOf = (name: string) => rows().find((r) => r.querySelector('.person-name')?.textContent === name) ?? null;
    await waitFor(() => expect(rows().length).toBeGreaterThan(5));

    // A window: the table says it has all 150 (and its header row), the DOM holds a few dozen.
    const table = within(region).getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('151');
    expect(rows().length).toBeLessThan(40);
    const names = await order();
    expect(rows()[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(rowOf(names[0] as string)).not.toBeNull();

    // A row far down is not there until the page scrolls to it; then the top ones are gone.
    const far = names[120] as string;
    expect(rowOf(far)).toBeNull();
    scrollPage(main, 118 * 53);
    await waitFor(() => expect(rowOf(far)).not.toBeNull());
    expect(rowOf(far)?.getAttribute('aria-rowindex')).toBe('122');
    // Those at the top are gone, but for the first: the table's tab stop, kept so that Tab finds the table.
    expect(rowOf(names[5] as string)).toBeNull();
    expect(rowOf(names[0] as string)?.tabIndex).toBe(0);

    // Its logistics panel opens in the windowed table, as a row of it.
    await user.click(within(rowOf(far) as HTMLElement).getByRole('button', { name: `Logistik ${far}` }));
    expect(await within(region).findByRole('button', { name: 'Simpan logistik' })).toBeTruthy();
    expect(table.getAttribute('aria-rowcount')).toBe('152');
    await user.click(within(region).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(table.getAttribute('aria-rowcount')).toBe('151'));
    // Focus went back to its toggle.
    await waitFor(() => expect(document.activeElement).toBe(within(rowOf(far) as HTMLElement).getByRole('button', { name: `Logistik ${far}` })));
    (rowOf(far) as HTMLElement).focus();

    // Scrolled away with the wheel, the focused row stays rendered and focused.
    scrollPage(main, 0);
    await waitFor(() => expect(rowOf(names[0] as string)).not.toBeNull());
    expect(document.activeElement).toBe(rowOf(far));

    // Alt+↓ moves it one place: the page scrolls back to it, and it keeps the focus.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect((await order()).indexOf(far)).toBe(121));
    await waitFor(() => expect(rowOf(far)?.querySelector('.cell-no')?.textContent).toBe('122'));
    await waitFor(() => expect(document.activeElement).toBe(rowOf(far)));
    expect(main.scrollTop).toBeGreaterThan(100 * 53);

    // ↓ goes to the next member, rendered even when the window had left it out.
    const moved = await order();
    const next = moved[122] as string;
    (rowOf(far) as HTMLElement).focus();
    scrollPage(main, 0);
    await waitFor(() => expect(rowOf(names[0] as string)).not.toBeNull());
    expect(rowOf(next)).toBeNull();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf(next)));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(rowOf(far)));

    // Its remove button focused and the page scrolled away: removing it focuses the next member, which was not rendered.
    within(rowOf(far) as HTMLElement).getByRole('button', { name: `Keluarkan ${far}` }).focus();
    scrollPage(main, 0);
    await waitFor(() => expect(rowOf(names[0] as string)).not.toBeNull());
    expect(rowOf(next)).toBeNull();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowOf(far)).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(rowOf(next)));
    expect(await order()).not.toContain(far);
    expect(table.getAttribute('aria-rowcount')).toBe('150');
  });

  it('learnings: a window of cards with their follow-ups; a far card is found by scrolling, keeps its focus when moved by keyboard, and its neighbour takes the focus after it is deleted', async () => {
    const { app, user } = await startHarness();
    loadLayout();
    const trip = await seedTrip(app, 'Studi Komparasi Besar ke Kota Malang', '2025-04-24', '2025-04-25');
    for (let i = 1; i <= 120; i++) {
      const l = await call(app, 'learnings.create', { tripId: trip.id, topic: `Hasil ${pad(i)}` });
      if (i % 10 === 5) await call(app, 'followups.create', { learningId: l.id, action: `Tindak lanjut ${pad(i)}` });
    }
    const topics = async () => (await call(app, 'learnings.list', { tripId: trip.id })).map((l) => l.topic);
    renderAt(`#/trips/${trip.id}`);
    const main = sizePage();
    const section = await screen.findByRole('region', { name: 'Hasil kunjungan' });
    const cards = () => within(section).queryAllByRole('article');
    const card = (topic: string) => within(section).queryByRole('article', { name: topic });
    await within(section).findByRole('article', { name: 'Hasil 001' });

    // A window of the 120, each in its place of the whole list.
    expect(cards().length).toBeGreaterThan(2);
    expect(cards().length).toBeLessThan(30);
    expect(card('Hasil 001')?.closest('li')?.getAttribute('aria-setsize')).toBe('120');
    expect(card('Hasil 100')).toBeNull();

    // Scrolled to, a far card is there with its follow-ups.
    scrollPage(main, 103 * 280);
    expect(await within(section).findByRole('article', { name: 'Hasil 105' })).toBeTruthy();
    expect(within(card('Hasil 105') as HTMLElement).getByText('Tindak lanjut 105')).toBeTruthy();
    expect(card('Hasil 001')).toBeNull();
    // Its follow-ups can be added to there.
    await user.click(within(card('Hasil 105') as HTMLElement).getByRole('button', { name: 'Tambah tindak lanjut' }));
    expect(within(card('Hasil 105') as HTMLElement).getByRole('button', { name: 'Simpan' })).toBeTruthy();
    await user.click(within(card('Hasil 105') as HTMLElement).getByRole('button', { name: 'Batal' }));

    // Its "Turunkan" button focused and the page scrolled away: Enter moves it, the page scrolls back, the button keeps the focus.
    const down = () => within(card('Hasil 100') as HTMLElement).getByRole('button', { name: 'Turunkan “Hasil 100”' });
    await waitFor(() => expect(card('Hasil 100')).not.toBeNull());
    down().focus();
    scrollPage(main, 0);
    await waitFor(() => expect(card('Hasil 001')).not.toBeNull());
    expect(document.activeElement).toBe(down());
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await topics()).indexOf('Hasil 100')).toBe(100));
    await waitFor(() => expect(document.activeElement).toBe(down()));
    expect(card('Hasil 100')?.closest('li')?.getAttribute('aria-posinset')).toBe('101');
    expect(main.scrollTop).toBeGreaterThan(90 * 280);

    // Alt+↑ on the card itself, scrolled away again: moved back, still focused.
    (card('Hasil 100') as HTMLElement).focus();
    scrollPage(main, 0);
    await waitFor(() => expect(card('Hasil 001')).not.toBeNull());
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect((await topics()).indexOf('Hasil 100')).toBe(99));
    await waitFor(() => expect(document.activeElement).toBe(card('Hasil 100')));
    expect(card('Hasil 100')?.closest('li')?.getAttribute('aria-posinset')).toBe('100');

    // Its "Hapus" focused and the page scrolled away: deleting it focuses the next card, which was not rendered.
    within(card('Hasil 100') as HTMLElement).getByRole('button', { name: 'Hapus: Hasil 100' }).focus();
    scrollPage(main, 0);
    await waitFor(() => expect(card('Hasil 001')).not.toBeNull());
    expect(card('Hasil 101')).toBeNull();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(card('Hasil 100')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(card('Hasil 101')));
    expect(await topics()).not.toContain('Hasil 100');
  });
});
