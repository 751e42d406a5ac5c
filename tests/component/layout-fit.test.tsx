import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { call } from '../helpers/dispatch';
import { renderAt, startHarness } from './harness';

/**
 * Issue 13.6: zone badges that never break, and a tracker whose status column
 * fits. jsdom lays nothing out: this checks that the elements carry the
 * classes and that the app's style sheets give them what keeps them whole;
 * tests/e2e/layout-fit.test.ts measures the real layout in Chromium.
 */

const SRC = resolve(__dirname, '../../renderer/src');
let sheet: HTMLStyleElement | null = null;
function loadStyles(...files: string[]) {
  sheet = document.createElement('style');
  sheet.textContent = files.map((f) => readFileSync(resolve(SRC, f), 'utf8')).join('\n');
  document.head.append(sheet);
}
afterEach(() => {
  sheet?.remove();
  sheet = null;
});

describe('zone badges', () => {
  it('each destination and host shows its zone in a .zone-badge that does not wrap', async () => {
    const { app } = await startHarness();
    loadStyles('styles/tokens.css', 'trips/trip.css');
    // Kepulauan Seribu (WIB), Hulu Sungai Selatan (WITA), Pegunungan Bintang (WIT).
    const trip = await call(app, 'trips.create', {
      title: 'Studi Komparasi ke Tiga Zona Waktu',
      startDate: '2025-04-24',
      endDate: '2025-04-25',
      hostRegionCodes: ['31.01', '63.06', '95.02'],
    });
    const host = await call(app, 'institutions.create', { kind: 'host', name: 'Pemerintah Kabupaten Pegunungan Bintang', regionCode: '95.02' });
    await call(app, 'hosts.add', { tripId: trip.id, institutionId: host.id });
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Studi Komparasi ke Tiga Zona Waktu' });
    await waitFor(() => expect(document.querySelectorAll('.zone-badge')).toHaveLength(4));
    const badges = [...document.querySelectorAll<HTMLElement>('.zone-badge')];
    expect(badges.map((b) => b.textContent)).toEqual(['WIB', 'WITA', 'WIT', 'WIT']);
    // The destinations' chips, and the host card's region line.
    expect(badges.slice(0, 3).every((b) => b.closest('.region-chip'))).toBe(true);
    expect(badges[3]?.closest('.host-region')).toBeTruthy();
    for (const b of badges) {
      expect(getComputedStyle(b).whiteSpace).toBe('nowrap');
      expect(getComputedStyle(b).flexShrink).toBe('0');
    }
  });
});

describe('the tracker’s columns', () => {
  it('the status and target columns carry the classes the widths are set on; the status does not wrap', async () => {
    const { app } = await startHarness();
    loadStyles('styles/tokens.css', 'styles/controls.css', 'learnings/followups.css');
    const trip = await call(app, 'trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const learning = await call(app, 'learnings.create', { tripId: trip.id, topic: 'Ngalam Command Center' });
    await call(app, 'followups.create', { learningId: learning.id, action: 'Kaji kebutuhan command center', ownerUnit: 'Bappeda', targetDate: '2099-09-24' });
    renderAt('#/followups');
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.className])).toEqual([
      ['Rencana aksi', 'col-action'],
      ['Perjalanan', 'col-trip'],
      ['Pelaksana', 'col-owner'],
      ['Target', 'col-target'],
      ['Status', 'col-status'],
    ]);
    const [, row] = within(table).getAllByRole('row');
    const cells = within(row as HTMLElement).getAllByRole('cell');
    // The date reads whole; day, month and year are the part kept on one line in a wide window (the e2e test
    // measures it: jsdom's window is narrower than the breakpoint that lets it wrap).
    expect(cells[3]?.textContent).toBe('Kamis, 24 September 2099');
    expect(cells[3]?.querySelector('.tracker-date-day')?.textContent).toBe('24 September 2099');
    const pill = within(cells[4] as HTMLElement).getByText('Direncanakan');
    expect(pill.className).toBe('status-pill status-planned');
    expect(getComputedStyle(pill).whiteSpace).toBe('nowrap');
    // The table lays out by content, so no column is ever narrower than its longest word.
    expect(getComputedStyle(table).tableLayout).toBe('auto');
  });
});
