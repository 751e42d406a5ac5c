import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import type { InputOf } from '../../shared/contract';
import type { PeoplePage, PersonCreateInput, PersonRow } from '../../shared/directory/person';
import { PersonPicker } from '../../renderer/src/components/PersonPicker';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, renderRegionPicker, startHarness } from './harness';

const seedPerson = (app: MainApp, input: PersonCreateInput): Promise<PersonRow> => call(app, 'people.create', input);
const serverPeople = (app: MainApp, input: InputOf<'people.search'> = {}): Promise<PeoplePage> => call(app, 'people.search', input);

const suwarmawan: PersonCreateInput = {
  kind: 'official',
  titlePrefix: 'Drs.',
  name: 'Ketut Suwarmawan',
  titleSuffix: 'M.M.',
  employment: 'pns',
  nip: '196804121993031008',
  golongan: 'IV/b',
  jabatan: 'Kepala Dinas',
  unit: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
};
const supriatna: PersonCreateInput = { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' };
const wahyuni: PersonCreateInput = {
  kind: 'official',
  name: 'Ni Luh Ayu Sri Wahyuni',
  titleSuffix: 'S.Kom.',
  employment: 'pns',
  nip: '19860926 201505 2 001',
  golongan: 'III/c',
  jabatan: 'Pranata Komputer Ahli Muda',
  unit: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
};

/** The body rows of the directory table. */
function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  if (!body) throw new Error('no table body');
  return within(body).queryAllByRole('row');
}
const rowNames = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent);

