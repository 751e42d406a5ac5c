/**
 * The document registry: one builder per kind, each a pure function of
 * DocData, and the file name a protocol officer expects.
 */
import type { Document } from 'docx';
import type { BuildKind, DocKind } from '../../shared/documents/schemas';
import { MONEY_DOC_TITLES } from '../../shared/documents/money-docs';
import type { MoneyGapCode } from './spj/gaps';
import { MONEY_BUILDERS } from './spj';
import { pack } from './common';
import type { DocData } from './model';
import type { GapCode } from './readiness';
import { buildReport } from './report';
import { bookmarkPages, printedPages, withUpdateFields, type RenderOptions } from './toc';
import { buildSpt, buildSptNonAsn } from './spt';
import { buildLetter } from './letter';
import { buildRundown } from './rundown';
import { buildAttendance } from './attendance';
import { buildPress } from './press';

export interface BuiltDocument {
  doc: Document;
  /** Gap markers written into the document. */
  gaps: number;
  /** The readiness gaps those markers stand for: readiness(data) lists exactly these as 'missing' for this kind. */
  gapCodes: ReadonlySet<GapCode | MoneyGapCode>;
}

/** The letters and the report: the export dialog's documents (DOC_KINDS). */
export const BUILDERS: Record<DocKind, (data: DocData) => BuiltDocument> = {
  report: buildReport,
  spt: buildSpt,
  spt_non_asn: buildSptNonAsn,
  letter: buildLetter,
  rundown: buildRundown,
  attendance: buildAttendance,
  press: buildPress,
};

/** Every builder docs.build dispatches to: the letters', then the money documents' (main/docs/spj). */
export const ALL_BUILDERS: Record<BuildKind, (data: DocData) => BuiltDocument> = { ...BUILDERS, ...MONEY_BUILDERS };

/** Names in file names: "Laporan Studi Komparasi", … */
export const DOC_FILE_TITLES: Record<BuildKind, string> = {
  report: 'Laporan Studi Komparasi',
  spt: 'Surat Perintah Tugas',
  spt_non_asn: 'Surat Tugas Non-ASN',
  letter: 'Surat Permohonan Kunjungan',
  rundown: 'Jadwal Acara',
  attendance: 'Daftar Hadir',
  press: 'Siaran Pers',
  ...MONEY_DOC_TITLES,
};

/** Characters Windows, macOS and Linux all refuse or mangle in file names. */
// eslint-disable-next-line no-control-regex -- control characters are among what file names must not hold
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/** "2025-04-24 Laporan Studi Komparasi Kota Malang.docx". */
export function fileNameFor(kind: BuildKind, data: DocData): string {
  const place = data.hostRegionNames[0] ?? data.detail.hosts[0]?.institution.name ?? '';
  const name = [data.detail.trip.startDate, DOC_FILE_TITLES[kind], place].filter(Boolean).join(' ');
  return `${name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 150)}.docx`;
}

/** Builds one document (not yet packed: see pack()). */
export function buildDocument(kind: BuildKind, data: DocData): BuiltDocument {
  const builder = ALL_BUILDERS[kind] as ((data: DocData) => BuiltDocument) | undefined;
  if (!builder) throw new Error(`no builder for document kind ${kind}`);
  return builder(data);
}

/** Builds and packs one document. */
export function buildDocx(kind: BuildKind, data: DocData): { bytes: Buffer; gaps: number; fileName: string } {
  const built = buildDocument(kind, data);
  return { bytes: pack(built.doc), gaps: built.gaps, fileName: fileNameFor(kind, data) };
}

/**
 * Who wrote the report's daftar isi page numbers: 'rendered' — LibreOffice's
 * pages, read from a render; 'forWord' — none could be read (no LibreOffice,
 * or it failed), so the field is left for Word to fill when it opens the file.
 */
export type TocState = 'rendered' | 'forWord';

/**
 * The report with its daftar isi's page numbers as LibreOffice renders them:
 * built once without them, rendered to PDF (toc.ts bookmarkPages: seconds,
 * an export-time step), and built again with the printed numbers and the
 * body's page count. Without LibreOffice, the first build with its field
 * dirty and Word asked to update fields on opening.
 */
export async function buildReportPaged(data: DocData, opts: RenderOptions = {}): Promise<{ bytes: Buffer; gaps: number; toc: TocState }> {
  const first = buildReport(data);
  const bytes = pack(first.doc);
  const found = await bookmarkPages(bytes, opts);
  if (!found) return { bytes: withUpdateFields(bytes), gaps: first.gaps, toc: 'forWord' };
  const second = buildReport(data, { pages: printedPages(found.pages, found.total) });
  return { bytes: pack(second.doc), gaps: second.gaps, toc: 'rendered' };
}

/** Builds and packs one document; the report with its daftar isi paged by LibreOffice (buildReportPaged). */
export async function buildDocxPaged(kind: BuildKind, data: DocData): Promise<{ bytes: Buffer; gaps: number; fileName: string; toc?: TocState }> {
  if (kind !== 'report') return buildDocx(kind, data);
  const paged = await buildReportPaged(data);
  return { ...paged, fileName: fileNameFor(kind, data) };
}
