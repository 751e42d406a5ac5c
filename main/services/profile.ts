import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  DEFAULT_NUMBERING,
  NUMBERED_KINDS,
  signatorySchema,
  numberingSchema,
  type DocFont,
  type emblemSetSchema,
  type Numbering,
  type NumberedKind,
  type Paper,
  type Profile,
  type profileUpdateSchema,
  type Signatory,
} from '../../shared/domain/documents';
import { imageInfo, type ImageInfo } from '../../shared/image-info';
import { AppError } from '../../shared/result';
import type { DocData } from '../docs/model';
import { preparedPer, type Store } from '../db/store';
import { localToday } from './today';
import { stripUndefined } from './trips';

/*
 * The office profile (Pengaturan → Profil instansi dan kop surat): one row,
 * id PROFILE_ID, created on the first save. Until then every read answers the
 * defaults. The emblem's bytes live in `blobs` like photos do; the row only
 * points at them. Every write is one `store.write`.
 */

type In<S extends z.ZodType> = z.output<S>;

/** The id of the one profile row: fixed, so two laptops' rows are the same row. */
export const PROFILE_ID = '01960000-0000-7000-8000-000000000001';

/** Largest emblem file, in bytes, and its largest side, in pixels. */
export const MAX_EMBLEM_BYTES = 3 * 1024 * 1024;
export const MAX_EMBLEM_SIDE = 2000;

interface ProfileDbRow {
  id: string;
  gov_line: string;
  office_name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  emblem_sha256: string | null;
  emblem_file_name: string;
  paper: Paper;
  font: DocFont;
  margin_top: number;
  margin_right: number;
  margin_bottom: number;
  margin_left: number;
  place_of_issue: string;
  head: string;
  spt_signer: string;
  numbering: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const EMPTY_SIGNATORY: Signatory = { onBehalf: '', jabatan: '', name: '', pangkat: '', nip: '' };

const DEFAULTS: Omit<Profile, 'emblem'> = {
  govLine: '',
  officeName: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  paper: 'F4',
  font: 'Arial',
  marginTop: 20,
  marginRight: 20,
  marginBottom: 25,
  marginLeft: 30,
  placeOfIssue: '',
  head: EMPTY_SIGNATORY,
  sptSigner: EMPTY_SIGNATORY,
  numbering: DEFAULT_NUMBERING,
  updatedAt: 0,
};

function prepare(db: Store['db']) {
  return {
    get: db.prepare(`SELECT * FROM doc_profile WHERE id = ? AND deleted_at IS NULL`),
    ensure: db.prepare(
      `INSERT OR IGNORE INTO doc_profile (id, head, spt_signer, numbering, created_at, updated_at)
       VALUES (@id, @head, @sptSigner, @numbering, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE doc_profile SET gov_line = @govLine, office_name = @officeName, address = @address, phone = @phone, email = @email,
         website = @website, paper = @paper, font = @font, margin_top = @marginTop, margin_right = @marginRight,
         margin_bottom = @marginBottom, margin_left = @marginLeft, place_of_issue = @placeOfIssue, head = @head,
         spt_signer = @sptSigner, numbering = @numbering, updated_at = @now
       WHERE id = @id`,
    ),
    setEmblem: db.prepare(`UPDATE doc_profile SET emblem_sha256 = @sha, emblem_file_name = @fileName, updated_at = @now WHERE id = @id`),
    insertBlob: db.prepare(`INSERT OR IGNORE INTO blobs (sha256, bytes, mime, size, created_at) VALUES (@sha, @bytes, @mime, @size, @now)`),
    blob: db.prepare(`SELECT bytes FROM blobs WHERE sha256 = ?`).pluck(),
    /** Over every issued number, cleared ones included (numbers.ts keeps the same rule). */
    maxSeq: db.prepare(`SELECT kind, max(seq) AS seq FROM doc_numbers WHERE year = ? GROUP BY kind`),
  };
}
const stmts = preparedPer(prepare);

/** JSON from a column, or undefined when it is not there or not JSON. */
function parseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** A stored signatory, tolerating '{}' and missing keys. */
function readSignatory(s: string): Signatory {
  const parsed = signatorySchema.safeParse(parseJson(s) ?? {});
  return parsed.success ? parsed.data : EMPTY_SIGNATORY;
}

/** The stored templates; a kind that is missing or broken falls back to its default. */
function readNumbering(s: string): Record<NumberedKind, Numbering> {
  const raw = parseJson(s);
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_NUMBERING };
  for (const kind of NUMBERED_KINDS) {
    const parsed = numberingSchema.safeParse(obj[kind]);
    if (parsed.success) out[kind] = parsed.data;
  }
  return out;
}

function readRow(store: Store): ProfileDbRow | undefined {
  return stmts(store.db).get.get(PROFILE_ID) as ProfileDbRow | undefined;
}

function toFields(r: ProfileDbRow | undefined): Omit<Profile, 'emblem'> {
  if (!r) return { ...DEFAULTS };
  return {
    govLine: r.gov_line,
    officeName: r.office_name,
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    paper: r.paper,
    font: r.font,
    marginTop: r.margin_top,
    marginRight: r.margin_right,
    marginBottom: r.margin_bottom,
    marginLeft: r.margin_left,
    placeOfIssue: r.place_of_issue,
    head: readSignatory(r.head),
    sptSigner: readSignatory(r.spt_signer),
    numbering: readNumbering(r.numbering),
    updatedAt: r.updated_at,
  };
}

