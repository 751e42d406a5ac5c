import type { z } from 'zod';
import type { DocFont, LetterDatePlace, PageNumberStyle, Paper, Profile, profileUpdateSchema } from '../../shared/documents/schemas';
import { preparedPer, type Store } from '../db/store';
import { refuseStale } from '../db/versions';
import { stripUndefined } from '../db/rows';

/*
 * The house style (Pengaturan → Gaya dokumen): paper, font and margins, one
 * row, id PROFILE_ID, created on the first save; every issuer inherits them
 * unless it sets its own. The kop, signers and numbering live with the
 * issuers (services/issuers.ts); the old columns of doc_profile that held
 * them were moved there by migration 7 and are no longer read.
 */

type In<S extends z.ZodType> = z.output<S>;

/** The id of the one profile row: fixed, so two laptops' rows are the same row. */
export const PROFILE_ID = '01960000-0000-7000-8000-000000000001';

/** Largest emblem file, in bytes, and its largest side, in pixels. */
export const MAX_EMBLEM_BYTES = 3 * 1024 * 1024;
export const MAX_EMBLEM_SIDE = 2000;

interface ProfileDbRow {
  paper: Paper;
  font: DocFont;
  margin_top: number;
  margin_right: number;
  margin_bottom: number;
  margin_left: number;
  page_numbers: PageNumberStyle;
  letter_date: LetterDatePlace;
  updated_at: number;
}

export const DEFAULT_PROFILE: Profile = {
  paper: 'F4',
  font: 'Arial',
  marginTop: 20,
  marginRight: 20,
  marginBottom: 25,
  marginLeft: 30,
  pageNumbers: 'bottom_right',
  letterDate: 'above',
  updatedAt: 0,
};

function prepare(db: Store['db']) {
  return {
    get: db.prepare(`SELECT paper, font, margin_top, margin_right, margin_bottom, margin_left, page_numbers, letter_date, updated_at FROM doc_profile WHERE id = ? AND deleted_at IS NULL`),
    ensure: db.prepare(`INSERT OR IGNORE INTO doc_profile (id, created_at, updated_at) VALUES (@id, @now, @now)`),
    update: db.prepare(
      `UPDATE doc_profile SET paper = @paper, font = @font, margin_top = @marginTop, margin_right = @marginRight,
         margin_bottom = @marginBottom, margin_left = @marginLeft, page_numbers = @pageNumbers, letter_date = @letterDate, updated_at = @now
       WHERE id = @id`,
    ),
  };
}
const stmts = preparedPer(prepare);

export function getProfile(store: Store): Profile {
  const r = stmts(store.db).get.get(PROFILE_ID) as ProfileDbRow | undefined;
  if (!r) return { ...DEFAULT_PROFILE };
  return {
    paper: r.paper,
    font: r.font,
    marginTop: r.margin_top,
    marginRight: r.margin_right,
    marginBottom: r.margin_bottom,
    marginLeft: r.margin_left,
    pageNumbers: r.page_numbers,
    letterDate: r.letter_date,
    updatedAt: r.updated_at,
  };
}

export function updateProfile(store: Store, input: In<typeof profileUpdateSchema>): Profile {
  return store.write(() => {
    const { expectedUpdatedAt, ...patch } = input;
    refuseStale('doc_profile', PROFILE_ID, getProfile(store).updatedAt, expectedUpdatedAt);
    stmts(store.db).ensure.run({ id: PROFILE_ID, now: store.now() });
    const next = { ...getProfile(store), ...stripUndefined(patch) };
    stmts(store.db).update.run({ ...next, id: PROFILE_ID, now: store.now() });
    return getProfile(store);
  });
}
