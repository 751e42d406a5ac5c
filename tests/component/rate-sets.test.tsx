import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { App as MainApp } from '../../main/app';
import { rateSetToRows } from '../../shared/money/csv';
import { SAMPLE_RATE_SET } from '../../shared/money/sample-rates';
import type { RateSet, RateSetRecord } from '../../shared/money/schemas';
import { parseCsv } from '../../renderer/src/import/readFile';
import { call } from '../helpers/dispatch';
import { renderAt, startHarness, type Harness } from './harness';
import { catchDownloads } from '../helpers/downloads';

/*
 * Standar biaya (#/rates) over the real handlers: the sample, one set's view,
 * its edit, the spreadsheet import with its preview, export and delete/undo.
 */

type User = Harness['user'];

const OWN: RateSet = { ...SAMPLE_RATE_SET, id: 'unused', name: 'Perbup Buleleng 62/2024 — Standar Biaya 2026', sample: false, legalBasis: ['Perbup Buleleng 62/2024'], notes: '' };

const toCsv = (rows: string[][]) => `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}`;
const csvFile = (text: string, name = 'standar-biaya.csv') => new File([text], name, { type: 'text/csv' });

/** The set's rows with the NTB hotel row's region made unknown; answers the rows and that row's number. */
function rowsWithBadRegion(): { rows: string[][]; bad: number } {
  const rows = rateSetToRows(OWN);
  const i = rows.findIndex((r) => r[0] === 'Biaya Penginapan' && r[2] === '52');
  const row = rows[i];
  if (!row) throw new Error('no NTB hotel row');
  row[2] = '';
  row[3] = 'Atlantis';
  return { rows, bad: i + 1 };
}

const list = () => screen.findByRole('list', { name: 'Daftar standar biaya' });
const rowOf = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
const serverSets = (app: MainApp) => call(app, 'rateSets.list', {});

async function addSample(user: User): Promise<void> {
  renderAt('#/rates');
  await screen.findByRole('heading', { name: 'Belum ada standar biaya' });
  await user.click(screen.getByRole('button', { name: 'Tambah contoh' }));
  await list();
}

