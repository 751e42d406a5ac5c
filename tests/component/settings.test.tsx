import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { Profile } from '../../shared/domain/documents';
import { todayIso } from '../../renderer/src/lib/today';
import { TINY_PNG } from '../helpers/doc-data';
import { renderAt, startHarness, type Harness } from './harness';

async function serverProfile(h: Harness): Promise<Profile> {
  const r = await h.app.dispatch('profile.get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Profile;
}

async function profileSection(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Profil instansi dan kop surat' });
  const section = heading.closest('section') as HTMLElement;
  await within(section).findByRole('button', { name: 'Simpan profil' });
  return section;
}

/** The value of an input or select. */
const valueOf = (el: HTMLElement): string => (el as HTMLInputElement).value;

const group = (root: HTMLElement, name: string) => within(within(root).getByRole('group', { name }));

describe('office profile in Pengaturan', () => {
  it('fills the kop, layout, signatories and numbering, saves, and finds them again after a reload', async () => {
    const h = await startHarness();
    const { user } = h;
    renderAt('#/settings');
    let section = await profileSection();
    const s = within(section);

    await user.type(s.getByLabelText('Baris pemerintah daerah'), 'Pemerintah Kabupaten Buleleng');
    await user.type(s.getByLabelText('Nama perangkat daerah'), 'Dinas Komunikasi, Informatika, Persandian dan Statistik');
    await user.type(s.getByLabelText('Alamat'), 'Jl. Pahlawan No. 1, Singaraja');
    await user.type(s.getByLabelText('Telepon kantor'), '(0362) 21985');
    await user.type(s.getByLabelText('Surel kantor'), 'kominfosanti@bulelengkab.go.id');
    await user.selectOptions(s.getByLabelText('Ukuran kertas'), 'A4');
    await user.selectOptions(s.getByLabelText('Huruf'), 'Bookman Old Style');
    const left = s.getByLabelText('Kiri');
    await user.clear(left);
    await user.type(left, '35');
    await user.type(s.getByLabelText('Tempat penerbitan'), 'Singaraja');

    const head = group(section, 'Kepala perangkat daerah');
    await user.type(head.getByLabelText('Jabatan'), 'Kepala Dinas Kominfosanti');
    await user.type(head.getByLabelText('Nama lengkap dengan gelar'), 'Ketut Suwarmawan, S.STP., M.AP.');
    const spt = group(section, 'Penanda tangan SPT');
    await user.type(spt.getByLabelText('Baris atas nama'), 'a.n. BUPATI BULELENG');
    await user.type(spt.getByLabelText('Jabatan'), 'Sekretaris Daerah');

    // The kop preview follows the typing.
    const preview = s.getByRole('figure', { name: 'Pratinjau kop' });
    expect(within(preview).getByText('PEMERINTAH KABUPATEN BULELENG')).toBeTruthy();

    // Numbering: the example shows the next number as it will be written.
    const year = todayIso().slice(0, 4);
    const sptNumber = group(section, 'Surat perintah tugas');
    expect(sptNumber.getByText(`800.1.11.1/1/${year}`)).toBeTruthy();
    await user.type(sptNumber.getByLabelText('Kode unit'), 'Kominfosanti');
    expect(sptNumber.getByText(`800.1.11.1/1/Kominfosanti/${year}`)).toBeTruthy();

    // The emblem is saved at once, checked by its bytes.
    const file = section.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(file, new File([TINY_PNG], 'lambang-buleleng.png', { type: 'image/png' }));
    expect(await s.findByRole('img', { name: 'Lambang daerah: lambang-buleleng.png' })).toBeTruthy();

    await user.click(s.getByRole('button', { name: 'Simpan profil' }));
    expect(await screen.findByText('Profil instansi disimpan.')).toBeTruthy();

    const saved = await serverProfile(h);
    expect(saved).toMatchObject({
      govLine: 'Pemerintah Kabupaten Buleleng',
      paper: 'A4',
      font: 'Bookman Old Style',
      marginLeft: 35,
      marginTop: 20,
      placeOfIssue: 'Singaraja',
      head: { jabatan: 'Kepala Dinas Kominfosanti', name: 'Ketut Suwarmawan, S.STP., M.AP.' },
      sptSigner: { onBehalf: 'a.n. BUPATI BULELENG', jabatan: 'Sekretaris Daerah' },
    });
    expect(saved.numbering.spt.unit).toBe('Kominfosanti');
    expect(saved.emblem).toMatchObject({ fileName: 'lambang-buleleng.png', width: 1, height: 1 });

    // A fresh screen shows what was saved.
    cleanup();
    renderAt('#/settings');
    section = await profileSection();
    const again = within(section);
    expect(valueOf(again.getByLabelText('Baris pemerintah daerah'))).toBe('Pemerintah Kabupaten Buleleng');
    expect(valueOf(again.getByLabelText('Ukuran kertas'))).toBe('A4');
    expect(valueOf(again.getByLabelText('Huruf'))).toBe('Bookman Old Style');
    expect(valueOf(again.getByLabelText('Kiri'))).toBe('35');
    expect(valueOf(group(section, 'Penanda tangan SPT').getByLabelText('Baris atas nama'))).toBe('a.n. BUPATI BULELENG');
    expect(valueOf(group(section, 'Surat perintah tugas').getByLabelText('Kode unit'))).toBe('Kominfosanti');
    expect(again.getByRole('img', { name: 'Lambang daerah: lambang-buleleng.png' })).toBeTruthy();

    // Removing the emblem.
    await user.click(again.getByRole('button', { name: 'Hapus lambang' }));
    await waitFor(async () => expect((await serverProfile(h)).emblem).toBeNull());
    expect(again.getByText('Belum ada lambang')).toBeTruthy();
  }, 60_000);

  it('names an invalid margin, a bad e-mail, a template without {nomor} and a file that is no image, and saves nothing', async () => {
    const h = await startHarness();
    const { user } = h;
    renderAt('#/settings');
    const section = await profileSection();
    const s = within(section);

    const top = s.getByLabelText('Atas');
    await user.clear(top);
    await user.type(top, '2');
    await user.type(s.getByLabelText('Surel kantor'), 'kominfo at buleleng');
    const template = group(section, 'Laporan').getByLabelText('Templat');
    await user.clear(template);
    await user.type(template, '{{kode}/{{tahun}');
    await user.click(s.getByRole('button', { name: 'Simpan profil' }));

    expect(await s.findByText('Margin Atas: margin antara 5 dan 60 mm.')).toBeTruthy();
    expect(s.getByText('Surel kantor bukan alamat surel yang valid.')).toBeTruthy();
    expect(s.getByText('Templat Laporan: templat nomor harus memuat {nomor}.')).toBeTruthy();
    expect(document.activeElement).toBe(s.getByLabelText('Surel kantor'));
    expect(top.getAttribute('aria-invalid')).toBe('true');
    expect((await serverProfile(h)).marginTop).toBe(20);

    // Fixing the margin clears its message.
    await user.clear(top);
    await user.type(top, '25');
    expect(s.queryByText('Margin Atas: margin antara 5 dan 60 mm.')).toBeNull();

    const file = section.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(file, new File(['%PDF-1.4 not an image'], 'lambang.png', { type: 'image/png' }));
    expect(await s.findByText('Lambang daerah: lambang.png bukan gambar PNG atau JPEG yang utuh.')).toBeTruthy();
    expect((await serverProfile(h)).emblem).toBeNull();
  }, 30_000);
});
