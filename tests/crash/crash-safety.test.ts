/**
 * Crash safety: a child process (writer.ts) writes through the app's own core
 * — every kind of write the app makes, a people import and a restore
 * included — and is SIGKILLed over and over at moments chosen by what it
 * printed (never by a sleep). After each kill the file is opened again with
 * `startApp` (the app's own checks: it must open 'ok'), checked by SQLite
 * (integrity_check, foreign_key_check) and by invariants a half-written
 * operation would break, and compared with every acknowledged write: each is
 * there whole, the one running at the kill is whole or absent, and after a
 * restore the acknowledged state is what its backup held.
 *
 * CRASH_SEED=<n> repeats a run's choices (the kill moments still depend on timing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { startApp } from '../../main/app';
import { tempDir } from '../helpers/db';
import { differences, Model, wholeness, type Landed } from './check';
import { KINDS, type DoLine, type Kind, type OkLine } from './facts';
import { mulberry32 } from '../helpers/random';

const KILLS = 120;
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1_000_000));
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

/**
 * When to kill: after `after` acknowledged operations; as soon as an operation
 * of `kind` starts (after `minAcks`); or when the file `file` beside the
 * database appears (`seen` 1: a restore's staged copy is being written) or
 * goes (`seen` 2: it was just renamed over the database). The last two kill
 * at the latest after `maxAcks`.
 */
type Plan =
  | { mode: 'ack'; after: number }
  | { mode: 'start'; kind: Kind; minAcks: number; maxAcks: number }
  | { mode: 'file'; file: string; seen: 1 | 2; maxAcks: number };

interface Run {
  oks: OkLine[];
  /** The operation that had started but not been acknowledged when the kill landed. */
  inFlight: DoLine | null;
}

