/**
 * Reading people from a spreadsheet, the pure part shared by the renderer
 * (which parses the file and suggests a column mapping) and main (which
 * validates every row again before anything is written):
 * header auto-detection, cell normalisation and row validation.
 */
import { IMPORT_FIELDS, type ImportField, type ImportInput } from './schemas';
import { personCreateSchema, type Employment, type MediaType, type PersonCreate, type PersonKind } from '../directory/person';
import { parseGolongan } from '../directory/ranks';
import { EMPLOYMENT, INSTITUTION_KIND_FOR, MEDIA_TYPES } from '../vocabulary';

/* ——— Headers ——— */

/** "NIP/NRP" → "nip nrp"; "Gol. Ruang" → "gol ruang"; "E-mail" → "e mail". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * What Indonesian spreadsheets call each field, in normalised form (see
 * `normaliseHeader`). A header equal to one of these is a sure match; a
 * header containing one as whole words is a likely one, except for those
 * marked "=" (too common a word to be read inside a longer header:
 * "Jenis Kelamin" is not a media type).
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  titlePrefix: ['gelar depan', 'gelar dpn', 'gelar awal', 'gelar di depan', 'title prefix', 'prefix'],
  name: [
    'nama',
    'nama lengkap',
    'nama pegawai',
    'nama peserta',
    'nama pejabat',
    'nama wartawan',
    'nama jurnalis',
    'nama tanpa gelar',
    'nama lengkap tanpa gelar',
    'name',
    'full name',
  ],
  titleSuffix: ['gelar belakang', 'gelar blk', 'gelar akhir', 'gelar di belakang', 'title suffix', 'suffix'],
  nip: ['nip', 'nip nrp', 'nrp', 'nip baru', 'ni pppk', 'nipppk', 'nip pppk', 'nip ni pppk', 'nomor induk pegawai', 'no nip'],
  golongan: [
    'pangkat',
    'golongan',
    'gol',
    'pangkat gol',
    'pangkat golongan',
    'pangkat gol ruang',
    'pangkat golongan ruang',
    'gol ruang',
    'golongan ruang',
    'pangkat dan golongan',
    'rank',
  ],
  jabatan: ['jabatan', 'jab', 'nama jabatan', 'jabatan dinas', 'position', 'job title'],
  unit: [
    'unit kerja',
    'opd',
    'skpd',
    'perangkat daerah',
    'satuan kerja',
    'satker',
    'unit organisasi',
    'unit',
    'bidang',
    'asal opd',
    'asal skpd',
  ],
  eselon: ['eselon', 'esl', 'tingkat eselon'],
  employment: ['status kepegawaian', 'status pegawai', 'jenis pegawai', 'jenis kepegawaian', 'status asn', 'kepegawaian'],
  phone: [
    'no hp',
    'nomor hp',
    'hp',
    'no hp wa',
    'hp wa',
    'telepon',
    'telp',
    'tlp',
    'no telp',
    'no tlp',
    'no telepon',
    'nomor telepon',
    'nomor telp',
    'handphone',
    'no handphone',
    'whatsapp',
    'wa',
    'no wa',
    'nomor wa',
    'phone',
    'kontak',
    'no kontak',
  ],
  email: ['email', 'e mail', 'surel', 'alamat email', 'alamat e mail', 'alamat surel'],
  institution: [
    'instansi',
    'asal instansi',
    'nama instansi',
    'lembaga',
    '=kantor',
    'media',
    'nama media',
    'media massa',
    'outlet',
    'perusahaan media',
    'institution',
  ],
  mediaType: ['jenis media', 'tipe media', 'kategori media', 'media type', '=jenis'],
  pressCard: [
    'kartu pers',
    'no kartu pers',
    'nomor kartu pers',
    'id pers',
    'ukw',
    'no ukw',
    'sertifikat ukw',
    'no sertifikat ukw',
    'nomor sertifikat ukw',
    'kompetensi wartawan',
    'press card',
  ],
};

/** 0 = no match; 100 + length = exact; 10 + length of the longest synonym found as whole words. */
export function headerScore(field: ImportField, header: string): number {
  const h = normaliseHeader(header);
  if (!h) return 0;
  let best = 0;
  for (const entry of HEADER_SYNONYMS[field]) {
    const exactOnly = entry.startsWith('=');
    const s = exactOnly ? entry.slice(1) : entry;
    if (h === s) return 100 + s.length;
    if (!exactOnly && ` ${h} `.includes(` ${s} `)) best = Math.max(best, 10 + s.length);
  }
  return best;
}

