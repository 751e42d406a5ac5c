import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';
import { profileUpdateSchema, type Profile } from '../../../shared/documents/schemas';
import type { ApiError } from '../../../shared/result';
import { runtimeKey } from '../i18n';

/*
 * What the Pengaturan forms share: errors keyed by the dotted path the
 * dispatcher answers with ("marginTop", "register.codes.spt", "nip"), taken
 * from the shared schemas before sending, and messages that name the field
 * by its label on screen. Plus the house style's own form (paper, font,
 * margins).
 */

export const MARGINS = ['marginTop', 'marginRight', 'marginBottom', 'marginLeft'] as const;
export type Margin = (typeof MARGINS)[number];

export type FieldErrors = Partial<Record<string, ApiError>>;

const KEY = /^([a-z]+\.)?validation\.[A-Za-z.]+$/;

/**
 * The first error per field of a schema's issues, keyed by the issue's path
 * without `strip` (e.g. "patch"). Margins that are empty or not numbers get
 * the margin range message, like the ones out of range.
 */
export function schemaErrors(issues: ZodError['issues'], strip = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const parts = issue.path.map(String);
    if (strip && parts[0] === strip) parts.shift();
    const field = parts.join('.');
    if (errors[field]) continue;
    let key = KEY.test(issue.message) ? issue.message : 'validation.invalid';
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

/** The form's path of a server error ("patch.register.template" → "register.template"). */
export const serverPath = (error: ApiError): string => (error.field ?? '').replace(/^patch\./, '');

/** The input's id for a dotted path. */
export const inputId = (uid: string, path: string): string => `${uid}-${path.replace(/\./g, '-')}`;

/** A margin as typed: '' and text that is no number fail the schema, as they should. */
export const mm = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));

// ——— The house style (Gaya dokumen) ———

export interface HouseStyleValues {
  paper: Profile['paper'];
  font: Profile['font'];
  marginTop: string;
  marginRight: string;
  marginBottom: string;
  marginLeft: string;
  /** Where a letter's place and date stand: above the Nomor block, or on the Nomor line. */
  letterDate: Profile['letterDate'];
  /** "Halaman X dari Y" bottom right, or "- 2 -" top centre from page 2. */
  pageNumbers: Profile['pageNumbers'];
}

export const HOUSE_FIELDS = ['paper', 'font', ...MARGINS, 'pageNumbers', 'letterDate'] as const;

export function toHouseValues(p: Profile): HouseStyleValues {
  return {
    paper: p.paper,
    font: p.font,
    marginTop: String(p.marginTop),
    marginRight: String(p.marginRight),
    marginBottom: String(p.marginBottom),
    marginLeft: String(p.marginLeft),
    letterDate: p.letterDate,
    pageNumbers: p.pageNumbers,
  };
}

export function toHousePatch(v: HouseStyleValues) {
  return {
    paper: v.paper,
    font: v.font,
    marginTop: mm(v.marginTop),
    marginRight: mm(v.marginRight),
    marginBottom: mm(v.marginBottom),
    marginLeft: mm(v.marginLeft),
    letterDate: v.letterDate,
    pageNumbers: v.pageNumbers,
  };
}

export function validateHouse(v: HouseStyleValues): FieldErrors {
  const parsed = profileUpdateSchema.safeParse(toHousePatch(v));
  return parsed.success ? {} : schemaErrors(parsed.error.issues);
}

/** The label of a house-style field, as its messages name it ("Margin Atas"). */
export function houseLabel(t: TFunction, path: string): string {
  if ((MARGINS as readonly string[]).includes(path)) return t('profile.marginName', { side: t(runtimeKey(`profile.${path}`)) });
  if (path === 'paper' || path === 'font' || path === 'letterDate' || path === 'pageNumbers') return t(`profile.${path}`);
  return t('fields.generic');
}

/** "F4 · Arial · 20/20/25/30 mm": the house style in a few words. */
export function houseSummary(t: TFunction, p: Profile): string {
  return `${p.paper} · ${p.font} · ${t('issuers.layout.marginsShort', { top: p.marginTop, right: p.marginRight, bottom: p.marginBottom, left: p.marginLeft })}`;
}
