import type { Migration } from '../../db/migrations';
import { changeLogTriggers, STAMPS } from '../../db/changelog';

/**
 * Learnings (hasil kunjungan) of a trip, their follow-up actions (rencana
 * tindak lanjut) and the follow-ups' status history. JSON lists are TEXT.
 * agenda_item_ids holds ids only: no foreign key to the agenda's table.
 */
export const v4learnings: Migration = {
  version: 4,
  name: 'learnings',
  up(db) {
    db.exec(`
CREATE TABLE learnings (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  topic TEXT NOT NULL DEFAULT '',
  agenda_item_ids TEXT NOT NULL DEFAULT '[]',
  host_practice TEXT NOT NULL DEFAULT '',
  figures TEXT NOT NULL DEFAULT '[]',
  applicability TEXT NOT NULL DEFAULT '',
  recommendation TEXT NOT NULL DEFAULT '',
  dimensions TEXT NOT NULL DEFAULT '[]',
  spbe_domains TEXT NOT NULL DEFAULT '[]',
  responsible_unit TEXT NOT NULL DEFAULT '',
  priority TEXT NOT NULL DEFAULT 'sedang' CHECK (priority IN ('tinggi', 'sedang', 'rendah')),
  position REAL NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
CREATE INDEX learnings_by_trip ON learnings (trip_id, position) WHERE deleted_at IS NULL;
CREATE INDEX learnings_deleted ON learnings (id) WHERE deleted_at IS NOT NULL;

CREATE TABLE followups (
  id TEXT PRIMARY KEY NOT NULL,
  learning_id TEXT NOT NULL DEFAULT '' REFERENCES learnings (id),
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  action TEXT NOT NULL DEFAULT '',
  owner_unit TEXT NOT NULL DEFAULT '',
  target_date TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'direncanakan' CHECK (status IN ('direncanakan', 'berjalan', 'selesai', 'dibatalkan')),
  evidence TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX followups_by_learning ON followups (learning_id, created_at) WHERE deleted_at IS NULL;
-- The tracker: rows in target-date order, and counts per status read from the index alone.
CREATE INDEX followups_live_by_target ON followups (target_date) WHERE deleted_at IS NULL;
CREATE INDEX followups_live_by_status ON followups (status, target_date, trip_id, learning_id) WHERE deleted_at IS NULL;

CREATE TABLE followup_history (
  id TEXT PRIMARY KEY NOT NULL,
  followup_id TEXT NOT NULL DEFAULT '' REFERENCES followups (id),
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL DEFAULT 'direncanakan',
  note TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
CREATE INDEX followup_history_by_followup ON followup_history (followup_id, at) WHERE deleted_at IS NULL;

${changeLogTriggers('learnings', [
  'trip_id', 'topic', 'agenda_item_ids', 'host_practice', 'figures', 'applicability', 'recommendation', 'dimensions',
  'spbe_domains', 'responsible_unit', 'priority', 'position', 'deleted_at',
])}
${changeLogTriggers('followups', ['learning_id', 'trip_id', 'action', 'owner_unit', 'target_date', 'status', 'evidence', 'deleted_at'])}
${changeLogTriggers('followup_history', ['followup_id', 'from_status', 'to_status', 'note', 'at', 'deleted_at'])}
`);
  },
};
