import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/db';

const KILLS = 24;
let dir: string;
let cleanup: () => void;
let bundle: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('rombongan-crash-'));
  bundle = join(dir, 'writer.cjs');
  await build({
    entryPoints: [resolve(__dirname, 'writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile: bundle,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});
afterAll(() => cleanup());

/** Runs the writer, kills it with SIGKILL after `ms`; returns the acknowledged trips it made. */
function runAndKill(db: string, seed: number, ms: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, db, String(seed)], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buf = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        if (l === 'ready') setTimeout(() => child.kill('SIGKILL'), ms);
        else if (l.startsWith('ok ')) {
          const made = l.split(' ').slice(2).join(' ');
          if (made !== '-') acked.push(made);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(acked);
      else fail(new Error(`writer exited on its own (${code}): ${err}`));
    });
  });
}

interface Check {
  integrity: string;
  trips: number;
  puts: number;
  orphanLogs: number;
  tripsWithoutPut: number;
  partialBatches: number;
  starred: number;
  patches: number;
}

function check(path: string): Check {
  const db = new Database(path, { readonly: true });
  try {
    const q = <T>(sql: string) => db.prepare(sql).get() as T;
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      trips: q<{ n: number }>('SELECT count(*) n FROM trips').n,
      puts: q<{ n: number }>(`SELECT count(*) n FROM change_log WHERE op = 'PUT'`).n,
      orphanLogs: q<{ n: number }>('SELECT count(*) n FROM change_log c WHERE NOT EXISTS (SELECT 1 FROM trips t WHERE t.id = c.row_id)').n,
      tripsWithoutPut: q<{ n: number }>(
        `SELECT count(*) n FROM trips t WHERE (SELECT count(*) FROM change_log c WHERE c.table_name = 'trips' AND c.row_id = t.id AND c.op = 'PUT') <> 1`,
      ).n,
      partialBatches: q<{ n: number }>(
        `SELECT count(*) n FROM (SELECT substr(title, 1, instr(substr(title, 7), ' ') + 6) AS b, count(*) c FROM trips WHERE title LIKE 'batch %' GROUP BY b HAVING c <> 5)`,
      ).n,
      starred: q<{ n: number }>(`SELECT count(*) n FROM trips WHERE title LIKE '%*'`).n,
      patches: q<{ n: number }>(`SELECT count(*) n FROM change_log WHERE op = 'PATCH'`).n,
    };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs in the middle of writes: intact file, every operation whole or absent`, async () => {
    const path = join(dir, 'crash.sqlite');
    let totalAcked = 0;
    let previousTrips = 0;
    for (let i = 0; i < KILLS; i++) {
      const ms = 20 + Math.floor(Math.random() * 300);
      const acked = await runAndKill(path, i + 1, ms);
      totalAcked += acked.length;
      const c = check(path);
      expect(c.integrity, `kill ${i}`).toBe('ok');
      expect(c.orphanLogs, `kill ${i}: log rows without their trip`).toBe(0);
      expect(c.tripsWithoutPut, `kill ${i}: trips without exactly one PUT`).toBe(0);
      expect(c.puts, `kill ${i}`).toBe(c.trips);
      expect(c.partialBatches, `kill ${i}: half-written batches`).toBe(0);
      expect(c.patches, `kill ${i}: renames without their log row`).toBe(c.starred);
      // Durability: every trip acknowledged before the kill is there.
      const db = new Database(path, { readonly: true });
      const has = db.prepare(`SELECT 1 FROM trips WHERE title IN (@t, @t || ' *')`);
      const lost = acked.filter((title) => !has.get({ t: title }));
      db.close();
      expect(lost, `kill ${i}: acknowledged but lost`).toEqual([]);
      expect(c.trips, `kill ${i}`).toBeGreaterThanOrEqual(previousTrips);
      previousTrips = c.trips;
    }
    expect(totalAcked).toBeGreaterThan(KILLS); // the writer really was writing when killed
  });
});
