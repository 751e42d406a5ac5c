import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import type { ReportDrafts, ReportText, TripNumbers } from '../../shared/documents/schemas';
import { formatLongDate } from '../../shared/dates';
import { GAP_CODES } from '../../main/docs/readiness';
import documentsId from '../../renderer/src/documents/i18n-documents.id';
import documentsEn from '../../renderer/src/documents/i18n-documents.en';
import { i18n } from '../../renderer/src/i18n';
import { dialog, renderAt, seedTrip, startHarness, type Harness } from './harness';
import { runtimeKey } from '../../renderer/src/i18n/index';
import { call } from '../helpers/dispatch';

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
        const text = i18n.t(runtimeKey(key), { lng, count: 2, names: 'A, B', name: 'A', number: '800/1/2025', date: '24 April 2025' });
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

    // Missing first, then advice (the letters' gaps; the money papers' follow in their own part, tests/component/export-money.test.tsx).
    const items = within(readiness).getAllByRole('listitem').filter((li) => li.classList.contains('gap') && !li.closest('.readiness-money'));
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
    // Four numbered documents, each dated by default to fit the trip (the SPT before departure).
    for (const kind of ['Laporan', 'SPT', 'Surat tugas non-ASN', 'Surat permohonan']) expect(within(numbers).getByRole('button', { name: `Terbitkan nomor ${kind}` })).toBeTruthy();
    expect(within(numbers).getByLabelText<HTMLInputElement>('Tanggal nomor SPT').value).toBe(before.defaultDates.spt.split('-').reverse().join('/'));
    const sptRow = within(section.querySelector('#doc-number-spt') as HTMLElement);
    expect(sptRow.getByText(`Nomor berikutnya: ${before.suggested.spt}`)).toBeTruthy();
    // Another date of issue previews its own next number (the year is in the number); the default date's comes with the section.
    const nextYear = (await h.app.dispatch('numbers.get', { tripId: trip.id, onDate: `${YEAR + 1}-01-05` })) as { ok: true; value: TripNumbers };
    expect(nextYear.value.suggested.report).not.toBe(before.suggested.report);
    const reportDate = within(numbers).getByLabelText<HTMLInputElement>('Tanggal nomor Laporan');
    await user.clear(reportDate);
    await user.type(reportDate, `05/01/${YEAR + 1}`);
    await user.tab();
    const reportRow = within(section.querySelector('#doc-number-report') as HTMLElement);
    expect(await reportRow.findByText(`Nomor berikutnya: ${nextYear.value.suggested.report}`)).toBeTruthy();
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor SPT' }));

    const first = before.suggested.spt;
    expect(await within(numbers).findByText(first)).toBeTruthy();
    // Focus moves to the new number (the button pressed is gone).
    await waitFor(() => expect(document.activeElement).toBe(within(numbers).getByText(first)));
    await waitFor(() => expect(within(readiness).queryByText('Nomor SPT belum diterbitkan.')).toBeNull());
    expect(within(readiness).getByText('Nomor surat permohonan kunjungan belum diterbitkan.')).toBeTruthy();
    expect((await get<TripNumbers>(h, 'numbers.get', trip.id)).issued.spt).toMatchObject({ number: first, issuedOn: before.defaultDates.spt });
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
    expect(await sptRow.findByText(`Nomor berikutnya: ${after.suggested.spt}`)).toBeTruthy();

    // A number typed from the office's register is recorded as it is.
    const own = `800.1.11.1/0457/Kominfosanti/${YEAR}`;
    await user.type(within(numbers).getByRole('textbox', { name: 'Nomor SPT dari buku agenda (opsional)' }), own);
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor SPT' }));
    expect(await within(numbers).findByText(own)).toBeTruthy();
    expect((await get<TripNumbers>(h, 'numbers.get', trip.id)).issued.spt).toMatchObject({ number: own, seq: 0 });

    // The same number again, for the non-ASN letter of the same register: refused, said under the field.
    const ownField = within(numbers).getByRole('textbox', { name: 'Nomor Surat tugas non-ASN dari buku agenda (opsional)' });
    await user.type(ownField, own);
    await user.click(within(numbers).getByRole('button', { name: 'Terbitkan nomor Surat tugas non-ASN' }));
    const taken = await within(numbers).findByText(
      `Nomor ${own} sudah tercatat di buku agenda penerbit ini (perjalanan “Studi Tiru KIM ke Kota Mataram”). Periksa buku agenda, atau kosongkan untuk nomor berikutnya.`,
    );
    expect(taken.closest('.field')).toBe(ownField.closest('.field'));
    expect(ownField.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(ownField);
    expect((await get<TripNumbers>(h, 'numbers.get', trip.id)).issued.spt_non_asn).toBeUndefined();
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
    // "Mengetahui" is chosen with the report's signer, not here.
    expect(within(form).queryByRole('checkbox')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    expect(await screen.findByText('Teks dokumen disimpan.')).toBeTruthy();
    expect(await get<ReportText>(h, 'reportText.get', trip.id)).toMatchObject({ conclusion: text, closing: '' });

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
  });

  it('a conclusion saved in another window meanwhile: the save is refused with "Muat ulang" / "Timpa"; another field saved there is no conflict', async () => {
    const h = await startHarness();
    const { user } = h;
    const trip = await seedTrip(h.app, 'Studi Komparasi Command Center ke Kota Malang', `${YEAR}-04-24`, `${YEAR}-04-25`);
    renderAt(`#/trips/${trip.id}`);
    const form = await within(await documentsSection()).findByRole('form', { name: 'Teks laporan dan surat' });
    const conclusion = within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Kesimpulan' });
    await user.type(conclusion, 'Kesimpulan jendela ini.');

    // Another window saves the suggestions: this form keeps its draft, saves only what it changed, then shows both.
    const other = await h.app.dispatch('reportText.update', { tripId: trip.id, patch: { suggestions: 'Saran jendela lain.' } });
    expect(other.ok).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    await waitFor(() => expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Saran' }).value).toBe('Saran jendela lain.'));
    expect(conclusion.value).toBe('Kesimpulan jendela ini.');
    expect(await get<ReportText>(h, 'reportText.get', trip.id)).toMatchObject({ conclusion: 'Kesimpulan jendela ini.', suggestions: 'Saran jendela lain.' });

    // Now the other window writes the same field this one is editing: refused, nothing overwritten.
    await user.type(conclusion, ' Ditambah.');
    expect((await h.app.dispatch('reportText.update', { tripId: trip.id, patch: { conclusion: 'Kesimpulan jendela lain.' } })).ok).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Simpan teks' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Diubah di jendela lain');
    expect((await get<ReportText>(h, 'reportText.get', trip.id)).conclusion).toBe('Kesimpulan jendela lain.');
    // "Timpa": this window's words win.
    await user.click(within(alert).getByRole('button', { name: 'Timpa' }));
    await waitFor(async () => expect((await get<ReportText>(h, 'reportText.get', trip.id)).conclusion).toBe('Kesimpulan jendela ini. Ditambah.'));
  });
});

