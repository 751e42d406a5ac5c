import type { TFunction } from 'i18next';
import { NUMBERED_KINDS, profileUpdateSchema, type NumberedKind, type Profile, type Signatory } from '../../../../shared/domain/documents';
import type { ApiError } from '../../../../shared/result';
import { errorMessage } from '../../i18n/errors';
import { i18n } from '../../i18n';

/*
 * The office profile form: what the inputs hold (strings), how they become a
 * profile.update patch, and the shared schema's verdict per field, keyed by
 * the same dotted path the dispatcher answers with ("marginTop",
 * "head.name", "numbering.spt.template").
 */

export const KOP_FIELDS = ['govLine', 'officeName', 'address', 'phone', 'email', 'website'] as const;
export const MARGINS = ['marginTop', 'marginRight', 'marginBottom', 'marginLeft'] as const;
export const SIGNATORY_FIELDS = ['onBehalf', 'jabatan', 'name', 'pangkat', 'nip'] as const;
export type Margin = (typeof MARGINS)[number];
export type SignatoryRole = 'head' | 'sptSigner';

export interface ProfileValues {
  govLine: string;
  officeName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  paper: Profile['paper'];
  font: Profile['font'];
  marginTop: string;
  marginRight: string;
  marginBottom: string;
  marginLeft: string;
  placeOfIssue: string;
  head: Signatory;
  sptSigner: Signatory;
  numbering: Profile['numbering'];
}

export type FieldErrors = Record<string, ApiError>;

export function toValues(p: Profile): ProfileValues {
  return {
    govLine: p.govLine,
    officeName: p.officeName,
    address: p.address,
    phone: p.phone,
    email: p.email,
    website: p.website,
    paper: p.paper,
    font: p.font,
    marginTop: String(p.marginTop),
    marginRight: String(p.marginRight),
    marginBottom: String(p.marginBottom),
    marginLeft: String(p.marginLeft),
    placeOfIssue: p.placeOfIssue,
    head: { ...p.head },
    sptSigner: { ...p.sptSigner },
    numbering: {
      report: { ...p.numbering.report },
      spt: { ...p.numbering.spt },
      letter: { ...p.numbering.letter },
    },
  };
}

const mm = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));

/** The whole form as a profile.update input (the schema trims and checks it). */
export function toPatch(v: ProfileValues) {
  return {
    ...v,
    marginTop: mm(v.marginTop),
    marginRight: mm(v.marginRight),
    marginBottom: mm(v.marginBottom),
    marginLeft: mm(v.marginLeft),
  };
}

const KEY = /^([a-z]+\.)?validation\.[A-Za-z.]+$/;

/** Checks the form with the schema the server uses; the first error per field. */
export function validate(v: ProfileValues): FieldErrors {
  const parsed = profileUpdateSchema.safeParse(toPatch(v));
  const errors: FieldErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (errors[field]) continue;
    let key = KEY.test(issue.message) ? issue.message : 'validation.invalid';
    // An empty or non-numeric margin gets the same message as one out of range.
    if ((MARGINS as readonly string[]).includes(field) && !key.startsWith('documents.')) key = 'documents.validation.marginRange';
    errors[field] = {
      code: 'VALIDATION',
      message: issue.message,
      key,
      field,
      ...(issue.code === 'too_big' && typeof issue.maximum === 'number' ? { params: { max: issue.maximum } } : {}),
    };
  }
  return errors;
}

/** Dotted paths in screen order, to focus the first invalid one. */
export function fieldOrder(): string[] {
  return [
    ...KOP_FIELDS,
    'paper',
    'font',
    ...MARGINS,
    'placeOfIssue',
    ...(['head', 'sptSigner'] as const).flatMap((r) => SIGNATORY_FIELDS.map((f) => `${r}.${f}`)),
    ...NUMBERED_KINDS.flatMap((k) => ['template', 'code', 'unit'].map((f) => `numbering.${k}.${f}`)),
  ];
}

/** The input's id for a dotted path. */
export const inputId = (uid: string, path: string): string => `${uid}-${path.replace(/\./g, '-')}`;

/** The name the user sees for a field, as the error message names it ("Margin Atas", "Templat SPT"). */
export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.');
  const [a, b, c] = parts;
  if (a && (MARGINS as readonly string[]).includes(a)) return t('profile.marginName', { side: t(`profile.${a}`) });
  if ((a === 'head' || a === 'sptSigner') && b) return `${t(`profile.${b}`)} (${t(`profile.${a}`)})`;
  if (a === 'numbering' && b && c) return t(`profile.${c}Name`, { kind: t(`profile.kinds.${b as NumberedKind}`) });
  if (a === 'imageBase64') return t('profile.emblem');
  return a && i18n.exists(`profile.${a}`) ? t(`profile.${a}`) : t('fields.generic');
}

/** The message of an error about `path`, naming the field by its label. */
export function fieldMessage(t: TFunction, error: ApiError, path: string): string {
  if (error.key && i18n.exists(error.key)) return t(error.key, { ...error.params, field: fieldLabel(t, path) });
  return errorMessage(t, error);
}
