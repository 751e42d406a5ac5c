/** Packing: the placeholders filled in, media stored, every part XML-safe, the zip written with Node's zlib. */
import type { Document } from 'docx';
import { ImageRun } from 'docx';
import * as zlib from 'node:zlib';
import { xmlSafe } from '../format';
import type { DocContext } from './context';
import { deferredParts } from './context';
import { RAW_PREFIX, substituteXml } from './xml';
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
  const entries: ZipEntry[] = [];
  // docx numbers drawings from a counter shared by the whole process: number them per document, so the same data gives the same bytes.
  let drawing = 0;
  for (const [path, data] of docxParts(doc)) {
    if (typeof data === 'string') {
      const raw = deferred && deferred.xml.size > 0 && data.includes(RAW_PREFIX) ? substituteXml(data, deferred.xml) : data;
      const numbered = raw.includes('<wp:docPr ') ? raw.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawing += 1)}"`) : raw;
      const xml = path.startsWith('word/') ? nativeTabs(bookmarksPerDocument(numbered)) : numbered;
      // The one place every part passes (body, kop headers, footers, core properties, relationships with link targets, the
      // raw-XML tables): what XML 1.0 forbids goes, whichever field the user typed it in, or Word and LibreOffice refuse the file.
      entries.push({ path, bytes: Buffer.from(xmlSafe(xml), 'utf8'), deflate: true });
      continue;
    }
    let bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const isMedia = path.startsWith('word/media/');
    if (isMedia && deferred && bytes.length < 64) bytes = deferred.media.get(decoder.decode(bytes)) ?? bytes;
    entries.push({ path, bytes, deflate: !isMedia });
  }
  // The images photoTable() wrote itself (their relationships were added in document()).
  for (const image of deferred?.images.values() ?? []) entries.push({ path: `word/${image.path}`, bytes: image.bytes, deflate: false });
  return zip(entries);
}

/**
 * docx numbers bookmarks from a counter shared by the whole process: number
 * them per document (start and end keep their pair), so the same data gives
 * the same bytes.
 */
export function bookmarksPerDocument(xml: string): string {
  if (!xml.includes('<w:bookmarkStart ')) return xml;
  const ids = new Map<string, number>();
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
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const crc = zlib.crc32(e.bytes);
    const body = e.deflate ? zlib.deflateRawSync(e.bytes, { level: 1 }) : e.bytes;
    const method = e.deflate ? 8 : 0;
    if (offset + body.length > 0xffff_fff0) throw new Error('document too large for a zip without zip64');
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
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