/** The emblem's bytes and what its header says, or null. */
function readEmblem(store: Store, r: ProfileDbRow | undefined): { bytes: Buffer; info: ImageInfo; fileName: string } | null {
  if (!r?.emblem_sha256) return null;
  const bytes = stmts(store.db).blob.get(r.emblem_sha256) as Buffer | undefined;
  const info = bytes ? imageInfo(bytes) : null;
  if (!bytes || !info) return null;
  return { bytes, info, fileName: r.emblem_file_name };
}

function toProfile(store: Store, r: ProfileDbRow | undefined): Profile {
  const emblem = readEmblem(store, r);
  return {
    ...toFields(r),
    emblem: emblem
      ? {
          fileName: emblem.fileName,
          mime: emblem.info.mime,
          width: emblem.info.width,
          height: emblem.info.height,
          dataUrl: `data:${emblem.info.mime};base64,${emblem.bytes.toString('base64')}`,
        }
      : null,
  };
}

/** The profile, with the next running number of each kind in `today`'s year. */
export function getProfile(store: Store, today: string = localToday()): Profile {
  const year = Number(today.slice(0, 4));
  const used = new Map((stmts(store.db).maxSeq.all(year) as Array<{ kind: NumberedKind; seq: number }>).map((r) => [r.kind, r.seq]));
  const next = {} as Record<NumberedKind, { seq: number; year: number }>;
  for (const kind of NUMBERED_KINDS) next[kind] = { seq: (used.get(kind) ?? 0) + 1, year };
  return { ...toProfile(store, readRow(store)), next };
}

/** The profile as documents use it: the emblem as bytes with its type and pixel size. */
export function profileForDocs(store: Store): DocData['profile'] {
  const row = readRow(store);
  const emblem = readEmblem(store, row);
  return {
    ...toFields(row),
    emblem: emblem ? { bytes: new Uint8Array(emblem.bytes), type: emblem.info.type, width: emblem.info.width, height: emblem.info.height } : null,
  };
}

/** The number templates alone (numbers.ts formats with them; no emblem read). */
export function profileNumbering(store: Store): Record<NumberedKind, Numbering> {
  return toFields(readRow(store)).numbering;
}

/** Creates the row with the defaults when there is none (inside a write). */
function ensureRow(store: Store): void {
  stmts(store.db).ensure.run({
    id: PROFILE_ID,
    head: JSON.stringify(EMPTY_SIGNATORY),
    sptSigner: JSON.stringify(EMPTY_SIGNATORY),
    numbering: JSON.stringify(DEFAULT_NUMBERING),
    now: store.now(),
  });
}

export function updateProfile(store: Store, patch: In<typeof profileUpdateSchema>): Profile {
  return store.write(() => {
    ensureRow(store);
    const current = toFields(readRow(store));
    const next = { ...current, ...stripUndefined(patch) };
    stmts(store.db).update.run({
      ...next,
      id: PROFILE_ID,
      head: JSON.stringify(next.head),
      sptSigner: JSON.stringify(next.sptSigner),
      numbering: JSON.stringify(next.numbering),
      now: store.now(),
    });
    return getProfile(store);
  });
}

const emblemError = (message: string, key: string, params?: Record<string, string | number>) =>
  new AppError('VALIDATION', message, { field: 'imageBase64', key, ...(params ? { params } : {}) });

/** The emblem for the kop: a PNG or JPEG of at most 3 MB and 2000 px a side, checked by its bytes. */
export function setEmblem(store: Store, input: In<typeof emblemSetSchema>): Profile {
  const bytes = Buffer.from(input.imageBase64, 'base64');
  if (bytes.length > MAX_EMBLEM_BYTES) {
    throw emblemError(`${input.fileName}: ${bytes.length} bytes is more than 3 MB`, 'documents.validation.emblemTooBig', { max: 3 });
  }
  const info = imageInfo(bytes);
  if (!info) {
    throw emblemError(`${input.fileName}: neither a PNG nor a complete JPEG`, 'documents.validation.emblemType', { name: input.fileName });
  }
  if (info.width > MAX_EMBLEM_SIDE || info.height > MAX_EMBLEM_SIDE) {
    throw emblemError(`${input.fileName}: ${info.width}×${info.height} is larger than ${MAX_EMBLEM_SIDE} px`, 'documents.validation.emblemDimensions', {
      name: input.fileName,
      max: MAX_EMBLEM_SIDE,
    });
  }
  return store.write(() => {
    ensureRow(store);
    const now = store.now();
    const sha = createHash('sha256').update(bytes).digest('hex');
    stmts(store.db).insertBlob.run({ sha, bytes, mime: info.mime, size: bytes.length, now });
    stmts(store.db).setEmblem.run({ id: PROFILE_ID, sha, fileName: input.fileName, now });
    return getProfile(store);
  });
}

export function clearEmblem(store: Store): Profile {
  return store.write(() => {
    if (readRow(store)?.emblem_sha256) stmts(store.db).setEmblem.run({ id: PROFILE_ID, sha: null, fileName: '', now: store.now() });
    return getProfile(store);
  });
}
