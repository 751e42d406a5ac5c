import { describe, expect, it } from 'vitest';
import {
  cellText,
  checkRow,
  cleanCell,
  columnLetter,
  compactRows,
  guessMediaType,
  looksLikeHeader,
  normaliseHeader,
  normaliseNipCell,
  parseEmployment,
  parseEselon,
  parseMediaType,
  suggestMapping,
  tidyRows,
} from '../../shared/import/mapping';
import { decodeText, parseCsv } from '../../renderer/src/import/readFile';

describe('header auto-detection', () => {
  it('normalises headers: case, punctuation and accents', () => {
    expect(normaliseHeader('  NIP/NRP ')).toBe('nip nrp');
    expect(normaliseHeader('Gol. Ruang')).toBe('gol ruang');
    expect(normaliseHeader('E-mail')).toBe('e mail');
    expect(normaliseHeader('No. Kartu Pers')).toBe('no kartu pers');
  });

  it('maps the headers Indonesian spreadsheets use', () => {
    const cases: Array<[string, string]> = [
      ['Nama', 'name'],
      ['NAMA LENGKAP', 'name'],
      ['NIP', 'nip'],
      ['NIP/NRP', 'nip'],
      ['Pangkat/Gol', 'golongan'],
      ['Gol. Ruang', 'golongan'],
      ['Pangkat / Golongan Ruang', 'golongan'],
      ['Jabatan', 'jabatan'],
      ['Unit Kerja', 'unit'],
      ['OPD', 'unit'],
      ['No HP', 'phone'],
      ['Telepon', 'phone'],
      ['No. HP/WA', 'phone'],
      ['Email', 'email'],
      ['E-mail', 'email'],
      ['Media', 'institution'],
      ['Nama Media', 'institution'],
      ['Instansi', 'institution'],
      ['Jenis Media', 'mediaType'],
      ['No. Kartu Pers', 'pressCard'],
      ['Sertifikat UKW', 'pressCard'],
      ['Gelar Depan', 'titlePrefix'],
      ['Gelar Belakang', 'titleSuffix'],
      ['Eselon', 'eselon'],
      ['Status Kepegawaian', 'employment'],
    ];
    for (const [header, field] of cases) {
      const m = suggestMapping([header]);
      expect({ header, field: Object.keys(m)[0] }).toEqual({ header, field });
    }
  });

  it('uses each column once, the sure matches first', () => {
    const headers = ['No', 'Nama Lengkap', 'Nama Media', 'Jenis Media', 'Jabatan', 'No. Kartu Pers', 'No HP', 'Email'];
    expect(suggestMapping(headers)).toEqual({
      name: 1,
      institution: 2,
      mediaType: 3,
      jabatan: 4,
      pressCard: 5,
      phone: 6,
      email: 7,
    });
    const officials = ['No', 'Gelar Depan', 'Nama', 'Gelar Belakang', 'NIP', 'Pangkat/Gol', 'Jabatan', 'Unit Kerja', 'Eselon', 'No HP'];
    expect(suggestMapping(officials)).toEqual({
      titlePrefix: 1,
      name: 2,
      titleSuffix: 3,
      nip: 4,
      golongan: 5,
      jabatan: 6,
      unit: 7,
      eselon: 8,
      phone: 9,
    });
  });

  it('leaves unknown and look-alike headers unmapped', () => {
    expect(suggestMapping(['No', 'Jenis Kelamin', 'Tanggal Lahir', 'NIK', 'Alamat Kantor', 'Keterangan'])).toEqual({});
  });

  it('tells a header row from a data row', () => {
    expect(looksLikeHeader(['No', 'Nama', 'NIP'])).toBe(true);
    expect(looksLikeHeader(['1', 'Ketut Suwarmawan', '19700312 199503 1 004'])).toBe(false);
    expect(looksLikeHeader(['Kolom 1', 'Kolom 2'])).toBe(false);
    expect(looksLikeHeader(undefined)).toBe(false);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

describe('cell normalisation', () => {
  it('turns reader values into text without losing digits', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(81999004417)).toBe('81999004417');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2025, 3, 24)))).toBe('2025-04-24');
    // Excel kept 15 digits of this NIP: shown as the damaged number it is.
    expect(cellText(198709102010011000)).toBe('1.98709102010011E+17');
  });

  it('drops trailing blank rows and cells', () => {
    expect(tidyRows([['a', '', null], [], ['', ' '], ['b'], [''], []])).toEqual([['a'], [], [], ['b']]);
  });

  it('reads placeholders for nothing as empty and collapses spaces', () => {
    expect(cleanCell('  I  Gede\u00a0Suardana ')).toBe('I Gede Suardana');
    expect(cleanCell('-')).toBe('');
    expect(cleanCell('N/A')).toBe('');
    expect(cleanCell(undefined)).toBe('');
  });

  it('cleans NIP cells and spots scientific notation', () => {
    expect(normaliseNipCell("'19860926 201505 1 001")).toEqual({ nip: '198609262015051001', scientific: false });
    expect(normaliseNipCell('NIP. 19860926.201505.1.001')).toEqual({ nip: '198609262015051001', scientific: false });
    expect(normaliseNipCell('1.98609E+17')).toEqual({ nip: '1.98609E+17', scientific: true });
    expect(normaliseNipCell('abc123').scientific).toBe(false);
  });

  it('reads employment, media type and eselon as typed in spreadsheets', () => {
    expect(['PNS', 'ASN', 'P3K', 'PPPK', 'Honorer', 'Pejabat Terpilih', 'non-ASN', 'x'].map(parseEmployment)).toEqual([
      'pns',
      'pns',
      'pppk',
      'pppk',
      'non_asn',
      'elected',
      'non_asn',
      null,
    ]);
    expect(['Koran', 'Cetak', 'Media Siber', 'Online', 'Televisi', 'TV', 'Radio', 'Podcast'].map(parseMediaType)).toEqual([
      'print',
      'print',
      'online',
      'online',
      'tv',
      'tv',
      'radio',
      null,
    ]);
    expect(['II.b', 'IIIa', 'Eselon IV', 'JPT Pratama', 'Administrator', '-', 'non eselon', 'V'].map(parseEselon)).toEqual([
      'II',
      'III',
      'IV',
      'II',
      'III',
      '',
      '',
      null,
    ]);
    expect(['TVRI Bali', 'RRI Singaraja', 'Bali Post', 'Balipuspanews', 'Beritabali.com', 'Radar Bali'].map(guessMediaType)).toEqual([
      'tv',
      'radio',
      'print',
      'online',
      'online',
      '',
    ]);
  });

  it('keeps only mapped columns and renumbers the mapping', () => {
    const rows = [
      ['1', 'Ketut', 'x', '1970', ''],
      ['2', 'Made', 'y', '', ''],
    ];
    expect(compactRows(rows, { name: 1, nip: 3 })).toEqual({ rows: [['Ketut', '1970'], ['Made']], mapping: { name: 0, nip: 1 } });
  });
});

