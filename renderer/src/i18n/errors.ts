import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';
import type { ApiError } from '../../../shared/result';
import { i18n } from './index';

/** Fields of the trip form, in screen order. */
export const TRIP_FIELDS = ['title', 'startDate', 'endDate'] as const;
export type TripField = (typeof TRIP_FIELDS)[number];

export const isTripField = (v: string | undefined): v is TripField =>
  v !== undefined && (TRIP_FIELDS as readonly string[]).includes(v);

/** "patch.endDate" → "endDate": the form field an error path points at. */
export function fieldOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return path.split('.').pop();
}

/**
 * The user-facing text of an error: its i18n `key` when we know it, else one
 * for its code, naming the field it is about ("Judul perjalanan wajib diisi.").
 */
export function errorMessage(t: TFunction, error: Pick<ApiError, 'code' | 'key' | 'field' | 'params'>): string {
  const candidates = [error.key, `errors.${error.code}`, 'errors.unknown'];
  const key = candidates.find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  const name = fieldOf(error.field);
  const field = name && i18n.exists(`fields.${name}`) ? t(`fields.${name}`) : name ? name : t('fields.generic');
  return t(key, { ...error.params, field });
}

type Issue = ZodError['issues'][number];

/**
 * A schema issue found before sending, as the error shown under `field`: the
 * schema's own i18n key when it carries one, and the limit for a text too long.
 */
export function issueError(issue: Issue, field: string): ApiError {
  const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  return { code: 'VALIDATION', message: issue.message, key, field, ...(issue.code === 'too_big' ? { params: { max: Number(issue.maximum) } } : {}) };
}
