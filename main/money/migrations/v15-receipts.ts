import { changeLogTriggers, STAMPS } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const RECEIPT_COLUMNS = ['trip_id', 'member_id', 'component', 'label', 'file_name', 'mime', 'blob_sha256', 'deleted_at'] as const;

/**
 * Receipts (bukti: tickets, boarding passes, hotel bills) attached to a
 * member's cost line (issue 15): the bytes in the immutable `blobs` table
 * by their sha256, like photos and clipping copies, the row here pointing at
 * them. The component codes are written out here (shared/money/vocabulary.ts
 * COST_COMPONENTS as it is now): a migration that has shipped never changes.
 */
export const v15receipts: Migration = {
  version: 15,
  name: 'money receipts',
  up(db) {
    db.exec(`
CREATE TABLE money_receipts (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  member_id TEXT NOT NULL DEFAULT '' REFERENCES trip_members (id),
  component TEXT NOT NULL DEFAULT 'fare'
    CHECK (component IN ('daily_allowance', 'representation', 'hotel', 'fare', 'taxi', 'local_transport', 'vehicle_hire')),
  label TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL DEFAULT '',
  blob_sha256 TEXT NOT NULL DEFAULT '' REFERENCES blobs (sha256),
  ${STAMPS}
) STRICT;
CREATE INDEX money_receipts_by_trip ON money_receipts (trip_id, member_id) WHERE deleted_at IS NULL;
${changeLogTriggers('money_receipts', RECEIPT_COLUMNS)}
`);
  },
};
