/**
 * Building, handing out and saving the official documents. A build keeps its
 * bytes in a small in-memory outbox under a random exportId, so the renderer
 * never carries megabytes it does not need: the desktop writes them straight
 * to the folder the user picks in main's own save dialog, and browser mode
 * fetches them once to download. The renderer never sends a file path, except
 * back one that this session itself saved (to show it in the file manager).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { BuildKind, BuiltDoc, DocBytes, SaveOutcome } from '../../shared/documents/schemas';
import { AppError } from '../../shared/result';
import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import { inThreadBuilder, type DocBuilder } from '../docs/builder';
import { gatherDocData } from './doc-data';
import { localToday } from './today';

/** What only the desktop shell can do: its native dialogs and file manager. */
export interface Desktop {
  /** A save dialog offering `defaultName`; the chosen path, or null when cancelled. */
  chooseSaveFile(defaultName: string): Promise<string | null>;
  /** A folder picker; the chosen folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  showItemInFolder(path: string): void;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Parcel {
  /** A document, or a workbook of the money (main/money/xlsx). */
  kind: BuildKind | 'xlsx';
  fileName: string;
  bytes: Buffer;
  /** Absent: a .docx. */
  mime?: string;
  at: number;
}

/**
 * Built documents waiting to be fetched or saved: at most `max` of them and
 * none older than `ttlMs`, the oldest leaving first. A user exports six at
 * most at a time, so twelve holds two rounds.
 */
export class Outbox {
  private readonly parcels = new Map<string, Parcel>();
  constructor(
    private readonly max = 12,
    private readonly ttlMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  put(p: Omit<Parcel, 'at'>): string {
    this.prune();
    const id = randomUUID();
    this.parcels.set(id, { ...p, at: this.now() });
    // A Map iterates in insertion order: the first keys are the oldest.
    for (const key of this.parcels.keys()) {
      if (this.parcels.size <= this.max) break;
      this.parcels.delete(key);
    }
    return id;
  }

  get(id: string): Parcel {
    this.prune();
    const p = this.parcels.get(id);
    if (!p) {
      throw new AppError('NOT_FOUND', `No built document ${id}: it expired or was never built; build it again`, {
        field: 'exportId',
        key: 'exporting.errors.expired',
      });
    }
    return p;
  }

  /** The parcel, and it leaves the outbox: a browser download is fetched once, so its megabytes go at once. */
  take(id: string): Parcel {
    const p = this.get(id);
    this.parcels.delete(id);
    return p;
  }

  get size(): number {
    return this.parcels.size;
  }

  private prune(): void {
    const oldest = this.now() - this.ttlMs;
    for (const [key, p] of this.parcels) if (p.at < oldest) this.parcels.delete(key);
  }
}

function isCode(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && codes.includes(String(e.code));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (e) {
    if (isCode(e, 'ENOENT')) return false;
    throw e;
  }
}

/** "Laporan.docx", "Laporan (2).docx", "Laporan (3).docx", … */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const ext = extname(fileName);
  return `${fileName.slice(0, fileName.length - ext.length)} (${n})${ext}`;
}

