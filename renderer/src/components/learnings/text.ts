import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/result';
import { i18n } from '../../i18n';

/** A validation message naming the field by its label on screen. */
export function fieldMessage(t: TFunction, e: Pick<ApiError, 'key' | 'params'> & { code?: ApiError['code'] }, label: string): string {
  const candidates = [e.key, e.code ? `errors.${e.code}` : undefined, 'errors.unknown'];
  const key = candidates.find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  return t(key, { ...e.params, field: label });
}
