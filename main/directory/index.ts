/** The directory area: people (officials, journalists, host officials) and institutions. Other areas and main import it from here only. */
export * from './institutions';
export * from './people';
export { peopleHandlers } from './people-handlers';
export { institutionsHandlers } from './institutions-handlers';
