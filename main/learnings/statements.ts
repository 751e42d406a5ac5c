import { preparedPer, type Store } from '../db/store';
import { F_COLS, H_COLS, L_COLS } from './rows';

/** The learnings' and follow-ups' statements, prepared once per database on first use. */
function prepare(db: Store['db']) {
  return {
    lGet: db.prepare(`SELECT ${L_COLS} FROM learnings WHERE id = ?`),
    lByTrip: db.prepare(`SELECT ${L_COLS} FROM learnings WHERE trip_id = ? AND deleted_at IS NULL ORDER BY position, created_at`),
    lMaxPos: db.prepare(`SELECT coalesce(max(position), 0) AS p FROM learnings WHERE trip_id = ? AND deleted_at IS NULL`),
    lInsert: db.prepare(
      `INSERT INTO learnings (id, trip_id, topic, agenda_item_ids, host_practice, figures, applicability, recommendation,
         dimensions, spbe_domains, responsible_unit, priority, position, created_at, updated_at)
       VALUES (@id, @tripId, @topic, @agendaItemIds, @hostPractice, @figures, @applicability, @recommendation,
         @dimensions, @spbeDomains, @responsibleUnit, @priority, @position, @now, @now)`,
    ),
    lUpdate: db.prepare(
      `UPDATE learnings SET topic = @topic, agenda_item_ids = @agendaItemIds, host_practice = @hostPractice, figures = @figures,
         applicability = @applicability, recommendation = @recommendation, dimensions = @dimensions, spbe_domains = @spbeDomains,
         responsible_unit = @responsibleUnit, priority = @priority, updated_at = @now
       WHERE id = @id`,
    ),
    agendaLive: db.prepare(
      `SELECT count(DISTINCT id) AS n FROM agenda_items
       WHERE trip_id = ? AND deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    ),
    lPosition: db.prepare(`UPDATE learnings SET position = ?, updated_at = ? WHERE id = ?`),
    lDelete: db.prepare(`UPDATE learnings SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    lRestore: db.prepare(`UPDATE learnings SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
    fGet: db.prepare(`SELECT ${F_COLS} FROM followups WHERE id = ?`),
    fByTrip: db.prepare(`SELECT ${F_COLS} FROM followups WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    fByLearning: db.prepare(`SELECT ${F_COLS} FROM followups WHERE learning_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    fInsert: db.prepare(
      `INSERT INTO followups (id, learning_id, trip_id, action, owner_unit, target_date, status, evidence, created_at, updated_at)
       VALUES (@id, @learningId, @tripId, @action, @ownerUnit, @targetDate, @status, @evidence, @now, @now)`,
    ),
    fUpdate: db.prepare(
      `UPDATE followups SET action = @action, owner_unit = @ownerUnit, target_date = @targetDate, evidence = @evidence, updated_at = @now
       WHERE id = @id`,
    ),
    fStatus: db.prepare(`UPDATE followups SET status = ?, updated_at = ? WHERE id = ?`),
    fDelete: db.prepare(`UPDATE followups SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    fDeleteOfLearning: db.prepare(`UPDATE followups SET deleted_at = ?, updated_at = ? WHERE learning_id = ? AND deleted_at IS NULL`),
    fRestore: db.prepare(`UPDATE followups SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
    fRestoreOfLearning: db.prepare(`UPDATE followups SET deleted_at = NULL, updated_at = ? WHERE learning_id = ? AND deleted_at = ?`),
    hInsert: db.prepare(
      `INSERT INTO followup_history (id, followup_id, from_status, to_status, note, at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    hByFollowup: db.prepare(`SELECT ${H_COLS} FROM followup_history WHERE followup_id = ? AND deleted_at IS NULL ORDER BY at, id`),
    hByTrip: db.prepare(
      `SELECT h.id, h.followup_id, h.from_status, h.to_status, h.note, h.at FROM followup_history h
       JOIN followups f ON f.id = h.followup_id
       WHERE f.trip_id = ? AND f.deleted_at IS NULL AND h.deleted_at IS NULL ORDER BY h.at, h.id`,
    ),
  };
}
export const stmts = preparedPer(prepare);
