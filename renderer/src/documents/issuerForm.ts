import type { TFunction } from 'i18next';
import type { DocFont, Paper } from '../../../shared/documents/schemas';
import { issuerUpdateSchema, REGISTER_KINDS, signerCreateSchema, type Acting, type Issuer, type IssuerLevel, type IssuerOffice, type RegisterKind, type Signer, type SignerSeat } from '../../../shared/documents/issuers';
import { kopLines } from '../../../shared/documents/signing';
import { MARGINS, mm, schemaErrors, type FieldErrors } from './profileForm';
import { runtimeKey } from '../i18n';

/*
 * An issuer's form (kop lines, place of issue, own layout, register) and a
 * signer's form: what the inputs hold, how they become the operation's
 * input, the shared schema's verdict per field, and the labels messages
 * name them by.
 */

export const KOP_FIELDS = ['govLine', 'officeName', 'address', 'phone', 'email', 'website'] as const;
export type KopField = (typeof KOP_FIELDS)[number];

/** The kop lines and place of issue as typed (`IssuerOffice`), and the layout and register as the inputs hold them. */
export interface IssuerValues extends IssuerOffice {
  /** '' follows the house style. */
  paper: Paper | '';
  font: DocFont | '';
  marginTop: string;
  marginRight: string;
  marginBottom: string;
  marginLeft: string;
  register: {
    template: string;
    unit: string;
    codes: Record<RegisterKind, string>;
    perKind: boolean;
  };
  /** Tembusan of its letters, one recipient per line. */
  tembusan: string;
}

const marginText = (n: number | null) => (n === null ? '' : String(n));

export function toIssuerValues(i: Issuer): IssuerValues {
  return {
    govLine: i.govLine,
    officeName: i.officeName,
    address: i.address,
    phone: i.phone,
    email: i.email,
    website: i.website,
    placeOfIssue: i.placeOfIssue,
    paper: i.paper ?? '',
    font: i.font ?? '',
    marginTop: marginText(i.marginTop),
    marginRight: marginText(i.marginRight),
    marginBottom: marginText(i.marginBottom),
    marginLeft: marginText(i.marginLeft),
    register: { template: i.register.template, unit: i.register.unit, codes: { ...i.register.codes }, perKind: i.register.perKind },
    tembusan: i.tembusan,
  };
}

/** Empty margins follow the house style (null); anything else must be a margin. */
const marginOrNull = (s: string): number | null => (s.trim() === '' ? null : mm(s));

export function toIssuerPatch(v: IssuerValues) {
  return {
    govLine: v.govLine,
    officeName: v.officeName,
    address: v.address,
    phone: v.phone,
    email: v.email,
    website: v.website,
    placeOfIssue: v.placeOfIssue,
    paper: v.paper === '' ? null : v.paper,
    font: v.font === '' ? null : v.font,
    marginTop: marginOrNull(v.marginTop),
    marginRight: marginOrNull(v.marginRight),
    marginBottom: marginOrNull(v.marginBottom),
    marginLeft: marginOrNull(v.marginLeft),
    register: v.register,
    tembusan: v.tembusan,
  };
}

export function validateIssuer(institutionId: string | null, level: IssuerLevel, v: IssuerValues): FieldErrors {
  const parsed = issuerUpdateSchema.safeParse({ institutionId, level, patch: toIssuerPatch(v) });
  return parsed.success ? {} : schemaErrors(parsed.error.issues, 'patch');
}

/** The form's paths in screen order, to focus the first invalid one. */
export const ISSUER_ORDER: readonly string[] = [
  ...KOP_FIELDS,
  'placeOfIssue',
  'paper',
  'font',
  ...MARGINS,
  'register.template',
  'register.unit',
  ...REGISTER_KINDS.map((k) => `register.codes.${k}`),
  'tembusan',
];

/** True when the issuer sets any part of its layout itself. */
export const ownLayout = (v: IssuerValues): boolean => v.paper !== '' || v.font !== '' || MARGINS.some((m) => v[m].trim() !== '');

/** The kop as the form's lines would print it (the same function main prints with). */
export function liveKop(level: IssuerLevel, v: Pick<IssuerValues, KopField | 'placeOfIssue'>, origin: Origin | null) {
  return kopLines(level, v, origin);
}

export interface Origin {
  name: string;
  regionCode: string;
  address?: string;
}

/** What each kop line prints when it is left empty (the placeholder shows it). */
export function emptyKop(level: IssuerLevel, v: Pick<IssuerValues, KopField | 'placeOfIssue'>, origin: Origin | null) {
  return kopLines(level, { ...v, govLine: '', officeName: '', address: '' }, origin);
}

export function issuerLabel(t: TFunction, level: IssuerLevel, path: string): string {
  const parts = path.split('.');
  const [a, b, c] = parts;
  if (a && (MARGINS as readonly string[]).includes(a)) return t('issuers.marginName', { side: t(runtimeKey(`profile.${a}`)) });
  if (a === 'register') {
    if (b === 'codes' && c) return t('issuers.register.codeName', { kind: t(runtimeKey(`issuers.register.kinds.${c}`)) });
    if (b === 'template') return t('issuers.register.templateName');
    if (b === 'unit') return t('issuers.register.unitName');
  }
  if (a === 'officeName' && level === 'regional_head') return t('issuers.fields.officeNameKd');
  if (a === 'paper' || a === 'font') return t(`profile.${a}`);
  if (a === 'imageBase64') return t(level === 'regional_head' ? 'issuers.emblem.garuda' : 'issuers.emblem.region');
  if (a && (KOP_FIELDS as readonly string[]).concat('placeOfIssue', 'tembusan').includes(a)) return t(runtimeKey(`issuers.fields.${a}`));
  return t('fields.generic');
}

// ——— Signers ———

export const SIGNER_FIELDS = ['seat', 'acting', 'jabatan', 'name', 'pangkat', 'nip'] as const;
export type SignerField = (typeof SIGNER_FIELDS)[number];

/** What a signer's inputs hold: the signer's own fields. */
export type SignerValues = Pick<Signer, SignerField>;

/** The seat a new signer of each issuer most likely holds. */
export const FIRST_SEAT: Record<IssuerLevel, SignerSeat> = {
  regional_head: 'regional_head',
  secretariat: 'regional_secretary',
  agency: 'agency_head',
};

export const toSignerValues = (s: Signer): SignerValues => ({
  seat: s.seat,
  acting: s.acting,
  jabatan: s.jabatan,
  name: s.name,
  pangkat: s.pangkat,
  nip: s.nip,
});

export function validateSigner(institutionId: string | null, level: IssuerLevel, v: SignerValues): FieldErrors {
  const parsed = signerCreateSchema.safeParse({ institutionId, level, ...v, personId: null });
  return parsed.success ? {} : schemaErrors(parsed.error.issues);
}

export const signerLabel = (t: TFunction, path: string): string =>
  (SIGNER_FIELDS as readonly string[]).includes(path) ? t(runtimeKey(`issuers.signers.fields.${path}`)) : t('fields.generic');

/** "Plt. Sekretaris Daerah": the jabatan with the acting mark, as the documents write it. */
export function actingJabatan(t: TFunction, acting: Acting, jabatan: string): string {
  return acting ? `${t(`issuers.actingShort.${acting}`)} ${jabatan}` : jabatan;
}
