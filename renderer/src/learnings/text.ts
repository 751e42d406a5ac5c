import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/result';
import { errorText } from '../i18n/errors';

/** A validation message naming the field by its label on screen: `errorText` with that label. */
export function fieldMessage(t: TFunction, e: Pick<ApiError, 'key' | 'params'> & { code?: ApiError['code'] }, label: string): string {
  return errorText(t, e, { label });
}
