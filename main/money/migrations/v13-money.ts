import { changeLogTriggers, STAMPS } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const RATE_SET_COLUMNS = ['name', 'legal_basis', 'valid_from', 'valid_to', 'sample', 'notes', 'levels', 'rules', 'destinations', 'deleted_at'] as const;
const TRIP_MONEY_COLUMNS = [
  'rate_set_id', 'travel_kind', 'destination_region_code', 'budget_code', 'budget_name', 'budget_ceiling', 'non_asn', 'ppk_person_id', 'deleted_at',
] as const;
const MEMBER_MONEY_COLUMNS = ['trip_id', 'level_override', 'planned_expenses', 'real_expenses', 'legs', 'deleted_at'] as const;
const ADVANCE_COLUMNS = ['trip_id', 'member_id', 'amount', 'paid_on', 'note', 'deleted_at'] as const;

/**
 * The money of a trip (issue 15). Amounts are integer sen (shared/money/rupiah.ts).
 *
 * A rate set keeps its levels, rules and destination tables as JSON checked by
 * the zod schema (shared/money/schemas.ts rateSetSchema) on every write and
 * read: a set is read whole by every cost sheet and edited as one document
 * with one version (its updated_at), no query looks inside it, and a table
 * per level, destination and table × level would be four more tables and
 * hundreds of rows per set for nothing the app asks of them. Amendments are
 * new sets with their own validity; the cost rules pick the set of each day.
 *
 * The trip's settings (trip_money, id = the trip's id, made on the first save)
 * and a member's money (trip_member_money, id = the member's id) exist in the
 * app before their rows do, with version 0. Expenses (planned, real) and a
 * member's own journeys are JSON checked by expensesSchema / travelLegSchema.
 * Uang muka (trip_advances) goes to a member, or with member_id NULL to the
 * delegation.
 */
export const v13money: Migration = {
  version: 13,
  name: 'money',
  up(db) {
    db.exec(`
CREATE TABLE rate_sets (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_basis)),
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  levels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(levels)),
  rules TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(rules)),
  destinations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(destinations)),
  ${STAMPS}
) STRICT;
CREATE INDEX rate_sets_live ON rate_sets (valid_from) WHERE deleted_at IS NULL;

CREATE TABLE trip_money (
  id TEXT PRIMARY KEY NOT NULL REFERENCES trips (id),
  -- NULL: the rate sets covering each day, by date.
  rate_set_id TEXT REFERENCES rate_sets (id),
  travel_kind TEXT NOT NULL DEFAULT 'out_of_town' CHECK (travel_kind IN ('out_of_town', 'in_town_over_8h', 'training')),
  destination_region_code TEXT NOT NULL DEFAULT '',
  -- The DPA line: none while budget_code is '' (and the ceiling NULL).
  budget_code TEXT NOT NULL DEFAULT '',
  budget_name TEXT NOT NULL DEFAULT '',
  budget_ceiling INTEGER CHECK ((budget_ceiling IS NULL) = (budget_code = '') AND (budget_ceiling IS NULL OR budget_ceiling >= 0)),
  non_asn TEXT NOT NULL DEFAULT 'own_heading' CHECK (non_asn IN ('own_heading', 'excluded')),
  ppk_person_id TEXT REFERENCES people (id),
  ${STAMPS}
) STRICT;

CREATE TABLE trip_member_money (
  id TEXT PRIMARY KEY NOT NULL REFERENCES trip_members (id),
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  level_override TEXT NOT NULL DEFAULT '',
  planned_expenses TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(planned_expenses)),
  real_expenses TEXT CHECK (real_expenses IS NULL OR json_valid(real_expenses)),
  -- NULL: the member's journeys are the agenda's travel items.
  legs TEXT CHECK (legs IS NULL OR json_valid(legs)),
  ${STAMPS}
) STRICT;
CREATE INDEX trip_member_money_by_trip ON trip_member_money (trip_id) WHERE deleted_at IS NULL;

CREATE TABLE trip_advances (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  -- NULL: to the delegation as a whole.
  member_id TEXT REFERENCES trip_members (id),
  amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
  paid_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX trip_advances_by_trip ON trip_advances (trip_id, created_at) WHERE deleted_at IS NULL;

${changeLogTriggers('rate_sets', RATE_SET_COLUMNS)}
${changeLogTriggers('trip_money', TRIP_MONEY_COLUMNS)}
${changeLogTriggers('trip_member_money', MEMBER_MONEY_COLUMNS)}
${changeLogTriggers('trip_advances', ADVANCE_COLUMNS)}
`);
  },
};