function runAndKill(db: string, seed: number, known: string, focus: Kind, plan: Plan): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, db, String(seed), known, focus], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules'), CRASH_FIXTURES: resolve(__dirname, '../fixtures/media') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const oks: OkLine[] = [];
    let last: DoLine | null = null;
    let killed = false;
    let buf = '';
    let err = '';
    const kill = () => {
      if (!killed) child.kill('SIGKILL');
      killed = true;
    };
    const bad = (e: Error) => {
      kill();
      fail(e);
    };
    let seen = 0;
    const watcher =
      plan.mode === 'file'
        ? watch(dirname(db), (event, name) => {
            if (event === 'rename' && name === plan.file && ++seen >= plan.seen) kill();
          })
        : null;
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      // Lines already written before the kill still arrive, and still count.
      for (const l of lines) {
        if (l.startsWith('do ')) {
          last = JSON.parse(l.slice(3)) as DoLine;
          if (plan.mode === 'start' && last.kind === plan.kind && oks.length >= plan.minAcks) kill();
        } else if (l.startsWith('ok ')) {
          const ok = JSON.parse(l.slice(3)) as OkLine;
          if (ok.n !== last?.n) bad(new Error(`ok ${ok.n} after do ${String(last?.n)}`));
          oks.push(ok);
          if (oks.length >= (plan.mode === 'ack' ? plan.after : plan.maxAcks)) kill();
        } else if (l !== 'ready') bad(new Error(`writer printed: ${l}`));
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code, signal) => {
      watcher?.close();
      if (signal !== 'SIGKILL' || !killed) {
        fail(new Error(`writer exited on its own (${code ?? signal}): ${err}`));
        return;
      }
      const started: DoLine | null = last;
      done({ oks, inFlight: started !== null && oks[oks.length - 1]?.n !== started.n ? started : null });
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during every kind of write, restore included: the file opens ok, each acknowledged write is whole, none is half there`, async () => {
    const path = join(dir, 'crash.sqlite');
    const knownFile = join(dir, 'known-backups.json');
    const rnd = mulberry32(SEED);
    const model = new Model();
    const acked = new Map<string, number>();
    const killedIn = new Map<string, { absent: number; present: number; unknown: number }>();
    let strayRestoring = 0;
    let between = 0;
    let maxFacts = 0;
    const started = performance.now();

    for (let i = 0; i < KILLS; i++) {
      // Every fourth round kills a restore while it swaps the file in; in the
      // others each kind is favoured in turn, killed just as it starts or after
      // a random number of acknowledged operations.
      const j = i - Math.floor((i + 1) / 4);
      const restoring = i % 4 === 3;
      const focus: Kind = restoring ? 'backups.restore' : (KINDS[j % KINDS.length] as Kind);
      const plan: Plan = restoring
        ? { mode: 'file', file: `${basename(path)}.restoring`, seen: i % 8 === 3 ? 1 : 2, maxAcks: 40 }
        : Math.floor(j / KINDS.length) % 2 === 0
          ? { mode: 'start', kind: focus, minAcks: Math.floor(rnd() * 6), maxAcks: 40 }
          : { mode: 'ack', after: 1 + Math.floor(rnd() * 15) };
      writeFileSync(knownFile, JSON.stringify([...model.backups.keys()]));
      const seed = SEED * 1000 + i;
      const run = await runAndKill(path, seed, knownFile, focus, plan);
      const where = `CRASH_SEED=${SEED}, kill ${i} (writer seed ${seed}, ${JSON.stringify(plan)}, killed in ${run.inFlight?.kind ?? 'between operations'})`;
      for (const ok of run.oks) {
        model.apply(ok);
        acked.set(ok.kind, (acked.get(ok.kind) ?? 0) + 1);
      }
      if (existsSync(`${path}.restoring`)) strayRestoring += 1;

      // The app's own open: a killed write or restore never leaves a file it calls damaged or refuses.
      const app = await startApp({ dbPath: path, mode: 'test', log: () => undefined });
      let landed: Landed | null;
      try {
        expect(app.health(), where).toMatchObject({ state: 'ok', problem: null });
        expect(wholeness(app.db), `${where}: half-written operations`).toEqual([]);
        const settled = model.settle(app.db, run.inFlight);
        expect(settled.problems, `${where}: the operation running at the kill`).toEqual([]);
        landed = settled.landed;
        const lost = differences(app.db, model.facts);
        expect(lost.slice(0, 10), `${where}: acknowledged writes lost or changed (${lost.length})`).toEqual([]);
      } finally {
        app.close();
      }
      expect(existsSync(`${path}.restoring`), where).toBe(false);
      const backups = join(dir, 'backups');
      expect(existsSync(backups) ? readdirSync(backups).filter((n) => n.includes('.partial')) : [], where).toEqual([]);

      if (!run.inFlight) between += 1;
      else {
        const k = killedIn.get(run.inFlight.kind) ?? { absent: 0, present: 0, unknown: 0 };
        k[landed ?? 'unknown'] += 1;
        killedIn.set(run.inFlight.kind, k);
      }
      maxFacts = Math.max(maxFacts, model.facts.size);
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `crash safety (CRASH_SEED=${SEED}): ${KILLS} kills in ${seconds} s; ${[...acked.values()].reduce((a, b) => a + b, 0)} acknowledged operations; ` +
        `up to ${maxFacts} rows tracked; ${model.backups.size} backups known; ${strayRestoring} kill(s) left a .restoring (removed at open)\n` +
        `  ${between} kill(s) between operations; killed during (absent/present/creates): ${[...killedIn].map(([k, v]) => `${k} ${v.absent}/${v.present}/${v.unknown}`).join(', ')}`,
    );
    // The writer really wrote every kind, and was killed in the middle of writes, restores among them.
    for (const kind of KINDS) expect(acked.get(kind) ?? 0, `acknowledged ${kind}`).toBeGreaterThan(0);
    const restores = killedIn.get('backups.restore');
    expect((restores?.absent ?? 0) + (restores?.present ?? 0), 'kills during a restore').toBeGreaterThanOrEqual(KILLS / 20);
    expect([...killedIn.values()].reduce((a, v) => a + v.absent + v.present + v.unknown, 0)).toBeGreaterThan(KILLS / 2);
  }, 600_000);
});
