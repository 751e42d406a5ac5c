/**
 * SQL for the change log triggers. Every synced table gets three triggers that
 * write one change_log row in the same transaction as the change itself, so a
 * later sync engine can replay local writes as PUT / PATCH / DELETE.
 * The clock value and device id come from the single-row `sync_clock` table,
 * which the app advances at the start of each write transaction.
 */
export function changeLogTriggers(table: string, columns: readonly string[]): string {
  // One row per column whose value changed, with its previous value.
  const diff = columns
    .map((c) => `SELECT '${c}' AS c, OLD.${c} AS v WHERE OLD.${c} IS NOT NEW.${c}`)
    .join(' UNION ALL ');
  const clock = `(SELECT hlc FROM sync_clock WHERE id = 1)`;
  const device = `(SELECT device_id FROM sync_clock WHERE id = 1)`;
  return `
CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO change_log (hlc, device_id, table_name, row_id, op, changed_columns, previous_values)
  VALUES (${clock}, ${device}, '${table}', NEW.id, 'PUT', json_array(${columns.map((c) => `'${c}'`).join(', ')}), NULL);
END;
CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} BEGIN
  INSERT INTO change_log (hlc, device_id, table_name, row_id, op, changed_columns, previous_values)
  VALUES (
    ${clock}, ${device}, '${table}', NEW.id,
    CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'DELETE' ELSE 'PATCH' END,
    (SELECT json_group_array(c) FROM (${diff})),
    (SELECT json_group_object(c, v) FROM (${diff}))
  );
END;
CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO change_log (hlc, device_id, table_name, row_id, op, changed_columns, previous_values)
  VALUES (${clock}, ${device}, '${table}', OLD.id, 'DELETE', json_array(), NULL);
END;`;
}

/**
 * The columns every synced table ends with (created, updated: the row's
 * version, deleted: the mark), written in a CREATE TABLE as `  ${STAMPS}`.
 */
export const STAMPS = `created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER`;

/** Drops a table's three change-log triggers, before its columns change or it is rebuilt. */
export function dropChangeLogTriggers(table: string): string {
  return ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER ${table}_log_${op};`).join('\n');
}
