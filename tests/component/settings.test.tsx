import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { todayIso } from '../../renderer/src/lib/today';
import { i18n } from '../../renderer/src/i18n';
import { renderAt, startHarness } from './harness';
import { call } from '../helpers/dispatch';

/** A 1 × 1 PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const YEAR = todayIso().slice(0, 4);

const ownOffice = (app: MainApp) =>
  call(app, 'institutions.create', {
    kind: 'own',
    name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
    regionCode: '51.08',
    address: 'Jl. Pahlawan No. 1, Singaraja',
  });

async function panel(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

/** The issuers panel once its three tabs show, on the tab `level`. */
async function issuersPanel(user: Awaited<ReturnType<typeof startHarness>>['user'], level = 'Perangkat Daerah') {
  const section = await panel('Penerbit naskah');
  const tab = await within(section).findByRole('tab', { name: level });
  await user.click(tab);
  await within(section).findByRole('button', { name: `Simpan ${level}` });
  return section;
}

const valueOf = (el: HTMLElement): string => (el as HTMLInputElement).value;
const preview = (root: HTMLElement, level: string) => within(root).getByRole('figure', { name: `Pratinjau kop ${level}` });

describe('Pengaturan: gaya dokumen', () => {
  it('saves paper, font and margins, names a margin out of range, and shows them again after a reload', async () => {
    const { app, user } = await startHarness();
    renderAt('#/settings');
    let section = await panel('Gaya dokumen');
    const s = within(section);
    await user.selectOptions(s.getByLabelText('Ukuran kertas'), 'A4');
    await user.selectOptions(s.getByLabelText('Huruf'), 'Bookman Old Style');
    const top = s.getByLabelText('Atas');
    await user.clear(top);
    await user.type(top, '2');
    const left = s.getByLabelText('Kiri');
    await user.clear(left);
    await user.type(left, '35');
    await user.click(s.getByRole('button', { name: 'Simpan gaya dokumen' }));

    expect(await s.findByText('Margin Atas: margin antara 5 dan 60 mm.')).toBeTruthy();
    expect(document.activeElement).toBe(top);
    expect(top.getAttribute('aria-invalid')).toBe('true');
    expect((await call(app, 'profile.get', {})).marginTop).toBe(20);

    await user.clear(top);
    await user.type(top, '25{Enter}');
    expect(await screen.findByText('Gaya dokumen disimpan.')).toBeTruthy();
    expect(await call(app, 'profile.get', {})).toMatchObject({ paper: 'A4', font: 'Bookman Old Style', marginTop: 25, marginLeft: 35 });

    // Escape discards what was not saved.
    await user.clear(left);
    await user.type(left, '40');
    expect(s.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(valueOf(left)).toBe('35');

    cleanup();
    renderAt('#/settings');
    section = await panel('Gaya dokumen');
    expect(valueOf(within(section).getByLabelText('Ukuran kertas'))).toBe('A4');
    expect(valueOf(within(section).getByLabelText('Huruf'))).toBe('Bookman Old Style');
    expect(valueOf(within(section).getByLabelText('Kiri'))).toBe('35');
  });
});

describe('Pengaturan: penerbit naskah', () => {
  it('shows the three issuers of an own institution with kops made from its region, and a missing Garuda as a marked gap', async () => {
    const { app, user } = await startHarness();
    const office = await ownOffice(app);
    renderAt('#/settings');
    const section = await issuersPanel(user, 'Kepala Daerah');
    expect(valueOf(within(section).getByLabelText('Instansi asal'))).toBe(office.id);

    // Kepala Daerah: the kop jabatan, no address, and no Garuda yet.
    let kop = preview(section, 'Kepala Daerah');
    expect(within(kop).getByText('BUPATI BULELENG')).toBeTruthy();
    expect(within(kop).getByRole('img', { name: 'Garuda belum ada' })).toBeTruthy();
    expect(within(section).getByText('Garuda belum diunggah. Dokumen menandai tempatnya.')).toBeTruthy();
    expect(within(section).queryByLabelText('Alamat')).toBeNull();

    await user.click(within(section).getByRole('tab', { name: 'Sekretariat Daerah' }));
    kop = preview(section, 'Sekretariat Daerah');
    expect(within(kop).getByText('PEMERINTAH KABUPATEN BULELENG')).toBeTruthy();
    expect(within(kop).getByText('SEKRETARIAT DAERAH')).toBeTruthy();

    // Perangkat Daerah: what an empty line prints is its placeholder.
    await user.click(within(section).getByRole('tab', { name: 'Perangkat Daerah' }));
    const s = within(section);
    expect(s.getByLabelText<HTMLInputElement>('Baris pemerintah daerah').placeholder).toBe('PEMERINTAH KABUPATEN BULELENG');
    expect(s.getByLabelText<HTMLInputElement>('Nama pada kop').placeholder).toBe('DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK');
    expect(s.getByLabelText<HTMLInputElement>('Alamat').placeholder).toBe('Jl. Pahlawan No. 1, Singaraja');
    expect(s.getByText('Belum pernah disimpan: semua baris dibuat dari wilayah instansi.')).toBeTruthy();

    // Trips without an origin institution have issuers of their own.
    await user.selectOptions(s.getByLabelText('Instansi asal'), 'Tanpa instansi asal');
    expect(await s.findByText(/Dipakai perjalanan yang belum memilih instansi asal/)).toBeTruthy();
  });

  it('edits the kop lines of an issuer, sees the preview follow, uploads the emblem, sets the register, and saves', async () => {
    const { app, user } = await startHarness();
    const office = await ownOffice(app);
    renderAt('#/settings');
    const section = await issuersPanel(user);
    const s = within(section);

    await user.type(s.getByLabelText('Nama pada kop'), 'Dinas Kominfosanti');
    await user.type(s.getByLabelText('Telepon kantor'), '(0362) 21985');
    await user.type(s.getByLabelText('Tempat penerbitan'), 'Singaraja');
    // The preview follows the typing, in capitals as the kop prints it.
    const kop = preview(section, 'Perangkat Daerah');
    expect(within(kop).getByText('DINAS KOMINFOSANTI')).toBeTruthy();
    expect(within(kop).getByText('PEMERINTAH KABUPATEN BULELENG')).toBeTruthy();
    expect(within(kop).getByText('Telepon (0362) 21985')).toBeTruthy();
    expect(within(kop).queryByText('DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK')).toBeNull();

    // The register: a live example per document, one running number by default.
    const example = s.getByLabelText('Contoh nomor Surat Perintah Tugas');
    expect(example.textContent).toBe(`800.1.11.1/1/${YEAR}`);
    await user.type(s.getByLabelText('Kode unit'), 'Kominfosanti');
    expect(example.textContent).toBe(`800.1.11.1/1/Kominfosanti/${YEAR}`);
    const code = s.getByLabelText('Surat Tugas non-ASN');
    await user.clear(code);
    await user.type(code, '800.1.11.2');
    expect(s.getByLabelText('Contoh nomor Surat Tugas non-ASN').textContent).toBe(`800.1.11.2/1/Kominfosanti/${YEAR}`);
    await user.click(s.getByLabelText('Nomor urut sendiri untuk setiap jenis dokumen'));

    // The emblem is saved at once, checked by its bytes.
    const file = section.querySelector('.profile-emblem input[type="file"]') as HTMLInputElement;
    await user.upload(file, new File([TINY_PNG], 'lambang-buleleng.png', { type: 'image/png' }));
    expect(await s.findByRole('img', { name: 'Lambang daerah: lambang-buleleng.png' })).toBeTruthy();

    await user.click(s.getByRole('button', { name: 'Simpan Perangkat Daerah' }));
    expect(await screen.findByText('Penerbit Perangkat Daerah disimpan.')).toBeTruthy();
    const pd = (await call(app, 'issuers.list', { institutionId: office.id })).find((i) => i.level === 'agency');
    expect(pd).toMatchObject({
      saved: true,
      officeName: 'Dinas Kominfosanti',
      govLine: '',
      placeOfIssue: 'Singaraja',
      paper: null,
      register: { unit: 'Kominfosanti', perKind: true, codes: { spt_non_asn: '800.1.11.2' } },
      kop: { officeName: 'DINAS KOMINFOSANTI', govLine: 'PEMERINTAH KABUPATEN BULELENG' },
    });
    expect(pd?.emblem).toMatchObject({ fileName: 'lambang-buleleng.png', width: 1, height: 1 });

    // Opened again: what was saved is there; the Setda shows the same emblem.
    cleanup();
    renderAt('#/settings');
    const again = await issuersPanel(user);
    expect(valueOf(within(again).getByLabelText('Nama pada kop'))).toBe('Dinas Kominfosanti');
    expect(valueOf(within(again).getByLabelText('Kode unit'))).toBe('Kominfosanti');
    await user.click(within(again).getByRole('tab', { name: 'Sekretariat Daerah' }));
    expect(await within(again).findByRole('img', { name: 'Lambang daerah: lambang-buleleng.png' })).toBeTruthy();
  });

  it('names a bad e-mail, a template without {nomor} and a margin out of range under their fields, focuses the first, and saves nothing', async () => {
    const { app, user } = await startHarness();
    const office = await ownOffice(app);
    renderAt('#/settings');
    const section = await issuersPanel(user);
    const s = within(section);

    await user.type(s.getByLabelText('Surel kantor'), 'kominfo at buleleng');
    const template = s.getByLabelText('Templat nomor');
    await user.clear(template);
    await user.type(template, '{{kode}/{{tahun}');
    await user.click(s.getByRole('button', { name: 'Atur tata letak sendiri' }));
    // An empty margin follows the house style; one typed must be a margin.
    expect(s.getByLabelText<HTMLInputElement>('Atas').placeholder).toBe('20');
    await user.type(s.getByLabelText('Atas'), '90');
    await user.click(s.getByRole('button', { name: 'Simpan Perangkat Daerah' }));

    expect(await s.findByText('Surel kantor bukan alamat surel yang valid.')).toBeTruthy();
    expect(s.getByText('Templat nomor: templat nomor harus memuat {nomor}.')).toBeTruthy();
    expect(s.getByText('Margin Atas: margin antara 5 dan 60 mm.')).toBeTruthy();
    expect(document.activeElement).toBe(s.getByLabelText('Surel kantor'));
    expect(s.getByLabelText('Surel kantor').getAttribute('aria-invalid')).toBe('true');
    expect((await call(app, 'issuers.list', { institutionId: office.id })).every((i) => !i.saved)).toBe(true);

    // Fixing a field clears its message; Escape discards all the changes.
    await user.clear(s.getByLabelText('Surel kantor'));
    expect(s.queryByText('Surel kantor bukan alamat surel yang valid.')).toBeNull();
    await user.keyboard('{Escape}');
    expect(valueOf(s.getByLabelText('Templat nomor'))).toBe('{kode}/{nomor}/{unit}/{tahun}');

    const file = section.querySelector('.profile-emblem input[type="file"]') as HTMLInputElement;
    await user.upload(file, new File(['%PDF-1.4 not an image'], 'lambang.png', { type: 'image/png' }));
    expect(await s.findByText('Lambang daerah: lambang.png bukan gambar PNG atau JPEG yang utuh.')).toBeTruthy();
  });

  it('adds a signer (a bad NIP is named under its field first), edits it, removes it and brings it back with "Urungkan"', async () => {
    const { app, user } = await startHarness();
    const office = await ownOffice(app);
    renderAt('#/settings');
    const section = await issuersPanel(user, 'Sekretariat Daerah');
    const s = within(section);
    expect(s.getByText(/Belum ada penanda tangan/)).toBeTruthy();

    await user.click(s.getByRole('button', { name: 'Tambah penanda tangan' }));
    const form = within(await s.findByRole('form', { name: 'Penanda tangan baru · Sekretariat Daerah' }));
    // The seat is first, and what an empty jabatan prints is shown.
    expect(document.activeElement).toBe(form.getByLabelText('Kedudukan'));
    expect(valueOf(form.getByLabelText('Kedudukan'))).toBe('regional_secretary');
    expect(form.getByLabelText<HTMLInputElement>('Jabatan').placeholder).toBe('Sekretaris Daerah');
    for (const seat of ['Kepala daerah', 'Wakil kepala daerah', 'Sekretaris Daerah', 'Asisten Sekda', 'Kepala perangkat daerah', 'Sekretaris perangkat daerah', 'Kepala bagian', 'Kepala bidang', 'Lainnya']) {
      expect(form.getByRole('option', { name: seat })).toBeTruthy();
    }
    await user.type(form.getByLabelText('Nama lengkap dengan gelar'), 'Gede Suyasa');
    await user.type(form.getByLabelText('Pangkat/golongan'), 'Pembina Utama Madya');
    await user.type(form.getByLabelText('NIP'), '1969031919960310{Enter}');
    expect(await form.findByText('NIP harus 18 angka (boleh dengan spasi), atau dikosongkan.')).toBeTruthy();
    expect(document.activeElement).toBe(form.getByLabelText('NIP'));
    await user.type(form.getByLabelText('NIP'), '01');
    await user.selectOptions(form.getByLabelText('Status jabatan'), 'Plt. (Pelaksana Tugas)');
    await user.click(form.getByRole('button', { name: 'Tambah' }));

    expect(await screen.findByText('Gede Suyasa ditambahkan sebagai penanda tangan.')).toBeTruthy();
    const table = within(await s.findByRole('table', { name: 'Penanda tangan Sekretariat Daerah' }));
    const row = table.getByText('Gede Suyasa').closest('tr') as HTMLElement;
    expect(within(row).getByText('Plt. Sekretaris Daerah')).toBeTruthy();
    expect(within(row).getByText('19690319 199603 1 001')).toBeTruthy();
    // Focus is back on "Tambah penanda tangan".
    expect(document.activeElement).toBe(s.getByRole('button', { name: 'Tambah penanda tangan' }));
    const setda = () => call(app, 'issuers.list', { institutionId: office.id }).then((l) => l.find((i) => i.level === 'secretariat'));
    // The empty jabatan was written out as the seat's own.
    expect((await setda())?.signers).toMatchObject([{ seat: 'regional_secretary', name: 'Gede Suyasa', nip: '196903191996031001', acting: 'plt', jabatan: 'Sekretaris Daerah' }]);

    // Edit: Escape cancels, Enter saves.
    await user.click(table.getByRole('button', { name: 'Ubah Gede Suyasa' }));
    let edit = within(await s.findByRole('form', { name: 'Ubah penanda tangan: Gede Suyasa' }));
    await user.type(edit.getByLabelText('Nama lengkap dengan gelar'), ' (diubah)');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(s.queryByRole('form', { name: /Ubah penanda tangan/ })).toBeNull());
    expect(document.activeElement).toBe(s.getByRole('button', { name: 'Ubah Gede Suyasa' }));
    await user.click(s.getByRole('button', { name: 'Ubah Gede Suyasa' }));
    edit = within(await s.findByRole('form', { name: 'Ubah penanda tangan: Gede Suyasa' }));
    const name = edit.getByLabelText('Nama lengkap dengan gelar');
    await user.clear(name);
    await user.type(name, 'Drs. Gede Suyasa, M.Pd.{Enter}');
    expect(await s.findByText('Drs. Gede Suyasa, M.Pd.')).toBeTruthy();
    expect((await setda())?.signers[0]?.name).toBe('Drs. Gede Suyasa, M.Pd.');

    // Remove, then undo from the toast.
    await user.click(s.getByRole('button', { name: 'Hapus Drs. Gede Suyasa, M.Pd.' }));
    const toast = (await screen.findByText('Drs. Gede Suyasa, M.Pd. dihapus dari penanda tangan.')).closest('.toast') as HTMLElement;
    await waitFor(() => expect(s.queryByText('Drs. Gede Suyasa, M.Pd.')).toBeNull());
    expect((await setda())?.signers).toEqual([]);
    await user.click(within(toast).getByRole('button', { name: /Urungkan/ }));
    expect(await s.findByText('Drs. Gede Suyasa, M.Pd.')).toBeTruthy();
    expect(await screen.findByText('Drs. Gede Suyasa, M.Pd. kembali menjadi penanda tangan.')).toBeTruthy();
    expect((await setda())?.signers.map((x) => x.name)).toEqual(['Drs. Gede Suyasa, M.Pd.']);
  });
});

