/**
 * The report's daftar isi: a real TOC field (Word's "Table of Contents"
 * gallery, headings 1–2, entries linked to their headings) written with its
 * entries already in it, so it reads right before Word updates it.
 *
 * The page numbers are the ones LibreOffice renders, found in two passes
 * (buildReportPaged in index.ts): the report is built with the entries but
 * without numbers, rendered once by LibreOffice headless to PDF with every
 * Writer bookmark exported as a named destination, and each heading's page
 * is read from those destinations (a few lines of PDF parsing here: no
 * poppler needed, which a user's PC rarely has); then it is built again with
 * the printed numbers (front matter i, ii, …; the body from 1). Numbers in the
 * body do not depend on the daftar isi's own length: the body is a section of
 * its own that restarts at 1, so one render is enough.
 *
 * Without LibreOffice (or when it fails) the field is written dirty, without
 * numbers, and Word fills it in when it opens the file.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { Bookmark, FileChild, TextRun, type Paragraph, type ParagraphChild } from 'docx';
import { OUTLINE_MM, mm, outlineHeading, rawBlock, xmlText, zip, type DocContext } from './common';
import type { GapCode } from './readiness';

/** Part of a heading's text: words, or a gap marker (its readiness code and what is missing). */
export type TitlePart = string | { gap: GapCode; what: string };

export interface TocEntry {
  /** The heading's bookmark ("_Toc12"): the entry links to it, and the PDF names its page. */
  anchor: string;
  /** "I.", "A.", or '' for an unnumbered heading. */
  label: string;
  title: TitlePart[];
  /** 1 (Heading 1) or 2 (Heading 2). */
  level: 1 | 2;
}

/** Printed page numbers by bookmark: "ii", "7". */
export type TocPages = ReadonlyMap<string, string>;

/** What the render tells the second build: the daftar isi's numbers, and how many pages the body (with the Lampiran) has. */
export interface ReportPages {
  toc: TocPages;
  bodyPages: number;
}

