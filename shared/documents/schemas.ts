import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import { expectedUpdatedAt, idSchema, nonEmptyPatch, patchOf, patchShape, text } from '../common';
import { MONEY_DOC_KINDS, type MoneyDocKind } from './money-docs';

/** The official documents Rombongan writes, in the order the export dialog lists them. */
export const DOC_KINDS = ['report', 'spt', 'spt_non_asn', 'letter', 'rundown', 'attendance', 'press'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Every document `docs.build` builds: the export dialog's, then the money documents (shared/documents/money-docs.ts). */
export const BUILD_KINDS = [...DOC_KINDS, ...MONEY_DOC_KINDS] as const;
export type BuildKind = DocKind | MoneyDocKind;

/**
 * Documents that carry an official number (nomor surat); spt_non_asn is the surat tugas of
 * journalists and other non-ASN; the press release may carry one (issued by the Perangkat Daerah);
 * the SPPD takes one number of the Perangkat Daerah's register for the trip, each traveller's
 * sheet printing it with its place in the delegation ("…/2026/1", "…/2026/2"; sppdNumberOf).
 */
export const NUMBERED_KINDS = ['report', 'spt', 'spt_non_asn', 'letter', 'press', 'sppd'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

export const PAPERS = ['F4', 'A4'] as const;
export type Paper = (typeof PAPERS)[number];
/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  F4: { width: 215, height: 330 },
  A4: { width: 210, height: 297 },
};

export const PAGE_NUMBER_STYLES = ['bottom_right', 'top_center'] as const;
export type PageNumberStyle = (typeof PAGE_NUMBER_STYLES)[number];
export const LETTER_DATE_PLACES = ['above', 'number_line'] as const;
export type LetterDatePlace = (typeof LETTER_DATE_PLACES)[number];
export const ATTENDANCE_SPLITS = ['day', 'session'] as const;
export type AttendanceSplit = (typeof ATTENDANCE_SPLITS)[number];

export const FONTS = ['Arial', 'Bookman Old Style'] as const;
export type DocFont = (typeof FONTS)[number];

/** Tokens a numbering template may use. */
export const NUMBER_TOKENS = ['{kode}', '{nomor}', '{unit}', '{bulan}', '{bulan2}', '{tahun}'] as const;

const isoDate = z.string({ error: 'validation.required' }).refine(isRealIsoDate, { error: 'validation.invalidDate' });
/** A page margin in mm (the house style's and an issuer's own). */
export const marginMm = z
  .number({ error: 'validation.invalidType' })
  .int({ error: 'validation.invalid' })
  .min(5, { error: 'documents.validation.marginRange' })
  .max(60, { error: 'documents.validation.marginRange' });

/** A numbering template: must hold {nomor}, may hold only the known tokens. */
export const numberTemplate = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(200, { error: 'validation.tooLong' })
  .refine((s) => s.includes('{nomor}'), { error: 'documents.validation.templateNeedsNumber' })
  .refine((s) => (s.match(/\{[^}]*\}/g) ?? []).every((t) => (NUMBER_TOKENS as readonly string[]).includes(t)), {
    error: 'documents.validation.templateUnknownToken',
  });

export const numberingSchema = z.strictObject({
  template: numberTemplate,
  /** Archive classification code (Permendagri 83/2022), e.g. 800.1.11.1. */
  code: text(60),
  /** Unit code, e.g. Kominfosanti or 107.1. */
  unit: text(60),
});
export type Numbering = z.output<typeof numberingSchema>;

export const DEFAULT_NUMBERING: Record<NumberedKind, Numbering> = {
  report: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '000.1.2.3', unit: '' },
  spt: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '800.1.11.1', unit: '' },
  spt_non_asn: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '800.1.11.1', unit: '' },
  letter: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '000.1.2.3', unit: '' },
  press: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '400.14.5.6', unit: '' },
  sppd: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '000.1.2.3', unit: '' },
};

/**
 * The house style, kept once per database (Pengaturan → Gaya dokumen): paper,
 * font and margins every issuer inherits unless it sets its own.
 */
