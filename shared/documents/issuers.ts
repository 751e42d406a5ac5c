import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import { FONTS, PAPERS, marginMm, numberTemplate, type DocFont, type Paper } from './schemas';
import { idSchema, nullableId, optionalEmail, patchOf, patchShape, text, updateSchemaOf, type Stamped } from '../common';

/*
 * Who issues a document and who signs it (domain.md, "Issuers and signers").
 * An issuer (penerbit naskah) is a kop, the people who sign under it and its
 * register of numbers. Issuers belong to an own institution, three levels
 * each: the Kepala Daerah (kop jabatan with the Garuda), the Pemerintah
 * Daerah / Sekretariat Daerah, and the Perangkat Daerah (a Dinas, Badan or
 * Bagian). A trip takes its issuers from its origin institution.
 */

export const ISSUER_LEVELS = ['regional_head', 'secretariat', 'agency'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/**
 * The seat a signer holds, highest first. It decides rank (who may order
 * whom) and what "a.n." means: a.n. the head of the issuer, signed one level
 * below.
 */
export const SIGNER_SEATS = [
  'regional_head',
  'deputy_regional_head',
  'regional_secretary',
  'assistant',
  'agency_head',
  'agency_secretary',
  'division_head',
  'field_head',
  'other',
] as const;
export type SignerSeat = (typeof SIGNER_SEATS)[number];

/** Acting officials: Pelaksana Tugas, Pelaksana Harian. */
export const ACTING = ['', 'plt', 'plh'] as const;
export type Acting = (typeof ACTING)[number];

/** How a signer signs: in their own name, a.n. (on behalf of the head), u.b. (for the one signing a.n.). */
export const SIGN_FORMS = ['own', 'an', 'ub'] as const;
export type SignForm = (typeof SIGN_FORMS)[number];

/** The documents a trip chooses an issuer and signer for. */
export const SIGNED_KINDS = ['spt', 'spt_non_asn', 'letter', 'report'] as const;
export type SignedKind = (typeof SIGNED_KINDS)[number];

/** Kinds that share one register of an issuer (the agenda surat keluar). */
export const REGISTER_KINDS = ['report', 'spt', 'spt_non_asn', 'letter', 'press', 'sppd'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

const mm = marginMm;
/** The press release's classification code by default (Permendagri 83/2022: Hubungan dengan Media Massa). */
const PRESS_CODE = '400.14.5.6';
/** The SPPD's by default (Permendagri 83/2022: 000.1.2.3 Perjalanan Dinas Pegawai). */
const SPPD_CODE = '000.1.2.3';

/** An issuer's register: one template, a classification code per kind, one running sequence a year (or one per kind). */
export const registerSchema = z.strictObject({
  template: numberTemplate.default('{kode}/{nomor}/{unit}/{tahun}'),
  unit: text(60),
  /** Archive classification code (Permendagri 83/2022) per kind. */
  codes: z
    .strictObject({
      report: text(60),
      spt: text(60),
      spt_non_asn: text(60),
      letter: text(60),
      /** 400.14.5.6 Hubungan dengan Media Massa; registers stored before the press release was numbered get it. */
      press: text(60).default(PRESS_CODE),
      /** Registers stored before the SPPD was numbered get 000.1.2.3 Perjalanan Dinas Pegawai. */
      sppd: text(60).default(SPPD_CODE),
    })
    .default({ report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.1', letter: '000.1.2.3', press: PRESS_CODE, sppd: SPPD_CODE }),
  /** false (default): one running number a year shared by every kind, as one agenda surat keluar runs. */
  perKind: z.boolean({ error: 'validation.invalidType' }).default(false),
});
export type Register = z.output<typeof registerSchema>;

export const DEFAULT_REGISTER: Register = {
  template: '{kode}/{nomor}/{unit}/{tahun}',
  unit: '',
  codes: { report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.1', letter: '000.1.2.3', press: PRESS_CODE, sppd: SPPD_CODE },
  perKind: false,
};

const issuerFields = {
  /** Kop lines. Kepala Daerah: `officeName` is "BUPATI BULELENG"; '' lines are made from the region. */
  govLine: text(200),
  officeName: text(300),
  address: text(500),
  phone: text(100),
  email: optionalEmail,
  website: text(200),
  placeOfIssue: text(100),
  /** null: the house style's (Pengaturan → Gaya dokumen). */
  paper: z.enum(PAPERS, { error: 'validation.invalidChoice' }).nullable().default(null),
  font: z.enum(FONTS, { error: 'validation.invalidChoice' }).nullable().default(null),
  marginTop: mm.nullable().default(null),
  marginRight: mm.nullable().default(null),
  marginBottom: mm.nullable().default(null),
  marginLeft: mm.nullable().default(null),
  register: registerSchema.default(DEFAULT_REGISTER),
  /** Tembusan of its letters, one recipient per line ("Yth. Wakil Bupati Buleleng"); '' for none. */
  tembusan: text(2_000),
};

/** The issuer of `level` for `institutionId` (null: trips without an origin institution). */
export const issuerKeySchema = z.strictObject({
  institutionId: nullableId,
  level: z.enum(ISSUER_LEVELS, { error: 'validation.invalidChoice' }),
});

export const issuerUpdateSchema = z.strictObject({
  institutionId: nullableId,
  level: z.enum(ISSUER_LEVELS, { error: 'validation.invalidChoice' }),
  patch: patchOf(issuerFields),
  /** The values the edit started from, of the fields it sends (the kop image is saved apart and is no conflict). */
  expected: z.strictObject(patchShape(issuerFields)).optional(),
});

export const issuerEmblemSchema = z.strictObject({
  institutionId: nullableId,
  level: z.enum(ISSUER_LEVELS, { error: 'validation.invalidChoice' }),
  fileName: text(255),
  /** PNG or JPEG bytes, base64 (the Garuda for the Kepala Daerah); main checks the magic bytes and size. */
  imageBase64: z.string().max(4_000_000, { error: 'documents.validation.emblemTooBig' }),
});

export const issuersListSchema = z.strictObject({ institutionId: nullableId });

const nipText = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .max(40, { error: 'validation.tooLong' })
  .refine((s) => s === '' || /^[\d\s]{18,25}$/.test(s), { error: 'issuers.validation.nip' })
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => s === '' || s.length === 18, { error: 'issuers.validation.nip' })
  .default('');

const signerFields = {
  seat: z.enum(SIGNER_SEATS, { error: 'validation.invalidChoice' }),
  /** As printed above the signature: "Bupati Buleleng", "Sekretaris Daerah", "Kepala Dinas Kominfosanti". */
  jabatan: text(300),
  name: text(200),
  /** "Pembina Utama Muda"; golongan in brackets if the office writes it. */
  pangkat: text(200),
  nip: nipText,
  acting: z.enum(ACTING, { error: 'validation.invalidChoice' }).default(''),
  /** The directory entry this signer is, when there is one (rank and NIP can be checked against it). */
  personId: nullableId,
};

export const signerCreateSchema = z.strictObject({
  institutionId: nullableId,
  level: z.enum(ISSUER_LEVELS, { error: 'validation.invalidChoice' }),
  ...signerFields,
});
export const signerUpdateSchema = updateSchemaOf(patchOf(signerFields));

const isoDateOrEmpty = z
  .string({ error: 'validation.invalidType' })
  .refine((s) => s === '' || isRealIsoDate(s), { error: 'validation.invalidDate' })
  .default('');

/** A trip's choice for one document; null/'' fields follow the defaults of the delegation. */
const choiceFields = {
  level: z.enum(ISSUER_LEVELS, { error: 'validation.invalidChoice' }).nullable().default(null),
  signerId: nullableId,
  form: z.enum(SIGN_FORMS, { error: 'validation.invalidChoice' }).nullable().default(null),
  /** Report only: who gives "Mengetahui" ('' default, 'none' for nobody, or a signer id). */
  acknowledge: z.union([z.literal(''), z.literal('none'), idSchema], { error: 'validation.invalidChoice' }).default(''),
  /** The date the document is signed when it carries no number ('' for the number's date). */
  signDate: isoDateOrEmpty,
  /** Letter only: "u.p." the host's counterpart office. */
  attention: text(300),
};
export const docChoiceUpdateSchema = z.strictObject({
  tripId: idSchema,
  kind: z.enum(SIGNED_KINDS, { error: 'validation.invalidChoice' }),
  patch: patchOf(choiceFields),
});
export const docChoiceResetSchema = z.strictObject({
  tripId: idSchema,
  kind: z.enum(SIGNED_KINDS, { error: 'validation.invalidChoice' }),
});

export interface Signer extends Stamped {
  issuerId: string;
  seat: SignerSeat;
  jabatan: string;
  name: string;
  pangkat: string;
  nip: string;
  acting: Acting;
  personId: string | null;
}

export interface IssuerEmblem {
  fileName: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  dataUrl: string;
}

/** An issuer's own lines: its kop (as typed, before the region fills an empty one) and its place of issue. */
export interface IssuerOffice {
  govLine: string;
  officeName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  placeOfIssue: string;
}

export interface Issuer extends IssuerOffice {
  /** Derived from (institution, level): the same before and after it is first saved. */
  id: string;
  institutionId: string | null;
  level: IssuerLevel;
  /** False while nothing was saved: every line comes from the region. */
  saved: boolean;
  paper: Paper | null;
  font: DocFont | null;
  marginTop: number | null;
  marginRight: number | null;
  marginBottom: number | null;
  marginLeft: number | null;
  register: Register;
  /** Tembusan lines of its letters, one per line ('' none). */
  tembusan: string;
  /** What the kop prints, filled from the institution's region where the user left a line empty. */
  kop: KopLines;
  /** The image on the kop: the Garuda for the Kepala Daerah, else the region's emblem. */
  emblem: IssuerEmblem | null;
  signers: Signer[];
  updatedAt: number;
}

/** The kop as printed: lines top to bottom, plus the head's title used for "a.n.". */
export interface KopLines {
  /** "PEMERINTAH KABUPATEN BULELENG" ('' for the Kepala Daerah's kop). */
  govLine: string;
  /** "BUPATI BULELENG", "SEKRETARIAT DAERAH", "DINAS KOMUNIKASI …". */
  officeName: string;
  /** Address lines (none on the kop jabatan). */
  contacts: string[];
  /** "Singaraja": from the issuer, else the region's seat is unknown → ''. */
  placeOfIssue: string;
  /** "Bupati Buleleng": the head "a.n." refers to on this issuer. */
  headTitle: string;
}

export interface DocChoice {
  tripId: string;
  kind: SignedKind;
  level: IssuerLevel | null;
  signerId: string | null;
  form: SignForm | null;
  /** '' for the default, 'none' for nobody, else a signer id. */
  acknowledge: string;
  signDate: string;
  attention: string;
}

/** A signer as a document prints it (a directory signer, a virtual one with only its seat, or the delegation lead). */
export interface SignerLike {
  id: string | null;
  seat: SignerSeat | null;
  jabatan: string;
  name: string;
  pangkat: string;
  nip: string;
  acting: Acting;
  /** Rank as signing.ts computes it (higher outranks lower). */
  rank: number;
}

export type SigningWarning =
  | { code: 'signerOutranked'; names: string; count: number; suggestedSignerId: string | null; suggestedLevel: IssuerLevel | null }
  | { code: 'acknowledgeSubordinate'; name: string }
  | { code: 'noSignerName' }
  | { code: 'anWithoutHead' }
  | { code: 'numberDateOutside'; date: string; rule: 'sptAfterStart' | 'letterAfterStart' | 'reportBeforeEnd' | 'yearDiffers' }
  | { code: 'numberClash'; number: string };

/** What one document of a trip is issued as, resolved from the choice and the defaults. */
export interface ResolvedSigning {
  kind: SignedKind;
  issuer: Issuer;
  level: IssuerLevel;
  /** Null only for the report when the trip has no lead. */
  signer: SignerLike | null;
  form: SignForm;
  /** "a.n. BUPATI BULELENG" lines above the signer's jabatan ([] for own name). */
  above: string[];
  /** Report: who gives "Mengetahui"; null for nobody. */
  acknowledge: SignerLike | null;
  /** Which parts follow the defaults. */
  defaults: { level: boolean; signer: boolean; form: boolean };
  warnings: SigningWarning[];
  choice: DocChoice;
}

export interface TripSigning {
  issuers: Issuer[];
  docs: Record<SignedKind, ResolvedSigning>;
}

/**
 * What a numbered document printed about who issued and signed it, kept with
 * its number from the moment it was issued: later edits of the issuer or its
 * signers do not change a document already issued.
 */
export interface IssuedAs {
  level: IssuerLevel;
  kop: KopLines;
  /** The kop image (blobs.sha256), null for none. */
  emblemSha256: string | null;
  /** Null for the report: its signer is the delegation lead as the trip keeps him. */
  signer: SignerLike | null;
  above: string[];
  acknowledge: SignerLike | null;
}
