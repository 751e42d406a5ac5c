/**
 * `npm run bench`: medians of the foundation's hot paths, each beside a raw
 * baseline doing the same work in the same run, so the ratio is the figure.
 * The second part runs on a database made like `npm run seed:large` (2,000
 * trips, 20,000 people, 60,000 memberships): loading a trip, searching the
 * directory and importing 10,000 people from CSV, all through the real
 * dispatcher and handlers.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { Packer } from 'docx';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../main/db/open';
import { createStore } from '../main/db/store';
import { createDispatcher, type Dispatch } from '../main/dispatcher';
import { createHandlers } from '../main/handlers';
import { createTrip } from '../main/trips/service';
import type { ImportPreview } from '../shared/import/schemas';
import { compactRows, suggestMapping } from '../shared/import/mapping';
import { parseCsv } from '../renderer/src/import/readFile';
import { generateLarge } from './seed-large';
import { buildDocx } from '../main/docs/index';
import { buildReport } from '../main/docs/report';
import type { DocData } from '../main/docs/model';
import { realisticPhoto, seedDocData } from '../tests/helpers/doc-data';
import { moneyBenchmarks, moneyChild } from './bench-money';

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

type Row = [name: string, ours: number | null, raw: number | null, note: string];

function dispatcherFor(db: Database.Database): Dispatch {
  const store = createStore(db);
  return createDispatcher(createHandlers({ store, info: { version: 'bench', mode: 'test', dbPath: 'bench' } }), { log: () => undefined });
}

async function call(dispatch: Dispatch, op: string, input: unknown): Promise<unknown> {
  const r = await dispatch(op, input);
  if (!r.ok) throw Object.assign(new Error(`${op}: ${r.error.message}`), { apiError: r.error });
  return r.value;
}

/** 10,000 officials as an Indonesian Excel would export them: semicolons, BOM, CRLF; NIPs the seed never makes. */
function importCsv(n: number): string {
  const ranks = ['III/a', 'Penata Muda Tingkat I', 'III/c', 'Penata Tk. I (III/d)', 'IV/a', 'II/c'];
  const lines = ['No;Nama;NIP;Pangkat/Gol;Jabatan;Unit Kerja;No HP;Email'];
  for (let i = 0; i < n; i++) {
    const nip = `196${1 + (i % 5)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}19${85 + (i % 10)}${String(1 + (i % 12)).padStart(2, '0')}${1 + (i % 2)}${String(1 + Math.floor(i / 120)).padStart(3, '0')}`;
    lines.push(
      [i + 1, `Peserta Bimtek ${i + 1}`, `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`, ranks[i % ranks.length], 'Pranata Komputer Ahli Pertama', 'Dinas Kominfosanti', `0812${String(i).padStart(8, '0')}`, `peserta${i}@bulelengkab.go.id`].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function largeBenchmarks(rows: Row[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-large-'));
  try {
    const seedPath = join(dir, 'large.sqlite');
    {
      const { db } = await openDatabase(seedPath);
      const s = generateLarge(createStore(db));
      db.close();
      console.log(`seeded ${s.trips} trips, ${s.people.official + s.people.journalist + s.people.host_official} people, ${s.memberships} memberships in ${(s.ms / 1000).toFixed(1)} s`);
    }
    const { db } = await openDatabase(seedPath);
    const dispatch = dispatcherFor(db);

    // ——— Loading one trip with all its people ———
    const tripIds = db.prepare(`SELECT id FROM trips WHERE deleted_at IS NULL ORDER BY id`).pluck().all() as string[];
    const sample = tripIds.filter((_, i) => i % 20 === 0);
    const avgMembers = Math.round(
      (db.prepare(`SELECT count(*) FROM trip_members WHERE deleted_at IS NULL AND trip_id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(sample)) as number) /
        sample.length,
    );
    const detailLabel = `load one trip with its people (~${avgMembers} members)`;
    let detail: number | null = null;
    try {
      for (const id of sample) await call(dispatch, 'trips.detail', { id });
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const id of sample) {
          const t0 = process.hrtime.bigint();
          await call(dispatch, 'trips.detail', { id });
          times.push(ms(t0));
        }
      }
      detail = median(times);
    } catch (e) {
      const err = (e as { apiError?: { message: string } }).apiError;
      if (!err || !/not implemented/i.test(err.message)) throw e;
    }
    const raw = {
      trip: db.prepare(`SELECT * FROM trips WHERE id = ? AND deleted_at IS NULL`),
      origin: db.prepare(`SELECT * FROM institutions WHERE id = ?`),
      members: db.prepare(
        `SELECT m.*, p.*, coalesce(i.name, '') AS institution_name FROM trip_members m
           JOIN people p ON p.id = m.person_id LEFT JOIN institutions i ON i.id = p.institution_id
         WHERE m.trip_id = ? AND m.deleted_at IS NULL ORDER BY m.position, m.role, p.golongan DESC, p.name`,
      ),
      hosts: db.prepare(`SELECT h.*, i.* FROM trip_hosts h JOIN institutions i ON i.id = h.institution_id WHERE h.trip_id = ? AND h.deleted_at IS NULL`),
      hostPeople: db.prepare(
        `SELECT hp.*, p.*, coalesce(i.name, '') AS institution_name FROM trip_host_people hp
           JOIN people p ON p.id = hp.person_id LEFT JOIN institutions i ON i.id = p.institution_id
         WHERE hp.trip_id = ? AND hp.deleted_at IS NULL`,
      ),
      venues: db.prepare(`SELECT * FROM venues WHERE trip_id = ? AND deleted_at IS NULL`),
    };
    const rawTimes: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const id of sample) {
        const t0 = process.hrtime.bigint();
        const trip = raw.trip.get(id) as { origin_institution_id: string | null };
        if (trip.origin_institution_id) raw.origin.get(trip.origin_institution_id);
        raw.members.all(id);
        raw.hosts.all(id);
        raw.hostPeople.all(id);
        raw.venues.all(id);
        if (round > 0) rawTimes.push(ms(t0));
      }
    }
    rows.push([detailLabel, detail, median(rawTimes), 'raw: trip + members/hosts/host people/venues joins']);

    // ——— Directory search ———
    const queries = ['made', 'kadek sari', 'kominfo', 'radar bali', '19860926', 'pranata komputer', 'ketut dinas pariwisata', 'wayan suardana'];
    const likeArg = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const hay = `(p.name || ' ' || p.title_prefix || ' ' || p.title_suffix || ' ' || p.nip || ' ' || p.jabatan || ' ' || p.unit || ' ' || coalesce(i.name, ''))`;
    const rawSearch = (q: string) => {
      const words = q.split(/\s+/).filter(Boolean);
      const where = `p.deleted_at IS NULL AND ${words.map(() => `${hay} LIKE ? ESCAPE '\\'`).join(' AND ')}`;
      const from = `FROM people p LEFT JOIN institutions i ON i.id = p.institution_id WHERE ${where}`;
      return {
        count: db.prepare(`SELECT count(*) ${from}`).pluck(),
        page: db.prepare(`SELECT p.*, coalesce(i.name, '') AS institution_name ${from} ORDER BY p.name COLLATE NOCASE LIMIT 100`),
        args: words.map(likeArg),
      };
    };
    const prepared = queries.map(rawSearch);
    const searchTimes: number[] = [];
    const rawSearchTimes: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (const [i, q] of queries.entries()) {
        let t0 = process.hrtime.bigint();
        await call(dispatch, 'people.search', { query: q });
        if (round > 0) searchTimes.push(ms(t0));
        const st = prepared[i] as ReturnType<typeof rawSearch>;
        t0 = process.hrtime.bigint();
        st.count.get(...st.args);
        st.page.all(...st.args);
        if (round > 0) rawSearchTimes.push(ms(t0));
      }
    }
    rows.push([`directory search (${queries.length} queries, 20,000 people)`, median(searchTimes), median(rawSearchTimes), 'raw: count + first 100 by name, LIKE per word']);

    // ——— The trips list: search and filters over 2,000 trips (issue 13.5) ———
    await tripsListBenchmarks(rows, db, dispatch);
    db.close();

    // ——— Importing 10,000 people from CSV ———
    const N_IMPORT = 10_000;
    const csv = importCsv(N_IMPORT);
    const phases = { parse: [] as number[], preview: [] as number[], commit: [] as number[], total: [] as number[] };
    const rawImport: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const path = join(dir, `import-${run}.sqlite`);
      copyFileSync(seedPath, path);
      const { db: idb } = await openDatabase(path);
      const d = dispatcherFor(idb);
      const t0 = process.hrtime.bigint();
      const [header = [], ...data] = parseCsv(csv);
      const input = { kind: 'official', ...compactRows(data, suggestMapping(header)) };
      const t1 = process.hrtime.bigint();
      const preview = (await call(d, 'people.importPreview', input)) as ImportPreview;
      const t2 = process.hrtime.bigint();
      const outcome = (await call(d, 'people.importCommit', { ...input, skip: [], updateExisting: true })) as { created: number };
      const t3 = process.hrtime.bigint();
      if (preview.counts.new !== N_IMPORT || outcome.created !== N_IMPORT) throw new Error(`import bench: expected ${N_IMPORT} new, got ${JSON.stringify(preview.counts)}`);
      phases.parse.push(Number(t1 - t0) / 1e6);
      phases.preview.push(Number(t2 - t1) / 1e6);
      phases.commit.push(Number(t3 - t2) / 1e6);
      phases.total.push(Number(t3 - t0) / 1e6);
      idb.close();
      rmSync(path, { force: true });

      // Raw: the same file parsed by papaparse alone, the same rows inserted with one prepared statement.
      const rawPath = join(dir, `raw-${run}.sqlite`);
      copyFileSync(seedPath, rawPath);
      const { db: rdb } = await openDatabase(rawPath);
      const stamp = rdb.prepare('UPDATE sync_clock SET hlc = ? WHERE id = 1');
      const ins = rdb.prepare(
        `INSERT INTO people (id, kind, name, employment, nip, golongan, jabatan, unit, phone, email, created_at, updated_at)
         VALUES (?, 'official', ?, 'pns', ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const r0 = process.hrtime.bigint();
      const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
      rdb.transaction(() => {
        stamp.run(String(run).padStart(46, '0'));
        const now = Date.now();
        for (const c of parsed) ins.run(uuidv7(), c[1], (c[2] ?? '').replace(/\D/g, ''), c[3], c[4], c[5], c[6], c[7], now, now);
      }).immediate();
      rawImport.push(ms(r0));
      rdb.close();
      rmSync(rawPath, { force: true });
    }
    rows.push([`import ${N_IMPORT.toLocaleString('en-US')} people from CSV: parse + preview + commit`, median(phases.total), median(rawImport), 'raw: papaparse + prepared INSERTs (same triggers)']);
    rows.push(['  of which: read the CSV, map the columns', median(phases.parse), null, '']);
    rows.push(['  of which: people.importPreview (writes nothing)', median(phases.preview), null, '']);
    rows.push(['  of which: people.importCommit (one transaction)', median(phases.commit), null, '']);
    db.close();
    await fileSafetyBenchmarks(rows, seedPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** `trips.search` on the decade database: the list's first answer, searches as typed, filters, and after a write. */
async function tripsListBenchmarks(rows: Row[], db: Database.Database, dispatch: Dispatch): Promise<void> {
  const nTrips = db.prepare(`SELECT count(*) FROM trips WHERE deleted_at IS NULL`).pluck().get() as number;
  const inputs: Array<Record<string, unknown>> = [
    { query: '' },
    { query: 'malang' },
    { query: 'kadek sari' },
    { query: 'command center' },
    { query: 'jawa timur' },
    { query: 'dinas komunikasi' },
    { query: 'suardana smart' },
    { query: '', year: 2020 },
    { query: 'studi', status: 'done', region: '35' },
  ];
  // The first answer reads every trip's names into the index.
  let t0 = process.hrtime.bigint();
  const first = (await call(dispatch, 'trips.search', {})) as { items: unknown[] };
  const firstMs = ms(t0);
  const slimBytes = JSON.stringify(first).length;
  const fullBytes = JSON.stringify(await call(dispatch, 'trips.list', {})).length;
  const times: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const input of inputs) {
      t0 = process.hrtime.bigint();
      await call(dispatch, 'trips.search', input);
      if (round > 0) times.push(ms(t0));
    }
  }
  // Raw: one SQL query per search, LIKE per word over the title, origin, hosts, members and host people (ASCII case only, no region names).
  const likeArg = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rawFor = (q: string) => {
    const words = q.split(/\s+/).filter(Boolean);
    const cond = (i: number) => `(t.title LIKE @w${i} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM institutions i WHERE i.id = t.origin_institution_id AND i.name LIKE @w${i} ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM trip_hosts h JOIN institutions i ON i.id = h.institution_id WHERE h.trip_id = t.id AND h.deleted_at IS NULL AND i.name LIKE @w${i} ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM trip_members m JOIN people p ON p.id = m.person_id WHERE m.trip_id = t.id AND m.deleted_at IS NULL AND p.name LIKE @w${i} ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM trip_host_people m JOIN people p ON p.id = m.person_id WHERE m.trip_id = t.id AND m.deleted_at IS NULL AND p.name LIKE @w${i} ESCAPE '\\'))`;
    const st = db.prepare(
      `SELECT t.id, t.title, t.start_date, t.end_date, t.status, t.host_region_codes FROM trips t
       WHERE t.deleted_at IS NULL ${words.map((_, i) => `AND ${cond(i)}`).join(' ')} ORDER BY t.start_date DESC, t.title COLLATE NOCASE`,
    );
    const args = Object.fromEntries(words.map((w, i) => [`w${i}`, likeArg(w)]));
    return () => st.all(args);
  };
  const raw = inputs.map((i) => rawFor(String(i.query)));
  const rawTimes: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const run of raw) {
      t0 = process.hrtime.bigint();
      run();
      if (round > 0) rawTimes.push(ms(t0));
    }
  }
  // After a write the index reads again only the trips it touched.
  const ids = db.prepare(`SELECT id FROM trips WHERE deleted_at IS NULL LIMIT 10`).pluck().all() as string[];
  const afterWrite: number[] = [];
  for (const [i, id] of ids.entries()) {
    await call(dispatch, 'trips.update', { id, patch: { title: `Studi Komparasi Bench ${i}` } });
    t0 = process.hrtime.bigint();
    await call(dispatch, 'trips.search', { query: 'malang' });
    afterWrite.push(ms(t0));
  }
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
  rows.push([
    `trips-list search over ${nTrips.toLocaleString('en-US')} trips (${inputs.length} searches/filters; aim ≤ 20 ms)`,
    median(times),
    median(rawTimes),
    'raw: one SQL query, LIKE per word over title, institutions, members, host people',
  ]);
  rows.push(['  of which: the first search (builds the index)', firstMs, null, `whole list ${kb(slimBytes)} slim (trips.list: ${kb(fullBytes)})`]);
  rows.push(['  of which: a search after a write (one trip read again)', median(afterWrite), null, '']);
}

/** The file checks at open and a restore, on the decade database. */
async function fileSafetyBenchmarks(rows: Row[], seedPath: string): Promise<void> {
  const checks: number[] = [];
  const opens: number[] = [];
  const rawChecks: number[] = [];
  const rawOpens: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const { db, checkMs } = await openDatabase(seedPath);
    opens.push(ms(t0));
    checks.push(checkMs);
    db.close();
    const r0 = process.hrtime.bigint();
    const ro = new Database(seedPath, { readonly: true });
    ro.pragma('quick_check');
    rawChecks.push(ms(r0));
    ro.close();
    const o0 = process.hrtime.bigint();
    const raw = new Database(seedPath);
    raw.pragma('journal_mode = WAL');
    raw.prepare('SELECT count(*) FROM trips').get();
    rawOpens.push(ms(o0));
    raw.close();
  }
  rows.push(['quick_check at open, decade database (66 MB)', median(checks), median(rawChecks), 'raw: PRAGMA quick_check alone']);
  rows.push(['  open with every file check (ours?, -wal, quick_check)', median(opens), median(rawOpens), 'raw: open + WAL + one read']);

  const { startApp } = await import('../main/app');
  const app = await startApp({ dbPath: seedPath, mode: 'test', log: () => undefined });
  try {
    const made = (await call(app.dispatch, 'backups.create', {})) as { name: string };
    const restores: number[] = [];
    const copies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      await call(app.dispatch, 'backups.restore', { name: made.name });
      restores.push(ms(t0));
      const c0 = process.hrtime.bigint();
      copyFileSync(seedPath, `${seedPath}.copy`);
      copies.push(ms(c0));
      rmSync(`${seedPath}.copy`, { force: true });
    }
    rows.push(['restore a backup of the decade database (check, safety backup, swap, reopen)', median(restores), median(copies), 'raw: one file copy']);
  } finally {
    app.close();
  }
}

const trip = (i: number) => ({ title: `Studi Komparasi ${i}`, startDate: '2025-04-24', endDate: '2025-04-25' });

/** Adding 100 photos to a trip (main's share: verify, hash, store), time and peak memory. */
async function photoBenchmarks(rows: Row[]): Promise<void> {
  const fixtures = join(__dirname, '..', '..', 'tests', 'fixtures', 'media');
  const base = readFileSync(join(fixtures, 'photo-1600x1200.jpg'));
  const thumb = readFileSync(join(fixtures, 'thumb-320x240.jpg'));
  const N_PHOTOS = 100;
  const photos = Array.from({ length: N_PHOTOS }, (_, i) => realisticPhoto(base, i));
  const times: number[] = [];
  const rawTimes: number[] = [];
  let peakMb = 0;
  for (let run = 0; run < 3; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-photos-'));
    try {
      const { db } = await openDatabase(join(dir, 'r.sqlite'));
      const store = createStore(db);
      const dispatch = dispatcherFor(db);
      const trip = createTrip(store, { title: 'Dokumentasi', startDate: '2025-04-24', endDate: '2025-04-24' });
      const thumbB64 = thumb.toString('base64');
      const rss0 = process.memoryUsage().rss;
      let peak = rss0;
      let t0 = process.hrtime.bigint();
      for (const [i, bytes] of photos.entries()) {
        await call(dispatch, 'photos.add', {
          tripId: trip.id,
          fileName: `foto-${i}.jpg`,
          imageBase64: bytes.toString('base64'),
          thumbBase64: thumbB64,
          width: 1600,
          height: 1200,
          takenAt: '2025-04-24T09:30',
          caption: `Foto ${i + 1}`,
        });
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      times.push(ms(t0));
      peakMb = Math.max(peakMb, (peak - rss0) / 1_048_576);

      const insBlob = db.prepare(`INSERT OR IGNORE INTO blobs (sha256, bytes, mime, size, created_at) VALUES (?, ?, 'image/jpeg', ?, ?)`);
      const insPhoto = db.prepare(
        `INSERT INTO photos (id, trip_id, file_name, image_sha256, thumb_sha256, width, height, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1600, 1200, ?, ?)`,
      );
      const one = db.transaction((i: number, bytes: Buffer) => {
        const now = Date.now();
        const sha = createHash('sha256').update(bytes).digest('hex');
        const tsha = createHash('sha256').update(thumb).digest('hex');
        insBlob.run(sha, bytes, bytes.length, now);
        insBlob.run(tsha, thumb, thumb.length, now);
        insPhoto.run(uuidv7(), trip.id, `raw-${i}.jpg`, sha, tsha, now, now);
      });
      // Other bytes than the service stored, so the raw inserts are not deduplicated away.
      const fresh = Array.from({ length: N_PHOTOS }, (_, i) => realisticPhoto(base, i + 1000 * (run + 1)));
      t0 = process.hrtime.bigint();
      for (const [i, bytes] of fresh.entries()) one.immediate(i, bytes);
      rawTimes.push(ms(t0));
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  rows.push([`add ${N_PHOTOS} photos of ~400 KB (photos.add), peak +${peakMb.toFixed(0)} MB RSS`, median(times), median(rawTimes), 'raw: sha256 + INSERT blob + INSERT photo per transaction']);
}

/** Issue 4's figures: an agenda of 200 items, and the follow-up tracker over 30,000 learnings. */
async function agendaAndTrackerBenchmarks(rows: Row[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-agenda-'));
  try {
    const { db } = await openDatabase(join(dir, 'r.sqlite'));
    const store = createStore(db);
    const dispatch = dispatcherFor(db);
    const now = Date.now();

    // ——— An agenda of 200 items (ten days of twenty items, across WITA and WIB) ———
    const agendaTrip = createTrip(store, { title: 'Kunjungan kerja panjang', startDate: '2025-04-20', endDate: '2025-04-29' });
    const insItem = db.prepare(
      `INSERT INTO agenda_items (id, trip_id, kind, title, start_at, start_zone, end_at, end_zone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const base = Date.UTC(2025, 3, 20, 0, 0);
    store.write(() => {
      for (let i = 0; i < 200; i++) {
        const start = base + Math.floor(i / 20) * 86_400_000 + (i % 20) * 30 * 60_000;
        const zone = i % 3 === 0 ? 'Asia/Makassar' : 'Asia/Jakarta';
        insItem.run(uuidv7(), agendaTrip.id, i % 7 === 0 ? 'travel' : 'presentation', `Acara ${i + 1}`, start, zone, start + 25 * 60_000, zone, now, now);
      }
    });
    const rawAgenda = db.prepare(`SELECT * FROM agenda_items WHERE trip_id = ? AND deleted_at IS NULL ORDER BY start_at, position`);
    const agendaTimes: number[] = [];
    const agendaRaw: number[] = [];
    for (let i = 0; i < 40; i++) {
      let t0 = process.hrtime.bigint();
      const items = (await call(dispatch, 'agenda.list', { tripId: agendaTrip.id })) as unknown[];
      agendaTimes.push(ms(t0));
      if (items.length !== 200) throw new Error(`agenda bench: expected 200 items, got ${items.length}`);
      t0 = process.hrtime.bigint();
      rawAgenda.all(agendaTrip.id);
      agendaRaw.push(ms(t0));
    }
    rows.push(['load an agenda of 200 items (agenda.list)', median(agendaTimes.slice(5)), median(agendaRaw.slice(5)), 'raw: SELECT * of the trip, ordered']);

    // ——— The tracker over 30,000 learnings (3,000 trips, 2 follow-ups each) ———
    const insTrip = db.prepare(`INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    const insLearning = db.prepare(
      `INSERT INTO learnings (id, trip_id, topic, dimensions, responsible_unit, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insFollowup = db.prepare(
      `INSERT INTO followups (id, learning_id, trip_id, action, owner_unit, target_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const dims = ['governance', 'branding', 'economy', 'living', 'society', 'environment'];
    const statuses = ['planned', 'in_progress', 'done', 'cancelled'];
    const units = ['Dinas Kominfosanti', 'Bappeda', 'Bagian Organisasi', 'Dinas Kesehatan', 'BPKPD'];
    store.write(() => {
      for (let t = 0; t < 3000; t++) {
        const tripId = uuidv7();
        const y = 2016 + (t % 10);
        insTrip.run(tripId, `Studi komparasi ${t}`, `${y}-05-10`, `${y}-05-12`, now, now);
        for (let l = 0; l < 10; l++) {
          const learningId = uuidv7();
          const i = t * 10 + l;
          insLearning.run(learningId, tripId, `Temuan ${i}`, JSON.stringify([dims[i % 6]]), units[i % 5], now, now);
          for (let f = 0; f < 2; f++) {
            insFollowup.run(uuidv7(), learningId, tripId, `Aksi ${i}-${f}`, units[(i + f) % 5], `${y + 1}-${String(1 + (i % 12)).padStart(2, '0')}-15`, statuses[(i + f) % 4], now, now);
          }
        }
      }
    });
    const rawTracker = db.prepare(
      `SELECT f.*, l.topic, l.dimensions, t.title AS trip_title, t.start_date, t.end_date
       FROM followups f JOIN learnings l ON l.id = f.learning_id JOIN trips t ON t.id = f.trip_id
       WHERE f.deleted_at IS NULL AND l.deleted_at IS NULL AND t.deleted_at IS NULL AND (? = 0 OR (f.target_date < ? AND f.status IN ('planned', 'in_progress')))
       ORDER BY f.target_date LIMIT 500`,
    );
    for (const [label, input, overdue] of [
      ['tracker over 30,000 learnings, no filter', { today: '2026-11-23' }, 0],
      ['tracker over 30,000 learnings, overdue only', { today: '2026-11-23', overdue: true }, 1],
    ] as const) {
      const ours: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < 15; i++) {
        let t0 = process.hrtime.bigint();
        await call(dispatch, 'followups.tracker', input);
        ours.push(ms(t0));
        t0 = process.hrtime.bigint();
        rawTracker.all(overdue, '2026-11-23');
        raw.push(ms(t0));
      }
      rows.push([label, median(ours.slice(3)), median(raw.slice(3)), 'raw: follow-ups ⋈ learnings ⋈ trips by target date, first 500']);
    }
    // The text filter reads every follow-up's action, topic and trip title (a substring scan).
    const rawText = db.prepare(
      `SELECT f.*, l.topic, l.dimensions, t.title AS trip_title, t.start_date, t.end_date
       FROM followups f JOIN learnings l ON l.id = f.learning_id JOIN trips t ON t.id = f.trip_id
       WHERE f.deleted_at IS NULL AND l.deleted_at IS NULL AND t.deleted_at IS NULL
         AND (f.action LIKE @q OR l.topic LIKE @q OR t.title LIKE @q)
       ORDER BY f.target_date LIMIT 500`,
    );
    const textOurs: number[] = [];
    const textRaw: number[] = [];
    for (let i = 0; i < 15; i++) {
      let t0 = process.hrtime.bigint();
      await call(dispatch, 'followups.tracker', { today: '2026-11-23', query: 'aksi 2999' });
      textOurs.push(ms(t0));
      t0 = process.hrtime.bigint();
      rawText.all({ q: "%aksi 2999%" });
      textRaw.push(ms(t0));
    }
    rows.push(['tracker over 30,000 learnings, text filter "aksi 2999"', median(textOurs.slice(3)), median(textRaw.slice(3)), 'raw: the same three-way join with LIKE on action, topic and title']);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ——— Issue 5: the Laporan Hasil Studi Komparasi as a .docx ———

/** The seed trip as issue 5 sizes it: 35 people (6 officials, 29 journalists), 20 photos of 1600 × 1200 (~400 KB each). */
const seedReportData = (): DocData => seedDocData({ officials: 6, journalists: 29, photos: 20, realisticPhotos: true });
/** The large trip: 500 members, 200 agenda items, 300 learnings, 100 photos. */
const largeReportData = (): DocData =>
  seedDocData({ officials: 470, journalists: 30, agendaItems: 200, learnings: 300, photos: 100, realisticPhotos: true });

/** The baseline: the same report built with docx's own objects only and packed by docx (every part deflated). */
async function plainReport(data: DocData): Promise<Buffer> {
  return Packer.toBuffer(buildReport(data, { plain: true }).doc);
}

/**
 * In a child process (BENCH_DOCS_CHILD=ours|plain): one build of the large
 * report, its time and its peak RSS above the RSS before it (the kernel's
 * high-water mark, so a peak between two samples is not missed).
 */
async function docsChild(kind: string): Promise<void> {
  const data = largeReportData();
  const rss0 = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const bytes = kind === 'plain' ? await plainReport(data) : buildDocx('report', data).bytes;
  const t = ms(t0);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms: t, peakMb: Math.max(0, peak - rss0) / 1_048_576, mb: bytes.length / 1_048_576 }));
}

function docsChildRun(kind: 'ours' | 'plain'): { ms: number; peakMb: number; mb: number } {
  const r = spawnSync(process.execPath, [process.argv[1] ?? ''], { env: { ...process.env, BENCH_DOCS_CHILD: kind }, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`docs bench child (${kind}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; peakMb: number; mb: number };
}

async function docsBenchmarks(rows: Row[]): Promise<void> {
  const timeBoth = async (data: DocData, runs: number) => {
    const ours: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t0 = process.hrtime.bigint();
      buildDocx('report', data);
      ours.push(ms(t0));
      t0 = process.hrtime.bigint();
      await plainReport(data);
      raw.push(ms(t0));
    }
    return { ours: median(ours), raw: median(raw) };
  };
  const seed = await timeBoth(seedReportData(), 7);
  rows.push(['report .docx, seed trip: 35 people, 20 photos 1600×1200 (median of 7)', seed.ours, seed.raw, 'raw: same report, docx objects only + Packer.toBuffer']);
  const large = await timeBoth(largeReportData(), 3);
  const oursMem = docsChildRun('ours');
  const plainMem = docsChildRun('plain');
  rows.push([
    `report .docx, large trip: 500 members, 200 agenda, 300 learnings, 100 photos (median of 3), peak +${oursMem.peakMb.toFixed(0)} MB RSS (raw +${plainMem.peakMb.toFixed(0)} MB)`,
    large.ours,
    large.raw,
    `raw: as above; cold single run in a fresh process: ours ${oursMem.ms.toFixed(0)} ms, raw ${plainMem.ms.toFixed(0)} ms; ${oursMem.mb.toFixed(1)} MB file`,
  ]);
}

async function main(): Promise<void> {
  const docsChildKind = process.env.BENCH_DOCS_CHILD;
  if (docsChildKind) return docsChild(docsChildKind);
  if (process.env.BENCH_MONEY_CHILD) return moneyChild(process.env.BENCH_MONEY_CHILD);
  const rows: Row[] = [];
  const only = process.env.BENCH_ONLY ?? '';

  // BENCH_ONLY=large skips the foundation's figures (a minute of fsyncs); BENCH_ONLY=docs runs only the documents', =money only the money's.
  if (only !== 'large' && only !== 'docs' && only !== 'tracker' && only !== 'money') {
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
  }

  if (only === 'tracker') {
    // BENCH_ONLY=tracker: the agenda and the follow-up tracker alone.
    await agendaAndTrackerBenchmarks(rows);
  } else if (only === 'money') {
    await moneyBenchmarks(rows, RUNS);
  } else {
    if (only !== 'docs') {
      await largeBenchmarks(rows);
      await agendaAndTrackerBenchmarks(rows);
      await photoBenchmarks(rows);
    }
    await docsBenchmarks(rows);
    await moneyBenchmarks(rows, RUNS);
  }

  const w = Math.max(...rows.map((r) => r[0].length));
  const fig = (x: number | null) => (x === null ? '' : x < 10 ? x.toFixed(2) : x.toFixed(1));
  console.log(`\nRombongan benchmarks — median of ${RUNS} runs (${process.version}, ${process.platform})\n`);
  console.log(`${'benchmark'.padEnd(w)}  ${'ours ms'.padStart(9)}  ${'raw ms'.padStart(9)}  ${'ratio'.padStart(6)}  baseline`);
  for (const [name, ours, base, note] of rows) {
    if (ours === null) {
      console.log(`${name.padEnd(w)}  ${'n/a (not implemented)'.padStart(9)}  ${fig(base).padStart(9)}  ${''.padStart(6)}  ${note}`);
      continue;
    }
    const ratio = base ? (ours / base).toFixed(2) + '×' : '';
    console.log(`${name.padEnd(w)}  ${fig(ours).padStart(9)}  ${fig(base).padStart(9)}  ${ratio.padStart(6)}  ${note}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
