import { changeLogTriggers, STAMPS } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const PROFILE_COLUMNS = [
  'gov_line',
  'office_name',
  'address',
  'phone',
  'email',
  'website',
  'emblem_sha256',
  'emblem_file_name',
  'paper',
  'font',
  'margin_top',
  'margin_right',
  'margin_bottom',
  'margin_left',
  'place_of_issue',
  'head',
  'spt_signer',
  'numbering',
  'deleted_at',
] as const;
const REPORT_COLUMNS = [
  'conclusion',
  'suggestions',
  'closing',
  'spt_tasks',
  'acknowledge',
  'press_headline',
  'press_contact',
  'deleted_at',
] as const;
const NUMBER_COLUMNS = ['trip_id', 'kind', 'year', 'seq', 'number', 'issued_on', 'deleted_at'] as const;

/**
 * Documents: the office profile (one row, id PROFILE_ID), each trip's report
 * texts (one row per trip, id = the trip's id) and the numbers issued to a
 * trip's documents. A number, once issued, stays in the register: clearing it
 * marks it deleted, and the running number never goes back.
 * `head`, `spt_signer` and `numbering` hold JSON checked by the contract.
 */
export const v6documents: Migration = {
  version: 6,
  name: 'documents',
  up(db) {
    db.exec(`
CREATE TABLE doc_profile (
  id TEXT PRIMARY KEY NOT NULL,
  gov_line TEXT NOT NULL DEFAULT '',
  office_name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  emblem_sha256 TEXT REFERENCES blobs (sha256),
  emblem_file_name TEXT NOT NULL DEFAULT '',
  paper TEXT NOT NULL DEFAULT 'F4' CHECK (paper IN ('F4', 'A4')),
  font TEXT NOT NULL DEFAULT 'Arial',
  margin_top INTEGER NOT NULL DEFAULT 20,
  margin_right INTEGER NOT NULL DEFAULT 20,
  margin_bottom INTEGER NOT NULL DEFAULT 25,
  margin_left INTEGER NOT NULL DEFAULT 30,
  place_of_issue TEXT NOT NULL DEFAULT '',
  head TEXT NOT NULL DEFAULT '{}',
  spt_signer TEXT NOT NULL DEFAULT '{}',
  numbering TEXT NOT NULL DEFAULT '{}',
  ${STAMPS}
) STRICT;
${changeLogTriggers('doc_profile', PROFILE_COLUMNS)}

CREATE TABLE trip_reports (
  id TEXT PRIMARY KEY NOT NULL REFERENCES trips (id),
  conclusion TEXT NOT NULL DEFAULT '',
  suggestions TEXT NOT NULL DEFAULT '',
  closing TEXT NOT NULL DEFAULT '',
  spt_tasks TEXT NOT NULL DEFAULT '',
  acknowledge INTEGER NOT NULL DEFAULT 1 CHECK (acknowledge IN (0, 1)),
  press_headline TEXT NOT NULL DEFAULT '',
  press_contact TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
${changeLogTriggers('trip_reports', REPORT_COLUMNS)}

CREATE TABLE doc_numbers (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'spt', 'letter')),
  year INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  number TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX doc_numbers_by_trip ON doc_numbers (trip_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX doc_numbers_running ON doc_numbers (kind, year, seq);
${changeLogTriggers('doc_numbers', NUMBER_COLUMNS)}
`);
  },
};
