import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  DEFAULT_REGISTER,
  ISSUER_LEVELS,
  registerSchema,
  type Acting,
  type Issuer,
  type IssuerLevel,
  type issuerEmblemSchema,
  type issuerUpdateSchema,
  type Register,
  type Signer,
  type signerCreateSchema,
  type SignerSeat,
  type signerUpdateSchema,
} from '../../shared/documents/issuers';
import type { DocFont, Paper } from '../../shared/documents/schemas';
import { imageInfo, type ImageInfo } from '../../shared/media/image-info';
import { AppError } from '../../shared/result';
import { kopLines } from '../../shared/documents/signing';
import { issuerId } from '../db/ids';
import { preparedPer, type Store } from '../db/store';
import { refuseChangedFields, refuseStale } from '../db/versions';
import { MAX_EMBLEM_BYTES, MAX_EMBLEM_SIDE } from './profile';
import { foundOr, removeMarked, restoreMarked, stripUndefined } from '../db/rows';

/*
 * Issuers (penerbit naskah) and their signers. An institution has three
 * issuers, one per level, whose ids derive from (institution, level): an
 * issuer exists before it is first saved, made from the institution's
 * region (shared/signing.ts kopLines), and its row is created on the first
 * save. Every write is one `store.write`.
 */

type In<S extends z.ZodType> = z.output<S>;

interface IssuerDbRow {
  id: string;
  institution_id: string | null;
  level: IssuerLevel;
  gov_line: string;
  office_name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  place_of_issue: string;
  emblem_sha256: string | null;
  emblem_file_name: string;
  paper: Paper | null;
  font: DocFont | null;
  margin_top: number | null;
  margin_right: number | null;
  margin_bottom: number | null;
  margin_left: number | null;
  register: string;
  tembusan: string;
  updated_at: number;
}

interface SignerDbRow {
  id: string;
  issuer_id: string;
  seat: SignerSeat;
  jabatan: string;
  name: string;
  pangkat: string;
  nip: string;
  acting: Acting;
  person_id: string | null;
  position: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

interface OriginRow {
  id: string;
  name: string;
  region_code: string;
  address: string;
}

function prepare(db: Store['db']) {
  return {
    issuer: db.prepare(`SELECT * FROM doc_issuers WHERE id = ? AND deleted_at IS NULL`),
    origin: db.prepare(`SELECT id, name, region_code, address FROM institutions WHERE id = ?`),
    ensure: db.prepare(
      `INSERT OR IGNORE INTO doc_issuers (id, institution_id, level, register, created_at, updated_at)
       VALUES (@id, @institutionId, @level, @register, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE doc_issuers SET gov_line = @govLine, office_name = @officeName, address = @address, phone = @phone, email = @email,
         website = @website, place_of_issue = @placeOfIssue, paper = @paper, font = @font, margin_top = @marginTop,
         margin_right = @marginRight, margin_bottom = @marginBottom, margin_left = @marginLeft, register = @register, tembusan = @tembusan,
         deleted_at = NULL, updated_at = @now
       WHERE id = @id`,
    ),
    setEmblem: db.prepare(`UPDATE doc_issuers SET emblem_sha256 = @sha, emblem_file_name = @fileName, updated_at = @now WHERE id = @id`),
    insertBlob: db.prepare(`INSERT OR IGNORE INTO blobs (sha256, bytes, mime, size, created_at) VALUES (@sha, @bytes, @mime, @size, @now)`),
    blob: db.prepare(`SELECT bytes FROM blobs WHERE sha256 = ?`).pluck(),
    signers: db.prepare(`SELECT * FROM doc_signers WHERE issuer_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id`),
    signer: db.prepare(`SELECT * FROM doc_signers WHERE id = ?`),
    maxPosition: db.prepare(`SELECT coalesce(max(position), 0) FROM doc_signers WHERE issuer_id = ? AND deleted_at IS NULL`).pluck(),
    insertSigner: db.prepare(
      `INSERT INTO doc_signers (id, issuer_id, seat, jabatan, name, pangkat, nip, acting, person_id, position, created_at, updated_at)
       VALUES (@id, @issuerId, @seat, @jabatan, @name, @pangkat, @nip, @acting, @personId, @position, @now, @now)`,
    ),
    updateSigner: db.prepare(
      `UPDATE doc_signers SET seat = @seat, jabatan = @jabatan, name = @name, pangkat = @pangkat, nip = @nip, acting = @acting,
         person_id = @personId, updated_at = @now WHERE id = @id`,
    ),
    markSigner: db.prepare(`UPDATE doc_signers SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`),
    personLive: db.prepare(`SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL`),
    institutionLive: db.prepare(`SELECT 1 FROM institutions WHERE id = ? AND deleted_at IS NULL`),
  };
}
const stmts = preparedPer(prepare);

const parseJson = (s: string): unknown => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
};

