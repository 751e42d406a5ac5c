import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/settings-profile.png, documents.png and signing-warning.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;

/** A regional emblem: a shield, drawn by the page into the PNG the kop carries. */
const SHIELD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200" height="240">
  <path d="M10 10 H190 V140 Q190 220 100 235 Q10 220 10 140 Z" fill="#0f5b63" stroke="#c9a227" stroke-width="8"/>
  <circle cx="100" cy="95" r="38" fill="#f2c14e"/>
  <path d="M45 165 Q100 135 155 165 M55 188 Q100 162 145 188" fill="none" stroke="#fff" stroke-width="8"/>
</svg>`;

const YEAR = new Date().getFullYear() + 1;

interface Id {
  id: string;
}

/**
 * The issuers in Pengaturan and who issues and signs each document on the
 * trip page, in Chromium over the real handlers: what the user sees, and the
 * README's screenshots of both.
 */
suite('issuers and signers, end to end', () => {
  const e2e = useE2E({ per: 'file', context: { viewport: { width: 1280, height: 900 }, locale: 'id-ID', deviceScaleFactor: 1 } });
  let tripId = '';
  let officeId = '';

  /** The page scrolls inside .main: a window as tall as its content shows all of it in one picture. */
  async function tall(shoot: () => Promise<unknown>) {
    const page = e2e.page;
    const height = await page.locator('.main').evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.min(height, 8000) });
    await shoot();
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    const office = await e2e.call<Id>('institutions.create', {
      kind: 'own',
      name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
      regionCode: '51.08',
      address: 'Jl. Pahlawan No. 1, Singaraja, Bali 81113',
    });
    officeId = office.id;
    await e2e.call('issuers.update', {
      institutionId: office.id,
      level: 'agency',
      patch: {
        phone: '(0362) 21985',
        email: 'kominfosanti@bulelengkab.go.id',
        website: 'kominfosanti.bulelengkab.go.id',
        placeOfIssue: 'Singaraja',
        register: { template: '{kode}/{nomor}/{unit}/{tahun}', unit: 'Kominfosanti', codes: { report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.1', letter: '000.1.2.3' }, perKind: false },
      },
    });
    await e2e.call('issuers.update', { institutionId: office.id, level: 'secretariat', patch: { address: 'Jl. Pahlawan No. 1, Singaraja, Bali 81113', placeOfIssue: 'Singaraja' } });
    await e2e.call('issuers.update', { institutionId: office.id, level: 'regional_head', patch: { placeOfIssue: 'Singaraja' } });
    const signer = (level: string, seat: string, jabatan: string, name: string, pangkat: string, nip: string) =>
      e2e.call<Id>('signers.create', { institutionId: office.id, level, seat, jabatan, name, pangkat, nip, acting: '', personId: null });
    await signer('regional_head', 'regional_head', 'Bupati Buleleng', 'dr. I Nyoman Sutjidra, Sp.OG.', '', '');
    await signer('secretariat', 'regional_secretary', 'Sekretaris Daerah', 'Gede Suyasa, S.T., M.T.', 'Pembina Utama Madya (IV/d)', '196903191996031001');
    await signer('agency', 'agency_head', 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik', 'Ketut Suwarmawan, S.STP., M.AP.', 'Pembina Tingkat I (IV/b)', '197808171997031002');
    await signer('agency', 'agency_secretary', 'Sekretaris Dinas Komunikasi, Informatika, Persandian dan Statistik', 'Ni Made Dwi Pratiwi, S.Kom.', 'Pembina (IV/a)', '198505122010012015');

    const trip = await e2e.call<Id>('trips.create', {
      title: 'Studi Komparasi Command Center ke Kota Malang',
      startDate: `${YEAR}-04-24`,
      endDate: `${YEAR}-04-25`,
      originInstitutionId: office.id,
      hostRegionCodes: ['35.73'],
      background: 'Pemerintah Kabupaten Buleleng sedang membangun pusat kendali layanan publik.',
      purpose: 'Mempelajari penyelenggaraan Ngalam Command Center.',
      objectives: 'Memperoleh praktik baik integrasi layanan 112, CCTV dan aduan warga.',
      scope: 'Tata kelola, aplikasi dan sumber daya manusia command center.',
      legalBasis: ['DPA-SKPD Dinas Kominfosanti Kabupaten Buleleng Tahun Anggaran ' + YEAR],
    });
    tripId = trip.id;
    const host = await e2e.call<Id>('institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
    await e2e.call('hosts.add', { tripId, institutionId: host.id });
    const receiver = await e2e.call<Id>('people.create', { kind: 'host_official', name: 'Muhammad Nur Widianto', jabatan: 'Kepala Dinas Kominfo Kota Malang', institutionId: host.id });
    await e2e.call('hostPeople.add', { tripId, personId: receiver.id, hostRole: 'receiver' });
    await e2e.call('venues.create', { tripId, institutionId: host.id, name: 'Ngalam Command Center', address: 'Balai Kota Malang' });
    await e2e.call('agenda.create', {
      tripId,
      kind: 'site_visit',
      title: 'Kunjungan ke Ngalam Command Center',
      venueText: 'Ngalam Command Center',
      startLocal: `${YEAR}-04-24T13:30`,
      startZone: 'Asia/Jakarta',
      endLocal: `${YEAR}-04-24T15:00`,
    });
    const learning = await e2e.call<Id>('learnings.create', {
      tripId,
      topic: 'Ngalam Command Center',
      hostPractice: 'Satu ruang kendali untuk layanan darurat 112, CCTV dan aduan warga.',
      applicability: 'Dapat diterapkan bertahap di Buleleng.',
      recommendation: 'Menyusun kajian pusat kendali terpadu.',
      responsibleUnit: 'Dinas Kominfosanti',
    });
    await e2e.call('followups.create', { learningId: learning.id, action: 'Menyusun kajian pusat kendali terpadu', ownerUnit: 'Bidang Aplikasi Informatika' });
    const wabup = await e2e.call<Id>('people.create', { kind: 'official', name: 'Gede Supriatna', titleSuffix: 'S.H.', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
    const kadis = await e2e.call<Id>('people.create', {
      kind: 'official',
      name: 'Ketut Suwarmawan',
      titlePrefix: '',
      titleSuffix: 'S.STP., M.AP.',
      employment: 'pns',
      nip: '197808171997031002',
      golongan: 'IV/b',
      eselon: 'II',
      jabatan: 'Kepala Dinas Kominfosanti',
    });
    const press = await e2e.call<Id>('people.create', { kind: 'journalist', name: 'Putu Ayu Lestari', mediaType: 'online', pressCard: 'UKW-12345' });
    await e2e.call('members.add', { tripId, personId: wabup.id, role: 'lead' });
    await e2e.call('members.add', { tripId, personId: kadis.id, role: 'member' });
    await e2e.call('members.add', { tripId, personId: press.id, role: 'journalist' });
    await e2e.call('numbers.issue', { tripId, kind: 'letter' });
  });

  it('Pengaturan shows the house style and the issuers of the own institution, with its kop, register and signers', async () => {
    const page = e2e.page;
    await page.goto(`${e2e.session.server.url}#/settings`);
    await page.getByRole('heading', { level: 2, name: 'Penerbit naskah' }).waitFor();
    await page.getByRole('tab', { name: 'Perangkat Daerah' }).click();
    await page.locator('.profile-emblem input[type=file]').setInputFiles({ name: 'lambang-buleleng.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SHIELD_SVG) });
    await page.getByText('Lambang daerah disimpan.').waitFor();
    const kop = page.getByRole('figure', { name: 'Pratinjau kop Perangkat Daerah' });
    await kop.getByText('DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK').waitFor();
    await kop.getByText('PEMERINTAH KABUPATEN BULELENG').waitFor();
    await page.getByText('Ketut Suwarmawan, S.STP., M.AP.').waitFor();
    expect(await page.getByLabel('Contoh nomor Surat Perintah Tugas').textContent()).toBe(`800.1.11.1/1/Kominfosanti/${new Date().getFullYear()}`);
    // Toasts are transient: wait until they are gone before the picture.
    await expect.poll(() => page.locator('.toast').count(), { timeout: 10_000 }).toBe(0);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await tall(async () => page.screenshot({ path: join(SCREENSHOTS, 'settings-profile.png') }));
    }

    // The Kepala Daerah's kop jabatan without a Garuda: a marked gap.
    await page.getByRole('tab', { name: 'Kepala Daerah' }).click();
    await page.getByRole('figure', { name: 'Pratinjau kop Kepala Daerah' }).getByRole('img', { name: 'Garuda belum ada' }).waitFor();
    const issuers = await e2e.call<Array<{ level: string; emblem: unknown }>>('issuers.list', { institutionId: officeId });
    expect(issuers.find((i) => i.level === 'agency')?.emblem).not.toBeNull();
  });

  it('the trip page shows who issues and signs each document; an outranked signer is warned about and the suggestion fixes it', async () => {
    const page = e2e.page;
    await page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    const signing = page.getByRole('region', { name: 'Penerbit dan penanda tangan' });
    await signing.waitFor();
    // Sections far down the page read once they come near the view, as the user scrolls to them.
    await signing.scrollIntoViewIfNeeded();
    const spt = signing.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: 'Surat Perintah Tugas' }) });
    await spt.getByText('dr. I Nyoman Sutjidra, Sp.OG.').waitFor();

    if (SCREENSHOTS) {
      const documents = page.getByRole('region', { name: 'Dokumen', exact: true });
      await documents.getByRole('region', { name: /Kesiapan dokumen|Siap diekspor/ }).waitFor();
      await page.mouse.move(0, 0);
      await tall(async () => documents.screenshot({ path: join(SCREENSHOTS, 'documents.png') }));
    }

    // Sign the SPT by the Sekda: a Wakil Bupati travels, so he is outranked.
    await spt.getByRole('button', { name: 'Ubah penerbit dan penanda tangan Surat Perintah Tugas' }).click();
    await spt.getByLabel('Penerbit (kop)').selectOption({ label: 'Sekretariat Daerah' });
    await spt.getByLabel('Penanda tangan', { exact: true }).selectOption({ label: 'Gede Suyasa, S.T., M.T. — Sekretaris Daerah' });
    await spt.getByRole('button', { name: 'Terapkan' }).click();
    const warnings = spt.getByRole('list', { name: 'Peringatan Surat Perintah Tugas' });
    await warnings.getByText(/lebih rendah dari Gede Supriatna, S\.H\./).waitFor();
    await expect.poll(() => page.locator('.toast').count(), { timeout: 10_000 }).toBe(0);
    if (SCREENSHOTS) {
      await page.mouse.move(0, 0);
      await tall(async () => spt.screenshot({ path: join(SCREENSHOTS, 'signing-warning.png') }));
    }

    await warnings.getByRole('button', { name: 'Pakai dr. I Nyoman Sutjidra, Sp.OG. (Kepala Daerah)' }).click();
    await expect.poll(() => warnings.count()).toBe(0);
    const s = await e2e.call<{ docs: { spt: { level: string; warnings: unknown[] } } }>('signing.get', { tripId });
    expect(s.docs.spt).toMatchObject({ level: 'regional_head', warnings: [] });
  });
});
