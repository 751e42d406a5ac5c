import type { Stamped } from '../../../shared/common';
import type { Person, PersonKind } from '../../../shared/directory/person';

/** A person form's fields: the person without id, stamps and kind (institutionId null for none). */
export type PersonValues = Omit<Person, keyof Stamped | 'kind'>;

/** A new person's form: every field empty; an official is a PNS until told otherwise. */
export function emptyPersonValues(kind: PersonKind): PersonValues {
  return {
    titlePrefix: '',
    name: '',
    titleSuffix: '',
    employment: kind === 'official' ? 'pns' : 'non_asn',
    nip: '',
    golongan: '',
    jabatan: '',
    unit: '',
    eselon: '',
    travelLevel: '',
    phone: '',
    email: '',
    institutionId: null,
    mediaType: '',
    pressCard: '',
    notes: '',
  };
}