describe('directory: people', () => {
  it('creates an official, showing what the NIP says while it is typed', async () => {
    const { app, user } = await startHarness();
    renderAt('#/directory');
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Pejabat baru' }));
    const form = await dialog('Pejabat baru');

    await user.type(within(form).getByLabelText('Gelar depan'), 'Drs.');
    await user.type(within(form).getByLabelText('Nama'), 'Ketut Suwarmawan');
    await user.type(within(form).getByLabelText('Gelar belakang'), 'M.M.');
    expect(within(form).getByText('Ditulis: Drs. Ketut Suwarmawan, M.M.')).toBeTruthy();

    const nip = within(form).getByLabelText('NIP');
    await user.type(nip, '19680412 1993');
    expect(within(form).getByText('12 dari 18 angka')).toBeTruthy();
    await user.type(nip, '03 3 008');
    // Sex digit 3: the specific problem, and the field marked invalid.
    expect(within(form).getByText('NIP tidak valid: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).')).toBeTruthy();
    expect(nip.getAttribute('aria-invalid')).toBe('true');
    await user.clear(nip);
    await user.type(nip, '196804121993031008');
    expect(within(form).getByText('19680412 199303 1 008')).toBeTruthy();
    expect(within(form).getByText(/Lahir 12 April 1968 · laki-laki · TMT CPNS Maret 1993/)).toBeTruthy();
    expect(nip.getAttribute('aria-invalid')).toBeNull();

    // Golongan from the official list; the travel level follows the suggestion.
    await user.selectOptions(within(form).getByLabelText('Pangkat/golongan'), 'Pembina Tingkat I (IV/b)');
    const travel = within(form).getByLabelText<HTMLSelectElement>('Tingkat biaya perjalanan');
    expect(travel.value).toBe('D');
    await user.selectOptions(within(form).getByLabelText('Eselon'), 'Eselon II');
    expect(travel.value).toBe('C');
    expect(within(form).getByText('Saran: tingkat C (menurut eselon).')).toBeTruthy();
    await user.type(within(form).getByLabelText('Jabatan'), 'Kepala Dinas');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('rowheader', { name: 'Drs. Ketut Suwarmawan, M.M.' })).toBeTruthy();
    expect(bodyRows()[0]?.textContent).toContain('19680412 199303 1 008');
    expect(bodyRows()[0]?.textContent).toContain('Pembina Tingkat I (IV/b)');
    const saved = (await serverPeople(app)).items[0];
    expect(saved).toMatchObject({ nip: '196804121993031008', golongan: 'IV/b', eselon: 'II', travelLevel: 'C', employment: 'pns' });
    expect(screen.getByRole('tab', { name: /Pejabat/ }).textContent).toContain('1');
  });

  it('shows the server’s NIP conflict under the NIP field, naming the holder', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, suwarmawan);
    renderAt('#/directory');
    await screen.findByRole('rowheader', { name: 'Drs. Ketut Suwarmawan, M.M.' });
    await user.keyboard('{Control>}n{/Control}');
    const form = await dialog('Pejabat baru');
    await user.type(within(form).getByLabelText('Nama'), 'Orang Lain');
    await user.type(within(form).getByLabelText('NIP'), '19680412 199303 1 008');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    const nip = within(form).getByLabelText('NIP');
    await waitFor(() => expect(nip.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText(/NIP ini sudah dipakai oleh Drs\. Ketut Suwarmawan, M\.M\./)).toBeTruthy();
    expect(document.activeElement).toBe(nip);
    expect((await serverPeople(app)).total).toBe(1);
  });

  it('edits a person opened with Enter; an elected official cannot keep a NIP', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, wahyuni);
    renderAt('#/directory');
    const row = (await screen.findByRole('rowheader', { name: 'Ni Luh Ayu Sri Wahyuni, S.Kom.' })).closest('tr') as HTMLElement;
    row.focus();
    await user.keyboard('{Enter}');
    const form = await dialog('Ubah data Ni Luh Ayu Sri Wahyuni, S.Kom.');
    expect(within(form).getByLabelText<HTMLInputElement>('NIP').value).toBe('19860926 201505 2 001');
    expect(within(form).getByText(/Lahir 26 September 1986 · perempuan/)).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Status kepegawaian'), 'Pejabat terpilih');
    expect(within(form).getByText(/Pejabat terpilih dan non-ASN tidak memiliki NIP/)).toBeTruthy();
    await user.clear(within(form).getByLabelText('NIP'));
    expect(within(form).getByText('Pejabat terpilih tidak memiliki NIP.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await serverPeople(app)).items[0]).toMatchObject({ employment: 'elected', nip: '', travelLevel: 'A' });
  });

  it('search filters the list as you type (name, NIP with spaces), with the count', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, suwarmawan);
    await seedPerson(app, supriatna);
    await seedPerson(app, wahyuni);
    renderAt('#/directory');
    await screen.findByRole('rowheader', { name: 'Gede Supriatna' });
    expect(rowNames()).toEqual(['Gede Supriatna', 'Drs. Ketut Suwarmawan, M.M.', 'Ni Luh Ayu Sri Wahyuni, S.Kom.']);
    expect(screen.getByText('3 orang')).toBeTruthy();

    // "/" jumps to the search box.
    (screen.getAllByRole('row')[1] as HTMLElement).focus();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Cari' });
    expect(document.activeElement).toBe(search);
    await user.type(search, 'SUWAR');
    await waitFor(() => expect(rowNames()).toEqual(['Drs. Ketut Suwarmawan, M.M.']));
    expect(screen.getByText('1 dari 3 orang')).toBeTruthy();

    await user.clear(search);
    await user.type(search, '19860926 201505');
    await waitFor(() => expect(rowNames()).toEqual(['Ni Luh Ayu Sri Wahyuni, S.Kom.']));

    await user.clear(search);
    await user.type(search, 'tidak ada');
    expect(await screen.findByText('Tidak ada yang cocok')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus pencarian dan saringan' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));

    // Sorting by rank: golongan highest first, then those without one.
    await user.selectOptions(screen.getByLabelText('Urutkan'), 'Pangkat');
    await waitFor(() =>
      expect(rowNames()).toEqual(['Drs. Ketut Suwarmawan, M.M.', 'Ni Luh Ayu Sri Wahyuni, S.Kom.', 'Gede Supriatna']),
    );
  });

  it('arrows move the focus; Delete deletes with an undo toast that brings the person back', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, suwarmawan);
    await seedPerson(app, supriatna);
    renderAt('#/directory');
    await screen.findByRole('rowheader', { name: 'Gede Supriatna' });
    const rows = bodyRows();
    rows[0]?.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[1]));
    expect(bodyRows()[1]?.tabIndex).toBe(0);
    expect(bodyRows()[0]?.tabIndex).toBe(-1);

    await user.keyboard('{Delete}');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Drs. Ketut Suwarmawan, M.M. dihapus dari direktori.'));
    await waitFor(() => expect(rowNames()).toEqual(['Gede Supriatna']));
    expect((await serverPeople(app)).total).toBe(1);

    await user.click(within(status).getByRole('button', { name: /Urungkan/ }));
    await waitFor(() => expect(rowNames()).toEqual(['Gede Supriatna', 'Drs. Ketut Suwarmawan, M.M.']));
    await waitFor(() => expect(status.textContent).toContain('Drs. Ketut Suwarmawan, M.M. dikembalikan.'));
    expect((await serverPeople(app)).total).toBe(2);
  });

  it('Ctrl+N opens a new person of the tab, not a new trip', async () => {
    const { user } = await startHarness();
    renderAt('#/directory');
    await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' });
    await user.click(screen.getByRole('tab', { name: /Jurnalis/ }));
    await screen.findByRole('heading', { level: 2, name: 'Belum ada jurnalis' });
    await user.keyboard('{Control>}n{/Control}');
    expect(await dialog('Jurnalis baru')).toBeTruthy();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('a journalist’s outlet can be created inline from the outlet picker', async () => {
    const { app, user } = await startHarness();
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Jurnalis/ }));
    await user.click(await screen.findByRole('button', { name: 'Jurnalis baru' }));
    const form = await dialog('Jurnalis baru');
    await user.type(within(form).getByLabelText('Nama'), 'Made Ariawan');
    const outlet = within(form).getByRole('combobox', { name: 'Media' });
    await user.type(outlet, 'Radar Bali');
    await user.click(await within(form).findByRole('option', { name: /Tambah “Radar Bali” sebagai media baru/ }));
    // The new outlet's region is asked first (tests/component/institution-region.test.tsx); this one goes without.
    await user.click(within(form).getByRole('button', { name: 'Tanpa wilayah' }));
    await waitFor(() => expect((outlet as HTMLInputElement).value).toBe('Radar Bali'));
    await user.selectOptions(within(form).getByLabelText('Jenis media'), 'Cetak');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await screen.findByRole('rowheader', { name: 'Made Ariawan' });
    expect(row.closest('tr')?.textContent).toContain('Radar Bali');
    const media = await call(app, 'institutions.list', { kind: 'media' });
    expect(media.map((m) => m.name)).toEqual(['Radar Bali']);
    expect((await serverPeople(app, { kind: 'journalist' })).items[0]).toMatchObject({ institutionId: media[0]?.id, mediaType: 'print' });
  });
});

