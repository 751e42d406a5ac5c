import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Learning, Tracker } from '../../shared/learnings/schemas';
import { todayIso } from '../../renderer/src/lib/today';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, seedTrip, startHarness, type Harness } from './harness';

/** The Malang learnings of seeds 000/001 (Buleleng → Kota Malang, April 2025). */
const MALANG = [
  {
    topic: 'Integrasi aplikasi layanan publik',
    figures: [['Aplikasi layanan publik', '108 → 28']],
    dimension: 'Smart Governance',
    action: 'Inventarisasi aplikasi layanan publik Buleleng',
  },
  {
    topic: 'Ngalam Command Center',
    figures: [
      ['Beroperasi sejak', '2016'],
      ['Layanan darurat', '112'],
    ],
    dimension: 'Smart Living',
    action: 'Kaji kebutuhan command center',
  },
  {
    topic: 'CCTV publik dan wifi gratis',
    figures: [['CCTV terhubung ke NCC', 'ratusan titik']],
    dimension: 'Smart Society',
    action: 'Petakan titik CCTV dan wifi publik',
  },
  {
    topic: 'Portal Malang Mbois',
    figures: [['Visi kota', 'Malang Mbois dan Berkelas']],
    dimension: 'Smart Branding',
    action: 'Rancang portal layanan terpadu Buleleng',
  },
] as const;

const list = (h: Harness, tripId: string): Promise<Learning[]> => call(h.app, 'learnings.list', { tripId });

