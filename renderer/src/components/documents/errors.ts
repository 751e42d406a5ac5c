import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/result';
import { errorMessage, fieldOf } from '../../i18n/errors';
import { i18n } from '../../i18n';

/** The documents' own field names, for messages about them (the shared `fields.*` does not know them). */
const DOC_FIELDS: Record<string, string> = {
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

/**
 * errorMessage, naming the documents' fields ("Kesimpulan terlalu panjang …")
 * where the shared field list has no name for them.
 */
export function docErrorMessage(t: TFunction, error: Pick<ApiError, 'code' | 'key' | 'field' | 'params'>): string {
  const name = fieldOf(error.field);
  const label = name ? DOC_FIELDS[name] : undefined;
  if (!label || i18n.exists(`fields.${name}`)) return errorMessage(t, error);
  const key = [error.key, `errors.${error.code}`].find((k): k is string => k !== undefined && i18n.exists(k)) ?? 'errors.unknown';
  return t(key, { ...error.params, field: t(label) });
}
