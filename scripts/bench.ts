/**
 * `npm run bench`: medians of the foundation's hot paths, each beside a raw
 * baseline doing the same work in the same run, so the ratio is the figure.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../main/db/open';
import { createStore } from '../main/db/store';
import { createTrip } from '../main/services/trips';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const N = Number(process.env.BENCH_TRIPS ?? 10_000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function measure(runs: number, fn: (dir: string) => Promise<number> | number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-'));
    try {
      times.push(await fn(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return median(times);
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const trip = (i: number) => ({ title: `Studi Komparasi ${i}`, startDate: '2025-04-24', endDate: '2025-04-25' });

async function main(): Promise<void> {
  const rows: Array<[string, number, number | null, string]> = [];

  const open = await measure(RUNS * 2, async (dir) => {
    const t0 = process.hrtime.bigint();
    const { db } = await openDatabase(join(dir, 'r.sqlite'));
    const t = ms(t0);
    db.close();
    return t;
  });
  const openRaw = await measure(RUNS * 2, (dir) => {
    const t0 = process.hrtime.bigint();
    const db = new Database(join(dir, 'r.sqlite'));
    db.pragma('journal_mode = WAL');
    const t = ms(t0);
    db.close();
    return t;
  });
  rows.push(['open + migrate a new database', open, openRaw, 'raw: open + WAL only']);

  // Each trip its own transaction, as a user creates them (fsync per commit dominates).
  const perOp = async (service: boolean) =>
    measure(RUNS, async (dir) => {
      const { db } = await openDatabase(join(dir, 'r.sqlite'));
      const store = createStore(db);
      const stamp = db.prepare('UPDATE sync_clock SET hlc = ? WHERE id = 1');
      const ins = db.prepare('INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      const rawOne = db.transaction((i: number) => {
        stamp.run(String(i).padStart(46, '0'));
        const t = trip(i);
        const now = Date.now();
        ins.run(uuidv7(), t.title, t.startDate, t.endDate, now, now);
      });
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < N; i++) {
        if (service) createTrip(store, trip(i));
        else rawOne.immediate(i);
      }
      const t = ms(t0);
      db.close();
      return t;
    });
  const svc = await perOp(true);
  const raw = await perOp(false);
  rows.push([`create ${N} trips, one transaction each`, svc, raw, 'raw: prepared INSERT + clock stamp per transaction']);

  // All in one transaction: shows the service layer's own CPU cost.
  const oneTx = async (service: boolean) =>
    measure(RUNS, async (dir) => {
      const { db } = await openDatabase(join(dir, 'r.sqlite'));
      const store = createStore(db);
      const ins = db.prepare('INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      const t0 = process.hrtime.bigint();
      if (service) {
        store.write(() => {
          for (let i = 0; i < N; i++) createTrip(store, trip(i));
        });
      } else {
        db.transaction(() => {
          for (let i = 0; i < N; i++) {
            const t = trip(i);
            const now = Date.now();
            ins.run(uuidv7(), t.title, t.startDate, t.endDate, now, now);
          }
        }).immediate();
      }
      const t = ms(t0);
      db.close();
      return t;
    });
  const svc1 = await oneTx(true);
  const raw1 = await oneTx(false);
  rows.push([`create ${N} trips in one transaction`, svc1, raw1, 'raw: prepared INSERT (same triggers)']);

  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nRombongan benchmarks — median of ${RUNS} runs (${process.version}, ${process.platform})\n`);
  console.log(`${'benchmark'.padEnd(w)}  ${'ours ms'.padStart(9)}  ${'raw ms'.padStart(9)}  ${'ratio'.padStart(6)}  baseline`);
  for (const [name, ours, base, note] of rows) {
    const ratio = base ? (ours / base).toFixed(2) + '×' : '';
    console.log(`${name.padEnd(w)}  ${ours.toFixed(1).padStart(9)}  ${(base ?? 0).toFixed(1).padStart(9)}  ${ratio.padStart(6)}  ${note}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
