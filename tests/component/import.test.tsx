import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { PeoplePage } from '../../shared/directory/person';
import { renderAt, seedTrip, startHarness } from './harness';

function fixtureFile(name: string, type: string): File {
  // Under jsdom import.meta.url is not a file URL: the tests run from the repository root.
  const bytes = readFileSync(resolve('tests/fixtures', name));
  return new File([bytes], name, { type });
}

async function search(app: Awaited<ReturnType<typeof startHarness>>['app'], query: string, kind?: string): Promise<PeoplePage> {
  const r = await app.dispatch('people.search', { query, ...(kind ? { kind } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as PeoplePage;
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const selectedText = (name: string) => {
  const s = select(name);
  return s.options[s.selectedIndex]?.textContent ?? '';
};

describe('import screen', () => {
  it('imports 33 journalists from a semicolon CSV straight into a trip', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt('#/directory/import');
    expect(await screen.findByRole('heading', { level: 1, name: 'Impor orang' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Langkah impor' }).querySelector('[aria-current="step"]')?.textContent).toContain('Berkas');

    await user.click(screen.getByRole('radio', { name: /Awak media/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Tambahkan juga ke rombongan sebuah perjalanan' }));
    await waitFor(() => expect(selectedText('Perjalanan')).toContain('Studi Komparasi Command Center ke Kota Malang'));
    expect(selectedText('Peran dalam rombongan')).toBe('Jurnalis');

    await user.upload(screen.getByLabelText('Pilih berkas'), fixtureFile('journalists-buleleng-malang.csv', 'text/csv'));

    const mappingHeading = await screen.findByRole('heading', { level: 2, name: 'Cocokkan kolom' });
    await waitFor(() => expect(document.activeElement).toBe(mappingHeading));
    expect(screen.getByText(/33 baris data/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Baris pertama berisi judul kolom' })).toHaveProperty('checked', true);
    expect(selectedText('Nama')).toBe('B · Nama Lengkap');
    expect(selectedText('Media')).toBe('C · Nama Media');
    expect(selectedText('Jenis media')).toBe('D · Jenis Media');
    expect(selectedText('Kartu pers/sertifikat UKW')).toBe('F · No. Kartu Pers');
    expect(selectedText('Telepon')).toBe('G · No HP');
    // Fields journalists do not have are not offered.
    expect(screen.queryByRole('combobox', { name: 'NIP' })).toBeNull();
    // Samples show what the column holds.
    const nameRow = select('Nama').closest('tr') as HTMLElement;
    expect(within(nameRow).getByText('I Gede Suardana')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Periksa data' }));
    await screen.findByRole('heading', { level: 2, name: 'Pratinjau' });
    expect(screen.getByRole('button', { name: '33 orang baru' })).toBeTruthy();
    expect(screen.getByText('Semua yang diimpor ditambahkan ke “Studi Komparasi Command Center ke Kota Malang” sebagai jurnalis.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Baris berkas dan hasil pemeriksaannya' });
    const first = within(table).getByText('I Gede Suardana').closest('tr') as HTMLElement;
    expect(first.textContent).toContain('Radar Bali (baru)');
    expect(first.textContent).toContain('print');
    // Nothing written yet.
    expect((await search(app, '')).total).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Impor 33 orang' }));
    await screen.findByRole('heading', { level: 2, name: 'Impor selesai' });
    expect(screen.getByText('33 orang baru')).toBeTruthy();
    expect(screen.getByText('33 ditambahkan ke “Studi Komparasi Command Center ke Kota Malang”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka perjalanan' }).getAttribute('href')).toBe(`#/trips/${trip.id}`);

    const found = await search(app, 'Radar Bali', 'journalist');
    expect(found.items.map((p) => p.name).sort()).toEqual(['I Gede Suardana', 'Kadek Arya Dharmawan', 'Ni Luh Putu Sri Wahyuni']);
    expect(found.items[0]?.institutionName).toBe('Radar Bali');
    expect(app.db.prepare(`SELECT count(*) FROM trip_members WHERE trip_id = ? AND role = 'journalist'`).pluck().get(trip.id)).toBe(33);
  });

  it('shows each row of an officials CSV with its status and reasons, honours unticked rows and imports the rest', async () => {
    const { app, user } = await startHarness();
    const existing = await app.dispatch('people.create', {
      kind: 'official',
      name: 'Ketut Suwarmawan',
      employment: 'pns',
      nip: '19700312 199503 1 004',
      golongan: 'IV/a',
    });
    expect(existing.ok).toBe(true);
    renderAt('#/directory/import');
    await user.upload(await screen.findByLabelText('Pilih berkas'), fixtureFile('officials-buleleng.csv', 'text/csv'));
    await screen.findByRole('heading', { level: 2, name: 'Cocokkan kolom' });
    expect(selectedText('NIP')).toBe('E · NIP');
    expect(selectedText('Pangkat/golongan')).toBe('F · Pangkat/Gol');
    expect(selectedText('Unit kerja/OPD')).toBe('H · Unit Kerja');

    // Without a name column the check does not run.
    await user.selectOptions(select('Nama'), '');
    await user.click(screen.getByRole('button', { name: 'Periksa data' }));
    expect(await screen.findByText('Pilih kolom yang berisi nama.')).toBeTruthy();
    expect(select('Nama').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(select('Nama')));
    await user.selectOptions(select('Nama'), '2');
    expect(screen.queryByText('Pilih kolom yang berisi nama.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Periksa data' }));
    await screen.findByRole('heading', { level: 2, name: 'Pratinjau' });
    for (const chip of ['5 orang baru', '1 sudah ada di direktori', '1 ganda di berkas', '4 tidak valid', '1 baris kosong']) {
      expect(screen.getByRole('button', { name: chip })).toBeTruthy();
    }
    const table = screen.getByRole('table');
    const row = (n: string) => within(table).getByRole('cell', { name: n }).closest('tr') as HTMLElement;
    expect(row('7').textContent).toContain('NIP tidak valid: 8 angka pertama harus tanggal lahir (TTTTBBHH).');
    expect(row('8').textContent).toContain('Pangkat/golongan tidak dikenali.');
    expect(row('9').textContent).toContain('Nama wajib diisi.');
    expect(row('10').textContent).toContain('Sama dengan baris 4');
    expect(row('3').textContent).toContain('Cocok dengan Ketut Suwarmawan');
    expect(row('3').textContent).toContain('19700312 199503 1 004');
    expect(row('13').textContent).toContain('NIP harus 18 angka.');
    expect(row('2').textContent).toContain('Gede Supriatna, S.H.');

    // Filter to the invalid rows only.
    await user.click(screen.getByRole('button', { name: '4 tidak valid' }));
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Semua (12)' }));

    // The match shows, field by field, what an update would change; updating is off until ticked.
    const changes = within(row('3')).getByRole('list', { name: 'Perubahan data Ketut Suwarmawan' });
    const change = (label: string) => within(changes).getAllByRole('listitem').find((li) => li.textContent?.startsWith(label))?.textContent;
    expect(change('Pangkat/golongan')).toBe('Pangkat/golongan Pembina (IV/a) →  menjadi Pembina Tingkat I (IV/b)');
    expect(change('Gelar depan')).toContain('(kosong)');
    expect(row('3').textContent).toContain('Data lama tidak diubah');
    const update = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Perbarui data 1 orang yang sudah ada di direktori' });
    expect(update.checked).toBe(false);

    // Leave out Gede Sugiartha Widiada (row 6).
    await user.click(within(row('6')).getByRole('checkbox', { name: 'Impor baris 6' }));
    expect(screen.getByRole('button', { name: 'Impor 4 orang' })).toBeTruthy();
    await user.click(update);
    expect(row('3').textContent).toContain('Isian yang terisi menimpa data lama');
    await user.click(screen.getByRole('button', { name: 'Impor 5 orang' }));
    await screen.findByRole('heading', { level: 2, name: 'Impor selesai' });
    expect(screen.getByText('4 orang baru')).toBeTruthy();
    expect(screen.getByText('1 diperbarui')).toBeTruthy();
    expect(screen.getByText('4 tidak valid')).toBeTruthy();

    expect((await search(app, 'Supriatna')).items[0]).toMatchObject({ employment: 'elected', titleSuffix: 'S.H.' });
    expect((await search(app, 'Sugiartha')).total).toBe(0);
    expect((await search(app, '19700312')).items[0]).toMatchObject({ name: 'Ketut Suwarmawan', golongan: 'IV/b', titlePrefix: 'Drs.' });
    expect((await search(app, '', 'official')).total).toBe(5);
  });

  it('reads an XLSX with two sheets, lets the user pick the sheet and flags a NIP Excel turned into a number', async () => {
    const { user } = await startHarness();
    renderAt('#/directory/import');
    await user.upload(
      await screen.findByLabelText('Pilih berkas'),
      fixtureFile('officials-gianyar.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
    await screen.findByRole('heading', { level: 2, name: 'Cocokkan kolom' });
    expect(selectedText('Lembar kerja')).toBe('Peserta');
    expect(selectedText('Nama')).toBe('A · NAMA LENGKAP');
    expect(selectedText('Pangkat/golongan')).toBe('C · Gol. Ruang');
    expect(selectedText('Unit kerja/OPD')).toBe('E · OPD');

    await user.selectOptions(select('Lembar kerja'), 'Keterangan');
    expect(selectedText('Nama')).toBe('— Tidak diimpor —');
    await user.selectOptions(select('Lembar kerja'), 'Peserta');
    expect(selectedText('Nama')).toBe('A · NAMA LENGKAP');

    await user.click(screen.getByRole('button', { name: 'Periksa data' }));
    await screen.findByRole('heading', { level: 2, name: 'Pratinjau' });
    expect(screen.getByRole('button', { name: '3 orang baru' })).toBeTruthy();
    expect(screen.getByText(/NIP tersimpan sebagai angka di Excel/)).toBeTruthy();
    const table = screen.getByRole('table');
    const wabup = within(table).getByText('Anak Agung Gde Mayun').closest('tr') as HTMLElement;
    expect(wabup.textContent).toContain('Wakil Bupati Gianyar');
  });
});