describe('rows', () => {
  const mapping = { titlePrefix: 0, name: 1, titleSuffix: 2, nip: 3, golongan: 4, jabatan: 5, unit: 6, phone: 7 };

  it('normalises a valid official: NIP digits, golongan, employment inferred, titles as typed', () => {
    const r = checkRow('official', ['Drs.', ' Ketut  Suwarmawan ', 'M.Si.', '19700312 199503 1 004', 'Pembina Tingkat I (IV/b)', 'Kepala Dinas', 'Dinas Kominfosanti', '8123456789'], mapping);
    expect(r.status).toBe('valid');
    if (r.status !== 'valid') return;
    expect(r.person).toMatchObject({
      kind: 'official',
      titlePrefix: 'Drs.',
      name: 'Ketut Suwarmawan',
      titleSuffix: 'M.Si.',
      nip: '197003121995031004',
      golongan: 'IV/b',
      employment: 'pns',
      phone: '08123456789',
    });
  });

  it('infers elected for a Wakil Bupati without NIP, non-ASN for others without', () => {
    const wabup = checkRow('official', ['', 'Gede Supriatna', 'S.H.', '', '', 'Wakil Bupati Buleleng'], mapping);
    expect(wabup.status === 'valid' && wabup.person.employment).toBe('elected');
    const staff = checkRow('official', ['', 'Kadek Dwi', '', '', '', 'Tenaga Ahli'], mapping);
    expect(staff.status === 'valid' && staff.person.employment).toBe('non_asn');
  });

  it('explains each kind of bad row, per field', () => {
    const badDate = checkRow('official', ['', 'Komang Sutrisna', '', '19851345 201001 1 003', 'III/c'], mapping);
    expect(badDate).toEqual({ status: 'invalid', errors: [{ field: 'nip', key: 'validation.nip.birthDate' }] });
    const badRank = checkRow('official', ['', 'Luh Eka', '', '19900203 201503 2 001', 'Penata Utama'], mapping);
    expect(badRank).toEqual({ status: 'invalid', errors: [{ field: 'golongan', key: 'import.errors.golongan' }] });
    const noName = checkRow('official', ['', '', 'S.H.', '19791111 200501 1 007'], mapping);
    expect(noName).toEqual({ status: 'invalid', errors: [{ field: 'name', key: 'validation.required' }] });
    const short = checkRow('official', ['', 'I Nyoman Darma', '', '1978 0909 2006'], mapping);
    expect(short).toEqual({ status: 'invalid', errors: [{ field: 'nip', key: 'validation.nip.length' }] });
    const sci = checkRow('official', ['', 'I Ketut Sudarsana', '', '1.98709102010011E+17'], mapping);
    expect(sci).toEqual({ status: 'invalid', errors: [{ field: 'nip', key: 'import.errors.nipScientific' }] });
    const journalistNip = checkRow('journalist', ['', 'Made', '', '19700312 199503 1 004'], mapping);
    expect(journalistNip).toEqual({ status: 'invalid', errors: [{ field: 'nip', key: 'validation.nip.notExpected' }] });
    const several = checkRow('official', ['', '', '', '1234', 'Z/z'], mapping);
    expect(several.status === 'invalid' && several.errors.map((e) => e.field).sort()).toEqual(['golongan', 'name', 'nip']);
  });

  it('checks email, media type and outlet of journalists', () => {
    const m = { name: 0, institution: 1, mediaType: 2, email: 3 };
    const ok = checkRow('journalist', ['Putu Eka', 'TVRI Bali', '', 'putu@example.com'], m);
    expect(ok.status === 'valid' && [ok.person.mediaType, ok.person.employment, ok.institutionName]).toEqual(['tv', 'non_asn', 'TVRI Bali']);
    const bad = checkRow('journalist', ['Putu Eka', 'Bali Post', 'Podcast', 'putu@'], m);
    expect(bad).toEqual({
      status: 'invalid',
      errors: [
        { field: 'mediaType', key: 'import.errors.mediaType' },
        { field: 'email', key: 'validation.email' },
      ],
    });
  });

  it('calls a row with nothing in its mapped columns empty', () => {
    expect(checkRow('official', ['', '', '', '-', ''], mapping)).toEqual({ status: 'empty' });
    expect(checkRow('official', [], mapping)).toEqual({ status: 'empty' });
  });
});

