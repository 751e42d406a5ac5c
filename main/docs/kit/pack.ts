/** Packing: the placeholders filled in, media stored, every part XML-safe, the zip written with Node's zlib. */
import type { Document } from 'docx';
import { ImageRun } from 'docx';
import * as zlib from 'node:zlib';
import { xmlSafe } from '../format';
import type { DocContext } from './context';
import { deferredParts } from './context';
import { RAW_PREFIX, substitutePieces } from './xml';
import { docxParts } from './docx-compiler';

export const PLACEHOLDER = 'rombongan-media:';

/**
 * An inline picture. docx names every image after a SHA-1 of its bytes,
 * computed in plain JavaScript (about 15 ms per 400 KB photo, most of the
 * build time of a report with photos); this hands docx a short placeholder
 * instead, and pack() swaps the real bytes in. Such a document must be
 * packed with pack(), not with docx's Packer.
 */
export function imageRun(
  ctx: DocContext,
  opts: { type: 'jpg' | 'png'; data: Uint8Array; transformation: { width: number; height: number }; altText?: { name: string; title?: string; description?: string } },
): ImageRun {
  if (ctx.plain) return new ImageRun(opts);
  const token = `${PLACEHOLDER}${ctx.deferred.media.size + 1}`;
  ctx.deferred.media.set(token, opts.data);
  return new ImageRun({ ...opts, data: new TextEncoder().encode(token) });
}

/**
 * Packs the document like Packer.toBuffer, but: media (already compressed
 * JPEG/PNG) stored, not deflated again (architecture.md: that deflate is most
 * of docx's packing time with photos); the placeholders of imageRun() and
 * gridTable() filled in; every XML part stripped of the characters XML 1.0
 * forbids (format.ts xmlSafe: one regex pass a part); and the zip written with
 * Node's native zlib (CRC-32 and deflate in C, not JavaScript).
 */
export function pack(doc: Document): Buffer {
  const deferred = deferredParts.get(doc);
  const decoder = new TextDecoder();
  const parts = docxParts(doc);
  const out = new ZipWriter();
  // docx numbers drawings from a counter shared by the whole process: number them per document, so the same data gives the same bytes.
  let drawing = 0;
  // Each part is zipped as soon as it is written out, and let go: the body (tens of MB with its tables) is never held twice.
  for (const [path, data] of parts) {
    parts.delete(path);
    if (typeof data === 'string') {
      // The body with its tables' XML put in: pieces (docx's text between placeholders, each table's XML), encoded once into one buffer.
      const pieces = deferred && deferred.xml.size > 0 && data.includes(RAW_PREFIX) ? substitutePieces(data, deferred.xml) : [data];
      const word = path.startsWith('word/');
      const bookmarks = new Map<string, number>();
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i] as string;
        const numbered = piece.includes('<wp:docPr ') ? piece.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawing += 1)}"`) : piece;
        const xml = word ? nativeTabs(bookmarksPerDocument(numbered, bookmarks)) : numbered;
        // The one place every part passes (body, kop headers, footers, core properties, relationships with link targets, the
        // raw-XML tables): what XML 1.0 forbids goes, whichever field the user typed it in, or Word and LibreOffice refuse the file.
        pieces[i] = xmlSafe(xml);
      }
      out.add({ path, bytes: utf8(pieces), deflate: true });
      continue;
    }
    let bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const isMedia = path.startsWith('word/media/');
    if (isMedia && deferred && bytes.length < 64) bytes = deferred.media.get(decoder.decode(bytes)) ?? bytes;
    out.add({ path, bytes, deflate: !isMedia });
  }
  // The images photoTable() wrote itself (their relationships were added in document()).
  for (const image of deferred?.images.values() ?? []) out.add({ path: `word/${image.path}`, bytes: image.bytes, deflate: false });
  return out.finish();
}

/** Strings as one UTF-8 buffer, written in place (no joined copy of the text). */
function utf8(pieces: string[]): Buffer {
  if (pieces.length === 1) return Buffer.from(pieces[0] as string, 'utf8');
  let size = 0;
  for (const p of pieces) size += Buffer.byteLength(p, 'utf8');
  const b = Buffer.allocUnsafe(size);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    at += b.write(pieces[i] as string, at, 'utf8');
    pieces[i] = '';
  }
  return b;
}

/**
 * docx numbers bookmarks from a counter shared by the whole process: number
 * them per document (start and end keep their pair), so the same data gives
 * the same bytes.
 */
export function bookmarksPerDocument(xml: string, ids = new Map<string, number>()): string {
  if (!xml.includes('<w:bookmark')) return xml;
  return xml.replace(/<w:bookmark(Start|End)( [^>]*?)?w:id="(\d+)"/g, (_m, which: string, before: string | undefined, id: string) => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
    }
    return `<w:bookmark${which}${before ?? ''}w:id="${n}"`;
  });
}

/** A tab character inside a run's text becomes Word's own <w:tab/> (a literal tab in w:t is not a tab to Word). */
export function nativeTabs(xml: string): string {
  if (!xml.includes('\t')) return xml;
  return xml.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, (m, text: string) =>
    text.includes('\t') ? text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${t}</w:t>` : '')).join('<w:tab/>') : m,
  );
}

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  deflate: boolean;
}

interface EntryFields {
  method: number;
  crc: number;
  size: number;
  rawSize: number;
  nameLength: number;
}

/**
 * The 24 bytes a zip entry's local header and its central directory entry
 * share, from `at`: version needed (2.0), flags (UTF-8 names), method, time and
 * date (1980-01-01 00:00), CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(b: Buffer, at: number, f: EntryFields): void {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(0x0800, at + 2);
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt16LE(0, at + 6);
  b.writeUInt16LE(0x21, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.size, at + 14);
  b.writeUInt32LE(f.rawSize, at + 18);
  b.writeUInt16LE(f.nameLength, at + 22);
}

/** A plain zip (no zip64: a .docx stays far below 4 GB), names in UTF-8, a fixed timestamp (1980-01-01). */
export function zip(entries: ZipEntry[]): Buffer {
  const out = new ZipWriter();
  for (const e of entries) out.add(e);
  return out.finish();
}

/** zip() an entry at a time: each entry is compressed as it is added, so its raw bytes can go. */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Buffer[] = [];
  private offset = 0;
  private count = 0;

  add(e: ZipEntry): void {
    const name = Buffer.from(e.path, 'utf8');
    const crc = zlib.crc32(e.bytes);
    const body = e.deflate ? zlib.deflateRawSync(e.bytes, { level: 1 }) : e.bytes;
    const method = e.deflate ? 8 : 0;
    if (this.offset + body.length > 0xffff_fff0) throw new Error('document too large for a zip without zip64');
    const fields = { method, crc, size: body.length, rawSize: e.bytes.length, nameLength: name.length };
    // Local header: signature, the shared fields, no extra field.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    // Central directory entry: signature, "made by" version, the shared fields, no extra/comment/attributes, the offset.
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    writeEntryFields(dir, 6, fields);
    dir.writeUInt32LE(this.offset, 42);
    this.central.push(dir, name);
    this.chunks.push(local, name, body);
    this.offset += local.length + name.length + body.length;
    this.count += 1;
  }

  finish(): Buffer {
    const dirSize = this.central.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...this.central, end]);
  }
}
