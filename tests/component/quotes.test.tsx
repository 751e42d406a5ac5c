import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as MainApp } from '../../main/app';
import { formatLongDate } from '../../shared/dates';
import quotesId from '../../renderer/src/quotes/i18n-quotes.id';
import quotesEn from '../../renderer/src/quotes/i18n-quotes.en';
import { i18n } from '../../renderer/src/i18n';
import { renderAt, startHarness } from './harness';
import { call } from '../helpers/dispatch';

const YEAR = new Date().getFullYear();
const NO_QUOTES = 'Siaran pers tanpa kutipan: catat ucapan yang benar-benar disampaikan di panel Kutipan (siaran pers tidak mengarang kutipan).';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** A trip to Malang: two members, a host official, an agenda item at a venue and a learning; and someone who is not on it. */
async function seed(app: MainApp) {
  const wabup = await call(app, 'people.create', { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const kadis = await call(app, 'people.create', {
    kind: 'official',
    name: 'Ketut Suwarmawan',
    employment: 'pns',
    nip: '197808171997031002',
    golongan: 'IV/b',
    jabatan: 'Kepala Dinas Kominfosanti',
  });
  const outsider = await call(app, 'people.create', { kind: 'official', name: 'Nyoman Sugiarta', employment: 'pns', nip: '197205121998031005', golongan: 'IV/a', jabatan: 'Kepala Bappeda' });
  const malang = await call(app, 'institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
  const host = await call(app, 'people.create', { kind: 'host_official', name: 'Muhammad Nur Widianto', jabatan: 'Kepala Dinas Kominfo Kota Malang', institutionId: malang.id });
  const trip = await call(app, 'trips.create', { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: `${YEAR}-04-24`, endDate: `${YEAR}-04-25`, hostRegionCodes: ['35.73'] });
  await call(app, 'members.add', { tripId: trip.id, personId: wabup.id, role: 'lead' });
  const kadisMember = await call(app, 'members.add', { tripId: trip.id, personId: kadis.id, role: 'member' });
  await call(app, 'hosts.add', { tripId: trip.id, institutionId: malang.id });
  await call(app, 'hostPeople.add', { tripId: trip.id, personId: host.id, hostRole: 'receiver' });
  const visit = await call(app, 'agenda.create', {
    tripId: trip.id,
    kind: 'site_visit',
    title: 'Kunjungan ke Ngalam Command Center',
    venueText: 'Ngalam Command Center',
    startLocal: `${YEAR}-04-25T09:00`,
    startZone: 'Asia/Jakarta',
    endLocal: `${YEAR}-04-25T11:00`,
  });
  const learning = await call(app, 'learnings.create', {
    tripId: trip.id,
    topic: 'Ngalam Command Center',
    hostPractice: 'Satu ruang kendali untuk layanan darurat 112, CCTV dan aduan warga.',
    applicability: 'Dapat diterapkan bertahap.',
    recommendation: 'Menyusun kajian pusat kendali terpadu.',
    responsibleUnit: 'Dinas Kominfosanti',
  });
  return { trip, wabup, kadis, kadisMember, outsider, host, visit, learning };
}

async function quotesPanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Kutipan' });
}

const optionTexts = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent ?? '');

describe('quotes texts', () => {
  it('has the same keys in Indonesian and English, and a text for each error main answers with', () => {
    expect(keys(quotesEn).sort()).toEqual(keys(quotesId).sort());
    for (const lng of ['id', 'en']) {
      for (const k of ['speakerNotOfTrip', 'learningNotOfTrip', 'agendaItemNotOfTrip', 'notFound']) expect(i18n.exists(`quotes.errors.${k}`, { lng }), `${lng} ${k}`).toBe(true);
    }
  });
});

describe('Kutipan on the trip page', () => {
  it('records a member’s words with the agenda item’s day and venue, edits them, removes them and undoes it; only the trip’s people can be quoted', async () => {
    const { app, user } = await startHarness();
    const s = await seed(app);

    // Main refuses a speaker who is not on the trip, saying so on the speaker field.
    const refused = await app.dispatch('quotes.create', { tripId: s.trip.id, speakerPersonId: s.outsider.id, words: 'Kami siap meniru.' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'VALIDATION', field: 'speakerPersonId', key: 'quotes.errors.speakerNotOfTrip' });
    expect(await call(app, 'quotes.list', { tripId: s.trip.id })).toEqual([]);

    renderAt(`#/trips/${s.trip.id}`);
    const panel = await quotesPanel();
    expect(await within(panel).findByText('Siaran pers hanya mengutip ucapan yang dicatat di sini. Belum ada kutipan.')).toBeTruthy();

    // The readiness check's advice leads here, onto the button that adds one.
    const readiness = await screen.findByRole('region', { name: /Kesiapan dokumen|Siap diekspor/ });
    const advice = (await within(readiness).findByText(NO_QUOTES)).closest('li') as HTMLElement;
    await user.click(within(advice).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Tambah kutipan' }));

    await user.click(within(panel).getByRole('button', { name: 'Tambah kutipan' }));
    let form = within(panel).getByRole('form', { name: 'Kutipan baru' });
    const speaker = within(form).getByRole('combobox', { name: 'Yang berbicara' });
    expect(document.activeElement).toBe(speaker);
    // Only the delegation and the host officials, with their jabatan; not the person left off the trip.
    expect(optionTexts(speaker)).toEqual([
      'Pilih yang berbicara…',
      'Gede Supriatna — Wakil Bupati Buleleng',
      'Ketut Suwarmawan — Kepala Dinas Kominfosanti',
      'Muhammad Nur Widianto — Kepala Dinas Kominfo Kota Malang',
    ]);
    expect(optionTexts(speaker).join(' ')).not.toContain('Nyoman Sugiarta');

    // Nothing filled in: both problems under their fields, focus on the first.
    await user.click(within(form).getByRole('button', { name: 'Simpan kutipan' }));
    expect(await within(form).findByText('Pilih siapa yang mengucapkannya.')).toBeTruthy();
    expect(within(form).getByText('Ucapan wajib diisi.')).toBeTruthy();
    expect(speaker.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(speaker);

    await user.selectOptions(speaker, s.wabup.id);
    await user.type(within(form).getByRole('textbox', { name: 'Ucapan' }), '"Kami ingin pusat kendali seperti ini di Buleleng."');
    // The agenda item brings its day and its venue.
    const day = within(form).getByLabelText<HTMLInputElement>('Hari');
    const place = within(form).getByRole<HTMLInputElement>('textbox', { name: 'Tempat' });
    expect(day.value).toBe('');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Agenda' }), s.visit.id);
    expect(day.value).toBe(`25/04/${YEAR}`);
    expect(place.value).toBe('Ngalam Command Center');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Hasil kunjungan' }), s.learning.id);
    // Enter in a one-line field saves.
    await user.type(place, ' Kota Malang{Enter}');

    const words = await within(panel).findByText('“Kami ingin pusat kendali seperti ini di Buleleng.”');
    let item = words.closest('li') as HTMLElement;
    expect(within(item).getByText('Gede Supriatna')).toBeTruthy();
    expect(within(item).getByText('Wakil Bupati Buleleng')).toBeTruthy();
    expect(within(item).getByText(`Ngalam Command Center Kota Malang · ${formatLongDate(`${YEAR}-04-25`, 'id')}`)).toBeTruthy();
    expect(within(item).getByText('Hasil: Ngalam Command Center')).toBeTruthy();
    expect(within(item).getByText('Agenda: Kunjungan ke Ngalam Command Center')).toBeTruthy();
    expect(await screen.findByText('Kutipan Gede Supriatna dicatat.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Ubah kutipan Gede Supriatna' })));
    await waitFor(() => expect(within(readiness).queryByText(NO_QUOTES)).toBeNull());
    const [stored] = await call(app, 'quotes.list', { tripId: s.trip.id });
    // Main strips the quotation marks typed around the words.
    expect(stored).toMatchObject({
      speakerPersonId: s.wabup.id,
      speakerName: 'Gede Supriatna',
      speakerJabatan: 'Wakil Bupati Buleleng',
      words: 'Kami ingin pusat kendali seperti ini di Buleleng.',
      saidOn: `${YEAR}-04-25`,
      place: 'Ngalam Command Center Kota Malang',
      learningId: s.learning.id,
      agendaItemId: s.visit.id,
    });

    // Edit: Escape cancels and leaves the words as they were.
    await user.click(within(item).getByRole('button', { name: 'Ubah kutipan Gede Supriatna' }));
    form = within(panel).getByRole('form', { name: 'Ubah kutipan Gede Supriatna' });
    const box = within(form).getByRole('textbox', { name: 'Ucapan' });
    expect(document.activeElement).toBe(box);
    await user.clear(box);
    await user.type(box, 'Batal');
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('form')).toBeNull();
    item = within(panel).getByText('“Kami ingin pusat kendali seperti ini di Buleleng.”').closest('li') as HTMLElement;
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Ubah kutipan Gede Supriatna' }));

    // Edit and save: the new words show, and main keeps them.
    await user.click(within(item).getByRole('button', { name: 'Ubah kutipan Gede Supriatna' }));
    form = within(panel).getByRole('form', { name: 'Ubah kutipan Gede Supriatna' });
    await user.clear(within(form).getByRole('textbox', { name: 'Ucapan' }));
    await user.type(within(form).getByRole('textbox', { name: 'Ucapan' }), 'Buleleng akan menyusun kajian pusat kendali terpadu tahun ini.');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(panel).findByText('“Buleleng akan menyusun kajian pusat kendali terpadu tahun ini.”')).toBeTruthy();
    expect(within(panel).queryByText('“Kami ingin pusat kendali seperti ini di Buleleng.”')).toBeNull();
    expect(await screen.findByText('Kutipan Gede Supriatna disimpan.')).toBeTruthy();
    const [edited] = await call(app, 'quotes.list', { tripId: s.trip.id });
    expect(edited).toMatchObject({ id: stored?.id, words: 'Buleleng akan menyusun kajian pusat kendali terpadu tahun ini.', agendaItemId: s.visit.id });

    // Remove, then undo from the toast.
    await user.click(within(panel).getByRole('button', { name: 'Hapus kutipan Gede Supriatna' }));
    expect(await within(panel).findByText('Siaran pers hanya mengutip ucapan yang dicatat di sini. Belum ada kutipan.')).toBeTruthy();
    expect(await call(app, 'quotes.list', { tripId: s.trip.id })).toEqual([]);
    const toast = (await screen.findByText('Kutipan Gede Supriatna dihapus.')).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    expect(await within(panel).findByText('“Buleleng akan menyusun kajian pusat kendali terpadu tahun ini.”')).toBeTruthy();
    expect(await screen.findByText('Kutipan Gede Supriatna dikembalikan.')).toBeTruthy();
    expect((await call(app, 'quotes.list', { tripId: s.trip.id })).map((q) => q.id)).toEqual([stored?.id]);
  });

  it('shows main’s refusal under the speaker when the chosen member left the trip meanwhile', async () => {
    const { app, user } = await startHarness();
    const s = await seed(app);
    renderAt(`#/trips/${s.trip.id}`);
    const panel = await quotesPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Tambah kutipan' }));
    const form = within(panel).getByRole('form', { name: 'Kutipan baru' });
    const speaker = within(form).getByRole('combobox', { name: 'Yang berbicara' });
    await user.selectOptions(speaker, s.kadis.id);
    await user.type(within(form).getByRole('textbox', { name: 'Ucapan' }), 'Integrasi 112 menjadi prioritas kami.');
    // Someone else takes him off the trip while the form is open.
    await call(app, 'members.remove', { id: s.kadisMember.id });
    await user.click(within(form).getByRole('button', { name: 'Simpan kutipan' }));

    const error = await within(form).findByText(
      'Yang berbicara bukan anggota rombongan atau pejabat tuan rumah perjalanan ini. Siaran pers hanya mengutip orang perjalanan ini.',
    );
    expect(error.closest('.field')).toBe(speaker.closest('.field'));
    expect(speaker.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(speaker);
    expect(await call(app, 'quotes.list', { tripId: s.trip.id })).toEqual([]);
  });

  it('speaks English when the interface does', async () => {
    const { app, user } = await startHarness();
    const s = await seed(app);
    await i18n.changeLanguage('en');
    renderAt(`#/trips/${s.trip.id}`);
    const panel = await screen.findByRole('region', { name: 'Quotes' });
    expect(await within(panel).findByText('A press release quotes only words recorded here. There are no quotes yet.')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Add a quote' }));
    expect(within(panel).getByRole('form', { name: 'New quote' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Add a quote' }));
    await i18n.changeLanguage('id');
  });
});
