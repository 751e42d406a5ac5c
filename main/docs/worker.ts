/**
 * The document worker: builds .docx files off main's JavaScript thread, which
 * in Electron is the window's UI thread (a large report takes most of a
 * second). Bundled by scripts/build-main.mjs to dist/main/docs-worker.cjs,
 * self-contained except for Node's builtins, and started by
 * main/docs/builder.ts. Main gathers the DocData (it owns the database); this
 * thread only runs the pure buildDocx on it — and the pure writeWorkbook on the
 * money's sheets (a 500-member cost sheet is a third of a second of zipping).
 */
import { parentPort } from 'node:worker_threads';
import type { BuildKind } from '../../shared/documents/schemas';
import { buildDocx, buildDocxPaged, type TocState } from './index';
import type { DocData } from './model';
import { writeWorkbook, type SheetSpec } from './workbook';

export interface BuildRequest {
  id: number;
  kind: BuildKind;
  data: DocData;
  /** The report's daftar isi paged by a LibreOffice render (index.ts buildDocxPaged). */
  pagedToc?: boolean;
}

/** A workbook to write: its sheets, plain data (workbook.ts). */
export interface WorkbookRequest {
  id: number;
  kind: 'workbook';
  sheets: SheetSpec[];
}

/** What went wrong, as plain data (Error classes do not survive postMessage as such). */
export interface WorkerError {
  message: string;
  name?: string;
  stack?: string;
  /** An AppError's fields, when the builder threw one. */
  code?: string;
  field?: string;
  key?: string;
  params?: Record<string, string | number>;
}

export type BuildReply =
  | { id: number; ok: true; bytes: ArrayBuffer; gaps: number; fileName: string; toc?: TocState }
  | { id: number; ok: false; error: WorkerError };

function describe(e: unknown): WorkerError {
  if (!(e instanceof Error)) return { message: String(e) };
  const out: WorkerError = { message: e.message, name: e.name };
  if (e.stack !== undefined) out.stack = e.stack;
  const extra = e as Error & Partial<Pick<WorkerError, 'code' | 'field' | 'key' | 'params'>>;
  if (typeof extra.code === 'string') out.code = extra.code;
  if (typeof extra.field === 'string') out.field = extra.field;
  if (typeof extra.key === 'string') out.key = extra.key;
  if (extra.params !== undefined) out.params = extra.params;
  return out;
}

/** The bytes as an ArrayBuffer of their own, so it can be transferred rather than copied. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes.buffer : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

const port = parentPort;
if (port === null) throw new Error('docs-worker runs in a worker thread (main/docs/builder.ts starts it)');

type Built = { bytes: Buffer; gaps: number; fileName: string; toc?: TocState };

const run = async (request: BuildRequest | WorkbookRequest): Promise<Built> => {
  if (request.kind === 'workbook') return { bytes: await writeWorkbook(request.sheets), gaps: 0, fileName: '' };
  const { kind, data, pagedToc } = request;
  return pagedToc ? buildDocxPaged(kind, data) : buildDocx(kind, data);
};

port.on('message', (request: BuildRequest | WorkbookRequest) => {
  const { id } = request;
  void (async () => {
    let reply: Extract<BuildReply, { ok: true }>;
    try {
      const built = await run(request);
      reply = { id, ok: true, bytes: ownBuffer(built.bytes), gaps: built.gaps, fileName: built.fileName, ...(built.toc ? { toc: built.toc } : {}) };
    } catch (e) {
      port.postMessage({ id, ok: false, error: describe(e) } satisfies BuildReply);
      return;
    }
    try {
      port.postMessage(reply, [reply.bytes]);
    } catch {
      port.postMessage(reply); // an ArrayBuffer Node will not transfer: copy it instead
    }
  })();
});
