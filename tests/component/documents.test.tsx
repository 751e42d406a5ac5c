import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReportDrafts, ReportText, TripNumbers } from '../../shared/domain/documents';
import { GAP_CODES } from '../../main/docs/readiness';
import documentsId from '../../renderer/src/i18n/documents.id';
import documentsEn from '../../renderer/src/i18n/documents.en';
import { i18n } from '../../renderer/src/i18n';
import { dialog, renderAt, seedTrip, startHarness, type Harness } from './harness';

/** A trip this year, so the suggested running number is the one issued today. */
const YEAR = new Date().getFullYear();

async function get<T>(h: Harness, op: 'numbers.get' | 'reportText.get' | 'reportText.drafts', tripId: string): Promise<T> {
  const r = await h.app.dispatch(op, { tripId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

async function documentsSection(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { level: 2, name: 'Dokumen' })).closest('section') as HTMLElement;
}

/** The readiness list item with this text. */
const gap = (root: HTMLElement, text: string) => within(root).getByText(text).closest('li') as HTMLElement;

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('documents texts', () => {
  it('has an Indonesian and an English text for every readiness gap code, and the same keys in both languages', () => {
    for (const lng of ['id', 'en']) {
      for (const code of GAP_CODES) {
        const key = `documents.gaps.${code}`;
        expect(i18n.exists(key, { lng, count: 2 }), `${lng} ${code}`).toBe(true);
        const text = i18n.t(key, { lng, count: 2, names: 'A, B' });
        expect(text, `${lng} ${code}`).not.toBe(key);
        expect(text).not.toMatch(/\{\{/);
      }
    }
    expect(keys(documentsEn).sort()).toEqual(keys(documentsId).sort());
  });
});

describe('documents on the trip page', () => {
  it('lists what a new trip lacks, missing before advice, with the documents affected, and "Perbaiki" moves focus where it is fixed', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', `${YEAR}-04-24`, `${YEAR}-04-25`);
    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();
    const readiness = await within(section).findByRole('region', { name: 'Kesiapan dokumen' });

    const spt = gap(readiness, 'Nomor SPT belum diterbitkan.');
    expect(within(spt).getByText('SPT')).toBeTruthy();
    expect(within(spt).getByText('Laporan')).toBeTruthy();
    const learnings = gap(readiness, 'Belum ada hasil kunjungan.');
    expect(within(learnings).getByText('Siaran pers')).toBeTruthy();
    expect(readiness.textContent).toContain('Ekspor tetap bisa dilakukan');

    // Missing first, then advice.
    const items = within(readiness).getAllByRole('listitem').filter((li) => li.classList.contains('gap'));
    const severities = items.map((li) => (li.classList.contains('gap-missing') ? 'missing' : 'advice'));
    expect(severities.indexOf('advice')).toBeGreaterThan(severities.lastIndexOf('missing'));
    expect(items.indexOf(gap(readiness, 'Nomor laporan belum diterbitkan.'))).toBeGreaterThan(items.indexOf(learnings));

    // The office profile is fixed in Pengaturan.
    const kop = gap(readiness, 'Kop surat belum diisi (nama pemerintah daerah dan perangkat daerah).');
    expect(within(kop).getByRole('link', { name: 'Perbaiki di Pengaturan' }).getAttribute('href')).toBe('#/settings');

    // The others on this page: focus lands on the section's heading, or on the control that fixes it.
    await user.click(within(learnings).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Hasil kunjungan' }));
    await user.click(within(gap(readiness, 'Agenda kunjungan masih kosong.')).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Agenda' }));
    await user.click(within(gap(readiness, 'Rombongan belum punya anggota.')).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement?.closest('#trip-delegation')).toBeTruthy();
    await user.click(within(spt).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Terbitkan nomor SPT' }));
  });

  it('issues the SPT number and takes that gap away; removing it asks first and the running number is not reused', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Tiru KIM ke Kota Mataram', `${YEAR}-06-10`, `${YEAR}-06-12`);
    const before = await get<TripNumbers>(h, 'numbers.get', trip.id);
    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();
    const readiness = await within(section).findByRole('region', { name: 'Kesiapan dokumen' });
    expect(within(readiness).getByText('Nomor SPT belum diterbitkan.')).toBeTruthy();

    const numbers = within(section).getByRole('region', { name: 'Nomor surat' });
    expect(within(numbers).getByText(`Nomor berikutnya: ${before.suggested.spt}`)).toBeTruthy();
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor SPT' }));

    const first = before.suggested.spt;
    expect(await within(numbers).findByText(first)).toBeTruthy();
    // Focus moves to the new number (the button pressed is gone).
    await waitFor(() => expect(document.activeElement).toBe(within(numbers).getByText(first)));
    await waitFor(() => expect(within(readiness).queryByText('Nomor SPT belum diterbitkan.')).toBeNull());
    expect(within(readiness).getByText('Nomor surat permohonan kunjungan belum diterbitkan.')).toBeTruthy();
    expect((await get<TripNumbers>(h, 'numbers.get', trip.id)).issued.spt?.number).toBe(first);
    expect(await screen.findByText(`Nomor SPT diterbitkan: ${first}.`)).toBeTruthy();

    // Removing asks first and says the number is not used again.
    await user.click(within(numbers).getByRole('button', { name: 'Hapus nomor SPT' }));
    let dlg = await dialog('Hapus nomor SPT?');
    expect(dlg.textContent).toContain('tidak dipakai lagi');
    await user.click(within(dlg).getByRole('button', { name: 'Batal' }));
    expect(within(numbers).getByText(first)).toBeTruthy();
    await user.click(within(numbers).getByRole('button', { name: 'Hapus nomor SPT' }));
    dlg = await dialog('Hapus nomor SPT?');
    await user.click(within(dlg).getByRole('button', { name: 'Hapus nomor' }));
    expect(await within(readiness).findByText('Nomor SPT belum diterbitkan.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(numbers).getByRole('button', { name: 'Terbitkan nomor SPT' })));
    const after = await get<TripNumbers>(h, 'numbers.get', trip.id);
    expect(after.issued.spt).toBeUndefined();
    expect(after.suggested.spt).not.toBe(first);
    expect(await within(numbers).findByText(`Nomor berikutnya: ${after.suggested.spt}`)).toBeTruthy();

    // A number typed from the office's register is recorded as it is.
    const own = `800.1.11.1/0457/Kominfosanti/${YEAR}`;
    await user.type(within(numbers).getByRole('textbox', { name: 'Nomor SPT dari buku agenda (opsional)' }), own);
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor SPT' }));
    expect(await within(numbers).findByText(own)).toBeTruthy();
    expect((await get<TripNumbers>(h, 'numbers.get', trip.id)).issued.spt).toMatchObject({ number: own, seq: 0 });
  });

  it('keeps a saved conclusion after the page is opened again, fills a draft with "Gunakan draf", and names a field that is too long', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', `${YEAR}-04-24`, `${YEAR}-04-25`);
    const drafts = await get<ReportDrafts>(h, 'reportText.drafts', trip.id);
    expect(drafts.closing).not.toBe('');
    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();
    const form = await within(section).findByRole('form', { name: 'Teks laporan dan surat' });

    const conclusion = within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Kesimpulan' });
    expect(conclusion.value).toBe('');
    expect(conclusion.placeholder).toBe(drafts.conclusion);
    const text = 'Integrasi aplikasi di Kota Malang layak ditiru Buleleng secara bertahap.';
    await user.type(conclusion, text);
    await user.click(within(form).getByRole('checkbox', { name: "Tambahkan 'Mengetahui' Kepala Dinas" }));
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    expect(await screen.findByText('Teks dokumen disimpan.')).toBeTruthy();
    expect(await get<ReportText>(h, 'reportText.get', trip.id)).toMatchObject({ conclusion: text, acknowledge: false, closing: '' });

    // "Gunakan draf" fills the box with the draft, which is saved as the user's own text.
    const closing = within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Penutup' });
    await user.click(within(form).getByRole('button', { name: 'Gunakan draf untuk Penutup' }));
    expect(closing.value).toBe(drafts.closing);
    expect(document.activeElement).toBe(closing);
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Gunakan draf untuk Penutup' }).disabled).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    await waitFor(async () => expect((await get<ReportText>(h, 'reportText.get', trip.id)).closing).toBe(drafts.closing.trim()));

    // Too long: the field is named and marked, and nothing is saved.
    const suggestions = within(form).getByRole('textbox', { name: 'Saran' });
    fireEvent.change(suggestions, { target: { value: 'x'.repeat(20_001) } });
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    expect(await within(form).findByText('Saran terlalu panjang: paling banyak 20000 karakter.')).toBeTruthy();
    expect(suggestions.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(suggestions);
    expect((await get<ReportText>(h, 'reportText.get', trip.id)).suggestions).toBe('');
    await user.click(within(form).getByRole('button', { name: 'Batalkan perubahan' }));

    // Opened again: what was saved is there.
    cleanup();
    renderAt(`#/trips/${trip.id}`);
    const again = await within(await documentsSection()).findByRole('form', { name: 'Teks laporan dan surat' });
    expect(within(again).getByRole<HTMLTextAreaElement>('textbox', { name: 'Kesimpulan' }).value).toBe(text);
    expect(within(again).getByRole<HTMLTextAreaElement>('textbox', { name: 'Penutup' }).value).toBe(drafts.closing.trim());
    expect(within(again).getByRole<HTMLInputElement>('checkbox', { name: "Tambahkan 'Mengetahui' Kepala Dinas" }).checked).toBe(false);
  });
});
