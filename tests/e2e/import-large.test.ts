/**
 * Imports that finish or say why, in the real renderer under the app's CSP:
 * an .xlsx of 2,000 staff × 8 columns (over 512 KiB of sheet XML: fflate's
 * asynchronous unzip wanted a blob: worker the CSP forbids, and the import
 * hung on "Membaca …"), a 20,000-row CSV, a zip bomb refused with its message,
 * and a UTF-16 CSV (Excel's "Unicode Text") read as what it says.
 */
import { expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import { suite, useE2E } from './harness';

const NAMES = ['Wayan', 'Made', 'Nyoman', 'Ketut', 'Putu', 'Kadek', 'Komang', 'Gede'];

function staff(n: number): string[][] {
  const rows = [['Nama', 'NIP', 'Pangkat/Gol', 'Jabatan', 'Unit Kerja', 'No HP', 'Email', 'Keterangan']];
  for (let i = 0; i < n; i++) {
    const nip = `19${60 + (i % 20)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}200${i % 10}${String(1 + (i % 12)).padStart(2, '0')}${1 + (i % 2)}${String(1 + Math.floor(i / 240)).padStart(3, '0')}`;
    rows.push([
      `${NAMES[i % 8]} Staf Nomor ${i + 1}`,
      nip,
      'III/b',
      'Pranata Komputer Ahli Pertama',
      'Dinas Komunikasi, Informatika, Persandian dan Statistik',
      `0812${String(i).padStart(8, '0')}`,
      `staf${i + 1}@bulelengkab.go.id`,
      'Peserta bimbingan teknis keamanan informasi tahun 2026',
    ]);
  }
  return rows;
}

suite('importing large and odd spreadsheets through the UI', () => {
  const e2e = useE2E();

  async function importFile(file: { name: string; mimeType: string; buffer: Buffer }, journalists = false): Promise<void> {
    await e2e.page.goto(`${e2e.session.server.url}#/directory/import`);
    if (journalists) await e2e.page.getByRole('radio', { name: /Awak media/ }).check();
    await e2e.page.getByLabel('Pilih berkas').setInputFiles(file);
  }

  const count = (kind: string) =>
    e2e.session.app.db.prepare(`SELECT count(*) FROM people WHERE kind = ? AND deleted_at IS NULL`).pluck().get(kind) as number;

  it('imports 2,000 staff from an .xlsx with over 512 KiB of sheet XML', { timeout: 300_000 }, async () => {
    const rows = staff(2000);
    const buffer = (await writeXlsxFile(rows.map((r) => r.map((value) => ({ value, type: String })))).toBuffer());
    const sheetXml = Object.entries(unzipSync(new Uint8Array(buffer))).find(([k]) => k.startsWith('xl/worksheets/'))?.[1];
    expect(sheetXml?.length ?? 0).toBeGreaterThan(512 * 1024);
    await importFile({ name: 'staf-kominfo.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await e2e.page.getByRole('heading', { level: 2, name: 'Cocokkan kolom' }).waitFor({ timeout: 120_000 });
    await e2e.page.getByRole('button', { name: 'Periksa data' }).click();
    await e2e.page.getByRole('button', { name: /^Impor 2[.,]?000 orang$/ }).click({ timeout: 120_000 });
    await e2e.page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor({ timeout: 120_000 });
    expect(count('official')).toBe(2000);
  });

  it('imports 20,000 rows from a CSV', { timeout: 300_000 }, async () => {
    const rows = staff(20000).map((r) => r.map((c) => `"${c}"`).join(';'));
    const before = count('official');
    await importFile({ name: 'staf-besar.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`) });
    await e2e.page.getByRole('heading', { level: 2, name: 'Cocokkan kolom' }).waitFor({ timeout: 120_000 });
    await e2e.page.getByTestId('import-encoding').getByText('Dibaca sebagai UTF-8.').waitFor();
    await e2e.page.getByRole('button', { name: 'Periksa data' }).click();
    // The first test's 2,000 NIPs come back as updates or duplicates; every other row is new.
    await e2e.page.getByRole('button', { name: /^Impor [\d.]+ orang$/ }).click({ timeout: 180_000 });
    await e2e.page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor({ timeout: 180_000 });
    expect(count('official') - before).toBeGreaterThanOrEqual(18000);
  });

  it('refuses a zip bomb with a message, and reads a UTF-16 CSV as Excel’s “Unicode Text” writes it', { timeout: 120_000 }, async () => {
    // One sheet that would unpack to 210 MB of zeros: refused from its headers, nothing inflated.
    const bomb = Buffer.from(
      zipSync(
        {
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'xl/worksheets/sheet1.xml': new Uint8Array(210 * 1024 * 1024),
        },
        { level: 1 },
      ),
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await importFile({ name: 'bom.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb });
    await e2e.page.getByText(/terlalu besar bila dibuka/).waitFor();

    const text = 'Nama\tMedia\nNi Luh Putu Ariés\tRadar Bali\nI Gede Ñoman\tBali Post\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await importFile({ name: 'wartawan.txt', mimeType: 'text/plain', buffer: utf16 }, true);
    await e2e.page.getByRole('heading', { level: 2, name: 'Cocokkan kolom' }).waitFor();
    await e2e.page.getByText('Dibaca sebagai UTF-16 LE.').waitFor();
    await e2e.page.getByRole('button', { name: 'Periksa data' }).click();
    await e2e.page.getByRole('button', { name: 'Impor 2 orang' }).click();
    await e2e.page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor();
    const names = e2e.session.app.db.prepare(`SELECT name FROM people WHERE kind = 'journalist' ORDER BY name`).pluck().all();
    expect(names).toEqual(['I Gede Ñoman', 'Ni Luh Putu Ariés']);
  });
});
