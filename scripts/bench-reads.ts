/*
 * `npm run bench`, reads per user action: how many calls the real renderer
 * makes to main for one user action on a trip page, in headless Chromium
 * against the real handlers and a real database file (browser mode, as the
 * end-to-end tests run it).
 *
 * - before: what every write cost before live queries, when the renderer
 *   reloaded everything on screen — the reads of the whole trip page, counted
 *   by opening it and scrolling through every section (the issue measured 14
 *   reads for one follow-up status change this way);
 * - after: the reads the action causes now (the write itself not counted):
 *   main announces the tables the write touched, and only the views on
 *   screen whose reads use those tables read again.
 *
 * The counts do not depend on the machine; the milliseconds (click → the
 * result on screen, median of BENCH_RUNS) do. Needs the built renderer
 * (dist/renderer) and Debian's Chromium; without Chromium it prints one line.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startApp, type App } from '../main/app';
import { startBrowserServer } from '../main/server/browser-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RENDERER_DIR = resolve(__dirname, '../renderer');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));

/** Calls that only write; everything else the page sends is a read. */
const WRITES = new Set(['followups.setStatus', 'members.add', 'agenda.update']);

interface Counter {
  ops: string[];
  inflight: number;
  last: number;
}

function watch(page: Page): Counter {
  const c: Counter = { ops: [], inflight: 0, last: Date.now() };
  const isInvoke = (url: string) => url.endsWith('/api/invoke');
  page.on('request', (req) => {
    if (!isInvoke(req.url())) return;
    c.inflight++;
    c.last = Date.now();
    const body = req.postDataJSON() as { operation?: string } | null;
    if (body?.operation) c.ops.push(body.operation);
  });
  const done = (req: { url(): string }) => {
    if (!isInvoke(req.url())) return;
    c.inflight--;
    c.last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return c;
}

/** Until nothing is in flight and nothing new started for `quietMs` (a bench may wait on time; tests never do). */
async function settled(page: Page, c: Counter, quietMs = 600): Promise<void> {
  for (;;) {
    if (c.inflight === 0 && Date.now() - c.last >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

async function call<T>(app: App, operation: string, input: unknown): Promise<T> {
  const r = await app.dispatch(operation, input);
  if (!r.ok) throw new Error(`${operation}: ${r.error.message}`);
  return r.value as T;
}

/** A trip as a protocol office has it a week after the visit. */
async function seedTrip(app: App): Promise<{ tripId: string; spare: string[] }> {
  type Id = { id: string };
  const trip = await call<Id>(app, 'trips.create', { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
  const names = ['Gede Supriatna', 'Ketut Suwarmawan', 'Ni Made Ayu Sri Rahayu', 'I Putu Arya Wiguna', 'Luh Eka Yuliani', 'Made Wisnu Adi Putra', 'Komang Sutrisna', 'Nyoman Darma'];
  for (const [i, name] of names.entries()) {
    const p = await call<Id>(app, 'people.create', { kind: 'official', name });
    await call(app, 'members.add', { tripId: trip.id, personId: p.id, role: i === 0 ? 'lead' : 'member' });
  }
  const spare: string[] = [];
  for (let i = 1; i <= RUNS + 1; i++) spare.push((await call<Id>(app, 'people.create', { kind: 'official', name: `Wayan Cadangan ${i}` })).id);
  for (let day = 0; day < 2; day++) {
    for (let i = 0; i < 5; i++) {
      const h = String(8 + i * 2).padStart(2, '0');
      await call(app, 'agenda.create', { tripId: trip.id, kind: 'presentation', title: `Acara ${day + 1}.${i + 1}`, startLocal: `2025-04-2${4 + day}T${h}:00`, endLocal: `2025-04-2${4 + day}T${h}:45` });
    }
  }
  for (let i = 1; i <= 8; i++) {
    const l = await call<Id>(app, 'learnings.create', { tripId: trip.id, topic: `Praktik baik ${i}`, hostPractice: 'Layanan terpadu satu pintu dengan antrean daring dan loket khusus.' });
    await call(app, 'followups.create', { learningId: l.id, action: `Kaji praktik ${i} di Buleleng` });
  }
  return { tripId: trip.id, spare };
}

interface Action {
  name: string;
  /** Brings the part of the page where the action happens on screen. */
  show(page: Page): Promise<void>;
  /** Does it, run `run` (0-based), and waits for its result on screen. */
  act(page: Page, run: number): Promise<void>;
}

/** A section far down the page reads once it comes near the view: scroll to it first, then to the control in it. */
async function inSection(page: Page, anchorId: string, control: ReturnType<Page['getByLabel']>): Promise<void> {
  await page.locator(`#${anchorId}`).scrollIntoViewIfNeeded();
  await control.first().waitFor();
  await control.first().scrollIntoViewIfNeeded();
}

const ACTIONS: Action[] = [
  {
    name: 'follow-up status change',
    async show(page) {
      await inSection(page, 'trip-learnings', page.getByLabel('Status “Kaji praktik 1 di Buleleng”'));
    },
    async act(page, run) {
      const status = run % 2 === 0 ? 'in_progress' : 'done';
      await page.getByLabel('Status “Kaji praktik 1 di Buleleng”').selectOption(status);
      await page.getByRole('button', { name: 'Simpan status' }).first().click();
      await page.getByText(`Status “Kaji praktik 1 di Buleleng”: ${status === 'done' ? 'Selesai' : 'Berjalan'}.`).first().waitFor();
    },
  },
  {
    name: 'member add',
    async show(page) {
      await page.getByRole('combobox', { name: 'Tambah anggota' }).scrollIntoViewIfNeeded();
    },
    async act(page, run) {
      const name = `Wayan Cadangan ${run + 1}`;
      await page.getByRole('combobox', { name: 'Tambah anggota' }).fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
      await page.getByRole('row').filter({ hasText: name }).first().waitFor();
    },
  },
  {
    name: 'agenda edit',
    async show(page) {
      await inSection(page, 'trip-agenda', page.getByRole('button', { name: 'Ubah Acara 1.1' }));
    },
    async act(page, run) {
      const from = run === 0 ? 'Acara 1.1' : `Acara 1.1 (ubah ${run})`;
      const to = `Acara 1.1 (ubah ${run + 1})`;
      await page.getByRole('button', { name: `Ubah ${from}`, exact: true }).click();
      const d = page.getByRole('dialog', { name: 'Ubah acara' });
      await d.getByLabel('Nama acara').fill(to);
      await d.getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('button', { name: `Ubah ${to}`, exact: true }).waitFor();
    },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  if (!executablePath) {
    console.log('\nreads per user action: skipped (no Chromium at $CHROMIUM_PATH or /usr/bin/chromium)');
    return;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`The renderer is not built (${RENDERER_DIR}); run npm run build:renderer`);
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-reads-'));
  const app = await startApp({ dbPath: join(dir, 'rombongan.sqlite'), mode: 'browser', log: () => undefined });
  const server = await startBrowserServer({ dispatch: app.dispatch, onChanges: (l) => app.onChanges(l), staticDir: RENDERER_DIR });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const lines: string[] = [];
  try {
    const { tripId } = await seedTrip(app);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const c = watch(page);
    const open = async () => {
      await page.goto(`${server.url}#/trips/${tripId}`);
      await page.getByRole('heading', { level: 1, name: 'Studi Komparasi Command Center ke Kota Malang' }).waitFor();
      await settled(page, c);
    };

    // Before: the reads of the whole page (every section brought on screen once).
    await open();
    c.ops.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const id of ['trip-hosts', 'trip-agenda', 'trip-learnings', 'trip-media', 'trip-documents']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await settled(page, c, 300);
    }
    await settled(page, c);
    const whole = c.ops.filter((op) => !WRITES.has(op));

    for (const action of ACTIONS) {
      await open();
      await action.show(page);
      await settled(page, c);
      const reads: number[] = [];
      const times: number[] = [];
      let ops: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const before = c.ops.length;
        const t0 = performance.now();
        await action.act(page, run);
        times.push(performance.now() - t0);
        await settled(page, c);
        const made = c.ops.slice(before).filter((op) => !WRITES.has(op));
        if (made.length >= ops.length) ops = made;
        reads.push(made.length);
      }
      const counts = [...new Map(ops.map((op) => [op, ops.filter((o) => o === op).length])).entries()].map(([op, n]) => (n > 1 ? `${op} ×${n}` : op));
      lines.push(
        `${action.name.padEnd(24)}  ${String(whole.length).padStart(6)}  ${String(Math.max(...reads)).padStart(5)}  ${median(times).toFixed(0).padStart(7)}  ${counts.join(', ') || '(none)'}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nReads per user action on a trip page (8 members, 10 agenda items, 8 learnings with follow-ups), real renderer in Chromium, ${RUNS} runs`);
  console.log('  before = reads of the whole page, what each write cost when the renderer reloaded everything on screen; after = reads the action causes now (max over the runs;');
  console.log('  a member add includes the picker\'s own people.search as the name is typed)');
  console.log(`${'action'.padEnd(24)}  ${'before'.padStart(6)}  ${'after'.padStart(5)}  ${'ms (med)'.padStart(7)}  reads after the write`);
  for (const l of lines) console.log(l);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