/** Hidden bookmarks where the front matter and the body start (not entries). */
export const FRONT_MARK = '_TocFront';
export const BODY_MARK = '_TocBody';

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → "IV". */
export function roman(n: number): string {
  let out = '';
  let rest = Math.max(1, Math.floor(n));
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** 1 → "A", 27 → "AA" (Word's upper-letter numbering). */
function letter(n: number): string {
  const i = Math.max(1, n) - 1;
  return String.fromCharCode(65 + (i % 26)).repeat(Math.floor(i / 26) + 1);
}

export interface HeadingOptions {
  /** 0: a chapter (Heading 1), 1: A., B. (Heading 2), 2: 1., 2. (Heading 3, not in the daftar isi). */
  level: 0 | 1 | 2;
  numbered?: boolean;
  /** The outline's numbering instance: the Lampiran counts I, II again. */
  instance?: number;
  center?: boolean;
  pageBreakBefore?: boolean;
  before?: number;
  after?: number;
}

/**
 * The report's headings as it writes them: Word-numbered (the numbers are
 * counted here too, for the daftar isi), each with a bookmark the daftar
 * isi links to and the render reads the page of.
 */
export class Outline {
  readonly entries: TocEntry[] = [];
  private seq = 0;
  private readonly counts = new Map<number, number[]>();
  constructor(private readonly ctx: DocContext) {}

  heading(title: TitlePart | TitlePart[], opts: HeadingOptions): Paragraph {
    const parts = Array.isArray(title) ? title : [title];
    const numbered = opts.numbered ?? true;
    const instance = opts.instance ?? 1;
    let label = '';
    if (numbered) {
      const c = this.counts.get(instance) ?? [0, 0, 0];
      c[opts.level] = (c[opts.level] ?? 0) + 1;
      for (let l = opts.level + 1; l < c.length; l++) c[l] = 0;
      this.counts.set(instance, c);
      const n = c[opts.level] ?? 1;
      label = opts.level === 0 ? `${roman(n)}.` : opts.level === 1 ? `${letter(n)}.` : `${n}.`;
    }
    // Heading 3 is not in the daftar isi: no bookmark to link to.
    const children = opts.level === 2 ? this.runs(parts) : [new Bookmark({ id: this.register(parts, opts.level, label), children: this.runs(parts) })];
    return outlineHeading(children, {
      level: opts.level,
      numbered,
      instance,
      center: opts.center,
      pageBreakBefore: opts.pageBreakBefore,
      before: opts.before,
      after: opts.after,
    });
  }

  /** An unnumbered heading laid out by `build` (given the bookmarked text), listed like the others. */
  custom(title: TitlePart[], level: 0 | 1, build: (children: ParagraphChild[]) => Paragraph): Paragraph {
    const anchor = this.register(title, level, '');
    return build([new Bookmark({ id: anchor, children: this.runs(title) })]);
  }

  private register(title: TitlePart[], level: 0 | 1, label: string): string {
    this.seq += 1;
    const anchor = `_Toc${this.seq}`;
    this.entries.push({ anchor, label, title, level: level === 0 ? 1 : 2 });
    return anchor;
  }

  private runs(parts: TitlePart[]): ParagraphChild[] {
    return parts.map((p) => (typeof p === 'string' ? new TextRun(p) : this.ctx.gap(p.gap, p.what)));
  }
}

/** A hidden bookmark marking where the front matter or the body starts. */
export const mark = (name: typeof FRONT_MARK | typeof BODY_MARK, children: ParagraphChild[] = []): Bookmark => new Bookmark({ id: name, children });

/** An element as docx's writer takes it (the `xml` package's form): no parsing, text escaped when written. */
type Xml = { [name: string]: unknown };
function el(name: string, attrs?: Record<string, string | number> | null, ...children: Array<Xml | string>): Xml {
  const attr = attrs ? [{ _attr: attrs }] : [];
  if (children.length === 0) return { [name]: attrs ? { _attr: attrs } : {} };
  return { [name]: [...attr, ...children] };
}
const textRun = (text: string, rPr?: Xml): Xml => el('w:r', null, ...(rPr ? [rPr] : []), el('w:t', { 'xml:space': 'preserve' }, text));
const tabRun = (): Xml => el('w:r', null, el('w:tab'));
const GAP_RPR = el('w:rPr', null, el('w:b'), el('w:bCs'), el('w:color', { 'w:val': 'C00000' }), el('w:highlight', { 'w:val': 'yellow' }));

/** The element as XML text (what docx's writer would make of it, without its object walk). */
function xmlString(tree: Xml): string {
  let out = '';
  for (const [name, value] of Object.entries(tree)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    let attrs = '';
    let inner = '';
    for (const item of items) {
      if (typeof item === 'string') inner += xmlText(item);
      else if (item && typeof item === 'object' && '_attr' in item) {
        for (const [k, v] of Object.entries((item as { _attr: Record<string, string | number> })._attr)) attrs += ` ${k}="${xmlText(String(v))}"`;
      } else if (item && typeof item === 'object') inner += xmlString(item as Xml);
    }
    out += inner === '' && !(Array.isArray(value) && value.some((v) => typeof v === 'string')) ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
  }
  return out;
}

/** An element written as built here (docx has no TOC field with entries laid out as ours, nor a field with its result). */
class XmlTree extends FileChild {
  constructor(private readonly tree: Xml) {
    super(Object.keys(tree)[0] ?? 'w:p');
  }
  override prepForXml(): ReturnType<FileChild['prepForXml']> {
    return this.tree;
  }
}

/**
 * The daftar isi: a TOC field over headings 1–2 with hyperlinks (\o "1-2" \h),
 * in Word's Table of Contents content control, its entries the headings in
 * order: "I.<tab>PENDAHULUAN<tab>1". With `pages`, the field is written clean
 * with those numbers; without, dirty and without numbers, so Word fills them.
 */
export function daftarIsi(ctx: DocContext, entries: readonly TocEntry[], pages?: TocPages): FileChild {
  const complete = pages !== undefined && entries.every((e) => pages.has(e.anchor));
  const width = mm(ctx.textWidthMm);
  const numCol = OUTLINE_MM[0].left + 2;
  const subText = numCol + 8;
  const paras = entries.map((e, i) => {
    const numbered = e.label !== '';
    const left = e.level === 1 ? (numbered ? numCol : 0) : numbered ? subText : numCol;
    const hanging = numbered ? (e.level === 1 ? numCol : 8) : 0;
    const pPr = el(
      'w:pPr',
      null,
      el('w:pStyle', { 'w:val': `TOC${e.level}` }),
      el(
        'w:tabs',
        null,
        ...(numbered ? [el('w:tab', { 'w:val': 'left', 'w:pos': mm(left) })] : []),
        el('w:tab', { 'w:val': 'right', 'w:leader': 'dot', 'w:pos': width }),
      ),
      el('w:ind', { 'w:left': mm(left), 'w:hanging': mm(hanging) }),
    );
    const begin =
      i === 0
        ? [
            el('w:r', null, el('w:fldChar', complete ? { 'w:fldCharType': 'begin' } : { 'w:fldCharType': 'begin', 'w:dirty': 'true' })),
            el('w:r', null, el('w:instrText', { 'xml:space': 'preserve' }, ' TOC \\o "1-2" \\h \\z \\u ')),
            el('w:r', null, el('w:fldChar', { 'w:fldCharType': 'separate' })),
          ]
        : [];
    const title = e.title.map((p) => {
      if (typeof p === 'string') return textRun(p);
      ctx.gap(p.gap, p.what); // counted: the marker is in the file twice, in the heading and here
      return textRun(`[${p.what} belum diisi]`, GAP_RPR);
    });
    const number = numbered ? [textRun(e.label), tabRun()] : [];
    const link = el('w:hyperlink', { 'w:anchor': e.anchor, 'w:history': '1' }, ...number, ...title, tabRun(), textRun(pages?.get(e.anchor) ?? ''));
    const end = i === entries.length - 1 ? [el('w:r', null, el('w:fldChar', { 'w:fldCharType': 'end' }))] : [];
    return el('w:p', null, pPr, ...begin, link, ...end);
  });
  const gallery = el('w:sdtPr', null, el('w:docPartObj', null, el('w:docPartGallery', { 'w:val': 'Table of Contents' }), el('w:docPartUnique')));
  const tree = el('w:sdt', null, gallery, el('w:sdtContent', null, ...(paras.length ? paras : [el('w:p')])));
  // As text, as gridTable writes its tables: docx's writer would walk ~500 elements for the seed report's daftar isi.
  return ctx.plain ? new XmlTree(tree) : rawBlock(ctx, xmlString(tree));
}

/**
 * A SECTIONPAGES field ("dari Y" counting the body's pages, not the front
 * matter's) with its result written in: LibreOffice has no such field and
 * shows the written result, Word counts anew. Without a count the result is
 * left empty (Word fills it; LibreOffice shows nothing).
 */
export function sectionPages(count: number | undefined, size: number): ParagraphChild {
  const rPr = el('w:rPr', null, el('w:sz', { 'w:val': size }), el('w:szCs', { 'w:val': size }));
  const field = count ? el('w:fldSimple', { 'w:instr': ' SECTIONPAGES ' }, el('w:r', null, rPr, el('w:t', null, String(count)))) : el('w:fldSimple', { 'w:instr': ' SECTIONPAGES ' });
  return new XmlTree(field) as unknown as ParagraphChild;
}

/** The visible text of an entry's title (gap markers as they print). */
export const entryText = (e: TocEntry): string => e.title.map((p) => (typeof p === 'string' ? p : `[${p.what} belum diisi]`)).join('');

/**
 * Printed page numbers from physical ones (1 = the file's first page): the
 * front matter i, ii, … from its first page, the body 1, 2, … from its first;
 * and the body's number of pages (to the file's last).
 */
export function printedPages(physical: ReadonlyMap<string, number>, total: number): ReportPages {
  const front = physical.get(FRONT_MARK) ?? 1;
  const body = physical.get(BODY_MARK);
  const toc = new Map<string, string>();
  for (const [anchor, page] of physical) {
    if (anchor === FRONT_MARK || anchor === BODY_MARK) continue;
    toc.set(anchor, body !== undefined && page >= body ? String(page - body + 1) : roman(page - front + 1).toLowerCase());
  }
  return { toc, bodyPages: body !== undefined ? Math.max(1, total - body + 1) : 0 };
}

// ——— Reading the pages of bookmarks from LibreOffice's PDF ———

/** The text of each object of a PDF by its number (PDF 1.6 as LibreOffice writes it: no object streams). */
function pdfObjects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(?:^|[\r\n])(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pdf)) !== null) {
    const start = m.index + m[0].length;
    const end = pdf.indexOf('endobj', start);
    if (end < 0) break;
    const body = pdf.slice(start, end);
    // A stream's bytes are not needed: keep its dictionary only.
    const s = body.indexOf('stream');
    out.set(Number(m[1]), s >= 0 ? body.slice(0, s) : body);
    re.lastIndex = end;
  }
  return out;
}

