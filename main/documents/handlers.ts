import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import { draftTexts } from '../docs/drafts';
import { gatherDocData } from './doc-data';
import { readiness } from '../docs/readiness';
import { clearNumber, issueNumber, refreshIssuedSigning, tripNumbers } from './numbers';
import { getProfile, updateProfile } from './profile';
import { getReportText, updateReportText } from './report-text';
import { localToday } from './today';

/** The documents operations served here; docs.build/fetch/save/showInFolder are handlers/export.ts. */
type DocumentsHandlers = Pick<
  Handlers,
  | 'profile.get'
  | 'profile.update'
  | 'reportText.get'
  | 'reportText.update'
  | 'reportText.drafts'
  | 'numbers.get'
  | 'numbers.issue'
  | 'numbers.clear'
  | 'numbers.refreshSigning'
  | 'docs.readiness'
>;

/**
 * Binds the office profile, report texts, numbers and readiness operations
 * to their services (building and saving documents: handlers/export.ts).
 * "Today" is the calendar date on this computer, where the user is.
 */
export function documentsHandlers(store: Store): DocumentsHandlers {
  return {
    'profile.get': () => getProfile(store),
    'profile.update': (patch) => updateProfile(store, patch),
    'reportText.get': ({ tripId }) => getReportText(store, tripId),
    'reportText.update': (input) => updateReportText(store, input),
    'reportText.drafts': ({ tripId }) => draftTexts(gatherDocData(store, tripId, localToday(), { photoBytes: false })),
    'numbers.get': ({ tripId, onDate }) => tripNumbers(store, tripId, localToday(), onDate),
    'numbers.issue': (input) => issueNumber(store, input, localToday()),
    'numbers.clear': (input) => clearNumber(store, input),
    'numbers.refreshSigning': (input) => refreshIssuedSigning(store, input),
    'docs.readiness': ({ tripId }) => readiness(gatherDocData(store, tripId, localToday(), { photoBytes: false })),
  };
}
