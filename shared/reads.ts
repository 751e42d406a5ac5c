import type { OperationName } from './contract';

/** The tables a view's data can come from (the schema test keeps this list honest through tests/integration/live-reads.test.ts). */
export type Table =
  | 'trips' | 'institutions' | 'people' | 'trip_members' | 'trip_hosts' | 'trip_host_people' | 'venues'
  | 'agenda_items' | 'agenda_attendees' | 'learnings' | 'followups' | 'followup_history' | 'coverage' | 'photos' | 'blobs'
  | 'doc_profile' | 'doc_issuers' | 'doc_signers' | 'doc_numbers' | 'trip_doc_choices' | 'trip_reports' | 'trip_quotes'
  | 'rate_sets' | 'trip_money' | 'trip_member_money' | 'trip_advances' | 'money_receipts'
  /** Not a table: announced when an automatic backup has finished or failed (its outcome is in the file's health). */
  | 'backups';

/** Names announced like tables that are none: an automatic backup has finished or failed (main/app.ts). */
export const ANNOUNCED_ONLY = ['backups'] as const satisfies readonly Table[];

/** The documents read the whole trip (main/documents/doc-data.ts). */
const EVERYTHING = ['agenda_attendees', 'agenda_items', 'blobs', 'coverage', 'doc_issuers', 'doc_numbers', 'doc_profile', 'doc_signers', 'followup_history', 'followups', 'institutions', 'learnings', 'people', 'photos', 'trip_doc_choices', 'trip_host_people', 'trip_hosts', 'trip_members', 'trip_quotes', 'trip_reports', 'trips', 'venues', 'rate_sets', 'trip_money', 'trip_member_money', 'trip_advances', 'money_receipts'] as const satisfies readonly Table[];

/**
 * Reads know their tables: after a write, a view reads again only when the
 * write touched one of these (main announces the tables, see
 * shared/changes.ts). A read missing here reads again after every write.
 * tests/integration/live-reads.test.ts runs each read and fails when it
 * touches a table not listed.
 */
export const READS = {
  'trips.list': ['trips', 'trip_hosts', 'trip_members', 'institutions', 'people'],
  'trips.search': ['trips', 'institutions', 'people', 'trip_members', 'trip_hosts', 'trip_host_people', 'venues', 'agenda_items', 'learnings', 'photos', 'trip_quotes', 'coverage', 'doc_numbers'],
  'trips.get': ['trips'],
  'trips.detail': ['trips', 'institutions', 'people', 'trip_members', 'trip_hosts', 'trip_host_people', 'venues'],
  'institutions.list': ['institutions'],
  'people.search': ['people', 'institutions'],
  'people.get': ['people', 'institutions'],
  'agenda.list': ['trips', 'agenda_items', 'agenda_attendees', 'trip_members', 'venues'],
  'learnings.list': ['trips', 'learnings', 'followups', 'followup_history'],
  'followups.tracker': ['trips', 'learnings', 'followups'],
  'followups.history': ['trips', 'learnings', 'followups', 'followup_history'],
  'coverage.list': ['trips', 'coverage', 'trip_members', 'people', 'blobs'],
  'photos.list': ['trips', 'photos', 'blobs'],
  'photos.agendaOptions': ['trips', 'agenda_items'],
  'profile.get': ['doc_profile'],
  'reportText.get': ['trips', 'trip_reports'],
  'reportText.drafts': EVERYTHING,
  'numbers.get': ['trips', 'doc_issuers', 'doc_numbers', 'doc_signers', 'institutions', 'people', 'trip_doc_choices', 'trip_host_people', 'trip_hosts', 'trip_members', 'trip_reports', 'venues'],
  'docs.readiness': EVERYTHING,
  'issuers.list': ['doc_issuers', 'doc_signers'],
  'signing.get': ['trips', 'doc_issuers', 'doc_signers', 'institutions', 'people', 'trip_doc_choices', 'trip_host_people', 'trip_hosts', 'trip_members', 'trip_reports', 'venues'],
  // Read again on trouble and after a restore (backups/health.ts), and when an automatic backup has run.
  'health.get': ['backups'],
  'app.info': [],
  'trash.list': EVERYTHING,
  'quotes.list': ['trips', 'trip_quotes', 'trip_members', 'people'],
  'rateSets.list': ['rate_sets'],
  'rateSets.get': ['rate_sets'],
  'rateSets.exportCsv': ['rate_sets'],
  'rateSets.importPreview': [],
  'tripMoney.get': ['trips', 'trip_money'],
  'memberMoney.list': ['trips', 'trip_members', 'trip_member_money'],
  'advances.list': ['trips', 'trip_advances'],
  'receipts.list': ['trips', 'money_receipts', 'trip_members', 'blobs'],
  'receipts.file': ['trips', 'money_receipts', 'blobs'],
  // The trip's detail and agenda (main/delegation, main/agenda), the rate sets and the trip's money.
  'costSheet.get': ['trips', 'institutions', 'people', 'trip_members', 'trip_hosts', 'trip_host_people', 'venues', 'agenda_items', 'agenda_attendees', 'rate_sets', 'trip_money', 'trip_member_money', 'trip_advances'],
} as const satisfies Partial<Record<OperationName, readonly Table[]>>;

export type ReadOperation = keyof typeof READS;

/** The tables of a read; null: not declared, so any write counts. */
export function tablesOf(operation: string): readonly Table[] | null {
  return (READS as Partial<Record<string, readonly Table[]>>)[operation] ?? null;
}
