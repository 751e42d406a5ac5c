import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download, Route } from 'playwright-core';
import { tempDir } from '../helpers/db';
import { readDocx } from '../helpers/docx';
import { suite, useE2E } from './harness';

const TITLE = 'Studi Komparasi Command Center ke Kota Malang';
const MEMBERS = ['Ketut Suwarmawan', 'Ni Made Dwi Pratiwi'];
/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/export-dialog*.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;

/**
 * Exporting from the trip page in browser mode: choose documents in the
 * dialog, watch them being built one by one, receive them as downloads and
 * read them back; and Cancel stopping after the document in progress.
 */
suite('exporting documents from the trip page, end to end', () => {
  const e2e = useE2E({ per: 'file', context: { viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true } });
  let tripId = '';
  const downloads: Download[] = [];
  const buildCalls: string[] = [];
  /** While set, the docs.build request numbered `at` (from 1) waits in `take` until the test lets it go. */
  let hold: { at: number; take: (route: Route) => void } | null = null;
  const out = tempDir('rombongan-downloads-');

  beforeAll(async () => {
    const trip = await e2e.call<{ id: string }>('trips.create', { title: TITLE, startDate: '2025-04-24', endDate: '2025-04-25', hostRegionCodes: ['35.73'] });
    tripId = trip.id;
    const host = await e2e.call<{ id: string }>('institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
    await e2e.call('hosts.add', { tripId, institutionId: host.id });
    const people: Array<[string, string, string, string]> = [
      [MEMBERS[0] as string, '197808171997031002', 'IV/b', 'Kepala Dinas Kominfosanti'],
      [MEMBERS[1] as string, '198505122010012015', 'III/d', 'Kepala Bidang Informasi dan Komunikasi Publik'],
    ];
    for (const [i, [name, nip, golongan, jabatan]] of people.entries()) {
      const p = await e2e.call<{ id: string }>('people.create', { kind: 'official', name, nip, golongan, jabatan, employment: 'pns' });
      await e2e.call('members.add', { tripId, personId: p.id, role: i === 0 ? 'lead' : 'member' });
    }
    await e2e.call('agenda.create', {
      tripId,
      kind: 'site_visit',
      title: 'Kunjungan ke Ngalam Command Center',
      startLocal: '2025-04-24T13:30',
      startZone: 'Asia/Jakarta',
      endLocal: '2025-04-24T15:00',
    });
    await e2e.call('learnings.create', { tripId, topic: 'Ngalam Command Center', figures: [{ label: 'Beroperasi sejak', value: '2016' }] });

    e2e.page.on('download', (d) => downloads.push(d));
    await e2e.page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { operation: string; input: { kind?: string } };
      if (body.operation === 'docs.build') {
        buildCalls.push(body.input.kind ?? '');
        if (hold && hold.at === buildCalls.length) {
          const { take } = hold;
          hold = null;
          take(route);
          return;
        }
      }
      await route.continue();
    });
  });
  afterAll(() => {
    out.cleanup();
  });

  async function openDialog() {
    await e2e.page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    await e2e.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const documents = e2e.page.locator('section').filter({ has: e2e.page.getByRole('heading', { level: 2, name: 'Dokumen' }) });
    await documents.getByRole('button', { name: 'Ekspor dokumen' }).click();
    await e2e.page.getByRole('dialog', { name: 'Ekspor dokumen' }).waitFor();
    // Named by its heading, which says "done" at the end: follow the one dialog.
    return e2e.page.getByRole('dialog');
  }

  it('exports the report and the rundown as two downloads whose texts are the trip', async () => {
    // The files come as files (POST /api/download), never as base64 in an invoke's JSON.
    const fileCalls: string[] = [];
    e2e.page.on('request', (req) => {
      if (req.url().endsWith('/api/download')) fileCalls.push('download');
      else if (req.url().endsWith('/api/invoke') && (req.postDataJSON() as { operation?: string } | null)?.operation === 'docs.fetch') fileCalls.push('docs.fetch');
    });
    const dialog = await openDialog();
    const report = dialog.getByRole('checkbox', { name: 'Laporan Hasil Studi Komparasi' });
    const rundown = dialog.getByRole('checkbox', { name: 'Jadwal Acara' });
    expect(await report.isChecked()).toBe(true); // preselected
    expect(await rundown.isChecked()).toBe(false);
    // The first choice has focus, as in the other dialogs.
    expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);
    await rundown.check();
    if (SCREENSHOTS) await e2e.page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-choose.png') });
    await dialog.getByRole('button', { name: 'Ekspor 2 dokumen' }).click();

    // The report's daftar isi is paged by a LibreOffice render first: wait as long as a user would.
    await dialog.getByRole('heading', { name: 'Dokumen selesai dibuat' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => downloads.length).toBe(2);
    expect(buildCalls).toEqual(['report', 'rundown']);
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names).toEqual(['2025-04-24 Laporan Studi Komparasi Kota Malang.docx', '2025-04-24 Jadwal Acara Kota Malang.docx']);

    const texts: string[] = [];
    for (const d of downloads) {
      const file = join(out.dir, d.suggestedFilename());
      await d.saveAs(file);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      texts.push(readDocx(bytes).text);
    }
    const [reportText, rundownText] = texts as [string, string];
    expect(reportText).toContain('Kota Malang');
    for (const name of MEMBERS) expect(reportText).toContain(name);
    expect(reportText).toContain('Ngalam Command Center');
    expect(rundownText).toContain('Kunjungan ke Ngalam Command Center');
    expect(rundownText).toMatch(/13[.:]30/);

    // Each document says how much is still missing (no kop, numbers or signatories yet).
    const results = dialog.getByRole('listitem');
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).textContent()).toMatch(/Laporan Hasil Studi Komparasi.*\d+ bagian belum diisi/);
    await dialog.getByText('Periksa daftar Kesiapan dokumen').waitFor();
    expect(await dialog.getByRole('button', { name: 'Unduh lagi Jadwal Acara' }).count()).toBe(1);
    expect(fileCalls).toEqual(['download', 'download']);
    // Main let go of each file once downloaded; "Unduh lagi" offers the one the page kept, asking main nothing.
    await dialog.getByRole('button', { name: 'Unduh lagi Jadwal Acara' }).click();
    await expect.poll(() => downloads.length).toBe(3);
    expect(downloads[2]?.suggestedFilename()).toBe('2025-04-24 Jadwal Acara Kota Malang.docx');
    expect(fileCalls).toEqual(['download', 'download']);
    await dialog.getByRole('button', { name: 'Tutup' }).focus();

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await e2e.page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-done.png') });
    }

    // Enter on the focused Tutup closes the dialog, and focus goes back to the button.
    expect(await dialog.getByRole('button', { name: 'Tutup' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await e2e.page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(e2e.errors).toEqual([]);
  }, 180_000);

  it('shows progress document by document, and Cancel stops after the one being built', async () => {
    downloads.length = 0;
    buildCalls.length = 0;
    const dialog = await openDialog();
    // Every document: the seven letters and report, and the six money papers (Keuangan (SPJ)).
    await dialog.getByRole('button', { name: 'Pilih semua' }).click();
    let held: Route | undefined;
    const arrived = new Promise<void>((ok) => {
      hold = {
        at: 3,
        take: (route) => {
          held = route;
          ok();
        },
      };
    });
    await dialog.getByRole('button', { name: 'Ekspor 13 dokumen' }).click();
    await arrived;

    const status = dialog.getByRole('status');
    // Two are built; the third is on its way to main and waits there.
    expect(await status.textContent()).toBe('Membuat 3 dari 13: Surat Tugas (non-ASN)…');
    const bar = dialog.getByRole('progressbar', { name: 'Kemajuan ekspor' });
    expect([await bar.getAttribute('value'), await bar.getAttribute('max')]).toEqual(['2', '13']);
    if (SCREENSHOTS) await e2e.page.screenshot({ path: join(SCREENSHOTS, 'export-dialog.png') });

    // The page is not frozen: the dialog still answers while main works on the third.
    await dialog.getByRole('button', { name: 'Batalkan' }).click();
    expect(await status.textContent()).toBe('Membatalkan setelah dokumen ini selesai…');
    await (held as Route).continue();

    await expect.poll(() => dialog.count()).toBe(0);
    expect(buildCalls).toEqual(['report', 'spt', 'spt_non_asn']);
    expect(downloads).toEqual([]);
    expect(e2e.errors).toEqual([]);
  }, 180_000);

  it('exports the preselected report on Enter from the checkboxes', async () => {
    downloads.length = 0;
    buildCalls.length = 0;
    const dialog = await openDialog();
    await e2e.page.keyboard.press('Enter');
    // The report's daftar isi is paged by a LibreOffice render first: wait as long as a user would.
    await dialog.getByRole('heading', { name: 'Dokumen selesai dibuat' }).waitFor({ timeout: 120_000 });
    expect(buildCalls).toEqual(['report']);
    await expect.poll(() => downloads.length).toBe(1);
    expect(downloads[0]?.suggestedFilename()).toBe('2025-04-24 Laporan Studi Komparasi Kota Malang.docx');
    await e2e.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  }, 180_000);

  it('closes on Escape before anything is built', async () => {
    buildCalls.length = 0;
    const dialog = await openDialog();
    await e2e.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(buildCalls).toEqual([]);
    const button = e2e.page.getByRole('button', { name: 'Ekspor dokumen' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
