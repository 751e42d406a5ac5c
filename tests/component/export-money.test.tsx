/**
 * The money papers in the trip's documents (issue 15 items 4 and 5), as the
 * desktop app runs them over the real handlers and a real database: the
 * readiness panel lists their gaps under "Keuangan (SPJ)" with where each is
 * fixed (the budget section, the SPPD's row of the numbers panel), the SPPD
 * is numbered there, and the export dialog offers the six papers in their own
 * group, with their gaps, and saves real .docx files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { App as MainApp } from '../../main/app';
import type { Desktop } from '../../main/documents/export';
import { MONEY_GAP_CODES } from '../../main/docs/spj/gaps';
import { i18n, runtimeKey } from '../../renderer/src/i18n';
import { DocumentsSection } from '../../renderer/src/documents/DocumentsSection';
import { ToastProvider } from '../../renderer/src/components/Toasts';
import { tempDir } from '../helpers/db';
import { readDocx } from '../helpers/docx';
import { afterTest, startHarness } from './harness';
import { call } from '../helpers/dispatch';

class FakeDesktop implements Desktop {
  folders: Array<string | null> = [];
  chooseSaveFile(): Promise<string | null> {
    return Promise.resolve(null);
  }
  chooseFolder(): Promise<string | null> {
    return Promise.resolve(this.folders.shift() ?? null);
  }
  showItemInFolder(): void {}
}

let app: MainApp | null = null;

/** Buleleng → Kota Malang with two civil servants and the sample rates; no PPK, no DPA line, no SPPD number yet. */
async function start() {
  const desktop = new FakeDesktop();
  app = (await startHarness({ mode: 'electron', desktop })).app;
  await call(app, 'rateSets.addSample', {});
  const origin = await call(app, 'institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
  const trip = await call(app, 'trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2026-04-23', endDate: '2026-04-24', originInstitutionId: origin.id, hostRegionCodes: ['35.73'] });
  for (const [name, eselon, golongan] of [['Ketut Suwarmawan', 'II', 'IV/c'], ['Made Arsana', 'IV', 'III/d']] as const) {
    await call(app, 'members.addNew', { tripId: trip.id, role: 'member', person: { kind: 'official', name, employment: 'pns', eselon, golongan, jabatan: 'Kepala Seksi' } });
  }
  const detail = await call(app, 'trips.detail', { id: trip.id });
  const folder = tempDir('rombongan-export-money-');
  afterTest(folder.cleanup);
  render(
    <ToastProvider>
      <DocumentsSection detail={detail} />
      {/* The budget section's wrapper, where the money gaps are fixed (built by the money area). */}
      <section id="trip-budget">
        <h2>Anggaran perjalanan</h2>
      </section>
    </ToastProvider>,
  );
  return { desktop, tripId: trip.id, folder: folder.dir, user: userEvent.setup() };
}

