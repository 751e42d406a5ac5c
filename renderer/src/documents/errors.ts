import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/result';
import { errorText } from '../i18n/errors';

/**
 * The documents' error text: `errorText`, which names the documents' fields
 * too ("Kesimpulan terlalu panjang …"). Kept for the panels not yet on the form kit.
 */
export function docErrorMessage(t: TFunction, error: Pick<ApiError, 'code' | 'key' | 'field' | 'params'>): string {
  return errorText(t, error);
}