describe('learnings on the trip page', () => {
  it('enters the Malang learnings with figures and a follow-up each, records a status change and filters overdue ones', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Hasil kunjungan' })).closest('section') as HTMLElement;
    expect(await within(section).findByText('Belum ada hasil kunjungan')).toBeTruthy();

    // Validation: an empty topic and a figure without a value are named, and nothing is saved.
    await user.click(within(section).getByRole('button', { name: 'Tambah hasil' }));
    let dlg = await dialog('Hasil kunjungan baru');
    await user.click(within(dlg).getByRole('button', { name: 'Tambah angka' }));
    await user.type(within(dlg).getByLabelText('Keterangan'), 'Aplikasi');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(within(dlg).getByText('Topik wajib diisi.')).toBeTruthy();
    expect(within(dlg).getByText('Nilai wajib diisi.')).toBeTruthy();
    expect(within(dlg).getByLabelText('Topik').getAttribute('aria-invalid')).toBe('true');
    await user.click(within(dlg).getByRole('button', { name: 'Batal' }));
    expect(await list(h, trip.id)).toEqual([]);

    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const past = todayIso(yesterday);
    const future = `${new Date().getFullYear() + 1}-12-31`;

    for (const [i, l] of MALANG.entries()) {
      await user.click(within(section).getByRole('button', { name: 'Tambah hasil' }));
      dlg = await dialog('Hasil kunjungan baru');
      await user.type(within(dlg).getByLabelText('Topik'), l.topic);
      for (const [k, [label, value]] of l.figures.entries()) {
        await user.click(within(dlg).getByRole('button', { name: 'Tambah angka' }));
        await user.type(within(dlg).getAllByRole('textbox', { name: 'Keterangan' })[k] as HTMLElement, label);
        await user.type(within(dlg).getAllByRole('textbox', { name: 'Nilai' })[k] as HTMLElement, value);
      }
      await user.click(within(dlg).getByRole('checkbox', { name: l.dimension }));
      await user.click(within(dlg).getByRole('checkbox', { name: 'Layanan SPBE' }));
      await user.type(within(dlg).getByLabelText('OPD penanggung jawab'), 'Dinas Kominfosanti');
      if (i === 0) await user.selectOptions(within(dlg).getByLabelText('Prioritas'), 'high');
      await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      const card = (await within(section).findByRole('heading', { level: 3, name: l.topic })).closest('article') as HTMLElement;

      // One follow-up each: the first one is already late.
      await user.click(within(card).getByRole('button', { name: 'Tambah tindak lanjut' }));
      await user.type(within(card).getByLabelText('Rencana aksi'), l.action);
      await user.type(within(card).getByLabelText('Pelaksana'), i === 0 ? 'Bagian Organisasi' : 'Dinas Kominfosanti');
      await user.type(within(card).getByLabelText('Target'), i === 0 ? past : future);
      await user.click(within(card).getByRole('button', { name: 'Simpan' }));
      await within(card).findByText(l.action);
    }

    // What the server holds: every figure, dimension and follow-up as entered.
    const saved = await list(h, trip.id);
    expect(saved.map((l) => l.topic)).toEqual(MALANG.map((l) => l.topic));
    expect(saved.map((l) => l.figures)).toEqual(MALANG.map((l) => l.figures.map(([label, value]) => ({ label, value }))));
    expect(saved[0]).toMatchObject({ priority: 'high', dimensions: ['governance'], spbeDomains: ['services'], responsibleUnit: 'Dinas Kominfosanti' });
    expect(saved.map((l) => l.followups.length)).toEqual([1, 1, 1, 1]);

    // The card shows the figures as a label/value table and the late follow-up stands out.
    const first = screen.getByRole('heading', { level: 3, name: MALANG[0].topic }).closest('article') as HTMLElement;
    const figures = within(first).getByRole('table', { name: 'Angka kunci' });
    expect(within(figures).getByRole('rowheader', { name: 'Aplikasi layanan publik' })).toBeTruthy();
    expect(within(figures).getByRole('cell', { name: '108 → 28' })).toBeTruthy();
    expect(within(first).getByText('Prioritas tinggi')).toBeTruthy();
    expect(within(first).getByText('Terlambat')).toBeTruthy();
    expect(section.querySelectorAll('.followup.is-overdue')).toHaveLength(1);

    // Changing the status records history, shown under "Riwayat".
    const second = screen.getByRole('heading', { level: 3, name: MALANG[1].topic }).closest('article') as HTMLElement;
    await user.selectOptions(within(second).getByLabelText(`Status “${MALANG[1].action}”`), 'in_progress');
    await user.click(within(second).getByRole('button', { name: 'Simpan status' }));
    await within(second).findByText('Riwayat (2)');
    await user.click(within(second).getByText('Riwayat (2)'));
    expect(within(second).getByText(/Direncanakan → Berjalan/)).toBeTruthy();
    const history = (await list(h, trip.id))[1]?.followups[0]?.history ?? [];
    expect(history.map((x) => [x.fromStatus, x.toStatus])).toEqual([
      ['', 'planned'],
      ['planned', 'in_progress'],
    ]);

    // The tracker: counts per status, then only the late one with "Hanya yang terlambat".
    window.location.hash = '#/followups';
    await screen.findByRole('heading', { level: 1, name: 'Tindak Lanjut' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByRole('button', { name: /^3\s*Direncanakan/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^1\s*Berjalan/ })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang terlambat' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    const lateRow = within(screen.getByRole('table')).getAllByRole('row')[1] as HTMLElement;
    expect(lateRow.className).toContain('is-overdue');
    expect(within(lateRow).getByText(MALANG[0].action)).toBeTruthy();
    expect(within(lateRow).getByRole('link', { name: trip.title }).getAttribute('href')).toBe(`#/trips/${trip.id}`);

    // Done: no longer late, and the filter shows the empty state.
    const fu = (await list(h, trip.id))[0]?.followups[0];
    const r = await h.app.dispatch('followups.setStatus', { id: fu?.id, status: 'done', note: 'Selesai diinventarisasi' });
    expect(r.ok).toBe(true);
    const tr = await h.app.dispatch('followups.tracker', { today: todayIso(), overdue: true });
    expect((tr.ok && (tr.value as Tracker).total) || 0).toBe(0);
  }, 60_000);

  it('the tracker renders a window of a long answer, its first rows in target-date order, and counts all of it', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const l = await call(h.app, 'learnings.create', { tripId: trip.id, topic: 'Satu Data' });
    for (let i = 0; i < 75; i++) {
      // Made in the reverse of their target dates: the list orders them by date, not by creation.
      const k = 74 - i;
      const day = String(1 + (k % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(k / 28)).padStart(2, '0');
      await call(h.app, 'followups.create', { learningId: l.id, action: `Aksi ${i + 1}`, targetDate: `2027-${month}-${day}` });
    }
    renderAt('#/followups');
    const table = await screen.findByRole('table');
    // Windowed: the rows near the view, not all 75; the count says how many there are.
    const actions = () =>
      within(table)
        .getAllByRole('row')
        .map((row) => row.querySelector('.tracker-action')?.textContent)
        .filter((a): a is string => a !== undefined);
    await waitFor(() => expect(actions().length).toBeGreaterThan(5));
    expect(actions().length).toBeLessThan(75);
    expect(actions().slice(0, 3)).toEqual(['Aksi 75', 'Aksi 74', 'Aksi 73']);
    expect(new Set(actions()).size).toBe(actions().length);
    expect(screen.getByText('75 tindak lanjut')).toBeTruthy();
  });

  it('links a learning to the agenda items it came from and shows them on the card', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Hasil kunjungan' })).closest('section') as HTMLElement;

    // No agenda yet: a quiet hint instead of the checkboxes.
    await h.user.click(await within(section).findByRole('button', { name: 'Tambah hasil' }));
    let dlg = await dialog('Hasil kunjungan baru');
    expect(within(dlg).getByRole('group', { name: 'Dari acara' })).toBeTruthy();
    expect(await within(dlg).findByText('Belum ada acara di agenda.')).toBeTruthy();
    await h.user.click(within(dlg).getByRole('button', { name: 'Batal' }));

    const created: string[] = [];
    for (const [title, start, end] of [
      ['Penyambutan oleh Sekda Kota Malang', '2025-04-24T09:00', '2025-04-24T10:00'],
      ['Kunjungan ke Ngalam Command Center', '2025-04-24T13:00', '2025-04-24T15:00'],
    ] as const) {
      created.push((await call(h.app, 'agenda.create', { tripId: trip.id, kind: 'other', title, startLocal: start, startZone: 'Asia/Jakarta', endLocal: end })).id);
    }

    // The dialog opened afresh reads the agenda again.
    await h.user.click(within(section).getByRole('button', { name: 'Tambah hasil' }));
    dlg = await dialog('Hasil kunjungan baru');
    const welcome = 'Kamis, 24 April 2025 · 09.00 WIB · Penyambutan oleh Sekda Kota Malang';
    const group = within(dlg).getByRole('group', { name: 'Dari acara' });
    await h.user.click(await within(group).findByRole('checkbox', { name: welcome }));
    expect(within(group).getByRole('checkbox', { name: 'Kamis, 24 April 2025 · 13.00 WIB · Kunjungan ke Ngalam Command Center' })).toBeTruthy();
    expect(within(group).queryByText('Belum ada acara di agenda.')).toBeNull();
    await h.user.type(within(dlg).getByLabelText('Topik'), 'Penyambutan dan paparan Sekda');
    await h.user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const card = (await within(section).findByRole('heading', { level: 3, name: 'Penyambutan dan paparan Sekda' })).closest('article') as HTMLElement;
    expect(await within(card).findByText(`Dari acara: ${welcome}`)).toBeTruthy();
    expect(within(card).queryByText(/Ngalam Command Center/)).toBeNull();
    expect((await list(h, trip.id))[0]?.agendaItemIds).toEqual([created[0]]);
  }, 30_000);

  it('leaves out of the card the linked agenda items that were removed', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const ids: string[] = [];
    for (const [title, start] of [
      ['Penyambutan oleh Sekda Kota Malang', '09:00'],
      ['Makan siang', '12:00'],
    ] as const) {
      ids.push((await call(h.app, 'agenda.create', { tripId: trip.id, kind: 'other', title, startLocal: `2025-04-24T${start}`, startZone: 'Asia/Jakarta', endLocal: '2025-04-24T13:00' })).id);
    }
    expect((await h.app.dispatch('learnings.create', { tripId: trip.id, topic: 'Layanan darurat 112', agendaItemIds: ids })).ok).toBe(true);
    expect((await h.app.dispatch('agenda.remove', { id: ids[1] })).ok).toBe(true);
    renderAt(`#/trips/${trip.id}`);
    const card = (await screen.findByRole('heading', { level: 3, name: 'Layanan darurat 112' })).closest('article') as HTMLElement;
    expect(await within(card).findByText('Dari acara: Kamis, 24 April 2025 · 09.00 WIB · Penyambutan oleh Sekda Kota Malang')).toBeTruthy();
    expect(within(card).queryByText(/Makan siang/)).toBeNull();
  });

  it('removes a learning with an undo toast', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const c = await h.app.dispatch('learnings.create', { tripId: trip.id, topic: 'Layanan darurat 112', figures: [{ label: 'Nomor', value: '112' }] });
    expect(c.ok).toBe(true);
    renderAt(`#/trips/${trip.id}`);
    const card = (await screen.findByRole('heading', { level: 3, name: 'Layanan darurat 112' })).closest('article') as HTMLElement;
    await h.user.click(within(card).getByRole('button', { name: 'Hapus: Layanan darurat 112' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Layanan darurat 112' })).toBeNull());
    expect(await list(h, trip.id)).toEqual([]);
    await h.user.click(await screen.findByRole('button', { name: /Urungkan/ }));
    await screen.findByRole('heading', { level: 3, name: 'Layanan darurat 112' });
    expect((await list(h, trip.id))[0]?.figures).toEqual([{ label: 'Nomor', value: '112' }]);
  });

  it('edits a follow-up: target date and evidence notes, keeping its status and history', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const l = await call(h.app, 'learnings.create', { tripId: trip.id, topic: 'Layanan darurat 112' });
    const f = await h.app.dispatch('followups.create', { learningId: l.id, action: 'Aktivasi layanan 112', ownerUnit: 'BPBD', targetDate: '2025-12-15' });
    expect(f.ok).toBe(true);
    renderAt(`#/trips/${trip.id}`);
    await h.user.click(await screen.findByRole('button', { name: 'Ubah tindak lanjut “Aktivasi layanan 112”' }));
    const date = screen.getByLabelText('Target');
    await h.user.clear(date);
    await h.user.type(date, '2026-03-31');
    await h.user.type(screen.getByLabelText('Catatan bukti'), 'MoU dengan operator seluler');
    // An emptied action is refused under the field.
    await h.user.clear(screen.getByLabelText('Rencana aksi'));
    await h.user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Rencana aksi wajib diisi.')).toBeTruthy();
    await h.user.type(screen.getByLabelText('Rencana aksi'), 'Aktivasi layanan 112');
    await h.user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('MoU dengan operator seluler');
    const saved = (await list(h, trip.id))[0]?.followups[0];
    expect(saved).toMatchObject({ action: 'Aktivasi layanan 112', targetDate: '2026-03-31', evidence: 'MoU dengan operator seluler', status: 'planned' });
    expect(saved?.history).toHaveLength(1);
  }, 30_000);

  it('changes a follow-up status with a typed note, shown in its history; Escape leaves the status as it was', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const l = await call(h.app, 'learnings.create', { tripId: trip.id, topic: 'Layanan darurat 112' });
    expect((await h.app.dispatch('followups.create', { learningId: l.id, action: 'Aktivasi layanan 112' })).ok).toBe(true);
    renderAt(`#/trips/${trip.id}`);
    const select = await screen.findByLabelText<HTMLSelectElement>('Status “Aktivasi layanan 112”');

    // Choosing a status asks for the note first; nothing is written yet.
    await h.user.selectOptions(select, 'in_progress');
    const form = screen.getByRole('form', { name: 'Ubah status “Aktivasi layanan 112”' });
    expect(within(form).getByText('Direncanakan → Berjalan')).toBeTruthy();
    const note = within(form).getByLabelText('Catatan perubahan');
    expect(document.activeElement).toBe(note);
    expect((await list(h, trip.id))[0]?.followups[0]?.status).toBe('planned');
    await h.user.type(note, 'Nota kesepahaman dengan Telkom ditandatangani{Enter}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Ubah status “Aktivasi layanan 112”' })).toBeNull());

    const saved = (await list(h, trip.id))[0]?.followups[0];
    expect(saved?.status).toBe('in_progress');
    expect(saved?.history.map((x) => [x.fromStatus, x.toStatus, x.note])).toEqual([
      ['', 'planned', ''],
      ['planned', 'in_progress', 'Nota kesepahaman dengan Telkom ditandatangani'],
    ]);
    await h.user.click(await screen.findByText('Riwayat (2)'));
    const entry = screen.getByText(/Direncanakan → Berjalan/).closest('li') as HTMLElement;
    expect(within(entry).getByText('— Nota kesepahaman dengan Telkom ditandatangani')).toBeTruthy();
    expect(select.value).toBe('in_progress');

    // Escape in the note drops the choice: the status stays, no history row.
    await h.user.selectOptions(select, 'cancelled');
    await h.user.type(screen.getByLabelText('Catatan perubahan'), 'batal{Escape}');
    expect(screen.queryByRole('form', { name: 'Ubah status “Aktivasi layanan 112”' })).toBeNull();
    expect(select.value).toBe('in_progress');
    expect((await list(h, trip.id))[0]?.followups[0]?.history).toHaveLength(2);
  }, 30_000);

  it('reorders learnings with the move buttons and Alt+↑/↓, keeping focus on what moved', async () => {
    const h = await startHarness();
    const trip = await seedTrip(h.app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    for (const topic of ['Integrasi aplikasi', 'Ngalam Command Center', 'Portal Malang Mbois']) {
      expect((await h.app.dispatch('learnings.create', { tripId: trip.id, topic })).ok).toBe(true);
    }
    renderAt(`#/trips/${trip.id}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Hasil kunjungan' })).closest('section') as HTMLElement;
    await within(section).findByRole('heading', { level: 3, name: 'Portal Malang Mbois' });
    const shown = () => within(section).getAllByRole('heading', { level: 3 }).map((x) => x.textContent);
    const saved = async () => (await list(h, trip.id)).map((l) => l.topic);

    expect(within(section).getByRole<HTMLButtonElement>('button', { name: 'Naikkan “Integrasi aplikasi”' }).disabled).toBe(true);
    expect(within(section).getByRole<HTMLButtonElement>('button', { name: 'Turunkan “Portal Malang Mbois”' }).disabled).toBe(true);

    await h.user.click(within(section).getByRole('button', { name: 'Turunkan “Integrasi aplikasi”' }));
    await waitFor(() => expect(shown()).toEqual(['Ngalam Command Center', 'Integrasi aplikasi', 'Portal Malang Mbois']));
    expect(await saved()).toEqual(['Ngalam Command Center', 'Integrasi aplikasi', 'Portal Malang Mbois']);
    await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Turunkan “Integrasi aplikasi”' })));
    expect(await screen.findByText('“Integrasi aplikasi” dipindah ke urutan 2.')).toBeTruthy();

    // The card itself takes Alt+↑: Portal moves to the top in two steps, the card keeping focus.
    const portal = within(section).getByRole('heading', { level: 3, name: 'Portal Malang Mbois' }).closest('article') as HTMLElement;
    portal.focus();
    await h.user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(shown()).toEqual(['Ngalam Command Center', 'Portal Malang Mbois', 'Integrasi aplikasi']));
    await waitFor(() => expect(document.activeElement).toBe(portal));
    await h.user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(shown()).toEqual(['Portal Malang Mbois', 'Ngalam Command Center', 'Integrasi aplikasi']));
    // At the top, Alt+↑ changes nothing.
    await waitFor(() => expect(document.activeElement).toBe(portal));
    await h.user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await saved()).toEqual(['Portal Malang Mbois', 'Ngalam Command Center', 'Integrasi aplikasi']);
  }, 30_000);
});
