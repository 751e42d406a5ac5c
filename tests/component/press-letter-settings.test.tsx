import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { TripNumbers } from '../../shared/documents/schemas';
import { todayIso } from '../../renderer/src/lib/today';
import { renderAt, seedTrip, startHarness } from './harness';
import { call } from '../helpers/dispatch';

/*
 * What issue 10 adds for the letter and the press release in the app: the
 * house style's place of the letter's date, an issuer's tembusan (one
 * recipient per line), the press release's code in the register and its
 * optional number in the numbers panel, from the Perangkat Daerah.
 */

const YEAR = todayIso().slice(0, 4);

async function panel(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

const valueOf = (el: HTMLElement): string => (el as HTMLInputElement).value;

describe('Pengaturan: the letter’s date and tembusan', () => {
  it.each([
    {
      name: 'chooses where the letter’s place and date stand, with a hint for each choice, and keeps it',
      label: 'Tempat dan tanggal surat',
      from: 'above',
      options: ['Di kanan atas, di atas Nomor', 'Sebaris dengan Nomor, rata kanan'],
      described: true,
      to: 'number_line',
      hint: /di kiri dan Singaraja, 21 April 2025 di kanan pada baris yang sama/,
      saved: 'letterDate',
    },
    {
      name: 'chooses the house style’s page numbering ("- 2 -" at the top centre), with its hint, and keeps it',
      label: 'Nomor halaman',
      from: 'bottom_right',
      options: ['“Halaman 2 dari 3”, kanan bawah', '“- 2 -”, tengah atas mulai halaman kedua'],
      described: false,
      to: 'top_center',
      hint: /Gaya kementerian: halaman pertama tanpa nomor/,
      saved: 'pageNumbers',
    },
  ] as const)('$name', async ({ label, from, options, described, to, hint, saved }) => {
    const { app, user } = await startHarness();
    renderAt('#/settings');
    const s = within(await panel('Gaya dokumen'));
    const select = s.getByLabelText(label);
    expect(valueOf(select)).toBe(from);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(options);
    if (described) expect(select.getAttribute('aria-describedby')).toBeTruthy();
    await user.selectOptions(select, to);
    expect(s.getByText(hint)).toBeTruthy();
    await user.click(s.getByRole('button', { name: 'Simpan gaya dokumen' }));
    expect(await screen.findByText('Gaya dokumen disimpan.')).toBeTruthy();
    expect((await call(app, 'profile.get', {}))[saved]).toBe(to);

    cleanup();
    renderAt('#/settings');
    expect(valueOf(within(await panel('Gaya dokumen')).getByLabelText(label))).toBe(to);
  });

  it('types an issuer’s tembusan one recipient per line (Enter is a new line, not a save), shows the press code in the register, and saves', async () => {
    const { app, user } = await startHarness();
    const office = await call(app, 'institutions.create', { kind: 'own', name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', regionCode: '51.08' });
    renderAt('#/settings');
    const section = await panel('Penerbit naskah');
    await user.click(await within(section).findByRole('tab', { name: 'Sekretariat Daerah' }));
    await within(section).findByRole('button', { name: 'Simpan Sekretariat Daerah' });
    const s = within(section);

    // The press release has its own classification code in every register.
    expect(s.getByLabelText('Contoh nomor Siaran pers').textContent).toBe(`400.14.5.6/1/${YEAR}`);

    const field = s.getByLabelText('Tembusan surat');
    expect(field.tagName).toBe('TEXTAREA');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Satu penerima per baris/);
    await user.type(field, 'Yth. Bupati Buleleng{Enter}Yth. Inspektur Kabupaten Buleleng{Enter}Arsip');
    expect(screen.queryByText('Penerbit Sekretariat Daerah disimpan.')).toBeNull();
    await user.click(s.getByRole('button', { name: 'Simpan Sekretariat Daerah' }));
    expect(await screen.findByText('Penerbit Sekretariat Daerah disimpan.')).toBeTruthy();
    const setda = (await call(app, 'issuers.list', { institutionId: office.id })).find((i) => i.level === 'secretariat');
    expect(setda?.tembusan).toBe('Yth. Bupati Buleleng\nYth. Inspektur Kabupaten Buleleng\nArsip');

    cleanup();
    renderAt('#/settings');
    const again = await panel('Penerbit naskah');
    await user.click(await within(again).findByRole('tab', { name: 'Sekretariat Daerah' }));
    expect(valueOf(await within(again).findByLabelText('Tembusan surat'))).toBe('Yth. Bupati Buleleng\nYth. Inspektur Kabupaten Buleleng\nArsip');
  });
});

describe('numbers panel: the press release', () => {
  it('offers an optional number from the Perangkat Daerah’s register and issues it', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Tiru KIM ke Kota Mataram', `${YEAR}-06-10`, `${YEAR}-06-12`);
    const before = await call(h.app, 'numbers.get', { tripId: trip.id });
    renderAt(`#/trips/${trip.id}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Dokumen' })).closest('section') as HTMLElement;
    const numbers = await within(section).findByRole('region', { name: 'Nomor surat' });
    await within(numbers).findByRole('button', { name: 'Terbitkan nomor Siaran pers' });
    const row = within(section.querySelector('#doc-number-press') as HTMLElement);
    expect(row.getByText('Siaran pers')).toBeTruthy();
    expect(row.getByText('Tanpa nomor (boleh: siaran pers tidak wajib bernomor)')).toBeTruthy();
    expect(row.getByText('Buku agenda Perangkat Daerah')).toBeTruthy();
    expect(row.getByText(`Nomor berikutnya: ${before.suggested.press}`)).toBeTruthy();
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor Siaran pers' }));
    expect(await row.findByText(before.suggested.press)).toBeTruthy();
    const after: TripNumbers = await call(h.app, 'numbers.get', { tripId: trip.id });
    expect(after.issued.press).toMatchObject({ kind: 'press', number: before.suggested.press });
  });
});
