/**
 * The vocabulary: one definition per domain list. For each list, its codes
 * as a readonly tuple (the display order), their type, the predicates the
 * app needs, and the official Indonesian label the documents print — both
 * given to `defineVocabulary` (./codes.ts), which refuses to compile a
 * missing label. The zod schemas take their enums from these tuples; the
 * screens' labels stay in i18n, keyed by these codes.
 */
export * from './directory/vocabulary';
export * from './delegation/vocabulary';
export * from './trips/vocabulary';
export * from './agenda/vocabulary';
export * from './learnings/vocabulary';
export * from './media/vocabulary';
export * from './trash/vocabulary';
export { sqlList } from './sql';
export { defineVocabulary, inSubset, isCodeOf } from './codes';
