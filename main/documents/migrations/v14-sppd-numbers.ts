import { changeLogTriggers } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const NUMBER_COLUMNS = ['trip_id', 'kind', 'issuer_id', 'year', 'seq', 'number', 'issued_on', 'issued_as', 'clash_of', 'deleted_at'] as const;

const dropLog = (table: string) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER ${table}_log_${op};`).join('\n');

/**
 * The SPPD is numbered from the register like the letters (issue 15): the
 * kind 'sppd' in doc_numbers. A CHECK cannot change in place, so the table
 * is rebuilt (new table, every row copied as it is, indexes and change-log
 * triggers re-created); no table points at doc_numbers, so foreign keys stay
 * on. Nothing is logged: the triggers are off while the rows are copied.
 */
export const v14sppdNumbers: Migration = {
  version: 14,
  name: 'sppd numbers',
  up(db) {
    const before = db.prepare(`SELECT count(*) FROM doc_numbers`).pluck().get() as number;
    db.exec(`
${dropLog('doc_numbers')}
DROP INDEX doc_numbers_by_trip;
DROP INDEX doc_numbers_register;
DROP INDEX doc_numbers_unique;
ALTER TABLE doc_numbers RENAME TO doc_numbers_v13;
CREATE TABLE doc_numbers (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'spt', 'spt_non_asn', 'letter', 'press', 'sppd')),
  issuer_id TEXT NOT NULL DEFAULT '' REFERENCES doc_issuers (id),
  year INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  number TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL DEFAULT '',
  issued_as TEXT NOT NULL DEFAULT '{}',
  clash_of TEXT,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER
) STRICT;
INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at)
  SELECT id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at FROM doc_numbers_v13;
DROP TABLE doc_numbers_v13;
CREATE INDEX doc_numbers_by_trip ON doc_numbers (trip_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX doc_numbers_register ON doc_numbers (issuer_id, year, seq);
CREATE UNIQUE INDEX doc_numbers_unique ON doc_numbers (issuer_id, number) WHERE clash_of IS NULL AND number <> '';
${changeLogTriggers('doc_numbers', NUMBER_COLUMNS)}
`);
    const after = db.prepare(`SELECT count(*) FROM doc_numbers`).pluck().get() as number;
    if (after !== before) throw new Error(`migration 14: doc_numbers had ${before} rows, its copy ${after}`);
  },
};