export type ImportMapping = ImportInput['mapping'];

/**
 * Suggests a column for each field from the header row: the strongest
 * matches first, each column used once. Journalists' "Media" is their
 * outlet; nobody's "Status" is guessed.
 */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const candidates: Array<{ field: ImportField; col: number; score: number }> = [];
  headers.forEach((header, col) => {
    for (const field of IMPORT_FIELDS) {
      const score = headerScore(field, header);
      if (score > 0) candidates.push({ field, col, score });
    }
  });
  // Strongest first; on a tie the earlier column, then the field's order.
  candidates.sort((a, b) => b.score - a.score || a.col - b.col || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field));
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.col)) continue;
    mapping[c.field] = c.col;
    used.add(c.col);
  }
  return mapping;
}

/** True when the first row reads as column names: a name column, or two or more known headers, and no NIP-like numbers. */
export function looksLikeHeader(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  if (row.some((c) => /\d{8,}/.test(c))) return false;
  const m = suggestMapping(row);
  return m.name !== undefined || Object.keys(m).length >= 2;
}

/** Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/* ——— Cells ——— */

/**
 * Any cell value a reader hands over, as text. Whole numbers print all their
 * digits ("81999004417"); dates become YYYY-MM-DD.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Past 2^53 the number already lost digits (Excel keeps 15): say so in its
    // own notation rather than invent digits, so a NIP reads as damaged.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return value.toExponential().toUpperCase();
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  return '';
}

/** Rows of cells as text, the trailing blank rows and each row's trailing blank cells dropped. */
export function tidyRows(rows: ReadonlyArray<ReadonlyArray<unknown>>, maxColumns = 100): string[][] {
  const out = rows.map((r) => {
    const cells = r.slice(0, maxColumns).map(cellText);
    let end = cells.length;
    while (end > 0 && cells[end - 1]?.trim() === '') end--;
    return cells.slice(0, end);
  });
  let last = out.length;
  while (last > 0 && out[last - 1]?.length === 0) last--;
  return out.slice(0, last);
}

/** "-", "–", "n/a", "tidak ada": what people type for nothing. */
const NOTHING = new Set(['-', '--', '–', '—', '.', 'n/a', 'na', 'nihil', 'tidak ada', 'tdk ada', 'null', 'none']);

/** Trimmed, inner runs of spaces collapsed; '' for a placeholder meaning "nothing". */
export function cleanCell(text: string | undefined): string {
  if (!text) return '';
  const s = (/\s\s|[\u00a0\t\r\n]/.test(text) ? text.replace(/[\u00a0\s]+/g, ' ') : text).trim();
  return s.length <= 9 && NOTHING.has(s.toLowerCase()) ? '' : s;
}

/** Case- and space-insensitive key for matching names. */
export function foldName(text: string): string {
  return normaliseHeader(text);
}

/** "8123456789" (Excel dropped the 0) → "08123456789"; otherwise as typed. */
export function normalisePhone(text: string): string {
  const s = cleanCell(text);
  if (/^8\d{8,11}$/.test(s)) return `0${s}`;
  return s;
}

/** Excel's scientific notation of a long number: "1.98609E+17". */
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

/**
 * A NIP cell as the person schema wants it: the grouping kept (the schema
 * checks and strips it), a leading "NIP" label, apostrophe or slashes removed.
 * `scientific` when Excel turned it into a number and lost digits.
 */