async function openEdit(user: User): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Ubah' }));
  return screen.findByRole('dialog', { name: 'Ubah standar biaya' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Standar biaya: the list and one set', () => {
  it('adds the sample from the empty state, marked as a sample; opens it with Enter and shows a hotel ceiling in rupiah', async () => {
    const { app, user } = await startHarness();
    renderAt('#/rates');
    expect(await screen.findByRole('heading', { name: 'Belum ada standar biaya' })).toBeTruthy();
    expect(screen.getByText(/tabel tarif perjalanan dinas yang ditetapkan daerah/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Impor dari spreadsheet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tambah contoh' }));

    const ul = await list();
    const row = within(ul).getByRole('listitem');
    expect(row.querySelector('.rates-sample-mark')?.textContent).toBe('Contoh — bukan tarif resmi');
    expect(row.textContent).toContain('Berlaku 1 Januari – 31 Desember 2026');
    expect(row.textContent).toContain('6 tingkat');
    expect(row.textContent).toContain('4 wilayah tujuan');
    expect((await serverSets(app)).map((s) => s.sample)).toEqual([true]);

    // The row is the list's tab stop; Enter opens the set.
    row.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoh — bukan tarif resmi' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('bukan tarif resmi');
    expect(screen.getByText('Ubah tarif: ekspor, ubah di spreadsheet, impor kembali sebagai versi baru.')).toBeTruthy();
    const levels = screen.getByRole('region', { name: 'Tingkat biaya' });
    expect(within(levels).getByText('Tingkat D — Eselon III / Golongan IV')).toBeTruthy();
    expect(within(levels).getByText(/IV\/a – IV\/e/)).toBeTruthy();

    const tables = screen.getByRole('region', { name: 'Tabel tarif' });
    await user.click(within(tables).getByRole('tab', { name: 'Penginapan' }));
    const bali = tables.querySelector<HTMLElement>('tr[data-region="51"]');
    expect(bali).not.toBeNull();
    expect(within(bali!).getByRole('rowheader').textContent).toContain('Bali');
    expect(within(bali!).getAllByText('Rp7.328.000')).toHaveLength(2);
    expect(within(bali!).getAllByText('Rp1.138.000')).toHaveLength(2);

    // The filter finds a destination by name.
    await user.type(within(tables).getByLabelText('Cari wilayah'), 'jawa');
    await waitFor(() => expect(tables.querySelectorAll('tbody tr[data-region]')).toHaveLength(1));
    expect(tables.querySelector('tr[data-region="35"]')).not.toBeNull();
  });

  it('saves an edited name (still there after a reload) and names validTo when it is before validFrom', async () => {
    const { app, user } = await startHarness();
    await addSample(user);
    const [sample] = await serverSets(app);
    cleanup();
    renderAt(`#/rates/${sample!.id}`);

    let dlg = await openEdit(user);
    const name = within(dlg).getByLabelText('Nama');
    await user.clear(name);
    await user.type(name, 'Perbup Buleleng 62/2024 (uji)');
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Perbup Buleleng 62/2024 (uji)' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await call(app, 'rateSets.get', { id: sample!.id })).name).toBe('Perbup Buleleng 62/2024 (uji)');

    cleanup();
    renderAt(`#/rates/${sample!.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Perbup Buleleng 62/2024 (uji)' })).toBeTruthy();

    dlg = await openEdit(user);
    const validTo = within(dlg).getByLabelText<HTMLInputElement>('Berlaku sampai');
    await user.clear(validTo);
    await user.type(validTo, '31/12/2025');
    await user.tab();
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    expect(await within(dlg).findByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeTruthy();
    expect(validTo.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(validTo);
    expect((await call(app, 'rateSets.get', { id: sample!.id })).validTo).toBe('2026-12-31');

    // Escape closes the dialog, nothing saved.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('deletes a set with a way back', async () => {
    const { app, user } = await startHarness();
    await addSample(user);
    await user.click(screen.getByRole('button', { name: 'Hapus Contoh — bukan tarif resmi' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Standar biaya “Contoh — bukan tarif resmi” dihapus.'));
    expect(await serverSets(app)).toEqual([]);
    expect(await screen.findByRole('heading', { name: 'Belum ada standar biaya' })).toBeTruthy();

    await user.click(within(status).getByRole('button', { name: 'Urungkan' }));
    const ul = await list();
    expect(within(ul).getAllByRole('listitem')).toHaveLength(1);
    expect((await serverSets(app)).map((s) => s.name)).toEqual(['Contoh — bukan tarif resmi']);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-rate-set-row')).toBe(SAMPLE_RATE_SET.id));

    // From the keyboard: Delete on the row, Ctrl+Z while the toast shows.
    await user.keyboard('{Delete}');
    await waitFor(async () => expect(await serverSets(app)).toEqual([]));
    await screen.findByRole('heading', { name: 'Belum ada standar biaya' });
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect((await serverSets(app)).length).toBe(1));
    expect(within(await list()).getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('Standar biaya: import and export', () => {
  it('previews a file with a bad row (row number and reason, Simpan off, nothing written), then saves the fixed file', async () => {
    const { app, user } = await startHarness();
    renderAt('#/rates');
    await user.click(await screen.findByRole('button', { name: 'Impor dari spreadsheet' }));
    let dlg = await screen.findByRole('dialog', { name: 'Impor standar biaya' });

    const { rows, bad } = rowsWithBadRegion();
    await user.upload(within(dlg).getByLabelText('Berkas spreadsheet'), csvFile(toCsv(rows)));
    expect(await within(dlg).findByText('1 baris salah. Perbaiki di spreadsheet lalu pilih berkasnya lagi; Simpan aktif setelah semua baris benar.')).toBeTruthy();
    const badRows = within(dlg).getByRole('list', { name: 'Baris yang salah dan alasannya' });
    const items = within(badRows).getAllByRole('listitem').filter((li) => li.dataset.row !== undefined);
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain(`Baris ${bad}`);
    expect(items[0]!.textContent).toContain('Tabel tarif');
    expect(items[0]!.textContent).toContain('Wilayah tidak dikenal: tulis nama atau kode provinsi/kabupaten/kota.');
    expect(within(dlg).getByRole<HTMLButtonElement>('button', { name: 'Simpan' }).disabled).toBe(true);
    expect(await serverSets(app)).toEqual([]);

    // The fixed file: the set as it would be saved, then saved.
    await user.upload(within(dlg).getByLabelText('Berkas spreadsheet'), csvFile(toCsv(rateSetToRows(OWN))));
    expect(await within(dlg).findByText('Semua baris benar. Tekan Simpan untuk menyimpannya sebagai standar biaya baru.')).toBeTruthy();
    expect(within(dlg).getByText(OWN.name)).toBeTruthy();
    expect(within(dlg).getByText('4 wilayah tujuan')).toBeTruthy();
    expect(within(dlg).getByText('Tingkat A — Pejabat Negara')).toBeTruthy();
    expect(within(dlg).queryByRole('list', { name: 'Baris yang salah dan alasannya' })).toBeNull();
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rowOf(OWN.name)).toBeTruthy();
    const saved = await serverSets(app);
    expect(saved.map((s) => [s.name, s.sample])).toEqual([[OWN.name, false]]);

    // Ctrl+I opens the import again; Escape closes it.
    await user.keyboard('{Control>}i{/Control}');
    dlg = await screen.findByRole('dialog', { name: 'Impor standar biaya' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('reads an .xlsx in the same layout', async () => {
    const { app, user } = await startHarness();
    renderAt('#/rates');
    await user.click(await screen.findByRole('button', { name: 'Impor dari spreadsheet' }));
    const dlg = await screen.findByRole('dialog', { name: 'Impor standar biaya' });
    const cells = rateSetToRows(OWN).map((r) => r.map((value) => (value === '' ? null : { value, type: String })));
    const buffer = await writeXlsxFile(cells).toBuffer();
    const xlsx = new File([new Uint8Array(buffer)], 'Standar Biaya 2026.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(within(dlg).getByLabelText('Berkas spreadsheet'), xlsx);
    expect(await within(dlg).findByText('Semua baris benar. Tekan Simpan untuk menyimpannya sebagai standar biaya baru.')).toBeTruthy();
    await user.click(within(dlg).getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect((await serverSets(app)).map((s) => s.destinations.length)).toEqual([OWN.destinations.length]));
  });

  it('exports a set as CSV text that imports back to the same set', async () => {
    const { app, user } = await startHarness();
    await addSample(user);
    const download = catchDownloads('blob:rates');

    await user.click(screen.getByRole('button', { name: 'Ekspor Contoh — bukan tarif resmi sebagai CSV' }));
    await waitFor(() => expect(download.click).toHaveBeenCalledTimes(1));
    expect(download.fileName).toMatch(/^Standar Biaya 2026 .*\.csv$/);
    const bytes = new Uint8Array(await download.blob!.arrayBuffer());
    // UTF-8 with a BOM, as Excel in an Indonesian locale opens it.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);

    const preview = await call(app, 'rateSets.importPreview', { rows: parseCsv(text) });
    const record: RateSetRecord = (await serverSets(app))[0]!;
    const stored: Partial<RateSetRecord> = { ...record };
    delete stored.id;
    delete stored.createdAt;
    delete stored.updatedAt;
    expect(preview.rows.filter((r) => r.status === 'invalid')).toEqual([]);
    expect(preview.set).toEqual(stored);
  });
});