const profileFields = {
  paper: z.enum(PAPERS, { error: 'validation.invalidChoice' }).default('F4'),
  font: z.enum(FONTS, { error: 'validation.invalidChoice' }).default('Arial'),
  marginTop: marginMm.default(20),
  marginRight: marginMm.default(20),
  marginBottom: marginMm.default(25),
  marginLeft: marginMm.default(30),
  /** Page numbers of multi-page documents: "Halaman X dari Y" bottom right, or "- 2 -" top centre from page 2. */
  pageNumbers: z.enum(PAGE_NUMBER_STYLES, { error: 'validation.invalidChoice' }).default('bottom_right'),
  /** Where a letter's place and date stand: above the Nomor block (right), or on the Nomor line. */
  letterDate: z.enum(LETTER_DATE_PLACES, { error: 'validation.invalidChoice' }).default('above'),
};

/** The house style's fields to change, and optionally the version the user saw (`Profile.updatedAt`). */
export const profileUpdateSchema = z
  .strictObject({ ...patchShape(profileFields), expectedUpdatedAt })
  .refine((p) => Object.keys(p).some((k) => k !== 'expectedUpdatedAt'), nonEmptyPatch);

export interface Profile {
  paper: Paper;
  font: DocFont;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  pageNumbers: PageNumberStyle;
  letterDate: LetterDatePlace;
  updatedAt: number;
}

/** The report's and letters' own words for one trip, edited in the app. '' means "use the draft". */
const reportFields = {
  conclusion: text(20_000),
  suggestions: text(20_000),
  closing: text(20_000),
  /** "Untuk:" of the SPT, one task per line. */
  sptTasks: text(5_000),
  /** Report signature: add "Mengetahui" with the head of office. */
  acknowledge: z.boolean({ error: 'validation.invalidType' }).default(true),
  pressHeadline: text(300),
  /** Contact line at the end of the press release (office, not personal). */
  pressContact: text(500),
  /** The report's optional parts: a cover (sampul), a lembar pengesahan, a Hambatan chapter part. */
  cover: z.boolean({ error: 'validation.invalidType' }).default(true),
  approval: z.boolean({ error: 'validation.invalidType' }).default(false),
  /** Kata pengantar; '' uses the draft. */
  foreword: text(20_000),
  obstaclesOn: z.boolean({ error: 'validation.invalidType' }).default(false),
  /** Hambatan; '' prints a gap marker while obstaclesOn. */
  obstacles: text(20_000),
  /** The attendance list: one sheet per day, or one per agenda session. */
  attendanceSplit: z.enum(ATTENDANCE_SPLITS, { error: 'validation.invalidChoice' }).default('day'),
};
export const reportTextUpdateSchema = z.strictObject({
  tripId: idSchema,
  patch: patchOf(reportFields),
  /**
   * The values the user's edit started from, of the fields it changes: several
   * parts of the trip page write these texts and options, so a conflict is
   * one field changed elsewhere, not any write to the row.
   */
  expected: z.strictObject(patchShape(reportFields)).optional(),
});
export interface ReportText {
  tripId: string;
  conclusion: string;
  suggestions: string;
  closing: string;
  sptTasks: string;
  acknowledge: boolean;
  pressHeadline: string;
  pressContact: string;
  cover: boolean;
  approval: boolean;
  foreword: string;
  obstaclesOn: boolean;
  obstacles: string;
  attendanceSplit: AttendanceSplit;
  updatedAt: number;
}
/** Drafts built from the trip's data for the fields above. */
export type ReportDrafts = Pick<ReportText, 'conclusion' | 'suggestions' | 'closing' | 'sptTasks' | 'pressHeadline' | 'pressContact' | 'foreword'>;