function readRegister(s: string): Register {
  const parsed = registerSchema.safeParse(parseJson(s) ?? {});
  return parsed.success ? parsed.data : DEFAULT_REGISTER;
}

const toSigner = (r: SignerDbRow): Signer => ({
  id: r.id,
  issuerId: r.issuer_id,
  seat: r.seat,
  jabatan: r.jabatan,
  name: r.name,
  pangkat: r.pangkat,
  nip: r.nip,
  acting: r.acting,
  personId: r.person_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** An issuer's emblem image as documents embed it. */
export interface EmblemImage {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
  info: ImageInfo;
  fileName: string;
  sha256: string;
}

export function readEmblem(store: Store, sha: string | null, fileName = ''): EmblemImage | null {
  if (!sha) return null;
  const bytes = stmts(store.db).blob.get(sha) as Buffer | undefined;
  const info = bytes ? imageInfo(bytes) : null;
  if (!bytes || !info) return null;
  return { bytes: new Uint8Array(bytes), type: info.type, width: info.width, height: info.height, info, fileName, sha256: sha };
}

function checkInstitution(store: Store, institutionId: string | null): void {
  if (institutionId !== null && !stmts(store.db).institutionLive.get(institutionId)) {
    throw new AppError('NOT_FOUND', `Institution ${institutionId} not found`, { field: 'institutionId', key: 'errors.institutionNotFound' });
  }
}

/** The issuer with its signers; `image` carries the emblem's bytes for documents. */
export interface LoadedIssuer {
  issuer: Issuer;
  image: EmblemImage | null;
}

/**
 * An institution's three issuers, highest level first; the ones never saved
 * made from its region. A Setda or Perangkat Daerah without its own emblem
 * shows its sibling's (both carry the region's emblem); the Kepala Daerah's
 * kop needs the Garuda of its own.
 */
export function loadIssuers(store: Store, institutionId: string | null, opts: { dataUrl?: boolean } = {}): LoadedIssuer[] {
  const s = stmts(store.db);
  const origin = institutionId ? (s.origin.get(institutionId) as OriginRow | undefined) : undefined;
  const originLines = origin ? { name: origin.name, regionCode: origin.region_code, address: origin.address } : null;
  const rows = ISSUER_LEVELS.map((level) => ({ level, row: s.issuer.get(issuerId(institutionId, level)) as IssuerDbRow | undefined }));
  const images = new Map(rows.map(({ level, row }) => [level, row ? readEmblem(store, row.emblem_sha256, row.emblem_file_name) : null]));
  return rows.map(({ level, row }) => {
    const id = issuerId(institutionId, level);
    const sibling = level === 'secretariat' ? images.get('agency') : level === 'agency' ? images.get('secretariat') : null;
    const image = images.get(level) ?? sibling ?? null;
    const lines = {
      govLine: row?.gov_line ?? '',
      officeName: row?.office_name ?? '',
      address: row?.address ?? '',
      phone: row?.phone ?? '',
      email: row?.email ?? '',
      website: row?.website ?? '',
      placeOfIssue: row?.place_of_issue ?? '',
    };
    const issuer: Issuer = {
      id,
      institutionId,
      level,
      saved: row !== undefined,
      ...lines,
      paper: row?.paper ?? null,
      font: row?.font ?? null,
      marginTop: row?.margin_top ?? null,
      marginRight: row?.margin_right ?? null,
      marginBottom: row?.margin_bottom ?? null,
      marginLeft: row?.margin_left ?? null,
      register: row ? readRegister(row.register) : DEFAULT_REGISTER,
      tembusan: row?.tembusan ?? '',
      kop: kopLines(level, lines, originLines),
      emblem:
        image && opts.dataUrl !== false
          ? {
              fileName: image.fileName,
              mime: image.info.mime,
              width: image.width,
              height: image.height,
              dataUrl: `data:${image.info.mime};base64,${Buffer.from(image.bytes).toString('base64')}`,
            }
          : null,
      signers: (s.signers.all(id) as SignerDbRow[]).map(toSigner),
      updatedAt: row?.updated_at ?? 0,
    };
    return { issuer, image };
  });
}

export function listIssuers(store: Store, institutionId: string | null): Issuer[] {
  checkInstitution(store, institutionId);
  return loadIssuers(store, institutionId).map((l) => l.issuer);
}

function issuerOf(store: Store, institutionId: string | null, level: IssuerLevel): Issuer {
  const found = loadIssuers(store, institutionId).find((l) => l.issuer.level === level);
  if (!found) throw new Error(`no issuer ${level}`);
  return found.issuer;
}

/** Creates the issuer's row when it was never saved (inside a write). */
export function ensureIssuer(store: Store, institutionId: string | null, level: IssuerLevel): string {
  const id = issuerId(institutionId, level);
  stmts(store.db).ensure.run({ id, institutionId, level, register: JSON.stringify(DEFAULT_REGISTER), now: store.now() });
  return id;
}

export function updateIssuer(store: Store, input: In<typeof issuerUpdateSchema>): Issuer {
  return store.write(() => {
    checkInstitution(store, input.institutionId);
    const id = ensureIssuer(store, input.institutionId, input.level);
    const row = stmts(store.db).issuer.get(id) as IssuerDbRow;
    const current = {
      govLine: row.gov_line,
      officeName: row.office_name,
      address: row.address,
      phone: row.phone,
      email: row.email,
      website: row.website,
      placeOfIssue: row.place_of_issue,
      paper: row.paper,
      font: row.font,
      marginTop: row.margin_top,
      marginRight: row.margin_right,
      marginBottom: row.margin_bottom,
      marginLeft: row.margin_left,
      register: readRegister(row.register),
      tembusan: row.tembusan,
    };
    refuseChangedFields('doc_issuers', id, current, input.expected);
    const next = { ...current, ...stripUndefined(input.patch) };
    stmts(store.db).update.run({ ...next, id, register: JSON.stringify(next.register), now: store.now() });
    return issuerOf(store, input.institutionId, input.level);
  });
}

const emblemError = (message: string, key: string, params?: Record<string, string | number>) =>
  new AppError('VALIDATION', message, { field: 'imageBase64', key, ...(params ? { params } : {}) });

/** The issuer's kop image (the Garuda for the Kepala Daerah): PNG or JPEG, ≤ 3 MB, ≤ 2000 px, checked by its bytes. */
export function setIssuerEmblem(store: Store, input: In<typeof issuerEmblemSchema>): Issuer {
  const bytes = Buffer.from(input.imageBase64, 'base64');
  if (bytes.length > MAX_EMBLEM_BYTES) {
    throw emblemError(`${input.fileName}: ${bytes.length} bytes is more than 3 MB`, 'documents.validation.emblemTooBig', { max: 3 });
  }
  const info = imageInfo(bytes);
  if (!info) throw emblemError(`${input.fileName}: neither a PNG nor a complete JPEG`, 'documents.validation.emblemType', { name: input.fileName });
  if (info.width > MAX_EMBLEM_SIDE || info.height > MAX_EMBLEM_SIDE) {
    throw emblemError(`${input.fileName}: ${info.width}×${info.height} is larger than ${MAX_EMBLEM_SIDE} px`, 'documents.validation.emblemDimensions', {
      name: input.fileName,
      max: MAX_EMBLEM_SIDE,
    });
  }
  return store.write(() => {
    checkInstitution(store, input.institutionId);
    const id = ensureIssuer(store, input.institutionId, input.level);
    const now = store.now();
    const sha = createHash('sha256').update(bytes).digest('hex');
    stmts(store.db).insertBlob.run({ sha, bytes, mime: info.mime, size: bytes.length, now });
    stmts(store.db).setEmblem.run({ id, sha, fileName: input.fileName, now });
    return issuerOf(store, input.institutionId, input.level);
  });
}

export function clearIssuerEmblem(store: Store, input: { institutionId: string | null; level: IssuerLevel }): Issuer {
  return store.write(() => {
    checkInstitution(store, input.institutionId);
    const id = issuerId(input.institutionId, input.level);
    if (stmts(store.db).issuer.get(id)) stmts(store.db).setEmblem.run({ id, sha: null, fileName: '', now: store.now() });
    return issuerOf(store, input.institutionId, input.level);
  });
}

// ——— Signers ———

function liveSigner(store: Store, id: string): SignerDbRow {
  const r = stmts(store.db).signer.get(id) as SignerDbRow | undefined;
  if (!r || r.deleted_at !== null) throw new AppError('NOT_FOUND', `Signer ${id} not found`, { field: 'id', key: 'issuers.errors.signerNotFound' });
  return r;
}

function checkPerson(store: Store, personId: string | null): void {
  if (personId !== null && !stmts(store.db).personLive.get(personId)) {
    throw new AppError('NOT_FOUND', `Person ${personId} not found`, { field: 'personId', key: 'errors.personNotFound' });
  }
}

export function createSigner(store: Store, input: In<typeof signerCreateSchema>): Signer {
  return store.write(() => {
    checkInstitution(store, input.institutionId);
    checkPerson(store, input.personId);
    const issuer = ensureIssuer(store, input.institutionId, input.level);
    const id = store.newId();
    const position = (stmts(store.db).maxPosition.get(issuer) as number) + 1;
    stmts(store.db).insertSigner.run({ ...input, id, issuerId: issuer, position, now: store.now() });
    return toSigner(stmts(store.db).signer.get(id) as SignerDbRow);
  });
}

export function updateSigner(store: Store, { id, patch, expectedUpdatedAt }: In<typeof signerUpdateSchema>): Signer {
  return store.write(() => {
    const r = liveSigner(store, id);
    refuseStale('doc_signers', id, r.updated_at, expectedUpdatedAt);
    if (patch.personId !== undefined) checkPerson(store, patch.personId);
    const next = { ...toSigner(r), ...stripUndefined(patch) };
    stmts(store.db).updateSigner.run({ ...next, id, now: store.now() });
    return toSigner(stmts(store.db).signer.get(id) as SignerDbRow);
  });
}

/** Marks the signer deleted; documents already issued keep what they printed. `issuers.restoreSigner` undoes it. */
export function removeSigner(store: Store, id: string): { id: string } {
  return removeMarked(store, id, liveSigner, stmts(store.db).markSigner);
}

export function restoreSigner(store: Store, id: string): Signer {
  const notFound = () => new AppError('NOT_FOUND', `Signer ${id} not found`, { field: 'id', key: 'issuers.errors.signerNotFound' });
  const load = () => foundOr(stmts(store.db).signer.get(id) as SignerDbRow | undefined, notFound);
  return restoreMarked(store, id, load, stmts(store.db).markSigner, () => toSigner(stmts(store.db).signer.get(id) as SignerDbRow));
}
