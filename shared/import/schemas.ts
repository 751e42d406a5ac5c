import { z } from 'zod';
import { idSchema } from '../common';
import { MEMBER_ROLES } from '../delegation/schemas';
import { PERSON_KINDS, type PersonCreate } from '../directory/person';

/** Columns a spreadsheet of people can fill. `institution` is matched (or created) by name. */
export const IMPORT_FIELDS = [
  'titlePrefix',
  'name',
  'titleSuffix',
  'nip',
  'golongan',
  'jabatan',
  'unit',
  'eselon',
  'employment',
  'phone',
  'email',
  'institution',
  'mediaType',
  'pressCard',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const MAX_IMPORT_ROWS = 50_000;

const cell = z.string().max(2000, { error: 'validation.tooLong' });

export const importInputSchema = z.strictObject({
  kind: z.enum(PERSON_KINDS, { error: 'validation.invalidChoice' }),
  /** Data rows only (the header row removed); cells as text. */
  rows: z.array(z.array(cell).max(100)).min(1, { error: 'validation.required' }).max(MAX_IMPORT_ROWS, { error: 'validation.tooMany' }),
  /** Field → column index. `name` must be mapped. */
  mapping: z
    .partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(99))
    .refine((m) => m.name !== undefined, { error: 'validation.import.nameUnmapped', path: ['name'] }),
  /** Optionally add everyone imported to a trip with one role. */
  addToTrip: z.strictObject({ tripId: idSchema, role: z.enum(MEMBER_ROLES) }).optional(),
});

export const importCommitSchema = importInputSchema.safeExtend({
  /** Row indexes the user chose not to import. */
  skip: z.array(z.number().int().min(0)).max(MAX_IMPORT_ROWS).default([]),
  /**
   * Rows that match someone already in the directory: update them (true) or
   * leave them as they are (false, the default — the user opts in after seeing
   * each person's changes in the preview).
   */
  updateExisting: z.boolean().default(false),
});

export type ImportInput = z.infer<typeof importInputSchema>;
export type ImportCommit = z.infer<typeof importCommitSchema>;

export type ImportRowStatus = 'new' | 'update' | 'duplicateInFile' | 'invalid' | 'empty';

/** A field an update would change, as the directory has it and as the file gives it. */
export interface ImportFieldChange {
  field: ImportField;
  from: string;
  to: string;
}

export interface ImportRowResult {
  index: number;
  status: ImportRowStatus;
  /** Why a row is invalid: the field and the i18n key of the reason. */
  errors: Array<{ field: ImportField | 'row'; key: string }>;
  /** The directory person this row matches by NIP. */
  matchId?: string;
  matchName?: string;
  /** The values as they will be saved. */
  person?: PersonCreate & { institutionName: string };
  /** update: the fields that would change, in form order (empty: the row matches and changes nothing). */
  changes?: ImportFieldChange[];
}

export interface ImportPreview {
  rows: ImportRowResult[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportOutcome {
  created: number;
  /** Matched people whose data changed (only when `updateExisting`). */
  updated: number;
  /** Matched people whose data the file would not change. */
  unchanged: number;
  skipped: number;
  invalid: number;
  addedToTrip: number;
}