export const numberIssueSchema = z.strictObject({
  tripId: idSchema,
  kind: z.enum(NUMBERED_KINDS, { error: 'validation.invalidChoice' }),
  /** Omitted: a date that fits the trip (before departure for the SPT and letter, after return for the report, never in the future). */
  issuedOn: isoDate.optional(),
  /** A number from the office's own register; omitted to take the next running number. */
  number: z.string().trim().min(1, { error: 'validation.required' }).max(120, { error: 'validation.tooLong' }).optional(),
});
/** The trip's numbers; `onDate` previews the next number for a date of issue other than the trip's start. */
export const numbersGetSchema = z.strictObject({ tripId: idSchema, onDate: isoDate.optional() });
export const numberClearSchema = z.strictObject({
  tripId: idSchema,
  kind: z.enum(NUMBERED_KINDS, { error: 'validation.invalidChoice' }),
});

export interface IssuedNumber {
  id: string;
  tripId: string;
  kind: NumberedKind;
  /** The register (issuer) it was issued from. */
  issuerId: string;
  number: string;
  /** Running number within the issuer's year (or kind and year); 0 for a number typed by hand. */
  seq: number;
  year: number;
  issuedOn: string;
  /** Set when an older version issued this number twice: the number it clashes with. */
  clash: boolean;
}
export interface TripNumbers {
  issued: Partial<Record<NumberedKind, IssuedNumber>>;
  /** What the next running number would be, per kind, from the issuer each document is issued by. */
  suggested: Record<NumberedKind, string>;
  /** The date of issue each kind gets by default. */
  defaultDates: Record<NumberedKind, string>;
  /** Issued documents whose issuer or signer has changed since (they print what they printed; numbers.refreshSigning updates them). */
  signerChanged: NumberedKind[];
}

/** Where the user fixes a gap. */
export const FIX_PLACES = ['profile', 'trip', 'delegation', 'hosts', 'agenda', 'learnings', 'media', 'documents', 'money'] as const;
export type FixPlace = (typeof FIX_PLACES)[number];

export interface ReadinessGap {
  /** i18n key under documents.gaps. */
  code: string;
  /** The documents this gap shows in. */
  kinds: DocKind[];
  fix: FixPlace;
  /** missing: the document marks a gap; warning: complete but should not be signed as it is; advice: weaker. */
  severity: 'missing' | 'warning' | 'advice';
  params?: Record<string, string | number>;
}
export interface Readiness {
  gaps: ReadinessGap[];
  /** Documents this trip does not need (no non-ASN: no non-ASN Surat Tugas); their gaps are not listed. */
  notNeeded: DocKind[];
  /**
   * The money documents' gaps (main/docs/spj/readiness.ts), listed apart
   * (the readiness panel shows them with the others); absent where the data
   * holds no money.
   */
  moneyGaps?: MoneyReadinessGap[];
}

/** A gap of the money documents: as ReadinessGap, for the money documents (most fixed in the trip's budget section, 'money'). */
export interface MoneyReadinessGap extends Omit<ReadinessGap, 'kinds'> {
  kinds: MoneyDocKind[];
}

export const docBuildSchema = z.strictObject({
  tripId: idSchema,
  kind: z.enum(BUILD_KINDS, { error: 'validation.invalidChoice' }),
});
export const exportIdSchema = z.strictObject({ exportId: idSchema });
export const docSaveSchema = z.strictObject({
  exportIds: z.array(idSchema).min(1, { error: 'validation.required' }).max(BUILD_KINDS.length),
});
export const showFolderSchema = z.strictObject({ path: z.string().min(1).max(4096) });

export interface BuiltDoc {
  exportId: string;
  kind: BuildKind;
  fileName: string;
  size: number;
  /** Gaps marked inside this document. */
  gaps: number;
  /**
   * The report's daftar isi: its page numbers as LibreOffice printed the
   * report ('rendered'), or left for Word to fill in on opening when no
   * LibreOffice was found ('forWord'). Absent for other documents.
   */
  toc?: 'rendered' | 'forWord';
}
export interface DocBytes {
  fileName: string;
  mime: string;
  dataBase64: string;
}
export type SaveOutcome = { saved: false } | { saved: true; paths: string[]; folder: string };
