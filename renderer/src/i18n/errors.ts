import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';
import type { ApiError } from '../../../shared/result';
import { i18n } from './index';
import { runtimeKey } from './index';

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
 * Names for fields that the shared `fields.*` list does not know (the
 * documents' texts and numbers), so a message about them reads
 * "Kesimpulan terlalu panjang …" rather than naming the raw path.
 */
const FIELD_LABELS: Record<string, string> = {
  conclusion: 'documents.texts.fields.conclusion',
  suggestions: 'documents.texts.fields.suggestions',
  closing: 'documents.texts.fields.closing',
  sptTasks: 'documents.texts.fields.sptTasks',
  acknowledge: 'documents.texts.fields.acknowledge',
  pressHeadline: 'documents.texts.fields.pressHeadline',
  pressContact: 'documents.texts.fields.pressContact',
  issuedOn: 'documents.numbers.date',
  number: 'documents.numbers.own',
};

/** What `errorText` reads: an ApiError, or the parts of one a form built itself. */
export type ErrorLike = Pick<ApiError, 'key' | 'field' | 'params'> & { code?: ApiError['code'] };

const isErrorLike = (e: unknown): e is ErrorLike =>
  typeof e === 'object' && e !== null && (typeof (e as ErrorLike).code === 'string' || typeof (e as ErrorLike).key === 'string');

/** A call that never got an answer (thrown, or the bridge gone): the transport message. */
const TRANSPORT: ErrorLike = { code: 'INTERNAL', key: 'errors.transport' };

/**
 * THE user-facing text of any error: its i18n `key` when we know it, else one
 * for its code, else the generic one; the message names the field it is about
 * ("Judul perjalanan wajib diisi.") by `label` when given, else by the field's
 * shared name, else by the documents' names for their fields. Anything that is
 * not an error answer (a thrown exception, a lost connection) reads as the
 * transport failure.
 */
export function errorText(t: TFunction, error: unknown, opts: { label?: string } = {}): string {
  const e = isErrorLike(error) ? error : TRANSPORT;
  const candidates = [e.key, e.code ? `errors.${e.code}` : undefined, 'errors.unknown'];
  const key = candidates.find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  const name = fieldOf(e.field);
  const field =
    opts.label ??
    (name && i18n.exists(`fields.${name}`)
      ? t(runtimeKey(`fields.${name}`))
      : name && FIELD_LABELS[name]
        ? t(runtimeKey(FIELD_LABELS[name]))
        : name || t('fields.generic'));
  return t(runtimeKey(key), { ...e.params, field });
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
