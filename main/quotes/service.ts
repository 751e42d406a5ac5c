import type { z } from 'zod';
import type { Quote, quoteCreateSchema, quoteUpdateSchema } from '../../shared/quotes/schemas';
import { AppError } from '../../shared/result';
import { preparedPer, type Store } from '../db/store';
import { inLiveTrip, liveTripRow, ofLiveTrip } from '../trips';
import { foundOr, liveOr, removeMarked, restoreMarked, stripUndefined } from '../db/rows';
import { checkVersion } from '../db/versions';

/*
 * Kutipan: recorded words of the trip's people. A quote names its speaker as
 * the trip keeps them (the member's or host official's snapshot) when it is
 * recorded. Every write is one `store.write`.
 */

type In<S extends z.ZodType> = z.output<S>;

interface QuoteDbRow {
  id: string;
  trip_id: string;
  speaker_person_id: string;
  speaker_name: string;
  speaker_jabatan: string;
  words: string;
  said_on: string;
  place: string;
  learning_id: string | null;
  agenda_item_id: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toQuote = (r: QuoteDbRow): Quote => ({
  id: r.id,
  tripId: r.trip_id,
  speakerPersonId: r.speaker_person_id,
  speakerName: r.speaker_name,
  speakerJabatan: r.speaker_jabatan,
  words: r.words,
  saidOn: r.said_on,
  place: r.place,
  learningId: r.learning_id,
  agendaItemId: r.agenda_item_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The speaker as the trip keeps them: a live member's or host official's snapshot, else the directory row. */
const SPEAKER_SQL = `
  SELECT coalesce(json_extract(nullif(x.snapshot, ''), '$.name'), p.name) AS name,
         coalesce(json_extract(nullif(x.snapshot, ''), '$.jabatan'), p.jabatan) AS jabatan
  FROM (SELECT person_id, snapshot FROM trip_members WHERE trip_id = @tripId AND person_id = @personId AND deleted_at IS NULL
        UNION ALL
        SELECT person_id, snapshot FROM trip_host_people WHERE trip_id = @tripId AND person_id = @personId AND deleted_at IS NULL) x
  JOIN people p ON p.id = x.person_id
  LIMIT 1`;

function prepare(db: Store['db']) {
  return {
    list: db.prepare(`SELECT * FROM trip_quotes WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    get: db.prepare(`SELECT * FROM trip_quotes WHERE id = ?`),
    speaker: db.prepare(SPEAKER_SQL),
    learningOfTrip: db.prepare(`SELECT 1 FROM learnings WHERE id = ? AND trip_id = ? AND deleted_at IS NULL`).pluck(),
    agendaOfTrip: db.prepare(`SELECT 1 FROM agenda_items WHERE id = ? AND trip_id = ? AND deleted_at IS NULL`).pluck(),
    insert: db.prepare(
      `INSERT INTO trip_quotes (id, trip_id, speaker_person_id, speaker_name, speaker_jabatan, words, said_on, place, learning_id, agenda_item_id, created_at, updated_at)
       VALUES (@id, @tripId, @speakerPersonId, @speakerName, @speakerJabatan, @words, @saidOn, @place, @learningId, @agendaItemId, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE trip_quotes SET speaker_person_id = @speakerPersonId, speaker_name = @speakerName, speaker_jabatan = @speakerJabatan, words = @words,
         said_on = @saidOn, place = @place, learning_id = @learningId, agenda_item_id = @agendaItemId, updated_at = @now WHERE id = @id`,
    ),
    mark: db.prepare(`UPDATE trip_quotes SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`),
  };
}
const stmts = preparedPer(prepare);

/** The trip's quotes in the order they were recorded (no trip check). */
export function readQuotes(store: Store, tripId: string): Quote[] {
  return (stmts(store.db).list.all(tripId) as QuoteDbRow[]).map(toQuote);
}

export function listQuotes(store: Store, tripId: string): Quote[] {
  return ofLiveTrip(store, tripId, readQuotes);
}

const invalid = (field: string, key: string, message: string) => new AppError('VALIDATION', message, { field, key });

/** The speaker's name and jabatan as the trip keeps them; the learning and agenda item must be the trip's. */
function checked(store: Store, tripId: string, q: { speakerPersonId: string | null; learningId: string | null; agendaItemId: string | null }, prefix = '') {
  const s = stmts(store.db);
  const speaker = q.speakerPersonId === null ? undefined : (s.speaker.get({ tripId, personId: q.speakerPersonId }) as { name: string; jabatan: string } | undefined);
  if (q.speakerPersonId !== null && !speaker) throw invalid(`${prefix}speakerPersonId`, 'quotes.errors.speakerNotOfTrip', 'The speaker is not a member or host official of this trip');
  if (q.learningId && !s.learningOfTrip.get(q.learningId, tripId)) throw invalid(`${prefix}learningId`, 'quotes.errors.learningNotOfTrip', 'The learning is not of this trip');
  if (q.agendaItemId && !s.agendaOfTrip.get(q.agendaItemId, tripId)) throw invalid(`${prefix}agendaItemId`, 'quotes.errors.agendaItemNotOfTrip', 'The agenda item is not of this trip');
  return speaker ? { speakerName: speaker.name, speakerJabatan: speaker.jabatan } : null;
}

export function createQuote(store: Store, input: In<typeof quoteCreateSchema>): Quote {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const speaker = checked(store, input.tripId, input);
    if (!speaker) throw new Error('speaker checked');
    const id = store.newId();
    stmts(store.db).insert.run({ ...input, ...speaker, id, now: store.now() });
    return toQuote(stmts(store.db).get.get(id) as QuoteDbRow);
  });
}

const quoteNotFound = (id: string) => new AppError('NOT_FOUND', `Quote ${id} not found`, { field: 'id', key: 'quotes.errors.notFound' });

function liveQuote(store: Store, id: string): QuoteDbRow {
  return inLiveTrip(store, liveOr(stmts(store.db).get.get(id) as QuoteDbRow | undefined, () => quoteNotFound(id)));
}

export function updateQuote(store: Store, { id, patch, expectedUpdatedAt }: In<typeof quoteUpdateSchema>): Quote {
  return store.write(() => {
    checkVersion(store, 'trip_quotes', id, expectedUpdatedAt);
    const cur = toQuote(liveQuote(store, id));
    const next = { ...cur, ...stripUndefined(patch) };
    // Only what the patch changes is checked: words said by someone who has since left the trip stay editable.
    // A new speaker is named as the trip keeps them now; the same speaker keeps the name recorded with the words.
    const newSpeaker = patch.speakerPersonId !== undefined && patch.speakerPersonId !== cur.speakerPersonId;
    const speaker = checked(
      store,
      cur.tripId,
      {
        speakerPersonId: newSpeaker ? next.speakerPersonId : null,
        learningId: patch.learningId !== undefined ? next.learningId : null,
        agendaItemId: patch.agendaItemId !== undefined ? next.agendaItemId : null,
      },
      'patch.',
    );
    const names = newSpeaker && speaker ? speaker : { speakerName: cur.speakerName, speakerJabatan: cur.speakerJabatan };
    stmts(store.db).update.run({ ...next, ...names, id, now: store.now() });
    return toQuote(stmts(store.db).get.get(id) as QuoteDbRow);
  });
}

export function removeQuote(store: Store, id: string): { id: string } {
  return removeMarked(store, id, liveQuote, stmts(store.db).mark);
}

export function restoreQuote(store: Store, id: string): Quote {
  const load = () => inLiveTrip(store, foundOr(stmts(store.db).get.get(id) as QuoteDbRow | undefined, () => quoteNotFound(id)));
  return restoreMarked(store, id, load, stmts(store.db).mark, () => toQuote(stmts(store.db).get.get(id) as QuoteDbRow));
}
