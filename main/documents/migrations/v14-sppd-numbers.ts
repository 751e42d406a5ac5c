import { rebuildDocNumbers } from './doc-numbers';
import type { Migration } from '../../db/migrations';

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
    db.exec(rebuildDocNumbers('doc_numbers_v13', ['report', 'spt', 'spt_non_asn', 'letter', 'press', 'sppd']));
    const after = db.prepare(`SELECT count(*) FROM doc_numbers`).pluck().get() as number;
    if (after !== before) throw new Error(`migration 14: doc_numbers had ${before} rows, its copy ${after}`);
  },
};
