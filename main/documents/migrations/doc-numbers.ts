import { changeLogTriggers, dropChangeLogTriggers, STAMPS } from '../../db/changelog';

/** The doc_numbers columns the change log records, as migration 7 made them. */
export const NUMBER_COLUMNS = ['trip_id', 'kind', 'issuer_id', 'year', 'seq', 'number', 'issued_on', 'issued_as', 'clash_of', 'deleted_at'] as const;

/**
 * Rebuilds doc_numbers (from migration 7's columns) for a new CHECK on its
 * kinds: the old table renamed to `previous`, a new one made, every row
 * copied as it is, the old one dropped, the indexes and change-log triggers
 * made again. The triggers are off while the rows are copied: nothing is logged.
 * Migrations 9 and 14 call it with the kinds of their time; never change
 * what it writes (a shipped migration's schema must stay as it was).
 */
export function rebuildDocNumbers(previous: string, kinds: readonly string[]): string {
  const columns = 'id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at';
  return `
${dropChangeLogTriggers('doc_numbers')}
DROP INDEX doc_numbers_by_trip;
DROP INDEX doc_numbers_register;
DROP INDEX doc_numbers_unique;
ALTER TABLE doc_numbers RENAME TO ${previous};
CREATE TABLE doc_numbers (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')})),
  issuer_id TEXT NOT NULL DEFAULT '' REFERENCES doc_issuers (id),
  year INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  number TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL DEFAULT '',
  issued_as TEXT NOT NULL DEFAULT '{}',
  clash_of TEXT,
  ${STAMPS}
) STRICT;
INSERT INTO doc_numbers (${columns})
  SELECT ${columns} FROM ${previous};
DROP TABLE ${previous};
CREATE INDEX doc_numbers_by_trip ON doc_numbers (trip_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX doc_numbers_register ON doc_numbers (issuer_id, year, seq);
CREATE UNIQUE INDEX doc_numbers_unique ON doc_numbers (issuer_id, number) WHERE clash_of IS NULL AND number <> '';
${changeLogTriggers('doc_numbers', NUMBER_COLUMNS)}
`;
}
