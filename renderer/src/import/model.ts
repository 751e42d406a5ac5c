/** The import screen's pure helpers: which fields a kind of person has, sample values, what is sent. */
import type { MemberRole } from '../../../shared/delegation/schemas';
import type { ImportField, ImportInput, ImportPreview, ImportRowResult } from '../../../shared/import/schemas';
import type { PersonKind } from '../../../shared/directory/person';
import { cleanCell, columnLetter, compactRows, foldName, type ImportMapping } from '../../../shared/import/mapping';
import type { SheetTable } from './readFile';

/** The fields offered for each kind of person, in the order a form would show them. */
export const FIELDS_FOR: Record<PersonKind, readonly ImportField[]> = {
  official: ['titlePrefix', 'name', 'titleSuffix', 'nip', 'golongan', 'jabatan', 'unit', 'eselon', 'employment', 'institution', 'phone', 'email'],
  journalist: ['titlePrefix', 'name', 'titleSuffix', 'institution', 'mediaType', 'jabatan', 'pressCard', 'phone', 'email'],
  host_official: ['titlePrefix', 'name', 'titleSuffix', 'nip', 'golongan', 'jabatan', 'unit', 'eselon', 'employment', 'institution', 'phone', 'email'],
};

/** The usual role of each kind in a delegation. */
export const DEFAULT_ROLE: Record<PersonKind, MemberRole> = {
  official: 'member',
  journalist: 'journalist',
  host_official: 'member',
};

/** Maximum lengths of the person fields, for "too long" messages. */
export const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  titlePrefix: 60,
  name: 200,
  titleSuffix: 120,
  nip: 40,
  jabatan: 300,
  unit: 300,
  phone: 60,
  email: 200,
  institution: 300,
  pressCard: 120,
};

export const MAX_PREVIEW_ROWS = 500;

/** Only the fields this kind has. */
export function mappingFor(kind: PersonKind, mapping: ImportMapping): ImportMapping {
  const out: ImportMapping = {};
  for (const f of FIELDS_FOR[kind]) if (mapping[f] !== undefined) out[f] = mapping[f];
  return out;
}

export function dataRows(sheet: SheetTable, hasHeader: boolean): string[][] {
  return hasHeader ? sheet.rows.slice(1) : sheet.rows;
}

export interface ColumnInfo {
  index: number;
  letter: string;
  /** The heading, or '' without a header row. */
  heading: string;
}

export function columns(sheet: SheetTable, hasHeader: boolean): ColumnInfo[] {
  const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const head = hasHeader ? (sheet.rows[0] ?? []) : [];
  return Array.from({ length: Math.min(width, 100) }, (_, i) => ({ index: i, letter: columnLetter(i), heading: cleanCell(head[i]) }));
}

/** The first few values of a column, for the user to recognise it. */
export function samples(rows: readonly string[][], col: number | undefined, count = 3): string[] {
  if (col === undefined) return [];
  const out: string[] = [];
  for (const r of rows) {
    const v = cleanCell(r[col]);
    if (v) out.push(v.length > 40 ? `${v.slice(0, 39)}…` : v);
    if (out.length >= count) break;
  }
  return out;
}

/** What preview and commit receive: data rows reduced to the mapped columns. */
export function buildInput(
  kind: PersonKind,
  rows: readonly string[][],
  mapping: ImportMapping,
  addToTrip: { tripId: string; role: MemberRole } | null,
): ImportInput {
  const compact = compactRows(rows, mappingFor(kind, mapping));
  const input: ImportInput = { kind, rows: compact.rows, mapping: compact.mapping };
  if (addToTrip) input.addToTrip = addToTrip;
  return input;
}

/** For each duplicate row, the earlier row it repeats (same NIP, or same name and institution without one). */
export function duplicateOf(preview: ImportPreview): Map<number, number> {
  const first = new Map<string, number>();
  const out = new Map<number, number>();
  const key = (r: ImportRowResult) =>
    r.person ? (r.person.nip ? `nip:${r.person.nip}` : `${foldName(r.person.name)}|${foldName(r.person.institutionName)}`) : null;
  for (const r of preview.rows) {
    const k = key(r);
    if (k === null) continue;
    if (r.status === 'duplicateInFile') {
      const at = first.get(k);
      if (at !== undefined) out.set(r.index, at);
    } else if (!first.has(k)) {
      first.set(k, r.index);
    }
  }
  return out;
}

export const importable = (r: ImportRowResult) => r.status === 'new' || r.status === 'update';
