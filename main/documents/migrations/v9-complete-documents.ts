import { changeLogTriggers } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const PROFILE_COLUMNS = [
  'gov_line', 'office_name', 'address', 'phone', 'email', 'website', 'emblem_sha256', 'emblem_file_name', 'paper', 'font',
  'margin_top', 'margin_right', 'margin_bottom', 'margin_left', 'place_of_issue', 'head', 'spt_signer', 'numbering',
  'page_numbers', 'letter_date', 'deleted_at',
] as const;
const REPORT_COLUMNS = [
  'conclusion', 'suggestions', 'closing', 'spt_tasks', 'acknowledge', 'press_headline', 'press_contact',
  'cover', 'approval', 'foreword', 'obstacles_on', 'obstacles', 'attendance_split', 'deleted_at',
] as const;
const ISSUER_COLUMNS = [
  'institution_id', 'level', 'gov_line', 'office_name', 'address', 'phone', 'email', 'website', 'place_of_issue',
  'emblem_sha256', 'emblem_file_name', 'paper', 'font', 'margin_top', 'margin_right', 'margin_bottom', 'margin_left',
  'register', 'tembusan', 'deleted_at',
] as const;
const NUMBER_COLUMNS = ['trip_id', 'kind', 'issuer_id', 'year', 'seq', 'number', 'issued_on', 'issued_as', 'clash_of', 'deleted_at'] as const;

const dropLog = (table: string) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER ${table}_log_${op};`).join('\n');

/**
 * The complete documents (issue 10): the house style's page numbering and
 * where a letter's date stands; each issuer's tembusan; a report's optional
 * parts (cover, lembar pengesahan, kata pengantar, Hambatan) and how its
 * attendance list is split; and a numbered press release (the kind 'press'
 * in doc_numbers, which means rebuilding that table for its CHECK).
 */
export const v9completeDocuments: Migration = {
  version: 9,
  name: 'complete documents',
  up(db) {
    db.exec(`
${dropLog('doc_profile')}
ALTER TABLE doc_profile ADD COLUMN page_numbers TEXT NOT NULL DEFAULT 'bottom_right' CHECK (page_numbers IN ('bottom_right', 'top_center'));
ALTER TABLE doc_profile ADD COLUMN letter_date TEXT NOT NULL DEFAULT 'above' CHECK (letter_date IN ('above', 'nomor'));
${changeLogTriggers('doc_profile', PROFILE_COLUMNS)}

${dropLog('trip_reports')}
ALTER TABLE trip_reports ADD COLUMN cover INTEGER NOT NULL DEFAULT 1 CHECK (cover IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN approval INTEGER NOT NULL DEFAULT 0 CHECK (approval IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN foreword TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_reports ADD COLUMN obstacles_on INTEGER NOT NULL DEFAULT 0 CHECK (obstacles_on IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN obstacles TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_reports ADD COLUMN attendance_split TEXT NOT NULL DEFAULT 'day' CHECK (attendance_split IN ('day', 'session'));
${changeLogTriggers('trip_reports', REPORT_COLUMNS)}

${dropLog('doc_issuers')}
ALTER TABLE doc_issuers ADD COLUMN tembusan TEXT NOT NULL DEFAULT '';
${changeLogTriggers('doc_issuers', ISSUER_COLUMNS)}

${dropLog('doc_numbers')}
DROP INDEX doc_numbers_by_trip;
DROP INDEX doc_numbers_register;
DROP INDEX doc_numbers_unique;
ALTER TABLE doc_numbers RENAME TO doc_numbers_v8;
CREATE TABLE doc_numbers (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'spt', 'spt_non_asn', 'letter', 'press')),
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
INSERT INTO doc_numbers SELECT id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at FROM doc_numbers_v8;
DROP TABLE doc_numbers_v8;
CREATE INDEX doc_numbers_by_trip ON doc_numbers (trip_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX doc_numbers_register ON doc_numbers (issuer_id, year, seq);
CREATE UNIQUE INDEX doc_numbers_unique ON doc_numbers (issuer_id, number) WHERE clash_of IS NULL AND number <> '';
${changeLogTriggers('doc_numbers', NUMBER_COLUMNS)}
`);
  },
};
