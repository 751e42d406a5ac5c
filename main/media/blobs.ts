import { createHash } from 'node:crypto';
import { jpegInfo, sniffMime, type SniffedMime } from '../../shared/media/schemas';
import { AppError } from '../../shared/result';
import { preparedPer, type Store } from '../db/store';

/*
 * The one way bytes reach the immutable `blobs` table (photos, clipping
 * copies, receipts): checked by their first bytes (the name and the
 * renderer's word never decide), written once under their sha256 (identical
 * bytes share one row) and never changed; the rows of the areas point at them.
 */

const stmts = preparedPer((db: Store['db']) => ({
  insert: db.prepare(`INSERT OR IGNORE INTO blobs (sha256, bytes, mime, size, created_at) VALUES (@sha, @bytes, @mime, @size, @now)`),
  bytes: db.prepare(`SELECT bytes FROM blobs WHERE sha256 = ?`).pluck(),
}));

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Writes `bytes` once (inside the caller's `store.write`) and answers their sha256. */
export function putBlob(store: Store, bytes: Buffer, mime: string): string {
  const sha = sha256(bytes);
  stmts(store.db).insert.run({ sha, bytes, mime, size: bytes.length, now: store.now() });
  return sha;
}

/** The blob's bytes, or undefined when there is none. */
export const blobBytes = (store: Store, sha: string): Buffer | undefined => stmts(store.db).bytes.get(sha) as Buffer | undefined;

/**
 * The type of a file by its first bytes when it is one of `allowed`; else a
 * VALIDATION error on `dataBase64` naming the file with the area's `key`.
 */
export function fileTypeOf(bytes: Buffer, fileName: string, allowed: ReadonlySet<string>, key: string): SniffedMime {
  const mime = sniffMime(bytes);
  if (bytes.length === 0 || !mime || !allowed.has(mime)) {
    throw new AppError('VALIDATION', `${fileName} is neither a PDF nor an image`, { field: 'dataBase64', key, params: { name: fileName } });
  }
  return mime;
}

/** The JPEG's real size when it is a complete JPEG of at most `max` px a side, else a VALIDATION error naming the file. */
export function checkJpeg(bytes: Buffer, max: number, fileName: string, field: string): { width: number; height: number } {
  const info = jpegInfo(bytes);
  if (!info) {
    throw new AppError('VALIDATION', `${fileName}: not a complete JPEG`, { field, key: 'media.errors.notJpeg', params: { name: fileName } });
  }
  if (info.width > max || info.height > max) {
    throw new AppError('VALIDATION', `${fileName}: ${info.width}×${info.height} is larger than ${max} px`, {
      field,
      key: 'media.errors.tooLarge',
      params: { name: fileName, max },
    });
  }
  return info;
}