const ref = (s: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`).exec(s);
  return m ? Number(m[1]) : null;
};

/** "#5F" → "_" (LibreOffice also writes the hex of such characters without the "#"). */
function pdfName(raw: string): string {
  const decoded = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return /^5F/.test(decoded) && !raw.startsWith('#') ? `_${decoded.slice(2)}` : decoded;
}

/**
 * The page (from 1) each named destination of the PDF points to: LibreOffice
 * writes Writer's bookmarks so with ExportBookmarksToPDFDestination. Both the
 * Catalog's /Dests dictionary and a /Names /Dests tree are read.
 */
export function destinationPages(pdfBytes: Uint8Array): { pages: Map<string, number>; total: number } {
  const pdf = Buffer.from(pdfBytes.buffer, pdfBytes.byteOffset, pdfBytes.byteLength).toString('latin1');
  const objects = pdfObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  const out = new Map<string, number>();
  if (!catalog) return { pages: out, total: 0 };
  // Pages in order: the page tree, depth first.
  const order = new Map<number, number>();
  const walk = (id: number, depth: number) => {
    const o = objects.get(id);
    if (!o || depth > 50) return;
    if (/\/Type\s*\/Pages\b/.test(o)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else {
      order.set(id, order.size + 1);
    }
  };
  const root = ref(catalog, 'Pages');
  if (root !== null) walk(root, 0);
  const deref = (s: string) => {
    const m = /^\s*(\d+)\s+0\s+R/.exec(s);
    return m ? (objects.get(Number(m[1])) ?? '') : s;
  };
  const pageOf = (dest: string): number | undefined => {
    const m = /\[\s*(\d+)\s+0\s+R/.exec(deref(dest));
    return m ? order.get(Number(m[1])) : undefined;
  };
  // Old-style /Dests << /Name [page 0 R /XYZ …] … >>.
  const dests = ref(catalog, 'Dests');
  const dict = dests !== null ? (objects.get(dests) ?? '') : /\/Dests\s*(<<[\s\S]*?>>)/.exec(catalog)?.[1] ?? '';
  for (const m of dict.matchAll(/\/([^\s/[\]<>()]+)\s*(\[[^\]]*\]|\d+\s+0\s+R|<<[\s\S]*?>>)/g)) {
    const page = pageOf(m[2] ?? '');
    if (page !== undefined) out.set(pdfName(m[1] ?? ''), page);
  }
  // A name tree: /Names << /Dests n 0 R >> with /Names [(name) dest …] and /Kids.
  const names = /\/Names\s*(?:(\d+)\s+0\s+R|<<([\s\S]*?)>>)/.exec(catalog);
  const namesDict = names ? (names[1] ? (objects.get(Number(names[1])) ?? '') : (names[2] ?? '')) : '';
  const tree = ref(namesDict, 'Dests');
  const visit = (id: number, depth: number) => {
    const o = objects.get(id);
    if (!o || depth > 50) return;
    const list = /\/Names\s*\[([\s\S]*)\]/.exec(o)?.[1] ?? '';
    for (const m of list.matchAll(/\(((?:\\.|[^\\)])*)\)\s*(\[[^\]]*\]|\d+\s+0\s+R)/g)) {
      const page = pageOf(m[2] ?? '');
      if (page !== undefined) out.set((m[1] ?? '').replace(/\\(.)/g, '$1'), page);
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '';
    for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(k[1]), depth + 1);
  };
  if (tree !== null) visit(tree, 0);
  return { pages: out, total: order.size };
}

// ——— Rendering with LibreOffice ———

/** LibreOffice's soffice: on the PATH, or where its installers put it; null when there is none. */
let sofficePath: string | null | undefined;
export function findSoffice(): string | null {
  if (sofficePath !== undefined) return sofficePath;
  const win = process.platform === 'win32';
  const names = win ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const places = [
    ...dirs.flatMap((d) => names.map((n) => join(d, n))),
    ...(win
      ? [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']
          .filter((d): d is string => Boolean(d))
          .map((d) => join(d, 'LibreOffice', 'program', 'soffice.exe'))
      : []),
    ...(process.platform === 'darwin' ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice'] : []),
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ];
  sofficePath = places.find((p) => existsSync(p)) ?? null;
  return sofficePath;
}

const run = promisify(execFile);

/** One LibreOffice at a time per thread (renders queue rather than share the CPU). */
let queue: Promise<unknown> = Promise.resolve();

/** A .docx's parts, from a zip as pack() writes it (stored or deflated, no zip64). */
function unzipParts(bytes: Uint8Array): Array<{ path: string; bytes: Uint8Array }> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const out: Array<{ path: string; bytes: Uint8Array }> = [];
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLen = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    const path = b.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(dataAt, dataAt + size);
    out.push({ path, bytes: method === 8 ? zlib.inflateRawSync(raw) : raw });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

/** A 1 × 1 white PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');

/**
 * The document as LibreOffice needs it to lay out its pages: the photos
 * replaced by a 1 × 1 picture (their size on the page is in the XML, so the
 * pages break the same), which spares LibreOffice decoding and re-encoding
 * megabytes of JPEG.
 */
export function withoutPhotoBytes(docx: Uint8Array): Buffer {
  const parts = unzipParts(docx);
  return zip(
    parts.map((p) => {
      const media = p.path.startsWith('word/media/');
      return { path: p.path, bytes: media ? TINY_PNG : p.bytes, deflate: !media };
    }),
  );
}

/**
 * The packed .docx with Word asked to update its fields when it opens the
 * file (settings.xml updateFields, in its place before w:compat): the
 * daftar isi without page numbers gets Word's.
 */
export function withUpdateFields(docx: Uint8Array): Buffer {
  const parts = unzipParts(docx);
  return zip(
    parts.map((p) => {
      const media = p.path.startsWith('word/media/');
      if (p.path !== 'word/settings.xml') return { path: p.path, bytes: p.bytes, deflate: !media };
      const xml = Buffer.from(p.bytes).toString('utf8');
      const field = '<w:updateFields w:val="true"/>';
      const patched = xml.includes('<w:updateFields') ? xml : xml.includes('<w:compat>') ? xml.replace('<w:compat>', `${field}<w:compat>`) : xml.replace('</w:settings>', `${field}</w:settings>`);
      return { path: p.path, bytes: Buffer.from(patched, 'utf8'), deflate: true };
    }),
  );
}

export interface RenderOptions {
  /** soffice to run (default: findSoffice()). */
  soffice?: string | null;
  /** Give up after this long and leave the daftar isi for Word (default 3 minutes; the bench's large report, 500 people and 100 photos, takes about 15 s). */
  timeoutMs?: number;
}

/**
 * Renders the .docx with LibreOffice headless and gives the page (from 1) of
 * each of its bookmarks and the number of pages; null when there is no
 * LibreOffice or it failed.
 */
export async function bookmarkPages(docx: Uint8Array, opts: RenderOptions = {}): Promise<{ pages: Map<string, number>; total: number } | null> {
  const soffice = opts.soffice === undefined ? findSoffice() : opts.soffice;
  if (!soffice) return null;
  const rendering = queue.then(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rombongan-toc-'));
    try {
      const file = join(dir, 'laporan.docx');
      writeFileSync(file, withoutPhotoBytes(docx));
      const filter = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"false"}}';
      await run(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', filter, '--outdir', dir, file],
        { timeout: opts.timeoutMs ?? 180_000, windowsHide: true, maxBuffer: 1 << 20 },
      );
      const pdf = join(dir, 'laporan.pdf');
      if (!existsSync(pdf)) return null;
      const found = destinationPages(readFileSync(pdf));
      return found.pages.size > 0 ? found : null;
    } catch {
      return null;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  queue = rendering.catch(() => undefined);
  return rendering;
}
