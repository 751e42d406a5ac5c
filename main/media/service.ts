import { formatDay, formatTime, localDateOf } from '../../shared/zones';
import type { z } from 'zod';
import {
  MAX_IMAGE_SIDE,
  THUMB_SIDE,
  type AgendaOption,
  type CopyFile,
  type Coverage,
  type coverageAttachSchema,
  type coverageCreateSchema,
  type coverageUpdateSchema,
  type Photo,
  type photoAddSchema,
  type PhotoImage,
  type photoReorderSchema,
  type photoUpdateSchema,
  type Tone,
} from '../../shared/media/schemas';
import type { Removed } from '../../shared/op';
import { AppError } from '../../shared/result';
import { isJournalistRole, type MemberRole } from '../../shared/vocabulary';
import { preparedPer, type Store } from '../db/store';
import { inLiveTrip, liveTripRow } from '../trips';
import { checkFullOrder, liveOr, removeRow, restoreRow } from '../db/rows';
import { checkVersion } from '../db/versions';
import { checkJpeg, fileTypeOf, putBlob } from './blobs';

/*
 * Press coverage and photos of a trip. Bytes are written once to `blobs`
 * under their sha256 (identical bytes share one row) and never changed;
 * coverage and photo rows point at them. Every write is one `store.write`:
 * a refused file writes nothing.
 */

type In<S extends z.ZodType> = z.output<S>;