describe('the money papers among the trip’s documents', () => {
  it('every money gap has its text in both languages', () => {
    for (const lng of ['id', 'en']) {
      for (const code of MONEY_GAP_CODES) {
        const key = `documents.gaps.${code}`;
        expect(i18n.exists(key, { lng, count: 2 }), `${lng} ${code}`).toBe(true);
        const text = i18n.t(runtimeKey(key), { lng, count: 2, names: 'A, B', amount: 'Rp2', ceiling: 'Rp1' });
        expect(text, `${lng} ${code}`).not.toMatch(/\{\{|documents\.gaps/);
      }
      for (const kind of ['sppd', 'cost_detail', 'receipt', 'allowance_list', 'real_expenses', 'budget_plan']) {
        expect(i18n.exists(`documents.kinds.${kind}`, { lng }), `${lng} ${kind}`).toBe(true);
      }
    }
  });

  it('lists their gaps under Keuangan (SPJ), each fixed where it is: the budget section, the SPPD’s number', async () => {
    const { tripId, user } = await start();
    const panel = await screen.findByRole('region', { name: /Kesiapan dokumen|Siap diekspor/ });
    const money = await within(panel).findByRole('region', { name: 'Keuangan (SPJ)' });
    const ppk = await within(money).findByText('Pejabat Pembuat Komitmen (PPK) perjalanan ini belum dipilih.');
    const ppkItem = ppk.closest('li') as HTMLElement;
    // The papers it shows in, as badges.
    expect(within(ppkItem).getByText('SPPD')).toBeTruthy();
    expect(within(ppkItem).getByText('Rencana anggaran')).toBeTruthy();
    await user.click(within(ppkItem).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement?.textContent).toBe('Anggaran perjalanan');

    const number = within(money).getByText('Nomor SPPD belum diterbitkan.').closest('li') as HTMLElement;
    await user.click(within(number).getByRole('button', { name: 'Perbaiki' }));
    expect(document.activeElement?.id).toBe('doc-number-sppd-issue');
    // Issued from the numbers panel like the letters' numbers: the gap goes.
    await user.click(document.activeElement as HTMLElement);
    const row = document.getElementById('doc-number-sppd') as HTMLElement;
    await within(row).findByText(/^000\.1\.2\.3\/\d+\/2026$/);
    await waitFor(() => expect(within(money).queryByText('Nomor SPPD belum diterbitkan.')).toBeNull());
    const issued = await call(app!, 'numbers.get', { tripId });
    expect(issued.issued.sppd?.kind).toBe('sppd');
  }, 60_000);

  it('offers the six papers under Keuangan (SPJ) with their gaps, and saves real .docx files', async () => {
    const { desktop, tripId, folder, user } = await start();
    const sppd = await call(app!, 'numbers.issue', { tripId, kind: 'sppd', issuedOn: '2026-04-20' });
    desktop.folders.push(folder);
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen' }));
    const d = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    const group = within(d).getByRole('group', { name: 'Keuangan (SPJ)' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('aria-labelledby') && document.getElementById(c.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      'Surat Perintah Perjalanan Dinas (SPPD)',
      'Rincian Biaya Perjalanan Dinas',
      'Kuitansi',
      'Daftar Penerimaan Uang Harian',
      'Daftar Pengeluaran Riil',
      'Rencana Anggaran Biaya',
    ]);
    // The gaps each paper will mark (no PPK, no DPA line), from the trip's readiness.
    const sppdBox = within(group).getByRole('checkbox', { name: 'Surat Perintah Perjalanan Dinas (SPPD)' });
    await waitFor(() => expect(document.getElementById(sppdBox.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/· \d+ kekurangan$/));
    // The letters are their own group.
    expect(within(within(d).getByRole('group', { name: 'Surat dan laporan' })).getAllByRole('checkbox')).toHaveLength(7);

    await user.click(within(d).getByRole('button', { name: 'Kosongkan' }));
    await user.click(sppdBox);
    await user.click(within(group).getByRole('checkbox', { name: 'Rincian Biaya Perjalanan Dinas' }));
    await user.click(within(d).getByRole('button', { name: 'Ekspor 2 dokumen' }));
    const done = await screen.findByRole('dialog', { name: 'Dokumen selesai dibuat' }, { timeout: 60_000 });
    expect(within(done).getByRole('status').textContent).toBe(`Disimpan di ${folder}`);
    const sppdFile = join(folder, '2026-04-23 Surat Perintah Perjalanan Dinas Kota Malang.docx');
    const costFile = join(folder, '2026-04-23 Rincian Biaya Perjalanan Dinas Kota Malang.docx');
    expect(within(done).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining(`Tersimpan sebagai ${sppdFile}`),
      expect.stringContaining(`Tersimpan sebagai ${costFile}`),
    ]);
    const text = readDocx(readFileSync(sppdFile)).text;
    // Each traveller's SPPD: the trip's register number and their place.
    expect(text).toContain(`${sppd.number}/1`);
    expect(text).toContain(`${sppd.number}/2`);
    expect(text).toContain('[Pejabat Pembuat Komitmen belum diisi]');
    expect(readDocx(readFileSync(costFile)).text).toContain('RINCIAN BIAYA PERJALANAN DINAS');
  }, 120_000);
});