export function normaliseNipCell(text: string): { nip: string; scientific: boolean } {
  let s = cleanCell(text).replace(/^'+/, '');
  s = s.replace(/^(nip|ni pppk|nrp)\s*[.:]?\s*/i, '');
  if (SCIENTIFIC.test(s)) return { nip: s, scientific: true };
  if (/^[\d\s./_-]+$/.test(s)) s = s.replace(/\D/g, '');
  return { nip: s, scientific: false };
}

/** The words each employment is written as in spreadsheets: every code has its words. */
const EMPLOYMENT_WORDS: Readonly<Record<Employment, readonly string[]>> = {
  pns: ['pns', 'asn', 'asn pns', 'pns asn', 'cpns', 'pegawai negeri sipil', 'pegawai negeri'],
  pppk: ['pppk', 'p3k', 'asn pppk', 'pegawai pemerintah dengan perjanjian kerja', 'pppk paruh waktu'],
  elected: ['pejabat terpilih', 'terpilih', 'pejabat negara', 'kepala daerah', 'pejabat politik', 'elected'],
  non_asn: ['non asn', 'nonasn', 'non pns', 'bukan asn', 'honorer', 'tenaga honorer', 'kontrak', 'tenaga kontrak', 'thl', 'swasta', 'lainnya', 'wartawan', 'jurnalis'],
};

/** "PNS", "P3K", "Honorer", "Pejabat terpilih" → the employment; null when unknown. */
export function parseEmployment(text: string): Employment | null {
  const s = normaliseHeader(text);
  if (!s) return null;
  for (const value of EMPLOYMENT) if (value === s.replace(/ /g, '_') || EMPLOYMENT_WORDS[value].includes(s)) return value;
  return null;
}

/** The words each media type is written as in spreadsheets: every code has its words. */
const MEDIA_WORDS: Readonly<Record<MediaType, readonly string[]>> = {
  print: ['cetak', 'media cetak', 'koran', 'surat kabar', 'harian', 'majalah', 'tabloid', 'print', 'koran cetak'],
  online: ['online', 'media online', 'daring', 'media daring', 'siber', 'media siber', 'portal', 'portal berita', 'website', 'digital', 'media digital'],
  tv: ['tv', 'televisi', 'media televisi', 'television', 'media tv'],
  radio: ['radio', 'media radio'],
};

/** "Koran" → print, "Media Siber" → online, "Televisi" → tv; null when unknown. */
export function parseMediaType(text: string): MediaType | null {
  const s = normaliseHeader(text);
  if (!s) return null;
  for (const value of MEDIA_TYPES) if (MEDIA_WORDS[value].includes(s)) return value;
  return null;
}

/** The kind of outlet its name gives away (TVRI, RRI, "… FM"); '' when it does not. */
export function guessMediaType(outlet: string): MediaType | '' {
  const s = normaliseHeader(outlet);
  if (/\b(tvri|tv|televisi)\b/.test(s) || /tv$/.test(s)) return 'tv';
  if (/\b(rri|radio|fm)\b/.test(s)) return 'radio';
  if (/\b(koran|harian|post|pos|tabloid|majalah)\b/.test(s)) return 'print';
  if (/\b(news|online|com|id|net|co)\b/.test(s) || /news$/.test(s)) return 'online';
  return '';
}

/** "II.b", "IIb", "Eselon III", "JPT Pratama" → the eselon; '' for none, null when unknown. */
export function parseEselon(text: string): '' | 'I' | 'II' | 'III' | 'IV' | null {
  const s = normaliseHeader(text).replace(/^eselon\s*/, '');
  if (!s || s === 'non eselon' || s === 'non') return '';
  if (/^jpt (utama|madya)\b/.test(s)) return 'I';
  if (/^jpt pratama\b/.test(s)) return 'II';
  if (/^administrator\b/.test(s)) return 'III';
  if (/^pengawas\b/.test(s)) return 'IV';
  const m = /^(iv|iii|ii|i)\s*[ab]?$/.exec(s);
  if (m) return (m[1] ?? '').toUpperCase() as 'I' | 'II' | 'III' | 'IV';
  return null;
}

/** Jabatan of an elected head of region or their deputy, who has no NIP. */
const ELECTED = /^(wakil\s+)?(bupati|wali\s*kota|walikota|gubernur)\b/i;

/** Institutions each kind of person belongs to (defined in the vocabulary). */
export { INSTITUTION_KIND_FOR };

/* ——— Rows ——— */

export interface RowError {
  field: ImportField | 'row';
  key: string;
}

/** One row read and checked, before the directory is looked at. */
export type CheckedRow =
  | { status: 'empty' }
  | { status: 'invalid'; errors: RowError[] }
  | {
      status: 'valid';
      person: PersonCreate;
      institutionName: string;
      /** Fields whose cell held a value: what an update may overwrite. */
      given: ReadonlySet<ImportField>;
    };

const IMPORT_FIELD_SET = new Set<string>(IMPORT_FIELDS);
const NO_CELLS = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as Record<ImportField, string>;
const toImportField = (path: PropertyKey | undefined): ImportField | 'row' => {
  const p = path === 'institutionId' ? 'institution' : String(path ?? '');
  return IMPORT_FIELD_SET.has(p) ? (p as ImportField) : 'row';
};

/**
 * Reads one data row under a mapping and validates it as a person.
 * Employment, when its column is not mapped (or the cell is blank), is
 * inferred: journalists are non-ASN; officials and host officials with a NIP
 * are PNS, without one elected when the jabatan is Bupati/Wali Kota/Gubernur
 * or their deputy, otherwise non-ASN.
 */
export function checkRow(kind: PersonKind, cells: readonly string[], mapping: ImportMapping): CheckedRow {
  const raw = { ...NO_CELLS };
  const given = new Set<ImportField>();
  for (const field of IMPORT_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const v = cleanCell(cells[col]);
    if (v === '') continue;
    raw[field] = v;
    given.add(field);
  }
  if (given.size === 0) return { status: 'empty' };

  const errors: RowError[] = [];
  const nipCell = normaliseNipCell(raw.nip);
  if (nipCell.scientific) errors.push({ field: 'nip', key: 'import.errors.nipScientific' });

  let golongan = '';
  if (raw.golongan) {
    const g = parseGolongan(raw.golongan);
    if (g) golongan = g;
    else errors.push({ field: 'golongan', key: 'import.errors.golongan' });
  }

  let eselon = '';
  if (raw.eselon) {
    const e = parseEselon(raw.eselon);
    if (e === null) errors.push({ field: 'eselon', key: 'import.errors.eselon' });
    else eselon = e;
  }

  let mediaType = '';
  if (raw.mediaType) {
    const m = parseMediaType(raw.mediaType);
    if (m) mediaType = m;
    else errors.push({ field: 'mediaType', key: 'import.errors.mediaType' });
  } else if (kind === 'journalist' && raw.institution) {
    mediaType = guessMediaType(raw.institution);
  }

  let employment: Employment;
  if (raw.employment) {
    const e = parseEmployment(raw.employment);
    if (e === null) errors.push({ field: 'employment', key: 'import.errors.employment' });
    employment = e ?? 'non_asn';
  } else if (kind === 'journalist') {
    employment = 'non_asn';
  } else if (nipCell.nip) {
    employment = 'pns';
  } else {
    employment = ELECTED.test(raw.jabatan) ? 'elected' : 'non_asn';
  }

  const candidate = {
    kind,
    titlePrefix: raw.titlePrefix,
    name: raw.name,
    titleSuffix: raw.titleSuffix,
    employment,
    nip: nipCell.scientific ? '' : nipCell.nip,
    golongan,
    jabatan: raw.jabatan,
    unit: raw.unit,
    eselon,
    phone: normalisePhone(raw.phone),
    email: raw.email,
    mediaType,
    pressCard: raw.pressCard,
  };
  const parsed = personCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = toImportField(issue.path[0]);
      const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
      if (!errors.some((e) => e.field === field)) errors.push({ field, key });
    }
  }
  if (raw.institution.length > 300) errors.push({ field: 'institution', key: 'validation.tooLong' });
  if (errors.length > 0 || !parsed.success) return { status: 'invalid', errors };
  return { status: 'valid', person: parsed.data, institutionName: raw.institution, given };
}

/** The key two rows (or a row and a directory entry) without a NIP are the same person by. */
export function samePersonKey(kind: PersonKind, name: string, institutionName: string): string {
  return `${kind}|${foldName(name)}|${foldName(institutionName)}`;
}

/**
 * Only the mapped columns of each row, the mapping renumbered to match: what
 * the renderer sends (less to carry and to check than whole rows).
 */
export function compactRows(rows: readonly (readonly string[])[], mapping: ImportMapping): { rows: string[][]; mapping: ImportMapping } {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== undefined);
  const cols = [...new Set(fields.map((f) => mapping[f] as number))].sort((a, b) => a - b);
  const next: ImportMapping = {};
  for (const f of fields) next[f] = cols.indexOf(mapping[f] as number);
  return {
    rows: rows.map((r) => {
      const out = cols.map((c) => (r[c] ?? '').slice(0, 2000));
      let end = out.length;
      while (end > 0 && out[end - 1] === '') end--;
      return out.slice(0, end);
    }),
    mapping: next,
  };
}
