/**
 * Documents are built in a worker thread (main/docs/builder.ts), so the main
 * thread — in Electron the window's — keeps running during a build. The
 * worker is bundled here as scripts/build-main.mjs bundles it to
 * dist/main/docs-worker.cjs, and started from that bundle's text as the app
 * starts it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtinModules } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gatherDocData } from '../../main/documents/doc-data';
import { join } from 'node:path';
import { startApp, type App } from '../../main/app';
import { inThreadBuilder, workerBuilder, type OwnedDocBuilder } from '../../main/docs/builder';
import type { DocData } from '../../main/docs/model';
import { DOC_KINDS, type BuiltDoc, type DocBytes } from '../../shared/documents/schemas';
import { seedDocData } from '../helpers/doc-data';
import { tempDir } from '../helpers/db';
import { bundleDocsWorker } from '../helpers/docs-worker';
import { readDocx } from '../helpers/docx';

const root = join(__dirname, '..', '..');
let t: ReturnType<typeof tempDir>;
let bundle: string;
let docs: OwnedDocBuilder;

beforeAll(async () => {
  t = tempDir('rombongan-docs-worker-');
  bundle = await bundleDocsWorker(t.dir);
  docs = workerBuilder(bundle);
}, 60_000);

afterAll(async () => {
  await docs.close();
  t.cleanup();
});

describe('the document worker bundle', () => {
  it('needs nothing but Node builtins (it runs from its text, possibly inside app.asar)', () => {
    const required = [...readFileSync(bundle, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] as string);
    const builtins = new Set(builtinModules);
    const foreign = required.filter((r) => !builtins.has(r.replace(/^node:/, '')));
    expect(foreign).toEqual([]);
    expect(docs.where).toBe('worker');
  });

  it('falls back to building in this thread when there is no bundle (running from the sources)', async () => {
    const none = workerBuilder(join(t.dir, 'missing.cjs'));
    expect(none.where).toBe('in-thread');
    const built = await none.build('spt', seedDocData({ photos: 0 }));
    expect(readDocx(built.bytes).paths).toContain('word/document.xml');
  });
});

describe('workerBuilder', () => {
  it('stops its thread when idle (its memory goes back) and starts a fresh one for the next build', async () => {
    const quick = workerBuilder(bundle, { idleMs: 50 });
    try {
      expect(quick.running()).toBe(false);
      const first = await quick.build('spt', seedDocData({ photos: 0 }));
      expect(readDocx(first.bytes).paths).toContain('word/document.xml');
      await vi.waitFor(() => expect(quick.running()).toBe(false), { timeout: 20_000, interval: 20 });
      const second = await quick.build('spt', seedDocData({ photos: 0 }));
      expect(readDocx(second.bytes).text).toBe(readDocx(first.bytes).text);
    } finally {
      await quick.close();
    }
  });

  it('builds the same documents as the main thread, photos and emblem included', async () => {
    const data = seedDocData({ photos: 12, withEmblem: true });
    for (const kind of DOC_KINDS) {
      const [here, there] = await Promise.all([inThreadBuilder(kind, data), docs.build(kind, data)]);
      expect(Buffer.isBuffer(there.bytes)).toBe(true);
      expect(there.fileName).toBe(here.fileName);
      expect(there.gaps).toBe(here.gaps);
      const a = readDocx(here.bytes);
      const b = readDocx(there.bytes);
      expect(b.text).toBe(a.text);
      expect(b.paths.sort()).toEqual(a.paths.sort());
      expect(b.media.length).toBe(a.media.length);
      for (const p of a.media) expect(b.xml(p).length).toBe(a.xml(p).length);
      if (kind === 'report') expect(b.media.length).toBeGreaterThanOrEqual(12);
    }
  });

  it('keeps the main thread running while it builds', async () => {
    const data = seedDocData({ officials: 200, journalists: 100, photos: 30 });
    const turnsDuring = async (run: () => Promise<unknown>): Promise<number> => {
      let turns = 0;
      let spinning = true;
      const spin = (): void => {
        if (!spinning) return;
        turns++;
        setImmediate(spin);
      };
      setImmediate(spin);
      try {
        await run();
      } finally {
        spinning = false;
      }
      return turns;
    };
    // In this thread the build is done before the event loop turns even once;
    // in the worker the loop keeps turning (timers, IPC, the window) until it answers.
    expect(await turnsDuring(() => inThreadBuilder('report', data))).toBe(0);
    expect(await turnsDuring(() => docs.build('report', data))).toBeGreaterThan(0);
  });

  it('moves the photos to the worker when the caller hands its data over, and builds the same', async () => {
    const data = seedDocData({ photos: 5, withEmblem: true });
    const expected = await inThreadBuilder('report', seedDocData({ photos: 5, withEmblem: true }));
    const built = await docs.build('report', data, { handOver: true });
    expect(readDocx(built.bytes).text).toBe(readDocx(expected.bytes).text);
    expect(readDocx(built.bytes).media.length).toBe(readDocx(expected.bytes).media.length);
    expect(data.photos.every((p) => p.bytes.byteLength === 0)).toBe(true); // moved, not copied
    // Without handOver the caller's data stays whole.
    const kept = seedDocData({ photos: 5 });
    await docs.build('report', kept);
    expect(kept.photos.every((p) => p.bytes.byteLength > 0)).toBe(true);
  });

  it('answers many builds at once, each with its own document', async () => {
    const data = seedDocData({ photos: 2 });
    const built = await Promise.all(DOC_KINDS.map((kind) => docs.build(kind, data)));
    const expected = await Promise.all(DOC_KINDS.map((kind) => inThreadBuilder(kind, data)));
    expect(built.map((b) => b.fileName)).toEqual(expected.map((b) => b.fileName));
    expect(built.map((b) => readDocx(b.bytes).text)).toEqual(expected.map((b) => readDocx(b.bytes).text));
  });

  it("rejects with the builder's own error, and the next build still works", async () => {
    const broken = { ...seedDocData({ photos: 0 }), detail: undefined } as unknown as DocData;
    const message = await inThreadBuilder('report', broken).then(
      () => 'built',
      (e: unknown) => (e as Error).message,
    );
    expect(message).not.toBe('built');
    await expect(docs.build('report', broken)).rejects.toThrow(message);
    // Data that cannot cross to the worker at all is refused too.
    const uncloneable = { ...seedDocData({ photos: 0 }), today: () => '2025-04-24' } as unknown as DocData;
    await expect(docs.build('report', uncloneable)).rejects.toThrow();
    const ok = await docs.build('spt', seedDocData({ photos: 0 }));
    expect(readDocx(ok.bytes).text).toContain('SURAT PERINTAH TUGAS');
  });

  it('starts a new worker after one dies, refusing the builds the dead one had', async () => {
    const stub = join(t.dir, 'stub-worker.cjs');
    writeFileSync(
      stub,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id, kind }) => {
         if (kind === 'exit') process.exit(3);
         if (kind === 'throw') setTimeout(() => { throw new Error('worker blew up'); });
         else { const b = new TextEncoder().encode(kind).buffer; parentPort.postMessage({ id, ok: true, bytes: b, gaps: 0, fileName: kind }, [b]); }
       });`,
    );
    const s = workerBuilder(stub);
    const data = seedDocData({ photos: 0 });
    const as = (k: string) => k as unknown as Parameters<typeof s.build>[0];
    try {
      expect((await s.build(as('one'), data)).bytes.toString()).toBe('one');
      await expect(s.build(as('exit'), data)).rejects.toThrow('exit code 3');
      expect((await s.build(as('two'), data)).bytes.toString()).toBe('two');
      await expect(s.build(as('throw'), data)).rejects.toThrow('worker blew up');
      expect((await s.build(as('three'), data)).bytes.toString()).toBe('three');
    } finally {
      await s.close();
    }
    await expect(s.build(as('four'), data)).rejects.toThrow('closed');
  });
});

describe('docs.build through the dispatcher with the worker', () => {
  let app: App;
  let local: App;
  const workerOnly = { build: (...a: Parameters<OwnedDocBuilder['build']>) => docs.build(...a) };
  beforeAll(async () => {
    app = await startApp({ dbPath: join(t.dir, 'worker.sqlite'), mode: 'test', log: () => undefined, docsWorker: bundle });
    local = await startApp({ dbPath: join(t.dir, 'local.sqlite'), mode: 'test', log: () => undefined, docsWorker: join(t.dir, 'missing.cjs') });
  });
  afterAll(() => {
    app.close();
    local.close();
  });

  async function call<T>(a: App, operation: string, input: unknown): Promise<T> {
    const r = await a.dispatch(operation, input);
    if (!r.ok) throw new Error(`${operation}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }

  /** The trip; its ketua only the first time (his NIP is unique in a database). */
  async function seed(a: App, withMember = true): Promise<string> {
    const trip = await call<{ id: string }>(a, 'trips.create', {
      title: 'Studi Komparasi Command Center ke Kota Malang',
      startDate: '2025-04-24',
      endDate: '2025-04-25',
      hostRegionCodes: ['35.73'],
    });
    if (!withMember) return trip.id;
    const p = await call<{ id: string }>(a, 'people.create', {
      kind: 'official',
      name: 'Ketut Suwarmawan',
      nip: '197808171997031002',
      golongan: 'IV/b',
      jabatan: 'Kepala Dinas Kominfosanti',
      employment: 'pns',
    });
    await call(a, 'members.add', { tripId: trip.id, personId: p.id, role: 'lead' });
    return trip.id;
  }

  it('builds and hands out every document, reading the same as a build in the main thread', async () => {
    const [tripId, localTripId] = [await seed(app), await seed(local)];
    for (const kind of DOC_KINDS) {
      const built = await call<BuiltDoc>(app, 'docs.build', { tripId, kind });
      const file = await call<DocBytes>(app, 'docs.fetch', { exportId: built.exportId });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      expect(bytes.byteLength).toBe(built.size);
      expect(file.fileName).toBe(built.fileName);

      const same = await call<BuiltDoc>(local, 'docs.build', { tripId: localTripId, kind });
      const sameBytes = Buffer.from((await call<DocBytes>(local, 'docs.fetch', { exportId: same.exportId })).dataBase64, 'base64');
      expect(built.fileName).toBe(same.fileName);
      expect(built.gaps).toBe(same.gaps);
      expect(readDocx(bytes).text).toBe(readDocx(sameBytes).text);
      if (kind === 'report') expect(readDocx(bytes).text).toContain('Ketut Suwarmawan');
    }
  });

  it('moves the photos read from SQLite rather than copying them', async () => {
    const tripId = await seed(app, false);
    const jpeg = (name: string) => readFileSync(join(root, 'tests/fixtures/media', name)).toString('base64');
    await call(app, 'photos.add', {
      tripId,
      fileName: 'IMG_0001.jpg',
      imageBase64: jpeg('photo-1600x1200.jpg'),
      thumbBase64: jpeg('thumb-320x240.jpg'),
      width: 1600,
      height: 1200,
    });
    const data = gatherDocData(app.store, tripId, '2025-04-24');
    expect(data.photos[0]?.bytes.byteLength).toBeGreaterThan(0);
    const built = await workerOnly.build('report', data, { handOver: true });
    expect(data.photos[0]?.bytes.byteLength).toBe(0);
    expect(readDocx(built.bytes).media.length).toBeGreaterThanOrEqual(1);
    // And through the dispatcher, the report carries it.
    const viaApp = await call<BuiltDoc>(app, 'docs.build', { tripId, kind: 'report' });
    const bytes = Buffer.from((await call<DocBytes>(app, 'docs.fetch', { exportId: viaApp.exportId })).dataBase64, 'base64');
    expect(readDocx(bytes).media).toEqual(readDocx(built.bytes).media);
  });

  it('answers a trip that does not exist as before (read in main, never sent to the worker)', async () => {
    const r = await app.dispatch('docs.build', { tripId: '0199a000-0000-7000-8000-000000000000', kind: 'report' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.tripNotFound' } });
  });
});
