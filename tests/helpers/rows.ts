/**
 * Rows of the domain built by hand, for tests that need no database: a
 * person, a member, a signer and an issuer with every field the app fills,
 * left blank (or at the app's default) but for what the test gives.
 */
import type { Member, MemberRole } from '../../shared/delegation/schemas';
import { blankPerson, type PersonCreate, type PersonRow } from '../../shared/directory/person';
import { DEFAULT_REGISTER, type Issuer, type Signer, type SignerSeat } from '../../shared/documents/issuers';

/** A new person with every field empty: a PNS official with no name yet. */
export const BLANK_PERSON: PersonCreate = blankPerson('official');

/** A directory row (stamped 1) of BLANK_PERSON with `extra` over it. */
export function personRow(id: string, extra: Partial<PersonRow> = {}): PersonRow {
  return { id, createdAt: 1, updatedAt: 1, ...BLANK_PERSON, institutionName: '', ...extra };
}

/** `person` as a member of `tripId` (stamped 1) with no logistics, warnings or directory changes, and `extra` over it. */
export function memberRow(id: string, tripId: string, role: MemberRole, person: PersonRow, extra: Partial<Member> = {}): Member {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    tripId,
    personId: person.id,
    role,
    position: 1,
    transportMode: '',
    carrier: '',
    transportNumber: '',
    seat: '',
    hotel: '',
    room: '',
    roommatePersonId: null,
    needs: '',
    person,
    warnings: [],
    directoryChanges: [],
    canUndoRefresh: false,
    ...extra,
  };
}

/** A signer (stamped 1) of no issuer yet, acting for no one and linked to no person. */
export function signerRow(id: string, seat: SignerSeat, jabatan: string, name: string, pangkat = '', nip = ''): Signer {
  return { id, createdAt: 1, updatedAt: 1, issuerId: '', seat, jabatan, name, pangkat, nip, acting: '', personId: null };
}

/** What an issuer's test chooses; the rest is the app's default (the house style's paper, font and margins, the default register, no tembusan or emblem). */
export type IssuerBase = Pick<
  Issuer,
  'id' | 'institutionId' | 'level' | 'saved' | 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'placeOfIssue' | 'kop' | 'signers'
>;

export function issuerRow(base: IssuerBase): Issuer {
  return {
    ...base,
    paper: null,
    font: null,
    marginTop: null,
    marginRight: null,
    marginBottom: null,
    marginLeft: null,
    register: DEFAULT_REGISTER,
    tembusan: '',
    emblem: null,
    updatedAt: 1,
  };
}
