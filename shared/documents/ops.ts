import { byTripSchema, emptySchema } from '../trips/schemas';
import {
  docBuildSchema,
  docSaveSchema,
  exportIdSchema,
  numberClearSchema,
  numberIssueSchema,
  numbersGetSchema,
  profileUpdateSchema,
  reportTextUpdateSchema,
  showFolderSchema,
  type BuiltDoc,
  type DocBytes,
  type IssuedNumber,
  type Profile,
  type Readiness,
  type ReportDrafts,
  type ReportText,
  type SaveOutcome,
  type TripNumbers,
} from './schemas';
import { op } from '../op';

/** The documents operations: the office profile, numbers, report texts, readiness and export. */
export const documentsOps = {
  'profile.get': op<typeof emptySchema, Profile>(emptySchema),
  'profile.update': op<typeof profileUpdateSchema, Profile>(profileUpdateSchema),

  'reportText.get': op<typeof byTripSchema, ReportText>(byTripSchema),
  'reportText.update': op<typeof reportTextUpdateSchema, ReportText>(reportTextUpdateSchema),
  /** Sensible drafts built from the trip's data, for the user to start from. */
  'reportText.drafts': op<typeof byTripSchema, ReportDrafts>(byTripSchema),

  'numbers.get': op<typeof numbersGetSchema, TripNumbers>(numbersGetSchema),
  /** Records a number for the trip's document: the next running number, or one typed by hand. */
  'numbers.issue': op<typeof numberIssueSchema, IssuedNumber>(numberIssueSchema),
  'numbers.clear': op<typeof numberClearSchema, TripNumbers>(numberClearSchema),
  /** An issued document prints its issuer and signer as they are now (number and date unchanged). */
  'numbers.refreshSigning': op<typeof numberClearSchema, TripNumbers>(numberClearSchema),

  'docs.readiness': op<typeof byTripSchema, Readiness>(byTripSchema),
  /** Builds one document; main keeps its bytes for a short while under exportId. */
  'docs.build': op<typeof docBuildSchema, BuiltDoc>(docBuildSchema),
  /** The bytes of a built document (browser mode downloads them). */
  'docs.fetch': op<typeof exportIdSchema, DocBytes>(exportIdSchema),
  /** Desktop only: a save dialog (a folder for several), then writes the files. */
  'docs.save': op<typeof docSaveSchema, SaveOutcome>(docSaveSchema),
  /** Desktop only: shows a file this session saved in the system's file manager. */
  'docs.showInFolder': op<typeof showFolderSchema, { shown: boolean }>(showFolderSchema),
};
