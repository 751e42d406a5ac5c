import { byTripSchema } from '../common';
import { refreshSchema, type TripDetail } from '../delegation/schemas';
import {
  docChoiceResetSchema,
  docChoiceUpdateSchema,
  issuerEmblemSchema,
  issuerKeySchema,
  issuersListSchema,
  issuerUpdateSchema,
  signerCreateSchema,
  signerUpdateSchema,
  type Issuer,
  type Signer,
  type TripSigning,
} from './issuers';
import { entityOps, op, row } from '../op';

/** Who issues and signs: issuers and signers of an institution, each trip's choice per document, a trip's own history. */
export const issuersOps = {
  /** The institution's three issuers (Kepala Daerah, Setda, Perangkat Daerah), made from its region until saved. */
  ...entityOps('issuers', row<Issuer>(), { list: issuersListSchema, update: issuerUpdateSchema }),
  /** The kop image: the Garuda for the Kepala Daerah, the region's emblem for the others. */
  'issuers.setEmblem': op<typeof issuerEmblemSchema, Issuer>(issuerEmblemSchema),
  'issuers.clearEmblem': op<typeof issuerKeySchema, Issuer>(issuerKeySchema),
  ...entityOps('signers', row<Signer>(), { create: signerCreateSchema, update: signerUpdateSchema }, 'remove', 'restore'),

  /** Each signed document of the trip: issuer, signer, form, "Mengetahui", warnings; defaults where the trip chose nothing. */
  'signing.get': op<typeof byTripSchema, TripSigning>(byTripSchema),
  'signing.update': op<typeof docChoiceUpdateSchema, TripSigning>(docChoiceUpdateSchema),
  'signing.reset': op<typeof docChoiceResetSchema, TripSigning>(docChoiceResetSchema),

  /** "Perbarui dari direktori": members and host people print what the directory says now (undo: trips.undoRefresh). */
  'trips.refreshFromDirectory': op<typeof refreshSchema, TripDetail>(refreshSchema),
  'trips.undoRefresh': op<typeof refreshSchema, TripDetail>(refreshSchema),
};
