import type { Stamped } from '../../../shared/common';
import { blankPerson, type Person, type PersonCreate, type PersonKind } from '../../../shared/directory/person';

/** A person form's fields: the person without id, stamps and kind (institutionId null for none). */
export type PersonValues = Omit<Person, keyof Stamped | 'kind'>;

const withoutKind = ({ kind: _kind, ...values }: PersonCreate): PersonValues => values;

/** A new person's form: every field empty, as shared's blankPerson has it, without its kind. */
export function emptyPersonValues(kind: PersonKind): PersonValues {
  return withoutKind(blankPerson(kind));
}
