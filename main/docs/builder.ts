/**
 * Where documents are built. In Electron main's JavaScript thread is the
 * window's UI thread, and a large report takes most of a second to build, so
 * the app builds in one long-lived worker thread (main/docs/worker.ts, bundled
 * to dist/main/docs-worker.cjs) and the window keeps responding meanwhile.
 * Main still gathers the DocData (it owns the database); only the pure
 * buildDocx runs in the worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isMarkedAsUntransferable, Worker } from 'node:worker_threads';
import type { BuildKind } from '../../shared/documents/schemas';
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/result';
import { buildDocx, buildDocxPaged, type TocState } from './index';
import type { DocData } from './model';
import type { BuildReply, BuildRequest, WorkbookRequest, WorkerError } from './worker';
import { writeWorkbook, type SheetSpec } from './workbook';

export interface BuiltDocx {
  bytes: Buffer;
  gaps: number;
  fileName: string;
  /** The report's daftar isi: paged by LibreOffice, or left for Word (with pagedToc). */
  toc?: TocState;
}

export interface BuildOptions {
  /**
   * The caller is done with `data`: its photo and emblem bytes may be moved to
   * the worker (leaving them empty here) instead of copied, which for a
   * hundred photos saves main some 30 ms of copying.
   */
  handOver?: boolean;
  /**
   * Page the report's daftar isi as LibreOffice renders it (a render to PDF
   * and a second build: seconds, so an export-time step; without LibreOffice
   * the field is left for Word to fill). Other kinds ignore it.
   */
  pagedToc?: boolean;
}

export type DocBuilder = (kind: BuildKind, data: DocData, opts?: BuildOptions) => Promise<BuiltDocx>;

/** Writes a workbook's sheets (workbook.ts) to its bytes. */
export type WorkbookWriter = (sheets: SheetSpec[]) => Promise<Buffer>;

export interface OwnedDocBuilder {
  build: DocBuilder;
  /** The money's spreadsheets, written in the same thread as the documents. */
  workbook: WorkbookWriter;
  /** 'worker', or 'in-thread' when there is no worker bundle. */
  readonly where: 'worker' | 'in-thread';
  /** Stops the worker; builds asked for afterwards are refused. */
  close(): Promise<void>;
  /** Whether a worker thread is running now (it stops when idle; tests and benchmarks look). */
  running(): boolean;
}

/** An idle worker stops after this long, giving its memory back (a large report's build peaks at a few hundred MB). */
export const WORKER_IDLE_MS = 15_000;

