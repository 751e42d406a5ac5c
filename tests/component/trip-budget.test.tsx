import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import type { InputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/money/rupiah';
import { TRIP_MONEY_PROBLEMS } from '../../shared/money/readiness';
import { i18n } from '../../renderer/src/i18n';
import { COST_WARNING_CODES } from '../../renderer/src/money/budget/texts';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, startHarness } from './harness';
import { catchDownloads } from '../helpers/downloads';

/*
 * The trip's budget section (issue 15 items 2, 3 and 6) over the real
 * handlers: the cost sheet main computes with the sample rate set, shown,
 * explained and edited on the trip page.
 */

/** Buleleng (51.08) → Kota Malang (35.73), 23–24 April 2026 (2 days, 1 night), with a Wakil Bupati, a Kepala Dinas, a staff member and a journalist. */
async function seedMalang(app: MainApp, { sample = true } = {}) {
  if (sample) await call(app, 'rateSets.addSample', {});
  const origin = await call(app, 'institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
  const trip = await call(app, 'trips.create', {
    title: 'Studi Komparasi ke Kota Malang',
    startDate: '2026-04-23',
    endDate: '2026-04-24',
    originInstitutionId: origin.id,
    hostRegionCodes: ['35.73'],
  });
  const add = (role: 'lead' | 'member' | 'secretary', person: Omit<InputOf<'members.addNew'>['person'], 'kind'>) =>
    call(app, 'members.addNew', { tripId: trip.id, role, person: { kind: 'official', ...person } });
  const wabup = await add('lead', { name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const kadis = await add('member', { name: 'Ketut Suwarmawan', employment: 'pns', eselon: 'II', golongan: 'IV/c', jabatan: 'Kepala Dinas Komunikasi dan Informatika' });
  const staf = await add('secretary', { name: 'Luh Sari', employment: 'pns', golongan: 'II/c', jabatan: 'Pengadministrasi Umum' });
  const pers = await call(app, 'members.addNew', { tripId: trip.id, role: 'journalist', person: { kind: 'journalist', name: 'Komang Adi' } });
  const ppk = await call(app, 'people.create', { kind: 'official', name: 'Nyoman Ariadi', employment: 'pns', eselon: 'III', golongan: 'IV/a', jabatan: 'Sekretaris Dinas' });
  return { trip, members: { wabup, kadis, staf, pers }, ppk };
}

const budget = () => screen.getByRole('region', { name: 'Anggaran perjalanan' });
/** Opens the trip's page and waits for its budget section. */
async function openBudget(tripId: string): Promise<HTMLElement> {
  renderAt(`#/trips/${tripId}`);
  return screen.findByRole('region', { name: 'Anggaran perjalanan' });
}
const row = (memberId: string) => {
  const el = document.querySelector<HTMLTableRowElement>(`.budget-table tr[data-member-id="${memberId}"]`);
  if (!el) throw new Error(`no row for ${memberId}`);
  return el;
};
/** The planned total cell of a member's row (the fifth column). */
const plannedCell = (memberId: string) => row(memberId).cells[3]?.textContent ?? '';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('trip page: the budget section', () => {
  it("shows each member's planned cost as the cost sheet computes it, and follows a level override", async () => {
    const { app, user } = await startHarness();
    const { trip, members } = await seedMalang(app);
    await openBudget(trip.id);
    await within(budget()).findByRole('table', { name: /Biaya perjalanan tiap anggota/ });

    // Jawa Timur in the sample, out of town, 2 days and 1 night:
    // Wakil Bupati (Tingkat A, Pejabat Negara): uang harian 410.000 × 2 + representasi 250.000 × 2 + hotel at the ceiling 4.449.000 × 1 = 5.769.000.
    await waitFor(() => expect(plannedCell(members.wabup.id)).toBe('Rp5.769.000'));
    // Kepala Dinas (Tingkat C, Eselon II): 410.000 × 2 + 150.000 × 2 + 2.007.000 = 3.127.000; the staff member (Tingkat F, II/c): 820.000 + 814.000 = 1.634.000.
    expect(plannedCell(members.kadis.id)).toBe('Rp3.127.000');
    expect(plannedCell(members.staf.id)).toBe('Rp1.634.000');
    // Every row shows what costSheet.get computes.
    const sheet = await call(app, 'costSheet.get', { tripId: trip.id });
    for (const m of sheet.sheet.members) expect(plannedCell(m.memberId)).toBe(formatRupiah(m.planned.total));
    // The journalist is non-ASN, paid under their own heading.
    expect(row(members.pers.id).textContent).toContain('Non-ASN');

    // The staff member set to Tingkat C by hand: 820.000 + 300.000 + 2.007.000.
    await user.selectOptions(within(row(members.staf.id)).getByRole('combobox', { name: 'Tingkat biaya Luh Sari' }), 'C');
    await waitFor(() => expect(plannedCell(members.staf.id)).toBe('Rp3.127.000'));
    const money = await call(app, 'memberMoney.list', { tripId: trip.id });
    expect(money.find((m) => m.memberId === members.staf.id)?.levelOverride).toBe('C');
  });

  it('explains a member’s figures and warns, naming the ceiling, about a room above it', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedMalang(app);
    await openBudget(trip.id);
    await user.click(await within(budget()).findByRole('button', { name: 'Rincian Ketut Suwarmawan' }));
    const d = await dialog('Biaya Ketut Suwarmawan');
    // The formula and where each figure comes from.
    expect(within(d).getByText('Rp410.000 × 2 hari')).toBeTruthy();
    expect(within(d).getByText('Rp2.007.000 × 1 malam')).toBeTruthy();
    expect(d.textContent).toContain('Sumber: Contoh — bukan tarif resmi · Jawa Timur · Penginapan · Tingkat C — Eselon II');
    expect(d.textContent).toContain('Tingkat C — Eselon II — menurut eselon II');

    // A room at Rp2.500.000 a night is paid at the ceiling, with the warning naming it.
    const room = within(d).getByLabelText('Tarif kamar per malam');
    await user.type(room, '2.500.000');
    await user.click(within(d).getByRole('button', { name: 'Simpan biaya' }));
    const warning = 'Penginapan Rp2.500.000 melebihi plafon Rp2.007.000 per malam (Contoh — bukan tarif resmi · Jawa Timur · Tingkat C — Eselon II).';
    await waitFor(() => expect(d.textContent).toContain(warning));
    expect(d.textContent).toContain('Tagihan Rp2.500.000; dibayar sebesar plafon.');
    // The readiness list says so too, leading to the member's row.
    const readiness = within(budget())
      .getAllByRole('button', { name: 'Ke baris Ketut Suwarmawan' })
      .map((b) => b.closest('li')?.textContent ?? '');
    expect(readiness).toContain(`PeriksaKetut Suwarmawan: ${warning}`);

    // A typed amount that is not one names its field.
    await user.clear(room);
    await user.type(room, '2,500,000');
    await user.click(within(d).getByRole('button', { name: 'Simpan biaya' }));
    expect((await within(d).findByRole('alert')).textContent).toContain('Tarif kamar per malam');
    await user.click(within(d).getByRole('button', { name: 'Tutup' }));
  });

  it('enters the real costs beside the plan, and a problem leads to the member’s row', async () => {
    const { app, user } = await startHarness();
    const { trip, members } = await seedMalang(app);
    await openBudget(trip.id);
    await user.click(await within(budget()).findByRole('button', { name: 'Rincian Luh Sari' }));
    const d = await dialog('Biaya Luh Sari');
    await user.click(within(d).getByRole('checkbox', { name: 'Isi biaya riil' }));
    expect(within(d).getByRole('tab', { name: /Riil/ }).getAttribute('aria-selected')).toBe('true');
    // She stayed with family: the lumpsum, 30% of the Tingkat F ceiling: 820.000 + 30% × 814.000 = 1.064.200.
    await user.selectOptions(within(d).getByLabelText('Menginap'), 'Tidak di hotel (lumpsum)');
    await user.click(within(d).getByRole('button', { name: 'Simpan biaya' }));
    await waitFor(() => expect(row(members.staf.id).cells[4]?.textContent).toBe('Rp1.064.200'));
    expect(await within(d).findByText('30% × Rp814.000 × 1 malam')).toBeTruthy();
    // The plan stays as it was; the balance follows the real costs.
    expect(plannedCell(members.staf.id)).toBe('Rp1.634.000');
    expect(row(members.staf.id).cells[6]?.textContent).toBe('Rp1.064.200kurang dibayar');
    const money = (await call(app, 'memberMoney.list', { tripId: trip.id })).find((m) => m.memberId === members.staf.id);
    expect(money).toMatchObject({ planned: { stay: 'hotel' }, real: { stay: 'none' } });
    await user.click(within(d).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Her problems lead to her row.
    await user.click(within(budget()).getAllByRole('button', { name: 'Ke baris Luh Sari' })[0] as HTMLElement);
    await waitFor(() => expect(document.activeElement).toBe(within(row(members.staf.id)).getByRole('button', { name: 'Rincian Luh Sari' })));
  });

  it('records an advance, shows the balance, deletes it and brings it back', async () => {
    const { app, user } = await startHarness();
    const { trip, members } = await seedMalang(app);
    await openBudget(trip.id);
    await waitFor(() => expect(plannedCell(members.kadis.id)).toBe('Rp3.127.000'));
    const form = within(budget()).getByRole('form', { name: 'Tambah uang muka' });
    await user.selectOptions(within(form).getByLabelText('Kepada'), 'Ketut Suwarmawan');
    await user.type(within(form).getByLabelText('Jumlah'), 'Rp1.000.000');
    await user.click(within(form).getByRole('button', { name: 'Tambah uang muka' }));
    // 3.127.000 − 1.000.000 still to pay.
    await waitFor(() => expect(row(members.kadis.id).cells[6]?.textContent).toBe('Rp2.127.000kurang dibayar'));
    expect(row(members.kadis.id).cells[5]?.textContent).toBe('Rp1.000.000');
    const advances = await call(app, 'advances.list', { tripId: trip.id });
    expect(advances).toMatchObject([{ memberId: members.kadis.id, amount: 100_000_000 }]);

    await user.click(within(budget()).getByRole('button', { name: 'Hapus uang muka Rp1.000.000 kepada Ketut Suwarmawan' }));
    await waitFor(() => expect(row(members.kadis.id).cells[6]?.textContent).toBe('Rp3.127.000kurang dibayar'));
    const toast = (await screen.findByText('Uang muka Rp1.000.000 kepada Ketut Suwarmawan dihapus.')).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() => expect(row(members.kadis.id).cells[6]?.textContent).toBe('Rp2.127.000kurang dibayar'));
  });

  it('lists "no PPK" until a PPK is chosen', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedMalang(app);
    await openBudget(trip.id);
    expect(await within(budget()).findByText('PPK belum dipilih (untuk SPPD).')).toBeTruthy();
    expect(within(budget()).getByText(/Memakai tarif contoh “Contoh — bukan tarif resmi”/)).toBeTruthy();
    const picker = within(budget()).getByRole('combobox', { name: 'PPK (Pejabat Pembuat Komitmen)' });
    await user.type(picker, 'Nyoman');
    await user.click(await screen.findByRole('option', { name: /Nyoman Ariadi/ }));
    await user.type(within(budget()).getByLabelText('Kode rekening DPA'), '5.1.02.04.01.0001');
    await user.type(within(budget()).getByLabelText('Pagu'), '480.000');
    await user.click(within(budget()).getByRole('button', { name: 'Simpan pengaturan' }));
    await waitFor(() => expect(within(budget()).queryByText('PPK belum dipilih (untuk SPPD).')).toBeNull());
    const money = await call(app, 'tripMoney.get', { tripId: trip.id });
    expect(money.budgetLine).toEqual({ code: '5.1.02.04.01.0001', name: '', ceiling: 48_000_000 });
    expect(money.ppkPersonId).not.toBeNull();
    // The total is above the ceiling of Rp480.000: the line's warning names it.
    expect(await within(budget()).findByText(/melebihi pagu Rp480\.000 \(kode rekening 5\.1\.02\.04\.01\.0001\)/)).toBeTruthy();
  });

  it('with no rate set, explains and leads to the rate sets screen', async () => {
    const { app } = await startHarness();
    const { trip } = await seedMalang(app, { sample: false });
    await openBudget(trip.id);
    expect(await within(budget()).findByText('Belum ada standar biaya')).toBeTruthy();
    expect(within(budget()).getByRole('link', { name: 'Buka Standar biaya' }).getAttribute('href')).toBe('#/rates');
  });

  it('with no members, says so', async () => {
    const { app } = await startHarness();
    await call(app, 'rateSets.addSample', {});
    const trip = await call(app, 'trips.create', { title: 'Kunjungan kosong', startDate: '2026-05-04', endDate: '2026-05-05' });
    await openBudget(trip.id);
    expect(await within(budget()).findByText('Belum ada anggota rombongan')).toBeTruthy();
  });

  it('windows a long delegation', async () => {
    const { app } = await startHarness();
    await call(app, 'rateSets.addSample', {});
    const trip = await call(app, 'trips.create', { title: 'Rombongan besar', startDate: '2026-04-23', endDate: '2026-04-24', hostRegionCodes: ['35.73'] });
    for (let i = 1; i <= 60; i++) {
      await call(app, 'members.addNew', { tripId: trip.id, role: i === 1 ? 'lead' : 'member', person: { kind: 'official', name: `Anggota ${String(i).padStart(2, '0')}`, employment: 'pns', golongan: 'III/a' } });
    }
    await openBudget(trip.id);
    const table = await within(budget()).findByRole('table', { name: /Biaya perjalanan tiap anggota/ });
    expect(table.getAttribute('aria-rowcount')).toBe('61');
    const rows = table.querySelectorAll('tr[data-member-id]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
  });

  it('exports the cost sheet to Excel from the section, with each member’s planned total in rupiah', async () => {
    const { app, user } = await startHarness();
    const { trip } = await seedMalang(app);
    const download = catchDownloads('blob:xlsx');
    await openBudget(trip.id);
    await user.click(await within(budget()).findByRole('button', { name: /Ekspor rincian biaya ke Excel/ }));
    await waitFor(() => expect(download.fileName).toMatch(/^Biaya - Studi Komparasi ke Kota Malang - .*\.xlsx$/));
    const bytes = Buffer.from(await download.blob!.arrayBuffer());
    const sheets = (await readXlsxFile(bytes)) as Array<{ sheet: string; data: unknown[][] }>;
    const rekap = sheets.find((x) => x.sheet === 'Rekap')?.data ?? [];
    // The Wakil Bupati's row carries 5.769.000 (worked out in the first test) as a number of rupiah.
    const wabup = rekap.find((r) => r.some((c) => typeof c === 'string' && c.includes('Gede Supriatna')));
    expect(wabup).toContain(5_769_000);
  });

  it('has a text for every problem and warning code in both languages', () => {
    for (const lang of ['id', 'en']) {
      for (const code of TRIP_MONEY_PROBLEMS) expect(i18n.exists(`budget.problems.codes.${code}`, { lng: lang }), `${lang} ${code}`).toBe(true);
      for (const code of COST_WARNING_CODES) expect(i18n.exists(`budget.warnings.${code}`, { lng: lang }), `${lang} ${code}`).toBe(true);
    }
  });
});
