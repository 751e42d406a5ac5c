import type { z } from 'zod';
import { THUMB_SIDE } from '../../shared/media/schemas';
import { RECEIPT_MIMES, type Receipt, type receiptAddSchema, type ReceiptFile } from '../../shared/money/receipts';
import type { CostComponent } from '../../shared/money/vocabulary';
import { AppError } from '../../shared/result';
import { foundOr, removeMarked, restoreMarked } from '../db/rows';
import { preparedPer, type Store } from '../db/store';
import { blobBytes, checkJpeg, fileTypeOf, putBlob } from '../media';
import { inLiveTrip, liveTripRow, ofLiveTrip } from '../trips';

/*
 * Receipts of a member's cost lines (issue 15): the file's bytes are checked
 * by their first bytes (a PDF or an image; the name never decides, nor the
 * renderer's word), written once to `blobs` by their sha256 like photos and
 * clipping copies (main/media/blobs.ts), and the row points at them. An
 * image comes with its thumbnail, made by the renderer like a photo's and
 * checked here (a JPEG of at most THUMB_SIDE px); a PDF has none. Removing marks the row
 * (undo: restore); the blob stays while anything refers to it (a purged
 * trip's blobs nothing else uses go with it, main/trips/children.ts).
 */

type In<S extends z.ZodType> = z.output<S>;

interface ReceiptDbRow {
  id: string;
  trip_id: string;
  member_id: string;
  component: CostComponent;
  label: string;
  file_name: string;
  mime: Receipt['mime'];
  blob_sha256: string;
  thumb_sha256: string | null;
  size: number;
  thumb: Buffer | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toReceipt = (r: ReceiptDbRow): Receipt => ({
  id: r.id,
  tripId: r.trip_id,
  memberId: r.member_id,
  component: r.component,
  label: r.label,
  fileName: r.file_name,
  mime: r.mime,
  size: r.size,
  thumbUrl: r.thumb ? `data:image/jpeg;base64,${r.thumb.toString('base64')}` : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT r.*, b.size AS size, t.bytes AS thumb FROM money_receipts r JOIN blobs b ON b.sha256 = r.blob_sha256
  LEFT JOIN blobs t ON t.sha256 = r.thumb_sha256`;

function prepare(db: Store['db']) {
  return {
    list: db.prepare(
      `${SELECT} JOIN trip_members m ON m.id = r.member_id
       WHERE r.trip_id = ? AND r.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY r.created_at, r.id`,
    ),
    one: db.prepare(`${SELECT} WHERE r.id = ?`),
    memberTrip: db.prepare(`SELECT trip_id FROM trip_members WHERE id = ? AND deleted_at IS NULL`).pluck(),
    insert: db.prepare(
      `INSERT INTO money_receipts (id, trip_id, member_id, component, label, file_name, mime, blob_sha256, thumb_sha256, created_at, updated_at)
       VALUES (@id, @tripId, @memberId, @component, @label, @fileName, @mime, @sha, @thumbSha, @now, @now)`,
    ),
    mark: db.prepare(`UPDATE money_receipts SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`),
  };
}
const stmts = preparedPer(prepare);

const notFound = (id: string) => new AppError('NOT_FOUND', `Receipt ${id} not found`, { field: 'id', key: 'money.errors.receiptNotFound' });
const row = (store: Store, id: string) => stmts(store.db).one.get(id) as ReceiptDbRow | undefined;

/** The receipt (deleted or not) whose trip is live, or NOT_FOUND. */
function anyReceipt(store: Store, id: string): ReceiptDbRow {
  return inLiveTrip(store, foundOr(row(store, id), () => notFound(id)));
}

function liveReceipt(store: Store, id: string): ReceiptDbRow {
  const r = anyReceipt(store, id);
  if (r.deleted_at !== null) throw notFound(id);
  return r;
}

/** The trip's live receipts of live members, in the order they were added; no trip check. */
export function readReceipts(store: Store, tripId: string): Receipt[] {
  return (stmts(store.db).list.all(tripId) as ReceiptDbRow[]).map(toReceipt);
}

export function listReceipts(store: Store, tripId: string): Receipt[] {
  return ofLiveTrip(store, tripId, readReceipts);
}

const ALLOWED: ReadonlySet<string> = new Set(RECEIPT_MIMES);

export function addReceipt(store: Store, input: In<typeof receiptAddSchema>): Receipt {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const mime = fileTypeOf(bytes, input.fileName, ALLOWED, 'money.errors.receiptType');
  const thumb = mime !== 'application/pdf' && input.thumbBase64 ? Buffer.from(input.thumbBase64, 'base64') : null;
  if (thumb) checkJpeg(thumb, THUMB_SIDE, input.fileName, 'thumbBase64');
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const of = stmts(store.db).memberTrip.get(input.memberId) as string | undefined;
    if (of !== input.tripId) {
      throw new AppError('VALIDATION', `Member ${input.memberId} is not on trip ${input.tripId}`, { field: 'memberId', key: 'money.errors.memberNotOfTrip' });
    }
    const sha = putBlob(store, bytes, mime);
    const thumbSha = thumb ? putBlob(store, thumb, 'image/jpeg') : null;
    const id = store.newId();
    const { tripId, memberId, component, label, fileName } = input;
    stmts(store.db).insert.run({ id, tripId, memberId, component, label, fileName, mime, sha, thumbSha, now: store.now() });
    return toReceipt(row(store, id) as ReceiptDbRow);
  });
}

export function removeReceipt(store: Store, id: string): { id: string } {
  return removeMarked(store, id, liveReceipt, stmts(store.db).mark);
}

export function restoreReceipt(store: Store, id: string): Receipt {
  const load = () => {
    const r = anyReceipt(store, id);
    // A receipt of a member who left the delegation waits for the member.
    if (stmts(store.db).memberTrip.get(r.member_id) === undefined) {
      throw new AppError('NOT_FOUND', `Member ${r.member_id} not found`, { field: 'memberId', key: 'errors.memberNotFound' });
    }
    return r;
  };
  return restoreMarked(store, id, load, stmts(store.db).mark, () => toReceipt(row(store, id) as ReceiptDbRow));
}

/** The receipt's file, to open or download. */
export function receiptFile(store: Store, id: string): ReceiptFile {
  const r = liveReceipt(store, id);
  const bytes = blobBytes(store, r.blob_sha256);
  if (!bytes) throw notFound(id);
  return { id, fileName: r.file_name, mime: r.mime, dataBase64: bytes.toString('base64') };
}