/** The whole file under a temporary name beside its target, flushed to disk. */
function writeTemp(folder: string, fileName: string, bytes: Uint8Array): string {
  const temp = join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.part`);
  const fd = openSync(temp, 'wx');
  try {
    let done = 0;
    while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  return temp;
}

/**
 * Gives the temporary file its final name without ever replacing a file that
 * is already there: the first of "name", "name (2)", … that is free. A hard
 * link fails if the name is taken, so no check-then-rename race; file systems
 * without hard links (FAT on a flash drive) fall back to check-then-rename.
 */
function placeWithoutOverwriting(temp: string, folder: string, fileName: string): string {
  for (let n = 1; n < 1000; n++) {
    const target = join(folder, numberedName(fileName, n));
    try {
      linkSync(temp, target);
      return target;
    } catch (e) {
      if (isCode(e, 'EEXIST')) continue;
      if (!isCode(e, 'EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS', 'EOPNOTSUPP', 'EACCES', 'EMLINK')) throw e;
      if (exists(target)) continue;
      renameSync(temp, target);
      return target;
    }
  }
  throw new AppError('CONFLICT', `Too many files named like ${fileName} in ${folder}`, { key: 'exporting.errors.tooManyCopies' });
}

function saveError(e: unknown, path: string): AppError {
  if (e instanceof AppError) return e;
  const code = isCode(e, 'EACCES', 'EPERM', 'EROFS') ? 'exporting.errors.noPermission' : isCode(e, 'ENOSPC') ? 'exporting.errors.diskFull' : 'exporting.errors.writeFailed';
  const reason = e instanceof Error ? e.message : String(e);
  return new AppError('INTERNAL', `Could not write ${path}: ${reason}`, { key: code, params: { path } });
}

/** Writes to a temporary file, then `place` gives it its name; no half-written file is ever left. */
function writeFile(folder: string, fileName: string, bytes: Uint8Array, place: (temp: string) => string): string {
  let temp: string | null = null;
  try {
    temp = writeTemp(folder, fileName, bytes);
    return place(temp);
  } catch (e) {
    throw saveError(e, join(folder, fileName));
  } finally {
    if (temp !== null) rmSync(temp, { force: true });
  }
}

/** The path with the file's own extension (".docx", or ".xlsx" for a workbook). */
function withExtension(path: string, fileName: string): string {
  const ext = extname(fileName).toLowerCase() || '.docx';
  return extname(path).toLowerCase() === ext ? path : `${path}${ext}`;
}

function needDesktop(desktop: Desktop | undefined): Desktop {
  if (!desktop) {
    throw new AppError('UNSUPPORTED', 'Saving to a folder needs the desktop app; in browser mode the browser downloads the files', {
      key: 'exporting.errors.unsupported',
    });
  }
  return desktop;
}

export interface ExportOptions {
  outbox?: Outbox;
  /** The user's calendar date (tests pin it). */
  today?: () => string;
  /** Where the .docx is built: the app passes its worker thread (main/docs/builder.ts); default in this thread. */
  builder?: DocBuilder;
}

/** Binds docs.build, docs.fetch, docs.save and docs.showInFolder. */
export function exportHandlers(
  store: Store,
  desktop: Desktop | undefined,
  opts: ExportOptions = {},
): Pick<Handlers, 'docs.build' | 'docs.fetch' | 'docs.save' | 'docs.showInFolder'> {
  const outbox = opts.outbox ?? new Outbox();
  const today = opts.today ?? (() => localToday());
  const build = opts.builder ?? inThreadBuilder;
  /** Files this session wrote: the only paths the renderer may ask to show. */
  const saved = new Set<string>();

  return {
    'docs.build': async ({ tripId, kind }): Promise<BuiltDoc> => {
      // Read here (main owns the database); built wherever `build` builds, handed
      // over whole (data is not used again here, so the photos are moved, not copied).
      const data = gatherDocData(store, tripId, today());
      // The report's daftar isi gets its page numbers from a LibreOffice render when there is one (main/docs/toc.ts).
      const { bytes, gaps, fileName, toc } = await build(kind, data, { handOver: true, pagedToc: true });
      const exportId = outbox.put({ kind, fileName, bytes });
      return { exportId, kind, fileName, size: bytes.byteLength, gaps, ...(toc ? { toc } : {}) };
    },

    'docs.fetch': ({ exportId }): DocBytes => {
      const p = outbox.get(exportId);
      return { fileName: p.fileName, mime: p.mime ?? DOCX_MIME, dataBase64: p.bytes.toString('base64') };
    },

    'docs.save': async ({ exportIds }): Promise<SaveOutcome> => {
      const d = needDesktop(desktop);
      // Look every id up before any dialog: an expired one fails now, not after the user chose a place.
      const parcels = [...new Set(exportIds)].map((id) => outbox.get(id));
      const paths: string[] = [];
      const [single] = parcels;
      if (parcels.length === 1 && single) {
        const chosen = await d.chooseSaveFile(single.fileName);
        if (chosen === null) return { saved: false };
        const requested = resolve(chosen);
        const target = withExtension(requested, single.fileName);
        const folder = dirname(target);
        paths.push(
          writeFile(folder, basename(target), single.bytes, (temp) => {
            if (target !== requested) return placeWithoutOverwriting(temp, folder, basename(target)); // the extension added here: nobody was asked about that name
            renameSync(temp, target); // the save dialog asked before choosing an existing file
            return target;
          }),
        );
        saved.add(paths[0] as string);
      } else {
        const chosen = await d.chooseFolder();
        if (chosen === null) return { saved: false };
        const folder = resolve(chosen);
        for (const p of parcels) {
          const path = writeFile(folder, p.fileName, p.bytes, (temp) => placeWithoutOverwriting(temp, folder, p.fileName));
          paths.push(path);
          saved.add(path);
        }
      }
      return { saved: true, paths, folder: dirname(paths[0] ?? '') };
    },

    'docs.showInFolder': ({ path }) => {
      const d = needDesktop(desktop);
      const p = resolve(path);
      if (!saved.has(p)) {
        throw new AppError('NOT_FOUND', 'Only files saved by this export session can be shown', {
          field: 'path',
          key: 'exporting.errors.notSaved',
        });
      }
      d.showItemInFolder(p);
      return { shown: true };
    },
  };
}