describe('directory: erasure (Hapus permanen)', () => {
  it('asks first, naming the person and what stays; Escape keeps them and focus returns to the row', async () => {
    const { app, user } = await startHarness();
    await seedPerson(app, suwarmawan);
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    const row = (await screen.findByRole('rowheader', { name: 'Drs. Ketut Suwarmawan, M.M.' })).closest('tr') as HTMLElement;
    row.focus();
    await user.keyboard('{Enter}');
    const form = await dialog('Ubah data Drs. Ketut Suwarmawan, M.M.');
    await user.click(within(form).getByRole('button', { name: 'Hapus permanen…' }));

    const confirm = await dialog('Hapus permanen Drs. Ketut Suwarmawan, M.M.?');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const description = confirm.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ') ?? '';
    expect(description).toContain('Drs. Ketut Suwarmawan, M.M. dihapus dari berkas data ini');
    expect(description).toContain('Tindakan ini tidak dapat dibatalkan.');
    expect(description).toContain('Dokumen perjalanan yang sudah diterbitkan');
    expect(description).toContain('tetap memuat apa yang dicetaknya');
    expect(description).toContain('Cadangan yang lebih lama masih menyimpan data ini');
    expect(description).toContain('Pengaturan → Cadangan');
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Batal' }));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(bodyRows()[0]);
    expect((await serverPeople(app)).total).toBe(1);
    expect(rowNames()).toEqual(['Drs. Ketut Suwarmawan, M.M.']);
  });

  it('Shift+Delete erases from the keyboard; the toast offers no undo and Ctrl+Z brings nobody back', async () => {
    const { app, user } = await startHarness();
    const ketut = await seedPerson(app, suwarmawan);
    await seedPerson(app, supriatna);
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Pejabat/ }));
    await screen.findByRole('rowheader', { name: 'Gede Supriatna' });
    bodyRows()[1]?.focus();
    await user.keyboard('{Shift>}{Delete}{/Shift}');
    const confirm = await dialog('Hapus permanen Drs. Ketut Suwarmawan, M.M.?');
    await user.tab();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Hapus permanen' }));
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Drs. Ketut Suwarmawan, M.M. dihapus permanen.'));
    expect(within(status).queryByRole('button', { name: /Urungkan/ })).toBeNull();
    await waitFor(() => expect(rowNames()).toEqual(['Gede Supriatna']));
    // Focus stays in the list, on the row that took its place.
    expect(document.activeElement).toBe(bodyRows()[0]);
    await user.keyboard('{Control>}z{/Control}');
    expect((await serverPeople(app)).total).toBe(1);
    expect(rowNames()).toEqual(['Gede Supriatna']);
    const restore = await app.dispatch('people.restore', { id: ketut.id });
    expect(restore).toMatchObject({ ok: false, error: { key: 'people.errors.erased' } });
  });

  it('shows a refusal in the dialog (an institution still used) and erases one nobody uses', async () => {
    const { app, user } = await startHarness();
    const outlet = await call(app, 'institutions.create', { kind: 'media', name: 'Bali Post', regionCode: '51' });
    await call(app, 'institutions.create', { kind: 'media', name: 'Radar Bali', phone: '0361 225 533' });
    await seedPerson(app, { kind: 'journalist', name: 'Ketut Wiratmaja', institutionId: outlet.id });
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Instansi/ }));
    const used = (await screen.findByRole('rowheader', { name: 'Bali Post' })).closest('tr') as HTMLElement;
    used.focus();
    await user.keyboard('{Shift>}{Delete}{/Shift}');
    let confirm = await dialog('Hapus permanen “Bali Post”?');
    expect(within(confirm).getByText(/Cadangan yang lebih lama masih menyimpan data ini/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Hapus permanen' }));
    expect(await within(confirm).findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Instansi ini masih dipakai: 1 orang, 0 perjalanan'));
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Batal' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(used);

    // From the edit dialog, for the one nobody uses.
    await user.click(screen.getByRole('button', { name: 'Radar Bali' }));
    const form = await dialog('Ubah instansi');
    await user.click(within(form).getByRole('button', { name: 'Hapus permanen…' }));
    confirm = await dialog('Hapus permanen “Radar Bali”?');
    await user.click(within(confirm).getByRole('button', { name: 'Hapus permanen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Radar Bali' })).toBeNull());
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Radar Bali dihapus permanen.');
    expect(within(status).queryByRole('button', { name: /Urungkan/ })).toBeNull();
    expect((await call(app, 'institutions.list', {})).map((i) => i.name)).toEqual(['Bali Post']);
    // Focus lands on the row that is left.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('rowheader', { name: 'Bali Post' }).closest('tr')));
  });
});

