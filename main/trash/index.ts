/** The trash area (Sampah): what was deleted, to restore or to remove for good. Main imports it from here only. */
export * from './service';
export { trashHandlers } from './handlers';
