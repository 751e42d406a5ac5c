import { changeLogTriggers, dropChangeLogTriggers } from '../../db/changelog';
import { rebuildDocNumbers } from './doc-numbers';
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
${dropChangeLogTriggers('doc_profile')}
ALTER TABLE doc_profile ADD COLUMN page_numbers TEXT NOT NULL DEFAULT 'bottom_right' CHECK (page_numbers IN ('bottom_right', 'top_center'));
ALTER TABLE doc_profile ADD COLUMN letter_date TEXT NOT NULL DEFAULT 'above' CHECK (letter_date IN ('above', 'nomor'));
${changeLogTriggers('doc_profile', PROFILE_COLUMNS)}

${dropChangeLogTriggers('trip_reports')}
ALTER TABLE trip_reports ADD COLUMN cover INTEGER NOT NULL DEFAULT 1 CHECK (cover IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN approval INTEGER NOT NULL DEFAULT 0 CHECK (approval IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN foreword TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_reports ADD COLUMN obstacles_on INTEGER NOT NULL DEFAULT 0 CHECK (obstacles_on IN (0, 1));
ALTER TABLE trip_reports ADD COLUMN obstacles TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_reports ADD COLUMN attendance_split TEXT NOT NULL DEFAULT 'day' CHECK (attendance_split IN ('day', 'session'));
${changeLogTriggers('trip_reports', REPORT_COLUMNS)}

${dropChangeLogTriggers('doc_issuers')}
ALTER TABLE doc_issuers ADD COLUMN tembusan TEXT NOT NULL DEFAULT '';
${changeLogTriggers('doc_issuers', ISSUER_COLUMNS)}

${rebuildDocNumbers('doc_numbers_v8', ['report', 'spt', 'spt_non_asn', 'letter', 'press'])}
`);
  },
};