describe('CSV reading', () => {
  it('guesses semicolons, keeps quoted fields and drops the BOM', () => {
    const rows = parseCsv('\uFEFFNo;Nama;Jabatan\r\n1;I Gede;"Wartawan; Jurnalis Foto"\r\n\r\n2;Made;"Kata ""kutip"""\r\n');
    expect(rows).toEqual([
      ['No', 'Nama', 'Jabatan'],
      ['1', 'I Gede', 'Wartawan; Jurnalis Foto'],
      [],
      ['2', 'Made', 'Kata "kutip"'],
    ]);
  });

  it('guesses commas with commas inside quotes', () => {
    expect(parseCsv('Nama,Gelar Belakang\nNi Made,"S.Kom., M.T."\n')).toEqual([
      ['Nama', 'Gelar Belakang'],
      ['Ni Made', 'S.Kom., M.T.'],
    ]);
  });

  it('decodes UTF-8 and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('\uFEFFNama\nWayan Ariés\n');
    expect(decodeText(utf8.buffer)).toBe('Nama\nWayan Ariés\n');
    const cp1252 = new Uint8Array([0x4e, 0x61, 0x6d, 0x61, 0x0a, 0x41, 0x72, 0x69, 0xe9, 0x73]);
    expect(decodeText(cp1252.buffer)).toBe('Nama\nAriés');
  });
});