/** Builds in the calling thread: tests, scripts, and the fallback below (synchronously, but for a paged report). */
export const inThreadBuilder: DocBuilder = (kind, data, opts = {}) => {
  try {
    if (opts.pagedToc && kind === 'report') return buildDocxPaged(kind, data);
    return Promise.resolve(buildDocx(kind, data));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};

function toError(e: WorkerError): Error {
  const err =
    e.code !== undefined && (ERROR_CODES as readonly string[]).includes(e.code)
      ? new AppError(e.code as ErrorCode, e.message, {
          ...(e.field !== undefined && { field: e.field }),
          ...(e.key !== undefined && { key: e.key }),
          ...(e.params !== undefined && { params: e.params }),
        })
      : new Error(e.message);
  if (e.stack !== undefined) err.stack = `${e.stack}\n    (in the document worker)`;
  return err;
}

/**
 * The ArrayBuffers of the photos that can be moved: only buffers a view
 * spans whole, so nothing else that main may still hold goes with them. Kop
 * images are small and one may appear under several issuers: they are copied.
 */
function movableBuffers(data: DocData): ArrayBuffer[] {
  const views = data.photos.map((p) => p.bytes);
  const out = new Set<ArrayBuffer>();
  for (const v of views) {
    const b = v.buffer;
    if (!(b instanceof ArrayBuffer) || v.byteOffset !== 0 || v.byteLength !== b.byteLength || isMarkedAsUntransferable(b)) continue;
    out.add(b);
  }
  return [...out];
}

interface Running {
  worker: Worker;
  pending: Map<number, { resolve: (b: BuiltDocx) => void; reject: (e: Error) => void }>;
  idle: NodeJS.Timeout | null;
}

/**
 * Builds in one worker thread running the bundle at `bundlePath`, started on
 * the first build and started again after it dies (the builds it had are
 * refused with the reason). Requests queue in the worker's message port and
 * answers are matched by id. The worker does not keep the process alive while
 * idle.
 *
 * The bundle's text is read with fs and run with `eval: true` rather than
 * given to Worker as a path: in a packaged app it lies inside app.asar, which
 * Electron's fs reads but Node's worker loader does not. An eval'd CommonJS
 * bundle still has require() for Node's builtins, all it needs.
 *
 * When the bundle does not exist — running from the TypeScript sources, as the
 * tests and vitest do, where there is no dist/main beside the code — documents
 * are built in the calling thread instead.
 */
export function workerBuilder(bundlePath: string, opts: { idleMs?: number } = {}): OwnedDocBuilder {
  if (!existsSync(bundlePath)) return { build: inThreadBuilder, workbook: writeWorkbook, where: 'in-thread', close: () => Promise.resolve(), running: () => false };
  const idleMs = opts.idleMs ?? WORKER_IDLE_MS;

  let running: Running | null = null;
  let closed = false;
  let nextId = 1;

  const stopped = (r: Running, reason: Error): void => {
    if (running === r) running = null;
    const waiting = [...r.pending.values()];
    r.pending.clear();
    for (const p of waiting) p.reject(reason);
  };

  const start = (): Running => {
    const worker = new Worker(readFileSync(bundlePath, 'utf8'), { eval: true, name: 'rombongan-docs' });
    const r: Running = { worker, pending: new Map(), idle: null };
    worker.unref();
    worker.on('message', (reply: BuildReply) => {
      const p = r.pending.get(reply.id);
      if (!p) return;
      r.pending.delete(reply.id);
      if (r.pending.size === 0) {
        worker.unref();
        // Nothing more to build for a while: the thread goes, and its heap with it; the next build starts a fresh one.
        r.idle = setTimeout(() => {
          if (running !== r || r.pending.size > 0) return;
          running = null;
          void worker.terminate();
        }, idleMs);
        r.idle.unref();
      }
      if (reply.ok) p.resolve({ bytes: Buffer.from(reply.bytes), gaps: reply.gaps, fileName: reply.fileName, ...(reply.toc ? { toc: reply.toc } : {}) });
      else p.reject(toError(reply.error));
    });
    // An answer that cannot be read, or an exception the worker did not catch:
    // refuse what it had and let the next build start a fresh one.
    const broken = (e: Error): void => {
      stopped(r, e);
      void worker.terminate();
    };
    worker.on('messageerror', broken);
    worker.on('error', broken);
    worker.on('exit', (code) => stopped(r, new Error(`The document worker stopped (exit code ${code})`)));
    return r;
  };

  /** Posts one request (moving `moved`, or copying when V8 will not move them) and waits for its answer. */
  const ask = (message: BuildRequest | WorkbookRequest, moved: ArrayBuffer[] = []): Promise<BuiltDocx> =>
    new Promise<BuiltDocx>((resolve, reject) => {
      if (closed) {
        reject(new Error('The document builder is closed'));
        return;
      }
      const r = running ?? (running = start());
      if (r.idle) clearTimeout(r.idle);
      r.idle = null;
      r.pending.set(message.id, { resolve, reject });
      r.worker.ref(); // a build under way keeps the process alive until it answers
      try {
        try {
          r.worker.postMessage(message, moved);
        } catch (e) {
          if (moved.length === 0) throw e;
          r.worker.postMessage(message); // a buffer V8 would not move: copy them all instead
        }
      } catch (e) {
        r.pending.delete(message.id);
        if (r.pending.size === 0) r.worker.unref();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });

  const build: DocBuilder = (kind, data, opts = {}) => {
    const message: BuildRequest = { id: nextId++, kind, data, ...(opts.pagedToc ? { pagedToc: true } : {}) };
    return ask(message, opts.handOver ? movableBuffers(data) : []);
  };
  const workbook: WorkbookWriter = async (sheets) => (await ask({ id: nextId++, kind: 'workbook', sheets })).bytes;

  return {
    build,
    workbook,
    where: 'worker',
    running: () => running !== null,
    async close() {
      closed = true;
      const r = running;
      if (!r) return;
      stopped(r, new Error('The document builder is closed'));
      await r.worker.terminate();
    },
  };
}