describe('issuers and signers in English', () => {
  it('Pengaturan and the trip page read in English, with no key left untranslated', async () => {
    const { app, user } = await startHarness();
    const office = await ownOffice(app);
    await call(app, 'signers.create', { institutionId: office.id, level: 'secretariat', seat: 'regional_secretary', jabatan: 'Sekretaris Daerah', name: 'Gede Suyasa', pangkat: '', nip: '', acting: 'plh', personId: null });
    const trip = await call(app, 'trips.create', { title: 'Comparative study to Malang', startDate: '2025-04-24', endDate: '2025-04-25', originInstitutionId: office.id });
    await i18n.changeLanguage('en');
    const untranslated = /\b(issuers|profile|documents|delegation|exporting)\.[a-z]/;

    renderAt('#/settings');
    const section = await panel('Issuers');
    await user.click(await within(section).findByRole('tab', { name: 'Regional Secretariat' }));
    expect(await within(section).findByRole('button', { name: 'Save Regional Secretariat' })).toBeTruthy();
    expect(within(section).getByText('Plh. Sekretaris Daerah')).toBeTruthy();
    expect(await panel('House style')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(untranslated);
    cleanup();

    renderAt(`#/trips/${trip.id}`);
    const signing = await screen.findByRole('region', { name: 'Issuers and signers' });
    expect(await within(signing).findByRole('heading', { level: 4, name: 'Assignment letter (SPT)' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Letter numbers' });
    expect(document.body.textContent?.match(new RegExp(`.{0,40}${untranslated.source}.{0,40}`))?.[0] ?? null).toBeNull();
  });
});