/** An own office in Buleleng with the Bupati (kop jabatan) and the Sekda (Setda) as signers, and a trip led by the Wakil Bupati. */
async function seedSigning(app: MainApp) {
  const office = await call(app, 'institutions.create', { kind: 'own', name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', regionCode: '51.08' });
  const bupati = await call(app, 'signers.create', {
    institutionId: office.id,
    level: 'regional_head',
    seat: 'regional_head',
    jabatan: 'Bupati Buleleng',
    name: 'dr. I Nyoman Sutjidra, Sp.OG.',
    pangkat: '',
    nip: '',
    acting: '',
    personId: null,
  });
  const sekda = await call(app, 'signers.create', {
    institutionId: office.id,
    level: 'secretariat',
    seat: 'regional_secretary',
    jabatan: 'Sekretaris Daerah',
    name: 'Gede Suyasa',
    pangkat: 'Pembina Utama Madya',
    nip: '196903191996031001',
    acting: '',
    personId: null,
  });
  const wabup = await call(app, 'people.create', { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const trip = await call(app, 'trips.create', { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: `${YEAR}-04-24`, endDate: `${YEAR}-04-25`, originInstitutionId: office.id });
  await call(app, 'members.add', { tripId: trip.id, personId: wabup.id, role: 'lead' });
  return { trip, bupati, sekda };
}

const signingCard = async (section: HTMLElement, name: string) => {
  const region = await within(section).findByRole('region', { name: 'Penerbit dan penanda tangan' });
  return (await within(region).findByRole('heading', { level: 4, name })).closest('article') as HTMLElement;
};

describe('who issues and signs the documents, on the trip page', () => {
  it('shows each signed document with its defaults; choosing the Sekda for the SPT warns that he is outranked, and the suggestion takes the warning away', async () => {
    const { app, user } = await startHarness();
    const { trip, bupati, sekda } = await seedSigning(app);
    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();

    // A Wakil Bupati travels: the SPT is the Bupati's own, under the kop jabatan; all by default.
    let spt = await signingCard(section, 'Surat Perintah Tugas');
    expect(within(spt).getByText('Kepala Daerah')).toBeTruthy();
    expect(within(spt).getByText('BUPATI BULELENG')).toBeTruthy();
    expect(within(spt).getByText('dr. I Nyoman Sutjidra, Sp.OG.')).toBeTruthy();
    expect(within(spt).getAllByText('bawaan')).toHaveLength(2);
    expect(within(spt).queryByRole('list', { name: 'Peringatan Surat Perintah Tugas' })).toBeNull();
    for (const kind of ['Surat Tugas non-ASN', 'Surat permohonan', 'Laporan']) expect(await signingCard(section, kind)).toBeTruthy();
    // The report is made by the lead; nobody senior to a Wakil Bupati gives "Mengetahui".
    const report = await signingCard(section, 'Laporan');
    expect(within(report).getByText('Gede Supriatna')).toBeTruthy();
    expect(within(report).getByText('Tanpa “Mengetahui”')).toBeTruthy();

    // Choose the Sekda on the Setda's kop: the preview follows, then the warning shows.
    await user.click(within(spt).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat Perintah Tugas' }));
    const form = within(await within(spt).findByRole('form', { name: 'Surat Perintah Tugas: penerbit dan penanda tangan' }));
    expect(document.activeElement).toBe(form.getByLabelText('Penerbit (kop)'));
    await user.selectOptions(form.getByLabelText('Penerbit (kop)'), 'Sekretariat Daerah');
    await user.selectOptions(form.getByLabelText('Penanda tangan'), 'Gede Suyasa — Sekretaris Daerah');
    const printed = form.getByText('Akan tercetak').closest('.signing-preview') as HTMLElement;
    expect(within(printed).getByText('a.n. BUPATI BULELENG')).toBeTruthy();
    expect(within(printed).getByText('Gede Suyasa')).toBeTruthy();
    await user.click(form.getByRole('button', { name: 'Terapkan' }));

    expect(await screen.findByText('Pilihan Surat Perintah Tugas disimpan.')).toBeTruthy();
    spt = await signingCard(section, 'Surat Perintah Tugas');
    const warnings = await within(spt).findByRole('list', { name: 'Peringatan Surat Perintah Tugas' });
    expect(warnings.textContent).toContain('Penanda tangan berkedudukan lebih rendah dari Gede Supriatna, yang ditugaskan dengan surat ini.');
    expect(within(spt).getAllByText('dipilih')).toHaveLength(2);
    expect(await call(app, 'signing.get', { tripId: trip.id })).toMatchObject({ docs: { spt: { level: 'secretariat', signer: { id: sekda.id }, form: 'an' } } });

    // The suggestion: the Bupati, on the kop jabatan.
    await user.click(within(warnings).getByRole('button', { name: 'Pakai dr. I Nyoman Sutjidra, Sp.OG. (Kepala Daerah)' }));
    await waitFor(() => expect(within(spt).queryByRole('list', { name: 'Peringatan Surat Perintah Tugas' })).toBeNull());
    expect(within(spt).getByText('dr. I Nyoman Sutjidra, Sp.OG.')).toBeTruthy();
    expect(document.activeElement).toBe(within(spt).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat Perintah Tugas' }));
    const after = await call(app, 'signing.get', { tripId: trip.id });
    expect(after.docs.spt).toMatchObject({ level: 'regional_head', signer: { id: bupati.id }, form: 'own', warnings: [] });

    // Back to the defaults.
    await user.click(within(spt).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat Perintah Tugas' }));
    await user.click(await within(spt).findByRole('button', { name: 'Kembalikan Surat Perintah Tugas ke bawaan' }));
    expect(await screen.findByText('Surat Perintah Tugas kembali ke bawaan.')).toBeTruthy();
    await waitFor(async () => expect((await call(app, 'signing.get', { tripId: trip.id })).docs.spt.defaults).toEqual({ level: true, signer: true, form: true }));
    await waitFor(() => expect(within(spt).getAllByText('bawaan')).toHaveLength(2));
  });

  it('sets the report\'s "Mengetahui", the letter\'s u.p. and a date of signature, and Escape closes the form unchanged', async () => {
    const { app, user } = await startHarness();
    const { trip, sekda } = await seedSigning(app);
    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();

    const letter = await signingCard(section, 'Surat permohonan');
    await user.click(within(letter).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat permohonan' }));
    let form = within(await within(letter).findByRole('form', { name: 'Surat permohonan: penerbit dan penanda tangan' }));
    await user.type(form.getByLabelText('u.p. (untuk perhatian)'), 'Kepala Diskominfo Kota Malang');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(letter).queryByRole('form')).toBeNull());
    expect((await call(app, 'signing.get', { tripId: trip.id })).docs.letter.choice.attention).toBe('');

    await user.click(within(letter).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat permohonan' }));
    form = within(await within(letter).findByRole('form', { name: 'Surat permohonan: penerbit dan penanda tangan' }));
    await user.type(form.getByLabelText('u.p. (untuk perhatian)'), 'Kepala Diskominfo Kota Malang');
    await user.type(form.getByLabelText('Tanggal tanda tangan'), `20/04/${YEAR}`);
    await user.type(form.getByLabelText('u.p. (untuk perhatian)'), '{Enter}');
    expect(await within(letter).findByText('Kepala Diskominfo Kota Malang')).toBeTruthy();
    expect(within(letter).getByText(formatLongDate(`${YEAR}-04-20`, 'id'))).toBeTruthy();
    expect((await call(app, 'signing.get', { tripId: trip.id })).docs.letter.choice).toMatchObject({ attention: 'Kepala Diskominfo Kota Malang', signDate: `${YEAR}-04-20` });

    // "Mengetahui" by the Sekda, who does not outrank a Wakil Bupati: the warning says so.
    const report = await signingCard(section, 'Laporan');
    await user.click(within(report).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Laporan' }));
    form = within(await within(report).findByRole('form', { name: 'Laporan: penerbit dan penanda tangan' }));
    expect(form.queryByLabelText('Penanda tangan')).toBeNull();
    await user.selectOptions(form.getByLabelText('Mengetahui'), 'Gede Suyasa — Sekretaris Daerah');
    await user.click(form.getByRole('button', { name: 'Terapkan' }));
    const warnings = await within(report).findByRole('list', { name: 'Peringatan Laporan' });
    expect(warnings.textContent).toContain('“Mengetahui” oleh Gede Suyasa, yang tidak lebih tinggi dari ketua rombongan.');
    expect((await call(app, 'signing.get', { tripId: trip.id })).docs.report.choice.acknowledge).toBe(sekda.id);
  });

  it('a report whose texts turned "Mengetahui" off shows nobody; choosing the default turns it on again; a numbered document says it prints what it printed', async () => {
    const { app, user } = await startHarness();
    const office = await call(app, 'institutions.create', { kind: 'own', name: 'Dinas Kominfosanti', regionCode: '51.08' });
    await call(app, 'signers.create', { institutionId: office.id, level: 'agency', seat: 'agency_head', jabatan: 'Kepala Dinas Kominfosanti', name: 'Ketut Suwarmawan', pangkat: '', nip: '', acting: '', personId: null });
    const kabid = await call(app, 'people.create', { kind: 'official', name: 'Ni Made Dwi Pratiwi', employment: 'pns', golongan: 'III/d', jabatan: 'Kepala Bidang Informasi Publik', eselon: 'III' });
    const trip = await call(app, 'trips.create', { title: 'Studi Tiru KIM ke Kota Mataram', startDate: `${YEAR}-06-10`, endDate: `${YEAR}-06-12`, originInstitutionId: office.id });
    await call(app, 'members.add', { tripId: trip.id, personId: kabid.id, role: 'lead' });
    // By default the head of office gives "Mengetahui" under a Kepala Bidang's report.
    expect((await call(app, 'signing.get', { tripId: trip.id })).docs.report.acknowledge?.name).toBe('Ketut Suwarmawan');
    await call(app, 'reportText.update', { tripId: trip.id, patch: { acknowledge: false } });
    await call(app, 'numbers.issue', { tripId: trip.id, kind: 'spt' });

    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();
    const report = await signingCard(section, 'Laporan');
    expect(await within(report).findByText('Tanpa “Mengetahui”')).toBeTruthy();
    await user.click(within(report).getByRole('button', { name: 'Ubah penerbit dan penanda tangan Laporan' }));
    const form = within(await within(report).findByRole('form', { name: 'Laporan: penerbit dan penanda tangan' }));
    expect(form.getByLabelText<HTMLSelectElement>('Mengetahui').value).toBe('none');
    await user.selectOptions(form.getByLabelText('Mengetahui'), 'Bawaan: Ketut Suwarmawan — Kepala Dinas Kominfosanti');
    await user.click(form.getByRole('button', { name: 'Terapkan' }));
    expect(await within(report).findByText('Ketut Suwarmawan')).toBeTruthy();
    expect((await call(app, 'reportText.get', { tripId: trip.id })).acknowledge).toBe(true);

    const spt = await signingCard(section, 'Surat Perintah Tugas');
    const issued = (await call(app, 'numbers.get', { tripId: trip.id })).issued.spt?.number ?? '';
    expect(within(spt).getByText(`Sudah bernomor ${issued}: dokumen mencetak kop dan penanda tangan seperti saat nomor diterbitkan.`)).toBeTruthy();
  });

  it('an issued SPT whose signer changed says so, and "Cetak penanda tangan terbaru" prints the signer as he is now', async () => {
    const { app, user } = await startHarness();
    const { trip, bupati } = await seedSigning(app);
    await call(app, 'numbers.issue', { tripId: trip.id, kind: 'spt' });
    await call(app, 'signers.update', { id: bupati.id, patch: { name: 'Pj. Bupati Pengganti' } });
    expect((await call(app, 'numbers.get', { tripId: trip.id })).signerChanged).toEqual(['spt']);

    renderAt(`#/trips/${trip.id}`);
    const section = await documentsSection();
    const notice = await within(section).findByText('Penerbit atau penanda tangan berubah sejak nomor ini terbit; dokumen tetap mencetak yang lama.');
    await user.click(within(notice.closest('p') as HTMLElement).getByRole('button', { name: 'Cetak penanda tangan terbaru' }));
    await waitFor(() => expect(within(section).queryByText('Cetak penanda tangan terbaru')).toBeNull());
    expect((await call(app, 'numbers.get', { tripId: trip.id })).signerChanged).toEqual([]);
    cleanup();
  });
});