describe('directory: institutions', () => {
  it('creates an institution with the region picker (name search, keyboard) and shows its zone', async () => {
    const { app, user } = await startHarness();
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Instansi/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada instansi' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Instansi baru' }));
    const form = await dialog('Instansi baru');
    await user.type(within(form).getByLabelText('Nama'), 'Dinas Komunikasi dan Informatika Kabupaten Malang');

    const region = within(form).getByRole('combobox', { name: 'Wilayah' });
    await user.type(region, 'malang');
    const regionOptions = () => within(within(form).getByRole('listbox')).getAllByRole('option');
    const options = regionOptions();
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Kota Malang'),
      expect.stringContaining('Kabupaten Malang'),
      expect.stringContaining('Kabupaten Pemalang'),
    ]);
    expect(region.getAttribute('aria-expanded')).toBe('true');
    // While typing no option is active; ↓ activates the first, ↓ again the next.
    expect(region.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(region.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(region.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await user.keyboard('{Enter}');
    expect((region as HTMLInputElement).value).toBe('Kabupaten Malang — Jawa Timur · WIB');
    // Enter picked: the dialog is still open, nothing was submitted.
    expect(screen.getByRole('dialog')).toBeTruthy();
    // Escape on the open list closes the list only.
    await user.clear(region);
    await user.type(region, '35.73');
    expect(regionOptions().map((o) => o.textContent)).toEqual([expect.stringContaining('Kota Malang')]);
    await user.keyboard('{Escape}');
    expect(region.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.tab();
    // Left without a pick: the chosen region stays.
    expect((region as HTMLInputElement).value).toBe('Kabupaten Malang — Jawa Timur · WIB');

    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = (await screen.findByRole('rowheader', { name: 'Dinas Komunikasi dan Informatika Kabupaten Malang' })).closest('tr');
    expect(row?.textContent).toContain('Kabupaten Malang · Jawa Timur · WIB');
    expect(row?.textContent).toContain('Tuan rumah');
    const list = await call(app, 'institutions.list', {});
    expect(list[0]).toMatchObject({ regionCode: '35.07', kind: 'host' });
  });

  it('deletes an institution with undo after asking, saying who still refers to it', async () => {
    const { app, user } = await startHarness();
    const outlet = await call(app, 'institutions.create', { kind: 'media', name: 'Bali Post', regionCode: '51' });
    await seedPerson(app, { kind: 'journalist', name: 'Ketut Wiratmaja', institutionId: outlet.id });
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Instansi/ }));
    const name = await screen.findByRole('rowheader', { name: 'Bali Post' });
    expect(name.closest('tr')?.textContent).toContain('Bali · Provinsi · WITA');
    (name.closest('tr') as HTMLElement).focus();
    await user.keyboard('{Delete}');
    // Someone still refers to it: asked once, saying the reference is kept.
    const confirm = await dialog('Hapus “Bali Post”?');
    expect(confirm.textContent).toContain('Masih dirujuk oleh 1 orang; rujukan itu tetap tersimpan.');
    await user.click(within(confirm).getByRole('button', { name: 'Hapus' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('“Bali Post” dihapus. 1 orang tetap tercatat dengan instansi ini.'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada instansi' })).toBeTruthy();
    await user.click(within(status).getByRole('button', { name: /Urungkan/ }));
    expect(await screen.findByRole('rowheader', { name: 'Bali Post' })).toBeTruthy();
  });
});

describe('pickers for other screens', () => {
  it('PersonPicker finds people by what is typed and offers to add someone new', async () => {
    const { app, user } = await startHarness();
    const a = await seedPerson(app, suwarmawan);
    await seedPerson(app, supriatna);
    await seedPerson(app, { kind: 'journalist', name: 'Gede Suardana' });
    const onSelect = vi.fn();
    const onAddNew = vi.fn();
    render(
      <>
        <label htmlFor="pp">Tambah anggota</label>
        <PersonPicker id="pp" kind="official" onSelect={onSelect} onAddNew={onAddNew} />
      </>,
    );
    const input = screen.getByRole('combobox', { name: 'Tambah anggota' });
    await user.type(input, 'gede');
    // Only officials; the add action comes last.
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        expect.stringContaining('Gede Supriatna'),
        'Tambah “gede” sebagai orang baru',
      ]),
    );
    await user.clear(input);
    await user.type(input, '1968 0412');
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Drs. Ketut Suwarmawan, M.M.'));
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('19680412 199303 1 008');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: a.id }));
    expect((input as HTMLInputElement).value).toBe('');

    await user.type(input, 'Putu Baru');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Tambah “Putu Baru” sebagai orang baru']));
    await user.keyboard('{Enter}');
    expect(onAddNew).toHaveBeenCalledWith('Putu Baru');
  });

  it('RegionPicker finds by code and reports the region', async () => {
    const { user } = await startHarness();
    const onChange = vi.fn();
    const input = renderRegionPicker(onChange);
    await user.type(input, 'bali');
    // Provinces are left out when only regencies and cities are wanted.
    expect(screen.getAllByRole('option').some((o) => o.textContent?.startsWith('Bali'))).toBe(false);
    await user.clear(input);
    await user.type(input, '51.08');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('51.08', expect.objectContaining({ name: 'Kabupaten Buleleng', zoneLabel: 'WITA' }));
  });
});
