import { changeLogTriggers, dropChangeLogTriggers } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

/** v15's receipt columns as they shipped, and the thumbnail. */
const RECEIPT_COLUMNS = ['trip_id', 'member_id', 'component', 'label', 'file_name', 'mime', 'blob_sha256', 'thumb_sha256', 'deleted_at'] as const;

/**
 * An image receipt's thumbnail (issue 15): a small JPEG in `blobs`, like a
 * photo's, pointed at by a nullable column (a PDF, and every receipt added
 * before, has none). Adding a nullable column keeps every row as it is; the
 * change-log triggers are made again so the new column is logged too.
 */
export const v16receiptThumbs: Migration = {
  version: 16,
  name: 'receipt thumbnails',
  up(db) {
    db.exec(`
ALTER TABLE money_receipts ADD COLUMN thumb_sha256 TEXT REFERENCES blobs (sha256);
${dropChangeLogTriggers('money_receipts')}
${changeLogTriggers('money_receipts', RECEIPT_COLUMNS)}
`);
  },
};
