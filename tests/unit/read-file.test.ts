import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import {
  detectEncoding,
  decodeTextWith,
  guessDelimiter,
  parseCsv,
  readSpreadsheet,
  SpreadsheetError,
  unpackXlsx,
  withTimeout,
} from '../../renderer/src/import/readFile';

const TEXT = 'Nama\tMedia\nNi Luh Putu Ariés\tRadar Bali\nI Gede Ñoman\tBali Post\n';
const be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};
const ab = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('reading a CSV in whatever encoding Excel wrote it', () => {
  it('detects UTF-16 LE and BE with and without a BOM, UTF-8 with and without, and Windows-1252', () => {
    const cases: Array<[Uint8Array, string]> = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
      [Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be(TEXT)]), 'utf-16be'],
      [be(TEXT), 'utf-16be'],
      [Buffer.from(`\uFEFF${TEXT}`, 'utf8'), 'utf-8'],
      [Buffer.from(TEXT, 'utf8'), 'utf-8'],
      [Buffer.from(TEXT, 'latin1'), 'windows-1252'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(detectEncoding(bytes)).toBe(encoding);
      const d = decodeTextWith(ab(bytes));
      expect(d.encoding).toBe(encoding);
      expect(d.text).toBe(TEXT);
    }
  });

  it('finds tabs, semicolons and commas as delimiters, quotes honoured', () => {
    expect(guessDelimiter(TEXT)).toBe('\t');
    expect(parseCsv(TEXT)).toEqual([
      ['Nama', 'Media'],
      ['Ni Luh Putu Ariés', 'Radar Bali'],
      ['I Gede Ñoman', 'Bali Post'],
    ]);
    expect(guessDelimiter('Nama;Gelar\nNi Made;S.Kom., M.T.\n')).toBe(';');
    expect(guessDelimiter('Nama,Gelar\nNi Made,"S.Kom.; M.T."\n')).toBe(',');
    expect(guessDelimiter('Nama\nWayan\n')).toBe(',');
  });
});

describe('reading an .xlsx without a worker, refusing a zip bomb', () => {
  it('refuses an archive whose entries would unpack too large, too many, or too compressed, before inflating', () => {
    const big = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 1 });
    expect(() => unpackXlsx(big)).toThrow(SpreadsheetError);
    expect(() => unpackXlsx(big, { unpackedBytes: 1e12, entries: 10, ratio: 1e9 })).not.toThrow();
    try {
      unpackXlsx(big);
    } catch (e) {
      expect((e as SpreadsheetError).reason).toBe('tooLarge');
    }
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`x${i}.xml`] = new TextEncoder().encode('<a/>');
    expect(() => unpackXlsx(zipSync(many), { unpackedBytes: 1e9, entries: 20, ratio: 1000 })).toThrow(SpreadsheetError);
    expect(Object.keys(unpackXlsx(zipSync(many)))).toHaveLength(30);
  });

  it('says when a file is not a spreadsheet it can read, and gives up with a message when reading takes too long', async () => {
    const junk = new Blob([new Uint8Array([0x50, 0x4b, 1, 2, 3])]);
    await expect(readSpreadsheet(Object.assign(junk, { name: 'rusak.xlsx' }))).rejects.toMatchObject({ reason: 'unreadable' });
    const fixture = await import('node:fs').then((fs) => fs.readFileSync(`${__dirname}/../fixtures/officials-gianyar.xlsx`));
    const file = Object.assign(new Blob([fixture]), { name: 'officials-gianyar.xlsx' });
    // A read that never settles (as fflate's blocked worker did) ends in a message.
    await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toMatchObject({ reason: 'timeout' });
    const wb = await readSpreadsheet(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Peserta', 'Keterangan']);
    expect(wb.encoding).toBeUndefined();
  });
});