interface CoverageDbRow {
  id: string;
  trip_id: string;
  outlet: string;
  journalist_member_id: string | null;
  journalist_name: string | null;
  headline: string;
  url: string;
  published_on: string;
  section: string;
  tone: Tone;
  copy_sha256: string | null;
  copy_file_name: string;
  copy_mime: string | null;
  copy_size: number | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toCoverage = (r: CoverageDbRow): Coverage => ({
  id: r.id,
  tripId: r.trip_id,
  outlet: r.outlet,
  journalistMemberId: r.journalist_member_id,
  journalistName: r.journalist_name ?? '',
  headline: r.headline,
  url: r.url,
  publishedOn: r.published_on,
  section: r.section,
  tone: r.tone,
  copy: r.copy_sha256 ? { fileName: r.copy_file_name, mime: r.copy_mime ?? '', size: r.copy_size ?? 0 } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface PhotoDbRow {
  id: string;
  trip_id: string;
  file_name: string;
  image_sha256: string;
  thumb_sha256: string;
  caption: string;
  taken_at: string;
  agenda_item_id: string | null;
  width: number;
  height: number;
  position: number;
  size: number;
  thumb: Buffer;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

/** A photo's fields without its thumbnail. */
const photoFields = (r: Omit<PhotoDbRow, 'thumb'>): Omit<Photo, 'thumbUrl'> => ({
  id: r.id,
  tripId: r.trip_id,
  fileName: r.file_name,
  caption: r.caption,
  takenAt: r.taken_at,
  agendaItemId: r.agenda_item_id,
  width: r.width,
  height: r.height,
  size: r.size,
  sha256: r.image_sha256,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toPhoto = (r: PhotoDbRow): Photo => ({ ...photoFields(r), thumbUrl: `data:image/jpeg;base64,${r.thumb.toString('base64')}` });

const COVERAGE_SELECT = `SELECT c.*, trim(p.title_prefix || ' ' || p.name || CASE WHEN p.title_suffix <> '' THEN ', ' || p.title_suffix ELSE '' END) AS journalist_name,
  b.mime AS copy_mime, b.size AS copy_size
  FROM coverage c
  LEFT JOIN trip_members m ON m.id = c.journalist_member_id AND m.deleted_at IS NULL
  LEFT JOIN people p ON p.id = m.person_id
  LEFT JOIN blobs b ON b.sha256 = c.copy_sha256`;
const PHOTO_SELECT = `SELECT x.*, i.size AS size, t.bytes AS thumb FROM photos x
  JOIN blobs i ON i.sha256 = x.image_sha256 JOIN blobs t ON t.sha256 = x.thumb_sha256`;

function prepare(db: Store['db']) {
  return {
    coverageList: db.prepare(
      `${COVERAGE_SELECT} WHERE c.trip_id = ? AND c.deleted_at IS NULL
       ORDER BY CASE WHEN c.published_on = '' THEN 1 ELSE 0 END, c.published_on, c.created_at, c.id`,
    ),
    coverage: db.prepare(`${COVERAGE_SELECT} WHERE c.id = ?`),
    insertCoverage: db.prepare(
      `INSERT INTO coverage (id, trip_id, outlet, journalist_member_id, headline, url, published_on, section, tone, created_at, updated_at)
       VALUES (@id, @tripId, @outlet, @journalistMemberId, @headline, @url, @publishedOn, @section, @tone, @now, @now)`,
    ),
    updateCoverage: db.prepare(
      `UPDATE coverage SET outlet = @outlet, journalist_member_id = @journalistMemberId, headline = @headline, url = @url,
         published_on = @publishedOn, section = @section, tone = @tone, updated_at = @now WHERE id = @id`,
    ),
    setCopy: db.prepare(`UPDATE coverage SET copy_sha256 = @sha, copy_file_name = @fileName, updated_at = @now WHERE id = @id`),
    markCoverage: db.prepare(`UPDATE coverage SET deleted_at = @at, updated_at = @now WHERE id = @id`),
    journalist: db.prepare(`SELECT role, trip_id FROM trip_members WHERE id = ? AND deleted_at IS NULL`),

    blob: db.prepare(`SELECT bytes, mime FROM blobs WHERE sha256 = ?`),

    photoList: db.prepare(`${PHOTO_SELECT} WHERE x.trip_id = ? AND x.deleted_at IS NULL ORDER BY x.position, x.created_at, x.id`),
    /** For documents: the full picture (or none), no thumbnail. */
    photoImages: db.prepare(
      `SELECT x.*, i.size AS size, CASE WHEN @withBytes THEN i.bytes ELSE x'' END AS image FROM photos x
       JOIN blobs i ON i.sha256 = x.image_sha256
       WHERE x.trip_id = @tripId AND x.deleted_at IS NULL ORDER BY x.position, x.created_at, x.id`,
    ),
    photo: db.prepare(`${PHOTO_SELECT} WHERE x.id = ?`),
    photoRef: db.prepare(`SELECT id, trip_id, file_name, image_sha256, deleted_at FROM photos WHERE id = ?`),
    maxPhotoPosition: db.prepare(`SELECT coalesce(max(position), 0) FROM photos WHERE trip_id = ?`).pluck(),
    insertPhoto: db.prepare(
      `INSERT INTO photos (id, trip_id, file_name, image_sha256, thumb_sha256, caption, taken_at, width, height, position, created_at, updated_at)
       VALUES (@id, @tripId, @fileName, @imageSha, @thumbSha, @caption, @takenAt, @width, @height, @position, @now, @now)`,
    ),
    updatePhoto: db.prepare(
      `UPDATE photos SET caption = @caption, taken_at = @takenAt, agenda_item_id = @agendaItemId, updated_at = @now WHERE id = @id`,
    ),
    livePhotoIds: db.prepare(`SELECT id FROM photos WHERE trip_id = ? AND deleted_at IS NULL`).pluck(),
    setPhotoPosition: db.prepare(`UPDATE photos SET position = @position, updated_at = @now WHERE id = @id`),
    markPhoto: db.prepare(`UPDATE photos SET deleted_at = @at, updated_at = @now WHERE id = @id`),
    agendaItem: db.prepare(`SELECT trip_id, deleted_at FROM agenda_items WHERE id = ?`),
    agendaItems: db.prepare(
      `SELECT id, title, start_at, start_zone FROM agenda_items WHERE trip_id = ? AND deleted_at IS NULL ORDER BY start_at, position, id`,
    ),
  };
}
const stmts = preparedPer(prepare);

const notFound = (what: string, id: string, key: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist or was removed`, { field: 'id', key });

// ——— Coverage ———

function coverageRow(store: Store, id: string): CoverageDbRow {
  const row = stmts(store.db).coverage.get(id) as CoverageDbRow | undefined;
  if (!row) throw notFound('Coverage', id, 'media.errors.coverageNotFound');
  return row;
}
function liveCoverageRow(store: Store, id: string): CoverageDbRow {
  return inLiveTrip(store, liveOr(coverageRow(store, id), () => notFound('Coverage', id, 'media.errors.coverageNotFound')));
}

function checkJournalist(store: Store, tripId: string, memberId: string | null): void {
  if (memberId === null) return;
  const m = stmts(store.db).journalist.get(memberId) as { role: MemberRole; trip_id: string } | undefined;
  if (!m || m.trip_id !== tripId || !isJournalistRole(m.role)) {
    throw new AppError('VALIDATION', `Member ${memberId} is not a journalist of this trip`, {
      field: 'journalistMemberId',
      key: 'media.errors.notJournalist',
    });
  }
}

export function listCoverage(store: Store, tripId: string): Coverage[] {
  liveTripRow(store, tripId, 'tripId');
  return (stmts(store.db).coverageList.all(tripId) as CoverageDbRow[]).map(toCoverage);
}

export function createCoverage(store: Store, input: In<typeof coverageCreateSchema>): Coverage {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkJournalist(store, input.tripId, input.journalistMemberId);
    const id = store.newId();
    stmts(store.db).insertCoverage.run({ ...input, id, now: store.now() });
    return toCoverage(coverageRow(store, id));
  });
}

export function updateCoverage(store: Store, input: In<typeof coverageUpdateSchema>): Coverage {
  return store.write(() => {
    checkVersion(store, 'coverage', input.id, input.expectedUpdatedAt);
    const row = liveCoverageRow(store, input.id);
    checkJournalist(store, row.trip_id, input.journalistMemberId);
    stmts(store.db).updateCoverage.run({ ...input, now: store.now() });
    return toCoverage(coverageRow(store, input.id));
  });
}

export function removeCoverage(store: Store, id: string): Removed {
  return removeRow(store, id, liveCoverageRow, (now) => stmts(store.db).markCoverage.run({ id, at: now, now }));
}

export function restoreCoverage(store: Store, id: string): Coverage {
  const revive = (now: number) => stmts(store.db).markCoverage.run({ id, at: null, now });
  return restoreRow(store, () => inLiveTrip(store, coverageRow(store, id)), revive, () => toCoverage(coverageRow(store, id)));
}

const COPY_MIMES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function attachCopy(store: Store, input: In<typeof coverageAttachSchema>): Coverage {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const mime = fileTypeOf(bytes, input.fileName, COPY_MIMES, 'media.errors.copyType');
  return store.write(() => {
    liveCoverageRow(store, input.id);
    const sha = putBlob(store, bytes, mime);
    stmts(store.db).setCopy.run({ id: input.id, sha, fileName: input.fileName, now: store.now() });
    return toCoverage(coverageRow(store, input.id));
  });
}

export function getCopy(store: Store, id: string): CopyFile {
  const row = liveCoverageRow(store, id);
  const blob = row.copy_sha256 ? (stmts(store.db).blob.get(row.copy_sha256) as { bytes: Buffer; mime: string } | undefined) : undefined;
  if (!blob) throw new AppError('NOT_FOUND', `Coverage ${id} has no saved copy`, { field: 'id', key: 'media.errors.noCopy' });
  return { fileName: row.copy_file_name, mime: blob.mime, dataBase64: blob.bytes.toString('base64') };
}

// ——— Photos ———

function photoRow(store: Store, id: string): PhotoDbRow {
  const row = stmts(store.db).photo.get(id) as PhotoDbRow | undefined;
  if (!row) throw notFound('Photo', id, 'media.errors.photoNotFound');
  return row;
}
function livePhotoRow(store: Store, id: string): PhotoDbRow {
  return inLiveTrip(store, liveOr(photoRow(store, id), () => notFound('Photo', id, 'media.errors.photoNotFound')));
}

export function listPhotos(store: Store, tripId: string): Photo[] {
  liveTripRow(store, tripId, 'tripId');
  return (stmts(store.db).photoList.all(tripId) as PhotoDbRow[]).map(toPhoto);
}

export function addPhoto(store: Store, input: In<typeof photoAddSchema>): Photo {
  const image = Buffer.from(input.imageBase64, 'base64');
  const thumb = Buffer.from(input.thumbBase64, 'base64');
  // The header, not the caller, says how big the picture is.
  const size = checkJpeg(image, MAX_IMAGE_SIDE, input.fileName, 'imageBase64');
  checkJpeg(thumb, THUMB_SIDE, input.fileName, 'thumbBase64');
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const s = stmts(store.db);
    const imageSha = putBlob(store, image, 'image/jpeg');
    const thumbSha = putBlob(store, thumb, 'image/jpeg');
    const id = store.newId();
    s.insertPhoto.run({
      id,
      tripId: input.tripId,
      fileName: input.fileName,
      imageSha,
      thumbSha,
      caption: input.caption,
      takenAt: input.takenAt,
      width: size.width,
      height: size.height,
      position: (s.maxPhotoPosition.get(input.tripId) as number) + 1,
      now: store.now(),
    });
    return toPhoto(photoRow(store, id));
  });
}

/**
 * The trip's live photos in display order with their full JPEG bytes (empty
 * when `withBytes` is false), for the documents: one query, no thumbnails.
 */
export function listPhotoImages(store: Store, tripId: string, withBytes: boolean): Array<Omit<Photo, 'thumbUrl'> & { bytes: Uint8Array }> {
  const rows = stmts(store.db).photoImages.all({ tripId, withBytes: withBytes ? 1 : 0 }) as Array<Omit<PhotoDbRow, 'thumb'> & { image: Buffer }>;
  return rows.map((r) => ({ ...photoFields(r), bytes: new Uint8Array(r.image.buffer, r.image.byteOffset, r.image.byteLength) }));
}

export function getPhoto(store: Store, id: string): PhotoImage {
  const row = livePhotoRow(store, id);
  const blob = stmts(store.db).blob.get(row.image_sha256) as { bytes: Buffer } | undefined;
  if (!blob) throw notFound('Photo', id, 'media.errors.photoNotFound');
  return { id, fileName: row.file_name, mime: 'image/jpeg', dataBase64: blob.bytes.toString('base64') };
}

/**
 * A photo's agenda link must be a live item of the photo's own trip. A link
 * the photo already has is kept as it is even when its item was removed since
 * (the form sends it back with every caption edit, and restoring the item
 * brings the link back to life).
 */
function checkAgendaLink(store: Store, photo: PhotoDbRow, agendaItemId: string | null): void {
  if (agendaItemId === null || agendaItemId === photo.agenda_item_id) return;
  const item = stmts(store.db).agendaItem.get(agendaItemId) as { trip_id: string; deleted_at: number | null } | undefined;
  if (!item || item.deleted_at !== null || item.trip_id !== photo.trip_id) {
    throw new AppError('VALIDATION', `Agenda item ${agendaItemId} is not a live item of this photo's trip`, {
      field: 'agendaItemId',
      key: 'media.errors.agendaItemNotFound',
    });
  }
}

export function updatePhoto(store: Store, input: In<typeof photoUpdateSchema>): Photo {
  return store.write(() => {
    checkVersion(store, 'photos', input.id, input.expectedUpdatedAt);
    checkAgendaLink(store, livePhotoRow(store, input.id), input.agendaItemId);
    stmts(store.db).updatePhoto.run({ ...input, now: store.now() });
    return toPhoto(photoRow(store, input.id));
  });
}

export function removePhoto(store: Store, id: string): Removed {
  return removeRow(store, id, livePhotoRow, (now) => stmts(store.db).markPhoto.run({ id, at: now, now }));
}

export function restorePhoto(store: Store, id: string): Photo {
  const revive = (now: number) => stmts(store.db).markPhoto.run({ id, at: null, now });
  return restoreRow(store, () => inLiveTrip(store, photoRow(store, id)), revive, () => toPhoto(photoRow(store, id)));
}

/** Gives the trip's live photos positions 1..n in the order of `photoIds`, which must name each of them once. */
export function reorderPhotos(store: Store, { tripId, photoIds }: In<typeof photoReorderSchema>): Photo[] {
  return store.write(() => {
    liveTripRow(store, tripId, 'tripId');
    const s = stmts(store.db);
    const live = s.livePhotoIds.all(tripId) as string[];
    checkFullOrder(live, photoIds, { field: 'photoIds', key: 'media.errors.reorderMismatch', noun: 'photo' });
    const now = store.now();
    photoIds.forEach((id, i) => s.setPhotoPosition.run({ id, position: i + 1, now }));
    return listPhotos(store, tripId);
  });
}

/** The trip's agenda items a photo can be linked to: "Kamis, 24 April 2025 · 09.00 WIB · Penyambutan". */
export function agendaOptions(store: Store, tripId: string): AgendaOption[] {
  liveTripRow(store, tripId, 'tripId');
  const rows = stmts(store.db).agendaItems.all(tripId) as Array<{ id: string; title: string; start_at: number; start_zone: string }>;
  return rows.map((r) => ({
    id: r.id,
    label: `${formatDay(localDateOf(r.start_at, r.start_zone))} · ${formatTime(r.start_at, r.start_zone)} · ${r.title}`,
  }));
}
