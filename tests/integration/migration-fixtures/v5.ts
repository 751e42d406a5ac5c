import type Database from 'better-sqlite3';

const TRIP = '0199a000-0000-7000-8000-000000000005';

/** Migration 5 (media): rows typical of version 4 before, and what must hold after. */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', 1, 1)`,
    ).run(TRIP);
  },
  after: (db: Database.Database): void => {
    const title = db.prepare(`SELECT title FROM trips WHERE id = ?`).pluck().get(TRIP);
    if (title !== 'Studi Komparasi ke Kota Malang') throw new Error('trip lost in migration 5');
    // Every NOT NULL column has a default: a bare row is accepted.
    db.prepare(`INSERT INTO coverage (id, trip_id) VALUES ('c1', ?)`).run(TRIP);
    const tone = db.prepare(`SELECT tone FROM coverage WHERE id = 'c1'`).pluck().get();
    if (tone !== 'netral') throw new Error(`coverage tone default is ${String(tone)}`);
    const sha = 'a'.repeat(64);
    db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size) VALUES (?, x'ffd8ff', 'image/jpeg', 3)`).run(sha);
    db.prepare(`INSERT INTO photos (id, trip_id, image_sha256, thumb_sha256) VALUES ('p1', ?, ?, ?)`).run(TRIP, sha, sha);
    const logged = db.prepare(`SELECT count(*) FROM change_log WHERE table_name IN ('coverage', 'photos')`).pluck().get();
    if (logged !== 2) throw new Error(`expected 2 change-log rows, got ${String(logged)}`);
    let refused = false;
    try {
      db.prepare(`UPDATE blobs SET size = 4`).run();
    } catch {
      refused = true;
    }
    if (!refused) throw new Error('blobs must be immutable');
    db.prepare(`DELETE FROM photos`).run();
    db.prepare(`DELETE FROM coverage`).run();
    db.prepare(`DELETE FROM blobs`).run();
  },
};
