/**
 * How long `trips.detail` takes on a large directory: 20,000 people,
 * 2,000 trips, 60,000 memberships, the measured trip with 60 members.
 * Run: npx esbuild scripts/bench-trip-detail.ts --bundle --platform=node --format=cjs
 *        --external:better-sqlite3 --outfile=/tmp/bench-trip-detail.cjs && node /tmp/bench-trip-detail.cjs
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../main/db/open';
import { createStore } from '../main/db/store';
import { memberId } from '../main/db/ids';
import { tripDetail } from '../main/services/delegation';
import { GOLONGAN } from '../shared/ranks';
import { MEMBER_ROLES } from '../shared/domain/delegation';

const PEOPLE = 20_000;
const TRIPS = 2_000;
const MEMBERSHIPS = 60_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-detail-'));
  try {
    const { db } = await openDatabase(join(dir, 'r.sqlite'));
    const store = createStore(db);
    // mulberry32: a small seeded generator, so every run builds the same data.
    let seed = 42;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

    const t0 = Date.now();
    const people: string[] = [];
    const trips: string[] = [];
    store.write(() => {
      const inst = uuidv7();
      db.prepare(`INSERT INTO institutions (id, kind, name) VALUES (?, 'own', 'Dinas Kominfosanti')`).run(inst);
      const insP = db.prepare(
        `INSERT INTO people (id, kind, name, employment, nip, golongan, eselon, institution_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
      );
      for (let i = 0; i < PEOPLE; i++) {
        const id = uuidv7();
        people.push(id);
        const pns = rnd() < 0.8;
        const nip = pns && rnd() < 0.95 ? `19${String(60 + (i % 40)).padStart(2, '0')}0101${String(200000 + i).slice(-6)}1${String(i % 999 + 1).padStart(3, '0')}` : '';
        insP.run(id, rnd() < 0.1 ? 'journalist' : 'official', `Orang ${i}`, pns ? 'pns' : 'non_asn', nip, pns ? pick(GOLONGAN) : '', pick(['', 'II', 'III', 'IV']), inst);
      }
      const insT = db.prepare(`INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)`);
      for (let i = 0; i < TRIPS; i++) {
        const id = uuidv7();
        trips.push(id);
        // The first 20 trips share the measured trip's dates, so overlap warnings occur.
        const day = new Date(Date.UTC(2020, 0, 1) + (i < 20 ? 1000 : Math.floor(rnd() * 6 * 365)) * 86_400_000);
        const end = new Date(day.getTime() + Math.floor(rnd() * 4) * 86_400_000);
        insT.run(id, `Studi Komparasi ${i}`, day.toISOString().slice(0, 10), end.toISOString().slice(0, 10));
      }
      const insM = db.prepare(
        `INSERT OR IGNORE INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)`,
      );
      // The measured trip: 60 members.
      const target = trips[0] as string;
      for (let i = 0; i < 60; i++) {
        const p = people[i * 7] as string;
        insM.run(memberId(target, p), target, p, i === 0 ? 'ketua' : i > 52 ? 'jurnalis' : pick(MEMBER_ROLES.slice(2, 5)));
      }
      // A third of them also travel on one of five trips of the same dates.
      for (let i = 0; i < 20; i++) {
        const p = people[i * 7] as string;
        const t = trips[1 + (i % 5)] as string;
        insM.run(memberId(t, p), t, p, 'anggota');
      }
      for (let n = 80; n < MEMBERSHIPS; ) {
        const t = pick(trips);
        if (t === target) continue;
        const p = pick(people);
        if (insM.run(memberId(t, p), t, p, pick(MEMBER_ROLES)).changes) n++;
      }
    });
    db.pragma('optimize');
    const target = trips[0] as string;
    console.log(`generated in ${Date.now() - t0} ms`);

    const d = tripDetail(store, target);
    const overlaps = d.members.reduce((n, m) => n + m.warnings.filter((w) => w.kind === 'overlap').length, 0);
    console.log(`members ${d.members.length}, officials ${d.counts.officials}, journalists ${d.counts.journalists}, overlap warnings ${overlaps}`);
    for (let i = 0; i < 20; i++) tripDetail(store, target);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = process.hrtime.bigint();
      tripDetail(store, target);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `tripDetail: median ${median(times).toFixed(3)} ms, p95 ${(sorted[Math.floor(RUNS * 0.95)] ?? 0).toFixed(3)} ms, max ${(sorted[RUNS - 1] ?? 0).toFixed(3)} ms over ${RUNS} runs`,
    );
    for (const row of db.prepare(`EXPLAIN QUERY PLAN SELECT m.person_id FROM trip_members m JOIN trip_members o ON o.person_id = m.person_id AND o.deleted_at IS NULL JOIN trips t ON t.id = o.trip_id AND t.deleted_at IS NULL WHERE m.trip_id = ? AND m.deleted_at IS NULL AND o.trip_id <> ? AND t.start_date <= ? AND t.end_date >= ?`).all(target, target, '2025-01-01', '2025-01-02') as Array<{ detail: string }>) {
      console.log('  plan:', row.detail);
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
