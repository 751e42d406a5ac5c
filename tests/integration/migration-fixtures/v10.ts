import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { insertTrip } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000101';
const OTHER_TRIP = '0199a000-0000-7000-8000-000000000102';
const ITEM = '0199a000-0000-7000-8000-000000000111';
const REMOVED_ITEM = '0199a000-0000-7000-8000-000000000112';
const OTHER_ITEM = '0199a000-0000-7000-8000-000000000113';
const NOWHERE = '0199a000-0000-7000-8000-0000000001ff';
const IMAGE = 'a'.repeat(64);
const THUMB = 'b'.repeat(64);

/** Every column of photos, in a fixed order, to compare rows before and after. */
const ALL = `SELECT id, trip_id, file_name, image_sha256, thumb_sha256, caption, taken_at, agenda_item_id, width, height, position,
  created_at, updated_at, deleted_at FROM photos ORDER BY id`;

let before: Array<Record<string, unknown>> = [];
let loggedBefore = 0;

/**
 * Migration 10 (model checks): photos is rebuilt with a foreign key from
 * agenda_item_id to agenda_items, keeping every row, column, index and
 * change-log trigger; links to nothing (or to another trip's item) become NULL.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    insertTrip(db, OTHER_TRIP, 'Kunker ke Kota Mataram', '2025-04-24', '2025-04-25');
    const item = db.prepare(`INSERT INTO agenda_items (id, trip_id, title, start_at, deleted_at) VALUES (?, ?, ?, 1745460000000, ?)`);
    item.run(ITEM, TRIP, 'Penyambutan', null);
    item.run(REMOVED_ITEM, TRIP, 'Paparan (dihapus)', 5);
    item.run(OTHER_ITEM, OTHER_TRIP, 'Penyambutan di Mataram', null);
    const blob = db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size) VALUES (?, x'ffd8ffd9', 'image/jpeg', 4)`);
    blob.run(IMAGE);
    blob.run(THUMB);
    const photo = db.prepare(
      `INSERT INTO photos (id, trip_id, file_name, image_sha256, thumb_sha256, caption, taken_at, agenda_item_id, width, height, position, created_at, updated_at, deleted_at)
       VALUES (@id, @trip, @file, '${IMAGE}', '${THUMB}', @caption, '2025-04-24T10:00', @item, 1600, 1200, @pos, 10, 20, @deleted)`,
    );
    photo.run({ id: 'p1-live-link', trip: TRIP, file: 'a.jpg', caption: 'Penyambutan', item: ITEM, pos: 1, deleted: null });
    photo.run({ id: 'p2-removed-item', trip: TRIP, file: 'b.jpg', caption: 'Paparan', item: REMOVED_ITEM, pos: 2, deleted: null });
    photo.run({ id: 'p3-nowhere', trip: TRIP, file: 'c.jpg', caption: 'Tautan rusak', item: NOWHERE, pos: 3, deleted: null });
    photo.run({ id: 'p4-other-trip', trip: TRIP, file: 'd.jpg', caption: 'Tautan ke perjalanan lain', item: OTHER_ITEM, pos: 4, deleted: null });
    photo.run({ id: 'p5-no-link-removed', trip: TRIP, file: 'e.jpg', caption: '', item: null, pos: 5, deleted: 30 });
    before = db.prepare(ALL).all() as Array<Record<string, unknown>>;
    loggedBefore = db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'photos'`).pluck().get() as number;
  },
  after: (db: Database.Database): void => {
    // Every row and column kept; only the links that pointed at nothing of the photo's trip are cleared.
    const cleared = new Set(['p3-nowhere', 'p4-other-trip']);
    expect(db.prepare(ALL).all()).toEqual(before.map((r) => (cleared.has(r.id as string) ? { ...r, agenda_item_id: null } : r)));
    // The repair is the migration's, not a user's change: nothing logged.
    expect(db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'photos'`).pluck().get()).toBe(loggedBefore);

    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list('photos') ORDER BY "from"`).all()).toEqual([
      { table: 'agenda_items', from: 'agenda_item_id', to: 'id' },
      { table: 'blobs', from: 'image_sha256', to: 'sha256' },
      { table: 'blobs', from: 'thumb_sha256', to: 'sha256' },
      { table: 'trips', from: 'trip_id', to: 'id' },
    ]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'photos' AND sql IS NOT NULL ORDER BY name`).pluck().all()).toEqual([
      'photos_by_agenda_item',
      'photos_by_trip',
    ]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'photos' ORDER BY name`).pluck().all()).toEqual([
      'photos_log_delete',
      'photos_log_insert',
      'photos_log_update',
    ]);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'photos_v10'`).pluck().get()).toBe(0);
    // The live list still reads through its index.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM photos WHERE trip_id = ? AND deleted_at IS NULL ORDER BY position`).all(TRIP) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('photos_by_trip');

    // The key now holds: a link to nothing is refused, a real one is taken and logged with its column.
    expect(() => db.prepare(`UPDATE photos SET agenda_item_id = ? WHERE id = 'p1-live-link'`).run(NOWHERE)).toThrow(/FOREIGN KEY/);
    db.prepare(`UPDATE photos SET agenda_item_id = ? WHERE id = 'p3-nowhere'`).run(ITEM);
    expect(db.prepare(`SELECT changed_columns FROM change_log WHERE table_name = 'photos' ORDER BY seq DESC LIMIT 1`).pluck().get()).toBe(
      '["agenda_item_id"]',
    );
    // Every NOT NULL column still has a default: a bare row is accepted, and its insert is logged.
    db.prepare(`INSERT INTO photos (id, trip_id, image_sha256, thumb_sha256) VALUES ('p6-bare', ?, ?, ?)`).run(TRIP, IMAGE, THUMB);
    expect(db.prepare(`SELECT op FROM change_log WHERE table_name = 'photos' AND row_id = 'p6-bare'`).pluck().all()).toEqual(['PUT']);
  },
};
