/**
 * Reading a .docx back as tests need it: the parts of the zip (XML as text),
 * and the document as LibreOffice renders it (PDF → page count, page size in
 * mm, text). LibreOffice and poppler come from Debian (`.ci/run` installs
 * them); without them the render helpers say so, and CI fails rather than skips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, expect } from 'vitest';

export interface DocxParts {
  /** Every part's path. */
  paths: string[];
  /** An XML part as text ('' when absent). */
  xml(path: string): string;
  /** word/document.xml. */
  body: string;
  /** All header parts, joined. */
  headers: string[];
  footers: string[];
  media: string[];
  /** Visible text of the body (w:t runs joined; paragraphs end with \n). */
  text: string;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml = (p: string) => (files[p] ? strFromU8(files[p]) : '');
  const paths = Object.keys(files);
  const body = xml('word/document.xml');
  return {
    paths,
    xml,
    body,
    headers: paths.filter((p) => /^word\/header\d*\.xml$/.test(p)).map(xml),
    footers: paths.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map(xml),
    media: paths.filter((p) => p.startsWith('word/media/')),
    text: textOf(body),
  };
}

/** Each of `lines` stands in `text` (a document's), the failing one named. */
export function expectLines(text: string, lines: readonly string[]): void {
  for (const s of lines) expect(text, s).toContain(s);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
/** The visible text of a WordprocessingML part. */
export function textOf(xmlText: string): string {
  return xmlText
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((m) => (m[1] !== undefined ? m[1] : m[0] === '<w:tab/>' ? '\t' : '\n'))
        .join(''),
    )
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

/** Page width × height from w:pgSz of each section, in mm (rounded). */
export function pageSizesMm(body: string): Array<{ width: number; height: number; landscape: boolean }> {
  return [...body.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const w = Number(/w:w="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const h = Number(/w:h="(\d+)"/.exec(attrs)?.[1] ?? 0);
    return { width: Math.round((w / 1440) * 25.4), height: Math.round((h / 1440) * 25.4), landscape: /w:orient="landscape"/.test(attrs) };
  });
}

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;
}

export interface Rendered {
  pdfPath: string;
  pages: number;
  /** First page size in mm (rounded). */
  widthMm: number;
  heightMm: number;
  text: string;
}

/** Render folders of the test file, removed after it (the PDF must outlive renderDocx for renderPages). */
const renderDirs: string[] = [];
afterAll(() => {
  for (const d of renderDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Renders the .docx with LibreOffice headless (one private profile per call) and reads the PDF with poppler. */
export function renderDocx(bytes: Uint8Array, name = 'doc.docx'): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-render-'));
  renderDirs.push(dir);
  const docx = join(dir, name);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx],
    { stdio: 'pipe', timeout: 120_000 },
  );
  // The LibreOffice profile is most of the folder: gone as soon as the PDF is written.
  rmSync(join(dir, 'profile'), { recursive: true, force: true });
  const pdfPath = docx.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdfPath)) throw new Error(`LibreOffice wrote no PDF for ${name}`);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const toMm = (pt: string | undefined) => Math.round((Number(pt ?? 0) / 72) * 25.4);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { pdfPath, pages, widthMm: toMm(size?.[1]), heightMm: toMm(size?.[2]), text };
}

/**
 * Renders several .docx in one LibreOffice run (one start-up for all) and
 * answers each one's pages as text (pdftotext, one string per page).
 */
export function renderDocxPages(files: Record<string, Uint8Array>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-render-'));
  renderDirs.push(dir);
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...paths], {
    stdio: 'pipe',
    timeout: 600_000,
  });
  rmSync(join(dir, 'profile'), { recursive: true, force: true });
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(files)) {
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${name}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    out[name] = text.split('\f').slice(0, -1);
  }
  return out;
}

/** PNG pictures of the pages (for looking at them by hand): returns their paths. */
export function renderPages(pdfPath: string, outPrefix: string, dpi = 60): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdfPath, outPrefix]);
  const dir = join(outPrefix, '..');
  const base = outPrefix.slice(dir.length + 1);
  return execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.startsWith(base) && f.endsWith('.png'))
    .map((f) => join(dir, f));
}

export const readBytes = (path: string): Buffer => readFileSync(path);
